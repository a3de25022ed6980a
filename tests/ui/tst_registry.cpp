#include "tst_classes.h"

namespace noosphere::tests {

QObject *makeTestTextCounter();
QObject *makeTestJobListModel();
QObject *makeTestWriterController();
QObject *makeTestStudio();

std::vector<QObject *> uiTests()
{
    return {makeTestTextCounter(), makeTestJobListModel(), makeTestWriterController(), makeTestStudio()};
}

}  // namespace noosphere::tests
