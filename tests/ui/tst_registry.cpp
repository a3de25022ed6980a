#include "tst_classes.h"

namespace noosphere::tests {

QObject *makeTestTextCounter();
QObject *makeTestJobListModel();
QObject *makeTestWriterController();
QObject *makeTestStudio();
QObject *makeTestAssistant();
QObject *makeTestBible();
QObject *makeTestWritingGoal();
QObject *makeTestWordTools();
QObject *makeTestAnalysis();
QObject *makeTestDesign();
QObject *makeTestArPreview();
QObject *makeTestSketch();
QObject *makeTestSketchSuggestions();

std::vector<QObject *> uiTests()
{
    return {makeTestTextCounter(), makeTestJobListModel(), makeTestWriterController(), makeTestStudio(),
            makeTestAssistant(), makeTestWritingGoal(), makeTestWordTools(), makeTestAnalysis(), makeTestBible(),
            makeTestDesign(), makeTestArPreview(), makeTestSketch(), makeTestSketchSuggestions()};
}

}  // namespace noosphere::tests
