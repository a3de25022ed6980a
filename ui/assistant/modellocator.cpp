#include "assistant/modellocator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace noosphere::ui {

bool isModelFolder(const QString &folder)
{
    const QDir dir(folder);
    return !folder.isEmpty() && dir.exists(QStringLiteral("config.json")) &&
           (dir.exists(QStringLiteral("model.safetensors")) ||
            dir.exists(QStringLiteral("model.safetensors.index.json")));
}

ModelLookup locateDefaultModel(const QString &settingsFolder)
{
    QStringList candidates;
    // A models folder (as Settings and the environment name) or a model folder itself.
    const auto addFolder = [&candidates](const QString &folder) {
        if (folder.isEmpty())
            return;
        candidates << QDir::cleanPath(folder) << QDir(folder).filePath(QLatin1String(kDefaultModelName));
    };
    addFolder(settingsFolder);
    addFolder(qEnvironmentVariable("NOOSPHERE_MODEL_DIR"));
    candidates << QDir::cleanPath(QCoreApplication::applicationDirPath() +
                                  QStringLiteral("/../share/noosphere/models/") + QLatin1String(kDefaultModelName));
#ifdef NOOSPHERE_SOURCE_DIR
    candidates << QStringLiteral(NOOSPHERE_SOURCE_DIR "/resources/models/") + QLatin1String(kDefaultModelName);
#endif
    ModelLookup lookup;
    for (const QString &candidate : candidates) {
        if (lookup.tried.contains(candidate))
            continue;
        lookup.tried << candidate;
        if (isModelFolder(candidate)) {
            lookup.folder = QFileInfo(candidate).absoluteFilePath();
            break;
        }
    }
    return lookup;
}

}  // namespace noosphere::ui
