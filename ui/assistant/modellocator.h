// Where the shipped default language model is: a small, torch-free lookup, so that the studio can say "no
// default model found" without loading anything. Tried in order: the Settings model folder, $NOOSPHERE_MODEL_DIR,
// <app dir>/../share/noosphere/models/default-lm (installed), <source tree>/resources/models/default-lm (build).
#pragma once

#include <QString>
#include <QStringList>

namespace noosphere::ui {

// The default models' folder names under a models folder.
inline constexpr char kDefaultModelName[] = "default-lm";
inline constexpr char kDefaultGanName[] = "default-gan";

/// Whether `folder` holds a language model: config.json and weights (model.safetensors, or a sharded index).
bool isModelFolder(const QString &folder);

struct ModelLookup {
    QString folder;     // the first candidate that holds a model; empty when none does
    QStringList tried;  // every candidate looked at, in order (for the "not found" message)
};

/// Looks for the default model. `settingsFolder` (Settings' model folder) and $NOOSPHERE_MODEL_DIR may be a
/// model folder themselves or hold `default-lm`. Thread: any (files only).
ModelLookup locateDefaultModel(const QString &settingsFolder);

/// Looks for the Sketch pane's style GAN: default-gan under $NOOSPHERE_MODEL_DIR, then installed, then in the
/// source tree. Thread: any (files only).
ModelLookup locateDefaultGan();

}  // namespace noosphere::ui
