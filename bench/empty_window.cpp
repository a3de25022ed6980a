// Startup peer: an empty Qt Quick window that prints when its first frame is on screen, exactly as
// `noosphere --screenshot` does, so the startup benchmark can report our time as a ratio to Qt's floor.
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQuickView>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QGuiApplication app(argc, argv);
    QQuickView view;
    view.setResizeMode(QQuickView::SizeRootObjectToView);
    view.setSource(QUrl(QStringLiteral("data:text/plain,import QtQuick%0ARectangle { color: \"white\" }")));
    view.resize(1280, 800);
    QObject::connect(&view, &QQuickWindow::frameSwapped, &app, [&] {
        std::fprintf(stderr, "first frame after %lld ms\n", static_cast<long long>(sinceStart.elapsed()));
        QTimer::singleShot(0, &app, &QGuiApplication::quit);
    }, Qt::QueuedConnection);
    view.show();
    return QGuiApplication::exec();
}
