// Named ATen tensors to and from safetensors files, checked tensor by tensor. Internal header: only models/gan
// includes it.
#pragma once

#include "common/result.h"
#include "gan/networks.h"
#include "io/safetensors.h"

#include <filesystem>
#include <map>
#include <string>

namespace noosphere::models::gan {

/// Writes every tensor (as float32, copied to the CPU) under its name.
Result<void> saveTensors(const std::filesystem::path &file, const NamedTensors &tensors,
                         const std::map<std::string, std::string> &metadata = {});

/// Copies each named tensor from `file` into the network's tensor (its dtype and device). BadModelFile naming
/// the tensor when one is missing or has another shape.
Result<void> loadTensors(const SafetensorsFile &file, const NamedTensors &tensors);

}  // namespace noosphere::models::gan
