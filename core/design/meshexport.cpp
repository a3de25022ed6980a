// tinygltf writes the .glb (Debian libtinygltf-dev, the shared library build of the glTF reader/writer that
// Khronos lists; it uses the nlohmann JSON we already link); OBJ and binary STL are a fixed layout each.
#include "meshexport.h"

#include "export/atomicfile.h"
#include "vec3.h"

#include <tiny_gltf.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <sstream>

namespace noosphere::core::design {

using models::Error;
using models::ErrorCode;
using models::Result;

namespace {

template <typename T> void appendBytes(std::vector<unsigned char> &out, const T &value)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(&value);
    out.insert(out.end(), bytes, bytes + sizeof(T));
}

std::string glbBytes(const Mesh &mesh, const MeshMaterial &material)
{
    // glTF is metres with y up: (x, y, z) mm with z up becomes (x, z, −y) m, which keeps the handedness.
    std::vector<Vec3> positions(mesh.positions.size()), normals(mesh.normals.size());
    for (size_t i = 0; i < positions.size(); ++i) {
        const Vec3 &p = mesh.positions[i], &n = mesh.normals[i];
        positions[i] = {p[0] / 1000.0f, p[2] / 1000.0f, -p[1] / 1000.0f};
        normals[i] = {n[0], n[2], -n[1]};
    }
    tinygltf::Model model;
    tinygltf::Buffer buffer;
    auto addView = [&](const void *data, size_t size, int target) {
        while (buffer.data.size() % 4)
            buffer.data.push_back(0);
        tinygltf::BufferView view;
        view.buffer = 0;
        view.byteOffset = buffer.data.size();
        view.byteLength = size;
        view.target = target;
        const auto *bytes = static_cast<const unsigned char *>(data);
        buffer.data.insert(buffer.data.end(), bytes, bytes + size);
        model.bufferViews.push_back(view);
        return int(model.bufferViews.size() - 1);
    };
    auto addAccessor = [&](int view, int componentType, size_t count, int type) {
        tinygltf::Accessor accessor;
        accessor.bufferView = view;
        accessor.componentType = componentType;
        accessor.count = count;
        accessor.type = type;
        model.accessors.push_back(accessor);
        return int(model.accessors.size() - 1);
    };
    const int positionAccessor =
        addAccessor(addView(positions.data(), positions.size() * sizeof(Vec3), TINYGLTF_TARGET_ARRAY_BUFFER),
                    TINYGLTF_COMPONENT_TYPE_FLOAT, positions.size(), TINYGLTF_TYPE_VEC3);
    auto &positionBounds = model.accessors[positionAccessor];  // the spec requires min and max on POSITION
    positionBounds.minValues = {1e30, 1e30, 1e30};
    positionBounds.maxValues = {-1e30, -1e30, -1e30};
    for (const Vec3 &p : positions)
        for (int k = 0; k < 3; ++k) {
            positionBounds.minValues[k] = std::min<double>(positionBounds.minValues[k], p[k]);
            positionBounds.maxValues[k] = std::max<double>(positionBounds.maxValues[k], p[k]);
        }
    const int normalAccessor =
        addAccessor(addView(normals.data(), normals.size() * sizeof(Vec3), TINYGLTF_TARGET_ARRAY_BUFFER),
                    TINYGLTF_COMPONENT_TYPE_FLOAT, normals.size(), TINYGLTF_TYPE_VEC3);
    const int indexAccessor = addAccessor(
        addView(mesh.indices.data(), mesh.indices.size() * sizeof(uint32_t), TINYGLTF_TARGET_ELEMENT_ARRAY_BUFFER),
        TINYGLTF_COMPONENT_TYPE_UNSIGNED_INT, mesh.indices.size(), TINYGLTF_TYPE_SCALAR);
    model.buffers.push_back(std::move(buffer));

    tinygltf::Material gltfMaterial;
    gltfMaterial.name = material.name;
    gltfMaterial.pbrMetallicRoughness.baseColorFactor = {material.baseColour[0], material.baseColour[1],
                                                         material.baseColour[2], material.baseColour[3]};
    gltfMaterial.pbrMetallicRoughness.metallicFactor = 0.0;
    gltfMaterial.pbrMetallicRoughness.roughnessFactor = material.roughness;
    model.materials.push_back(gltfMaterial);

    tinygltf::Primitive primitive;
    primitive.attributes["POSITION"] = positionAccessor;
    primitive.attributes["NORMAL"] = normalAccessor;
    primitive.indices = indexAccessor;
    primitive.material = 0;
    primitive.mode = TINYGLTF_MODE_TRIANGLES;
    tinygltf::Mesh gltfMesh;
    gltfMesh.name = "design";
    gltfMesh.primitives.push_back(primitive);
    model.meshes.push_back(gltfMesh);
    tinygltf::Node node;
    node.mesh = 0;
    node.name = "design";
    model.nodes.push_back(node);
    tinygltf::Scene scene;
    scene.nodes.push_back(0);
    model.scenes.push_back(scene);
    model.defaultScene = 0;
    model.asset.version = "2.0";
    model.asset.generator = "Noosphere";

    std::ostringstream stream;
    tinygltf::TinyGLTF writer;
    writer.WriteGltfSceneToStream(&model, stream, /*prettyPrint=*/false, /*writeBinary=*/true);
    return stream.str();
}

std::string stlBytes(const Mesh &mesh)
{
    std::vector<unsigned char> out(80, 0);
    const char header[] = "Noosphere design, binary STL, millimetres";
    std::memcpy(out.data(), header, sizeof header - 1);
    appendBytes(out, uint32_t(mesh.triangleCount()));
    for (size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
        const Vec3 &a = mesh.positions[mesh.indices[t]], &b = mesh.positions[mesh.indices[t + 1]],
                   &c = mesh.positions[mesh.indices[t + 2]];
        const Vec3 n = normalised(cross(b - a, c - a));
        for (const Vec3 *p : {static_cast<const Vec3 *>(&n), &a, &b, &c})
            for (float f : *p)
                appendBytes(out, f);
        appendBytes(out, uint16_t(0));
    }
    return {out.begin(), out.end()};
}

std::string objBytes(const Mesh &mesh, const std::string &mtlName, const MeshMaterial &material)
{
    std::string out;
    out.reserve(mesh.positions.size() * 80 + mesh.indices.size() * 12);
    out += "# Noosphere design, millimetres, z up\nmtllib " + mtlName + "\no design\n";
    char line[128];
    for (const Vec3 &p : mesh.positions)
        out.append(line, size_t(std::snprintf(line, sizeof line, "v %.4f %.4f %.4f\n", p[0], p[1], p[2])));
    for (const Vec3 &n : mesh.normals)
        out.append(line, size_t(std::snprintf(line, sizeof line, "vn %.5f %.5f %.5f\n", n[0], n[1], n[2])));
    out += "usemtl " + material.name + "\n";
    for (size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
        const uint32_t a = mesh.indices[t] + 1, b = mesh.indices[t + 1] + 1, c = mesh.indices[t + 2] + 1;
        out.append(line, size_t(std::snprintf(line, sizeof line, "f %u//%u %u//%u %u//%u\n", a, a, b, b, c, c)));
    }
    return out;
}

std::string mtlBytes(const MeshMaterial &material)
{
    char text[256];
    std::snprintf(text, sizeof text, "# Noosphere design material\nnewmtl %s\nKd %.4f %.4f %.4f\nKa 0 0 0\nKs 0.1 0.1 0.1\n"
                                     "Ns 40\nd %.4f\nillum 2\n",
                  material.name.c_str(), material.baseColour[0], material.baseColour[1], material.baseColour[2],
                  material.baseColour[3]);
    return text;
}

}  // namespace

