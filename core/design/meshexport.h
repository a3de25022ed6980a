// Writes a design's mesh for printing and for other tools: binary glTF (.glb, by tinygltf), OBJ with its
// MTL, and binary STL. Every file is written atomically (a temporary file renamed into place).
#pragma once

#include "common/result.h"
#include "mesh.h"

#include <array>
#include <filesystem>
#include <string>
#include <string_view>

namespace noosphere::core::design {

enum class MeshFormat { Glb, Obj, Stl };

/// "glb", "obj" or "stl" (any case).
models::Result<MeshFormat> meshFormatFromName(std::string_view name);
const char *meshFormatExtension(MeshFormat format);

struct MeshMaterial {
    std::string name = "noosphere_design";
    std::array<float, 4> baseColour{0.82f, 0.78f, 0.72f, 1.0f};  // linear RGBA
    float roughness = 0.55f;
};

/// Units: OBJ and STL in millimetres, z up (as slicers expect); glTF in metres, y up (as its spec says).
/// OBJ also writes <stem>.mtl beside the file.
models::Result<void> exportMesh(const Mesh &mesh, MeshFormat format, const std::filesystem::path &path,
                                const MeshMaterial &material = {});

}  // namespace noosphere::core::design
