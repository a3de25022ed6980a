// tst_knowledge_wordnet: the WordNet test classes (see testclassmain.h).
#include "../common/testclassmain.h"

QObject *newTestWordNet();
QObject *newTestWordNetIndex();

int main(int argc, char **argv)
{
    return noosphere::tests::runTestClass(argc, argv, {
        {"TestWordNet", newTestWordNet},
        {"TestWordNetIndex", newTestWordNetIndex},
    });
}
