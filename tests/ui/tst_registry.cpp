#include "tst_classes.h"

namespace noosphere::tests {

QObject *makeTestTextCounter();
QObject *makeTestJobListModel();
QObject *makeTestWriterController();
QObject *makeTestStudio();
QObject *makeTestAssistant();

std::vector<QObject *> uiTests()
{
    return {makeTestTextCounter(), makeTestJobListModel(), makeTestWriterController(), makeTestStudio(),
            makeTestAssistant()};
}

}  // namespace noosphere::tests
