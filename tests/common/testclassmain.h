// main() of a test binary that holds several Qt Test classes (linking the engine costs seconds per binary):
// argv[1] names the class to run, the rest goes to Qt Test (e.g. `tst_store TestBadFiles -v2 refusesBadFixture`).
#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QTest>

#include <cstdio>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace noosphere::tests {

using TestClasses = std::map<std::string, std::function<QObject *()>>;

inline int runTestClass(int argc, char **argv, const TestClasses &classes)
{
    if (argc < 2 || !classes.contains(argv[1])) {
        std::fprintf(stderr, "usage: %s CLASS [Qt Test options]; CLASS is one of:", argv[0]);
        for (const auto &entry : classes)
            std::fprintf(stderr, " %s", entry.first.c_str());
        std::fprintf(stderr, "\n");
        return 2;
    }
    QCoreApplication app(argc, argv);
    std::unique_ptr<QObject> test(classes.at(argv[1])());
    // Qt Test sees the program name and the options after the class name.
    std::vector<char *> args{argv[0]};
    for (int i = 2; i < argc; ++i)
        args.push_back(argv[i]);
    return QTest::qExec(test.get(), int(args.size()), args.data());
}

}  // namespace noosphere::tests
