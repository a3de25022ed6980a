#include "assistant/modellocator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace noosphere::ui {

namespace {

// The first candidate that holds a model, and every one looked at.
ModelLookup firstModelFolder(const QStringList &candidates)
{
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

// Where a bundled model named `name` is installed, and where it is in the source tree.
QStringList bundledCandidates(const char *name)
{
    QStringList candidates{QDir::cleanPath(QCoreApplication::applicationDirPath() +
                                           QStringLiteral("/../share/noosphere/models/") + QLatin1String(name))};
#ifdef NOOSPHERE_SOURCE_DIR
    candidates << QStringLiteral(NOOSPHERE_SOURCE_DIR "/resources/models/") + QLatin1String(name);
#endif
    return candidates;
}

}  // namespace

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
    return firstModelFolder(candidates + bundledCandidates(kDefaultModelName));
}

ModelLookup locateDefaultGan()
{
    QStringList candidates;
    if (const QString dir = qEnvironmentVariable("NOOSPHERE_MODEL_DIR"); !dir.isEmpty())
        candidates << QDir(dir).filePath(QLatin1String(kDefaultGanName));
    return firstModelFolder(candidates + bundledCandidates(kDefaultGanName));
}

}  // namespace noosphere::ui
