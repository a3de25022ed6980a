// How the tokenizer loaders report a bad file: deep inside the JSON walk they throw a LoadError, which the loader's
// entry point turns into an Error for its Result. Internal to models/tokenize.
#pragma once

#include "common/result.h"

#include <filesystem>
#include <optional>
#include <string>

namespace noosphere::models {

struct LoadError {
    ErrorCode code = ErrorCode::BadModelFile;
    std::string detail;
};

[[noreturn]] inline void failLoad(ErrorCode code, std::string detail)
{
    throw LoadError{code, std::move(detail)};
}

/// The whole file, or a LoadError (NotFound, Io) naming it.
std::string readWholeFile(const std::filesystem::path &path);

}  // namespace noosphere::models
