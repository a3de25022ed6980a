// Internal to models/io: the safetensors parser over bytes already in memory, shared by SafetensorsFile::open
// (over a mapping), the writer's checks and fuzz/fuzz_safetensors.cpp (over the fuzzer's input).
#pragma once

#include "io/safetensors.h"

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace noosphere::models {

// Most dimensions a tensor may have; real weights have at most 4 or 5.
inline constexpr std::size_t kMaxRank = 8;

struct ParsedHeader {
    std::vector<TensorView> tensors;  // in file order (by data offset); bytes point into the parsed span
    std::map<std::string, std::string> metadata;
    std::uint64_t headerBytes = 0;  // the JSON header, padding included
};

/// Checks a whole safetensors file held in `whole` (the 8-byte size, the JSON header, the data) and returns
/// views into it. BadModelFile or UnsupportedModel as SafetensorsFile::open; each detail names
/// `nameForMessages`. Never throws, never reads outside `whole`.
Result<ParsedHeader> parseSafetensors(std::span<const std::byte> whole, std::string_view nameForMessages);

/// product(shape), or nothing when a dimension is negative, the rank exceeds kMaxRank or the product does not
/// fit in int64.
std::optional<std::int64_t> checkedElementCount(std::span<const std::int64_t> shape);

}  // namespace noosphere::models
