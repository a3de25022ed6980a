// Qt Quick Test runner for the views: a Studio with a fresh project stands behind every QML test, as in the
// real app, its assistant using a small random model; the static QML modules come from the executable's resources.
#include "../ui/randomlm.h"
#include "assistant/assistantcontroller.h"
#include "store/projectstore.h"
#include "studio.h"

#include <QQmlEngine>
#include <QSettings>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(Noosphere_UiPlugin)
Q_IMPORT_QML_PLUGIN(NoospherePlugin)

class Setup : public QObject {
    Q_OBJECT
public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral(":/"));
        if (m_studio)  // called again for each test file's engine: they share the one Studio, as the app has one
            return;
        QSettings().remove(QStringLiteral("assistant"));  // each run starts with the sidebar closed, as a new user
        m_studio = std::make_unique<noosphere::ui::Studio>(nullptr);
        const QString file = m_dir.filePath(QStringLiteral("qml-test.noo"));
        m_studio->newProject(QUrl::fromLocalFile(file));
        // The assistant's "default model" is a tiny random one: tests do not depend on the shipped model.
        const QString model = m_dir.filePath(QStringLiteral("tiny-llama"));
        if (!noosphere::tests::writeRandomLlama(model, QStringLiteral(NOOSPHERE_TEST_DATA)))
            qFatal("cannot write the test model into %s", qPrintable(model));
        noosphere::ui::AssistantController::forStudio(m_studio.get())->setDefaultModelFinder(
            [model](const QString &) { return model; });
    }
    void cleanupTestCase() { m_studio.reset(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<noosphere::ui::Studio> m_studio;
};

QUICK_TEST_MAIN_WITH_SETUP(noosphere_qml, Setup)

#include "tst_qml.moc"
