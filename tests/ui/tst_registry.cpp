#include "tst_classes.h"

namespace noosphere::tests {

QObject *makeTestTextCounter();
QObject *makeTestJobListModel();
QObject *makeTestWriterController();
QObject *makeTestStudio();
QObject *makeTestAssistant();
QObject *makeTestWritingGoal();

std::vector<QObject *> uiTests()
{
    return {makeTestTextCounter(), makeTestJobListModel(), makeTestWriterController(), makeTestStudio(),
            makeTestAssistant(), makeTestWritingGoal()};
}

}  // namespace noosphere::tests
