// The test classes of this binary, so that main() can pick one by name.
#pragma once

#include <QObject>
#include <vector>

namespace noosphere::tests {
std::vector<QObject *> uiTests();
}
