#include "modelerror.h"

#include "verbs.h"

#include <iostream>

namespace noosphere::cli {

int reportModelError(const models::Error &error)
{
    std::cerr << "noosphere-cli: " << error.detail << '\n';
    using models::ErrorCode;
    const bool badInput = error.code == ErrorCode::NotFound || error.code == ErrorCode::BadModelFile ||
                          error.code == ErrorCode::UnsupportedModel || error.code == ErrorCode::InvalidArgument ||
                          error.code == ErrorCode::Truncated || error.code == ErrorCode::Corrupt ||
                          error.code == ErrorCode::EmptyFile || error.code == ErrorCode::IsDirectory;
    return badInput ? kExitBadInput : kExitFailed;
}

}  // namespace noosphere::cli
