// tst_design: the design families, genomes, meshes, objectives and exports (see testclassmain.h).
#include "../common/testclassmain.h"

QObject *newTestDesignMeshes();
QObject *newTestDesignGenome();
QObject *newTestDesignExport();

int main(int argc, char **argv)
{
    return noosphere::tests::runTestClass(argc, argv, {
        {"TestDesignMeshes", newTestDesignMeshes},
        {"TestDesignGenome", newTestDesignGenome},
        {"TestDesignExport", newTestDesignExport},
    });
}
