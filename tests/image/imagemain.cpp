// tst_image: the core/image test classes (see testclassmain.h).
#include "../common/testclassmain.h"

QObject *newTestImageImport();

int main(int argc, char **argv)
{
    return noosphere::tests::runTestClass(argc, argv,
                                          {
                                              {"TestImageImport", newTestImageImport},
                                          });
}
