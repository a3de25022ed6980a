// tst_knowledge_wordnet: one binary for the WordNet test classes; argv[1] names the class to run, the rest goes to
// Qt Test (e.g. `tst_knowledge_wordnet TestWordNet -v2 matchesWn:geese`).
#include <QCoreApplication>
#include <QObject>
#include <QTest>

#include <cstdio>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

QObject *newTestWordNet();
QObject *newTestWordNetIndex();

int main(int argc, char **argv)
{
    const std::map<std::string, std::function<QObject *()>> classes = {
        {"TestWordNet", newTestWordNet},
        {"TestWordNetIndex", newTestWordNetIndex},
    };
    if (argc < 2 || !classes.contains(argv[1])) {
        std::fprintf(stderr, "usage: %s CLASS [Qt Test options]; CLASS is one of:", argv[0]);
        for (const auto &entry : classes)
            std::fprintf(stderr, " %s", entry.first.c_str());
        std::fprintf(stderr, "\n");
        return 2;
    }
    QCoreApplication app(argc, argv);
    std::unique_ptr<QObject> test(classes.at(argv[1])());
    std::vector<char *> args{argv[0]};
    for (int i = 2; i < argc; ++i)
        args.push_back(argv[i]);
    return QTest::qExec(test.get(), int(args.size()), args.data());
}
