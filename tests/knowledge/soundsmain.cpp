// tst_knowledge_sounds: the pronunciation, rhyme and text-statistics test classes (see testclassmain.h).
#include "../common/testclassmain.h"

QObject *newTestRhymes();
QObject *newTestTextStats();

int main(int argc, char **argv)
{
    return noosphere::tests::runTestClass(argc, argv, {
        {"TestRhymes", newTestRhymes},
        {"TestTextStats", newTestTextStats},
    });
}
