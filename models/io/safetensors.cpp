// Opening safetensors files and model folders: the file is mapped, parseSafetensors checks it, and the views
// point into the mapping. A folder holds one model.safetensors or shards named by model.safetensors.index.json.
#include "io/safetensors.h"

#include "io/mappedfile.h"
#include "io/safetensorsparse.h"

#include <nlohmann/json.hpp>

#include <system_error>
#include <utility>

namespace noosphere::models {

namespace {

std::string quoted(const std::filesystem::path &file) { return "'" + file.string() + "'"; }

// A shard must be a file beside the index: no folders, no way out of the model folder.
bool isPlainFileName(const std::string &name)
{
    return !name.empty() && name != "." && name != ".." && name.find('/') == std::string::npos &&
           name.find('\0') == std::string::npos;
}

}  // namespace

std::size_t dtypeSize(DType dtype)
{
    switch (dtype) {
    case DType::F32:
        return 4;
    case DType::F16:
    case DType::BF16:
        return 2;
    }
    return 0;
}

std::string_view dtypeName(DType dtype)
{
    switch (dtype) {
    case DType::F32:
        return "F32";
    case DType::F16:
        return "F16";
    case DType::BF16:
        return "BF16";
    }
    return "?";
}

// -1 only for a hand-made view with a bad shape; the reader never returns one.
std::int64_t TensorView::elementCount() const { return checkedElementCount(shape).value_or(-1); }

// ---------------------------------------------------------------------------------------------------------------

struct SafetensorsFile::Impl {
    std::filesystem::path path;
    MappedFile mapping;
    ParsedHeader parsed;                                          // views into `mapping`
    std::map<std::string, std::size_t, std::less<>> indexByName;  // into parsed.tensors
};

// NOTE: safetensors does not align tensor data (the data starts right after a header padded to 8 bytes, and
// each tensor right after the previous one), so a view's bytes may not be aligned for float. The views are
// bytes on purpose: callers copy or convert them into torch tensors rather than reinterpret them in place.
Result<SafetensorsFile> SafetensorsFile::open(const std::filesystem::path &file)
{
    auto mapping = MappedFile::open(file);
    if (!mapping)
        return mapping.error();
    auto parsed = parseSafetensors(mapping->bytes(), file.string());
    if (!parsed)
        return parsed.error();
    auto impl = std::make_unique<Impl>(Impl{file, std::move(mapping).value(), std::move(parsed).value(), {}});
    for (std::size_t i = 0; i < impl->parsed.tensors.size(); ++i)
        impl->indexByName.emplace(impl->parsed.tensors[i].name, i);
    return SafetensorsFile(std::move(impl));
}

SafetensorsFile::SafetensorsFile(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{
}
SafetensorsFile::~SafetensorsFile() = default;
SafetensorsFile::SafetensorsFile(SafetensorsFile &&) noexcept = default;
SafetensorsFile &SafetensorsFile::operator=(SafetensorsFile &&) noexcept = default;

const std::filesystem::path &SafetensorsFile::path() const { return m_impl->path; }
const std::vector<TensorView> &SafetensorsFile::tensors() const { return m_impl->parsed.tensors; }
const std::map<std::string, std::string> &SafetensorsFile::metadata() const { return m_impl->parsed.metadata; }

const TensorView *SafetensorsFile::find(std::string_view name) const
{
    const auto it = m_impl->indexByName.find(name);
    return it == m_impl->indexByName.end() ? nullptr : &m_impl->parsed.tensors[it->second];
}

// ---------------------------------------------------------------------------------------------------------------

struct SafetensorsSet::Impl {
    std::vector<SafetensorsFile> files;                             // each owns its Impl, so views stay put
    std::map<std::string, const TensorView *, std::less<>> byName;  // into files
};

namespace {

// The index's weight_map (tensor name → shard file name), checked.
Result<std::map<std::string, std::string>> readWeightMap(const std::filesystem::path &index)
{
    auto mapping = MappedFile::open(index);
    if (!mapping)
        return mapping.error();
    const auto bytes = mapping->bytes();
    const char *text = reinterpret_cast<const char *>(bytes.data());
    nlohmann::json json;
    try {
        json = nlohmann::json::parse(text, text + bytes.size());
    } catch (const std::exception &) {
        return Error{ErrorCode::BadModelFile, quoted(index) + " is not valid JSON"};
    }
    const auto weightMap = json.is_object() ? json.find("weight_map") : json.end();
    if (!json.is_object() || weightMap == json.end() || !weightMap->is_object())
        return Error{ErrorCode::BadModelFile, quoted(index) + " has no \"weight_map\" object"};
    std::map<std::string, std::string> shardByTensor;
    for (const auto &[tensor, shard] : weightMap->items()) {
        if (!shard.is_string())
            return Error{ErrorCode::BadModelFile,
                         quoted(index) + " gives tensor '" + tensor + "' a shard that is not a file name"};
        const auto &name = shard.get_ref<const std::string &>();
        if (!isPlainFileName(name))
            return Error{ErrorCode::BadModelFile, quoted(index) + " places tensor '" + tensor + "' in '" + name +
                                                      "', which is not a file inside the model folder"};
        shardByTensor.emplace(tensor, name);
    }
    return shardByTensor;
}

}  // namespace

Result<SafetensorsSet> SafetensorsSet::openFolder(const std::filesystem::path &folder)
{
    std::error_code ec;
    if (!std::filesystem::is_directory(folder, ec))
        return Error{ErrorCode::NotFound, quoted(folder) + " is not a folder"};
    auto impl = std::make_unique<Impl>();

    const auto single = folder / "model.safetensors";
    if (std::filesystem::exists(single, ec)) {
        auto file = SafetensorsFile::open(single);
        if (!file)
            return file.error();
        impl->files.push_back(std::move(file).value());
        for (const auto &tensor : impl->files.back().tensors())
            impl->byName.emplace(tensor.name, &tensor);
        return SafetensorsSet(std::move(impl));
    }

    const auto index = folder / "model.safetensors.index.json";
    if (!std::filesystem::exists(index, ec))
        return Error{ErrorCode::NotFound, quoted(folder) + " holds no model.safetensors"};
    auto shardByTensor = readWeightMap(index);
    if (!shardByTensor)
        return shardByTensor.error();

    std::map<std::string, std::size_t> fileByShard;  // each shard opened once
    for (const auto &[tensor, shard] : shardByTensor.value()) {
        auto [slot, isNew] = fileByShard.try_emplace(shard, impl->files.size());
        if (isNew) {
            auto file = SafetensorsFile::open(folder / shard);
            if (!file && file.error().code == ErrorCode::NotFound)
                return Error{ErrorCode::BadModelFile,
                             quoted(index) + " names the shard '" + shard + "', which is not in the folder"};
            if (!file)
                return file.error();
            impl->files.push_back(std::move(file).value());
        }
        const TensorView *view = impl->files[slot->second].find(tensor);
        if (!view)
            return Error{ErrorCode::BadModelFile, quoted(folder / shard) + " lacks tensor '" + tensor + "', which " +
                                                      quoted(index) + " places there"};
        impl->byName.emplace(tensor, view);
    }
    return SafetensorsSet(std::move(impl));
}

SafetensorsSet::SafetensorsSet(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{
}
SafetensorsSet::~SafetensorsSet() = default;
SafetensorsSet::SafetensorsSet(SafetensorsSet &&) noexcept = default;
SafetensorsSet &SafetensorsSet::operator=(SafetensorsSet &&) noexcept = default;

const TensorView *SafetensorsSet::find(std::string_view name) const
{
    const auto it = m_impl->byName.find(name);
    return it == m_impl->byName.end() ? nullptr : it->second;
}

std::vector<std::string> SafetensorsSet::names() const
{
    std::vector<std::string> names;
    names.reserve(m_impl->byName.size());
    for (const auto &entry : m_impl->byName)
        names.push_back(entry.first);
    return names;
}

std::uint64_t SafetensorsSet::totalBytes() const
{
    std::uint64_t total = 0;
    for (const auto &entry : m_impl->byName)
        total += entry.second->bytes.size();
    return total;
}

}  // namespace noosphere::models
