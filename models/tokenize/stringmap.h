// A hash map keyed by std::string that is looked up with std::string_view, without a temporary string.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace noosphere::models {

struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};
template <typename T> using StringMap = std::unordered_map<std::string, T, StringHash, std::equal_to<>>;

}  // namespace noosphere::models
