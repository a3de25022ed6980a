#include "tst_classes.h"

namespace noosphere::tests {

QObject *makeTestTextCounter();
QObject *makeTestJobListModel();
QObject *makeTestWriterController();
QObject *makeTestStudio();
QObject *makeTestAssistant();
QObject *makeTestWritingGoal();
QObject *makeTestWordTools();

std::vector<QObject *> uiTests()
{
    return {makeTestTextCounter(), makeTestJobListModel(), makeTestWriterController(), makeTestStudio(),
            makeTestAssistant(), makeTestWritingGoal(), makeTestWordTools()};
}

}  // namespace noosphere::tests
