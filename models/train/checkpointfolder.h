// A trainer's checkpoint folder, replaced whole: a new one is written beside it and swapped in by two renames,
// so a kill at any moment leaves one complete checkpoint. Shared by the language-model and GAN trainers.
#pragma once

#include "common/result.h"

#include <filesystem>
#include <functional>
#include <optional>
#include <string>

namespace noosphere::models {

/// Writes a fresh checkpoint through `write(freshFolder)` (it must also write state.json with `step` and
/// `fingerprint`), then swaps it in for `folder`.
Result<void> replaceCheckpointFolder(const std::filesystem::path &folder,
                                     const std::function<Result<void>(const std::filesystem::path &)> &write);

/// The complete checkpoint: `folder`, or the previous one when a kill came between the two renames.
std::optional<std::filesystem::path> findCheckpointFolder(const std::filesystem::path &folder);

struct CheckpointState {
    int step = 0;
    std::string fingerprint;  // the settings and data it was written with
};

/// state.json of a checkpoint folder; BadModelFile when it is not one.
Result<CheckpointState> readCheckpointState(const std::filesystem::path &checkpoint);
/// The step to resume from, when the checkpoint was written with `fingerprint` (both passed through `normalise`
/// when given, e.g. to leave out what may change between runs); InvalidArgument otherwise, naming what differs
/// (`what`, e.g. "settings or data").
Result<int> resumableStep(const std::filesystem::path &checkpoint, const std::string &fingerprint, const std::string &what,
                          const std::function<std::string(const std::string &)> &normalise = {});
/// The step of the checkpoint a training into `outFolder` would resume from (outFolder/checkpoint), if any.
std::optional<int> checkpointStepIn(const std::filesystem::path &outFolder);
/// The end of a training step: saves a checkpoint (`save`) when the run stops, at its last step or every
/// `every` steps; then Cancelled ("run the same command again to resume") when it stops early.
Result<void> checkpointAfterStep(int step, bool keepGoing, bool last, int every, const std::function<Result<void>()> &save);

void writeCheckpointState(const std::filesystem::path &checkpoint, const CheckpointState &state);

}  // namespace noosphere::models
