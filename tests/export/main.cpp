// tst_export: the core export test classes (see testclassmain.h).
#include "../common/testclassmain.h"

QObject *newTestTextExport();
QObject *newTestEpubExport();

int main(int argc, char **argv)
{
    return noosphere::tests::runTestClass(argc, argv, {
        {"TestTextExport", newTestTextExport},
        {"TestEpubExport", newTestEpubExport},
    });
}
