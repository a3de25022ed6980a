// tst_evolution: the Design pane's evolution engine, one Qt Test class per part (see testclassmain.h).
#include "../common/testclassmain.h"

QObject *newTestPareto();
QObject *newTestNsga2();
QObject *newTestParticleSwarm();
QObject *newTestGaussianProcess();
QObject *newTestRatedEvolution();

int main(int argc, char **argv)
{
    // clang-format off
    return noosphere::tests::runTestClass(argc, argv, {
        {"TestPareto", newTestPareto},
        {"TestNsga2", newTestNsga2},
        {"TestParticleSwarm", newTestParticleSwarm},
        {"TestGaussianProcess", newTestGaussianProcess},
        {"TestRatedEvolution", newTestRatedEvolution},
    });
    // clang-format on
}
