// tst_store: the project-store test classes (see testclassmain.h).
#include "../common/testclassmain.h"

QObject *newTestProjectStore();
QObject *newTestBadFiles();
QObject *newTestKillSafety();
QObject *newTestPreferences();
QObject *newTestDesignStore();
QObject *newTestSketchStore();
QObject *newTestImageFeedbackStore();

int main(int argc, char **argv)
{
    return noosphere::tests::runTestClass(argc, argv, {
        {"TestProjectStore", newTestProjectStore},
        {"TestBadFiles", newTestBadFiles},
        {"TestKillSafety", newTestKillSafety},
        {"TestPreferences", newTestPreferences},
        {"TestDesignStore", newTestDesignStore},
        {"TestSketchStore", newTestSketchStore},
        {"TestImageFeedbackStore", newTestImageFeedbackStore},
    });
}
