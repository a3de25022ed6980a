#include "train/checkpointfolder.h"

#include <nlohmann/json.hpp>

#include <fstream>

namespace noosphere::models {

namespace fs = std::filesystem;

Result<void> replaceCheckpointFolder(const fs::path &folder, const std::function<Result<void>(const fs::path &)> &write)
{
    const auto fresh = fs::path(folder.string() + "-new"), old = fs::path(folder.string() + "-old");
    std::error_code ec;
    fs::remove_all(fresh, ec);
    fs::create_directories(fresh, ec);
    if (ec)
        return Error{ErrorCode::Io, "cannot create " + fresh.string() + ": " + ec.message()};
    if (auto written = write(fresh); !written)
        return written;
    fs::remove_all(old, ec);
    if (fs::exists(folder))
        fs::rename(folder, old, ec);
    fs::rename(fresh, folder, ec);
    if (ec)
        return Error{ErrorCode::Io, "cannot move the checkpoint into " + folder.string() + ": " + ec.message()};
    fs::remove_all(old, ec);
    return {};
}

std::optional<fs::path> findCheckpointFolder(const fs::path &folder)
{
    for (const auto &candidate : {folder, fs::path(folder.string() + "-old")}) {
        if (fs::exists(candidate / "state.json"))
            return candidate;
    }
    return std::nullopt;
}

Result<CheckpointState> readCheckpointState(const fs::path &checkpoint)
{
    std::ifstream stateFile(checkpoint / "state.json");
    const auto state = nlohmann::json::parse(stateFile, nullptr, /*allow_exceptions=*/false);
    if (state.is_discarded() || !state.contains("step") || !state["step"].is_number_integer() ||
        !state.contains("fingerprint") || !state["fingerprint"].is_string())
        return Error{ErrorCode::BadModelFile, (checkpoint / "state.json").string() + " is not a checkpoint state"};
    return CheckpointState{state["step"].get<int>(), state["fingerprint"].get<std::string>()};
}

Result<int> resumableStep(const fs::path &checkpoint, const std::string &fingerprint, const std::string &what,
                          const std::function<std::string(const std::string &)> &normalise)
{
    auto state = readCheckpointState(checkpoint);
    if (!state)
        return state.error();
    if (normalise ? normalise(state->fingerprint) != normalise(fingerprint) : state->fingerprint != fingerprint)
        return Error{ErrorCode::InvalidArgument, "the checkpoint in " + checkpoint.string() + " was written with other " +
                                                     what + "; remove it or train into another folder"};
    return state->step;
}

std::optional<int> checkpointStepIn(const fs::path &outFolder)
{
    const auto found = findCheckpointFolder(outFolder / "checkpoint");
    if (!found)
        return std::nullopt;
    const auto state = readCheckpointState(*found);
    return state ? std::optional<int>(state->step) : std::nullopt;
}

Result<void> checkpointAfterStep(int step, bool keepGoing, bool last, int every, const std::function<Result<void>()> &save)
{
    if (!keepGoing || last || step % every == 0) {
        if (auto saved = save(); !saved)
            return saved;
    }
    if (!keepGoing)
        return Error{ErrorCode::Cancelled,
                     "training stopped at step " + std::to_string(step) + "; run the same command again to resume"};
    return {};
}

void writeCheckpointState(const fs::path &checkpoint, const CheckpointState &state)
{
    std::ofstream(checkpoint / "state.json") << nlohmann::json{{"step", state.step}, {"fingerprint", state.fingerprint}}.dump(1);
}

}  // namespace noosphere::models
