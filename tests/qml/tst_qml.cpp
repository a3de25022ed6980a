// Qt Quick Test runner for the views: a Studio with a fresh project stands behind every QML test, as in the
// real app; the static QML modules are imported from the executable's resources.
#include "store/projectstore.h"
#include "studio.h"

#include <QQmlEngine>
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
        m_studio = std::make_unique<noosphere::ui::Studio>(nullptr);
        const QString file = m_dir.filePath(QStringLiteral("qml-test.noo"));
        m_studio->newProject(QUrl::fromLocalFile(file));
    }
    void cleanupTestCase() { m_studio.reset(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<noosphere::ui::Studio> m_studio;
};

QUICK_TEST_MAIN_WITH_SETUP(noosphere_qml, Setup)

#include "tst_qml.moc"