Result<MeshFormat> meshFormatFromName(std::string_view name)
{
    std::string lower(name);
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    if (lower == "glb")
        return MeshFormat::Glb;
    if (lower == "obj")
        return MeshFormat::Obj;
    if (lower == "stl")
        return MeshFormat::Stl;
    return Error{ErrorCode::InvalidArgument, "unknown mesh format \"" + std::string(name) + "\" (glb, obj or stl)"};
}

const char *meshFormatExtension(MeshFormat format)
{
    switch (format) {
    case MeshFormat::Glb: return "glb";
    case MeshFormat::Obj: return "obj";
    case MeshFormat::Stl: return "stl";
    }
    return "";
}

Result<void> exportMesh(const Mesh &mesh, MeshFormat format, const std::filesystem::path &path,
                        const MeshMaterial &material)
{
    if (mesh.indices.empty())
        return Error{ErrorCode::InvalidArgument, "the design has no triangles to export"};
    switch (format) {
    case MeshFormat::Glb: return writeFileAtomically(path, glbBytes(mesh, material));
    case MeshFormat::Stl: return writeFileAtomically(path, stlBytes(mesh));
    case MeshFormat::Obj: {
        std::filesystem::path mtl = path;
        mtl.replace_extension(".mtl");
        if (auto written = writeFileAtomically(mtl, mtlBytes(material)); !written)
            return written;
        return writeFileAtomically(path, objBytes(mesh, mtl.filename().string(), material));
    }
    }
    return Error{ErrorCode::InvalidArgument, "unknown mesh format"};
}

}  // namespace noosphere::core::design
