// Where the shipped default language model is: a small, torch-free lookup, so that the studio can say "no
// default model found" without loading anything. Tried in order: the Settings model folder, $NOOSPHERE_MODEL_DIR,
// <app dir>/../share/noosphere/models/default-lm (installed), <source tree>/resources/models/default-lm (build).
#pragma once

#include <QString>
#include <QStringList>

namespace noosphere::ui {

// The default model's folder name under a models folder.
inline constexpr char kDefaultModelName[] = "default-lm";

/// Whether `folder` holds a language model: config.json and weights (model.safetensors, or a sharded index).
bool isModelFolder(const QString &folder);

struct ModelLookup {
    QString folder;     // the first candidate that holds a model; empty when none does
    QStringList tried;  // every candidate looked at, in order (for the "not found" message)
};

/// Looks for the default model. `settingsFolder` (Settings' model folder) and $NOOSPHERE_MODEL_DIR may be a
/// model folder themselves or hold `default-lm`. Thread: any (files only).
ModelLookup locateDefaultModel(const QString &settingsFolder);

}  // namespace noosphere::ui
