// noosphere: the studio window. main() only wires: command line, translators, style, the Studio object,
// the QML engine, and the batch modes (--screenshot, --frame-probe) that tests and benchmarks drive.
#include "screenshot.h"

#include "diagnostics/frameprobe.h"
#include "engine/enginebridge.h"
#include "settings/translations.h"
#include "studio.h"
#include "settings/settingscontroller.h"
#include "sketch/suggestionscontroller.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QIcon>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(Noosphere_UiPlugin)
Q_IMPORT_QML_PLUGIN(NoospherePlugin)

namespace {

int badInput(const QString &message)
{
    std::fprintf(stderr, "noosphere: %s (see --help)\n", qPrintable(message));
    return 2;
}

// Records frame gaps for `seconds` (with a CPU-bound job on the worker when `busy`), prints them, quits.
void runFrameProbe(QQuickWindow *window, noosphere::ui::Studio &studio, double seconds, bool busy)
{
    auto *probe = new noosphere::ui::FrameProbe(window, window);
    QTimer::singleShot(500, window, [=, &studio] {
        probe->start();
        if (busy)
            studio.settings()->measureSpeed(seconds);
        QTimer::singleShot(int(seconds * 1000) + 200, window, [probe] {
            const auto s = probe->stats();
            std::printf("frames %d p50 %.1f ms p99 %.1f ms max %.1f ms\n", s.frames, s.p50Ms, s.p99Ms, s.maxGapMs);
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
    });
}

}  // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("Noosphere"));
    QGuiApplication::setApplicationName(QStringLiteral("Noosphere"));
    QGuiApplication::setApplicationVersion(QStringLiteral(NOOSPHERE_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.noosphere.Noosphere"));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/Noosphere/resources/noosphere.svg")));

    QCommandLineParser cli;
    cli.setApplicationDescription(QStringLiteral("Noosphere co-creation studio"));
    cli.addHelpOption();
    cli.addVersionOption();
    cli.addPositionalArgument(QStringLiteral("project"), QStringLiteral("Project file (.noo) to open"), "[project]");
    const QCommandLineOption projectOpt("project", "Project file (.noo) to open.", "FILE");
    const QCommandLineOption readOnlyOpt("read-only", "Open the project read-only.");
    const QCommandLineOption paneOpt("pane", "Pane to show: writer, sketch or design.", "PANE", "writer");
    const QCommandLineOption langOpt("lang", "Interface language, e.g. zh_CN or en.", "LANG");
    const QCommandLineOption sizeOpt("size", "Window size, e.g. 1280x800.", "WxH", "1280x800");
    const QCommandLineOption shotOpt("screenshot", "Render the window, save it as a PNG and exit.", "OUT.png");
    const QCommandLineOption textOpt("visible-text", "With --screenshot: also write the visible texts.", "OUT.txt");
    const QCommandLineOption probeOpt("frame-probe", "Record frame gaps for SECONDS, print them, exit.", "SECONDS");
    const QCommandLineOption busyOpt("probe-busy", "With --frame-probe: run a CPU-bound job meanwhile.");
    cli.addOptions({projectOpt, readOnlyOpt, paneOpt, langOpt, sizeOpt, shotOpt, textOpt, probeOpt, busyOpt});
    cli.process(app);

    const QStringList panes{QStringLiteral("writer"), QStringLiteral("sketch"), QStringLiteral("design")};
    const int pane = panes.indexOf(cli.value(paneOpt).toLower());
    if (pane < 0)
        return badInput(QStringLiteral("unknown pane '%1': use writer, sketch or design").arg(cli.value(paneOpt)));
    const auto size = QRegularExpression(QStringLiteral("^(\\d{3,5})x(\\d{3,5})$")).match(cli.value(sizeOpt));
    if (!size.hasMatch())
        return badInput(QStringLiteral("bad --size '%1': use WIDTHxHEIGHT, e.g. 1280x800").arg(cli.value(sizeOpt)));
    QString project = cli.value(projectOpt);
    if (project.isEmpty() && !cli.positionalArguments().isEmpty())
        project = cli.positionalArguments().constFirst();
    bool probeOk = true;
    const double probeSeconds = cli.isSet(probeOpt) ? cli.value(probeOpt).toDouble(&probeOk) : 0;
    if (cli.isSet(probeOpt) && (!probeOk || probeSeconds < 0.5 || probeSeconds > 600))
        return badInput(QStringLiteral("bad --frame-probe '%1': use seconds, 0.5–600").arg(cli.value(probeOpt)));

    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE"))
        QQuickStyle::setStyle(QStringLiteral("Material"));

    // Translators before the Studio, whose objects translate strings as they are made.
    noosphere::ui::installTranslations(cli.isSet(langOpt) ? cli.value(langOpt)
                                                          : noosphere::ui::SettingsController::storedLanguage());
    // Studio before the engine: the engine (and every QML object) is destroyed first.
    noosphere::ui::Studio studio(nullptr);
    studio.setCurrentPane(pane);

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral(":/"));
    QObject::connect(&studio, &noosphere::ui::Studio::languageApplied, &engine, &QQmlEngine::retranslate);
    engine.load(QUrl(QStringLiteral("qrc:/Noosphere/Main.qml")));
    auto *window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    if (!window) {
        std::fprintf(stderr, "noosphere: the window could not be created (see the QML errors above)\n");
        return 1;
    }
    window->resize(size.captured(1).toInt(), size.captured(2).toInt());

    if (!project.isEmpty()) {  // after load, so that a failure shows its dialog
        QObject::connect(&studio, &noosphere::ui::Studio::projectFailed, &studio,
                         [](const QString &, const QString &message) {
                             std::fprintf(stderr, "noosphere: %s\n", qPrintable(message));
                         });
        studio.openProject(QUrl::fromLocalFile(QFileInfo(project).absoluteFilePath()), cli.isSet(readOnlyOpt));
    }

    if (cli.isSet(shotOpt)) {
        auto *shot = new noosphere::app::ScreenshotTaker(window, cli.value(shotOpt), cli.value(textOpt), sinceStart);
        shot->waitWhile([&studio] {
            const auto *suggestions = studio.findChild<noosphere::ui::SuggestionsController *>();
            return studio.engine()->pendingCount() > 0 || (suggestions && suggestions->isPending());
        });
    }
    else if (cli.isSet(probeOpt))
        runFrameProbe(window, studio, probeSeconds, cli.isSet(busyOpt));
    return QGuiApplication::exec();
}
