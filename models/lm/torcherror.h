// LibTorch reports failures as exceptions; the engine's callers get Results. This turns one into the other.
// Internal header: only models/ includes it.
#pragma once

#include "common/result.h"

#include <c10/util/Exception.h>

#include <string>
#include <string_view>

namespace noosphere::models {

inline Error fromException(const std::exception &e, std::string_view what)
{
    if (const auto *c10Error = dynamic_cast<const c10::Error *>(&e))
        return Error{ErrorCode::Unknown,
                     std::string(what) + " failed in LibTorch: " + c10Error->what_without_backtrace()};
    return Error{ErrorCode::Unknown, std::string(what) + " failed: " + e.what()};
}

}  // namespace noosphere::models
