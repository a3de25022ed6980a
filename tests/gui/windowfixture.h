// The real window for GUI tests: a Studio with a fresh project, Main.qml loaded in a QQmlApplicationEngine,
// shown under Xvfb as the app shows it.
#pragma once

#include "studio.h"

#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace noosphere::tests {

class WindowFixture {
public:
    WindowFixture()
    {
        QSettings().remove(QStringLiteral("assistant"));  // the sidebar starts closed, as for a new user
        studio = std::make_unique<ui::Studio>(nullptr);
        studio->newProject(QUrl::fromLocalFile(dir.filePath(QStringLiteral("gui-test.noo"))));
        engine = std::make_unique<QQmlApplicationEngine>();
        engine->addImportPath(QStringLiteral(":/"));
        engine->load(QUrl(QStringLiteral("qrc:/Noosphere/Main.qml")));
        window = engine->rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine->rootObjects().first());
        if (window) {
            window->resize(1280, 800);
            window->requestActivate();
            (void)QTest::qWaitForWindowExposed(window);
        }
    }
    ~WindowFixture()
    {
        engine.reset();  // QML first, then the studio it talks to
        studio.reset();
    }

    QTemporaryDir dir;
    std::unique_ptr<ui::Studio> studio;
    std::unique_ptr<QQmlApplicationEngine> engine;
    QQuickWindow *window = nullptr;
};

}  // namespace noosphere::tests
