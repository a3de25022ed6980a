// How every model verb reports an engine error: one line on stderr, and the exit code that says whose fault
// it was (bad input 2, failed work 1).
#pragma once

#include "common/result.h"

namespace noosphere::cli {

int reportModelError(const models::Error &error);

}  // namespace noosphere::cli
