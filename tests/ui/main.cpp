// One binary for the ui/ area (linking LibTorch costs seconds per binary): runs the Qt Test class named by
// the first argument, passing the rest to QTest.
#include "tst_classes.h"

#include <QGuiApplication>
#include <QTest>

#include <cstdio>
#include <cstring>

int main(int argc, char *argv[])
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s CLASS [QTest options]\n", argv[0]);
        return 2;
    }
    const char *name = argv[1];
    argv[1] = argv[0];  // QTest sees the rest as its own options
    QGuiApplication app(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    for (auto *test : noosphere::tests::uiTests())
        if (std::strcmp(test->metaObject()->className(), name) == 0)
            return QTest::qExec(test, argc - 1, argv + 1);
    std::fprintf(stderr, "no test class %s\n", name);
    return 2;
}
