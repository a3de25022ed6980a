// The safetensors parser: every length, offset, shape and dtype in the header is checked against the bytes in
// hand before a view is made, so a damaged or hostile file gives an Error, never a read out of bounds.
#include "io/safetensorsparse.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstring>
#include <limits>
#include <set>
#include <tuple>

namespace noosphere::models {

namespace {

using Json = nlohmann::json;

// Every dtype of the safetensors format, so that a valid file in a dtype we do not load is told apart from a
// damaged one. Bits, not bytes: F4 and F6 pack several values into a byte.
struct DtypeInfo {
    std::string_view name;
    unsigned bits = 0;
    std::optional<DType> loaded;  // set for the dtypes Noosphere loads
};
constexpr DtypeInfo kDtypes[] = {
    {"F32", 32, DType::F32}, {"F16", 16, DType::F16}, {"BF16", 16, DType::BF16}, {"BOOL", 8, {}},    {"U8", 8, {}},
    {"I8", 8, {}},           {"I16", 16, {}},         {"U16", 16, {}},           {"I32", 32, {}},    {"U32", 32, {}},
    {"I64", 64, {}},         {"U64", 64, {}},         {"F64", 64, {}},           {"C64", 64, {}},    {"F8_E5M2", 8, {}},
    {"F8_E4M3", 8, {}},      {"F8_E8M0", 8, {}},      {"F6_E2M3", 6, {}},        {"F6_E3M2", 6, {}}, {"F4", 4, {}},
};

const DtypeInfo *findDtype(std::string_view name)
{
    for (const auto &info : kDtypes)
        if (info.name == name)
            return &info;
    return nullptr;
}

// A header entry that passed the structural checks.
struct Entry {
    std::string name;
    const DtypeInfo *dtype = nullptr;
    std::vector<std::int64_t> shape;
    std::uint64_t begin = 0;  // relative to the data section
    std::uint64_t end = 0;
};

class Checker {
public:
    Checker(std::span<const std::byte> whole, std::string_view file)
        : m_whole(whole)
        , m_file("'" + std::string(file) + "'")
    {
    }

    Result<ParsedHeader> run();

private:
    Error bad(const std::string &what) const { return Error{ErrorCode::BadModelFile, m_file + " " + what}; }
    Error badTensor(const std::string &name, const std::string &what) const
    {
        return bad("has tensor '" + name + "' " + what);
    }
    Result<Json> parseHeader(std::string_view text) const;
    Result<Entry> checkEntry(const std::string &name, const Json &value, std::uint64_t dataBytes) const;
    std::optional<Error> checkMetadata(const Json &value, std::map<std::string, std::string> &out) const;

    std::span<const std::byte> m_whole;
    std::string m_file;
};

std::string shapeText(std::span<const std::int64_t> shape)
{
    std::string text = "[";
    for (std::size_t i = 0; i < shape.size(); ++i)
        text += (i ? ", " : "") + std::to_string(shape[i]);
    return text + "]";
}

Result<ParsedHeader> Checker::run()
{
    if (m_whole.size() < 8)
        return bad("is too short for a safetensors file (" + std::to_string(m_whole.size()) +
                   " bytes; the header size alone takes 8)");
    std::uint64_t headerBytes = 0;
    for (int i = 7; i >= 0; --i)  // little-endian, whatever the host
        headerBytes = (headerBytes << 8) | std::to_integer<std::uint64_t>(m_whole[std::size_t(i)]);
    if (headerBytes > SafetensorsFile::kMaxHeaderBytes)
        return bad("declares a header of " + std::to_string(headerBytes) + " bytes, more than the " +
                   std::to_string(SafetensorsFile::kMaxHeaderBytes) + " accepted");
    if (headerBytes > m_whole.size() - 8)
        return bad("is truncated: its header size says " + std::to_string(headerBytes) + " bytes but only " +
                   std::to_string(m_whole.size() - 8) + " follow");
    const std::string_view text(reinterpret_cast<const char *>(m_whole.data()) + 8, std::size_t(headerBytes));
    auto header = parseHeader(text);
    if (!header)
        return header.error();
    const std::uint64_t dataBytes = m_whole.size() - 8 - headerBytes;

    ParsedHeader parsed;
    parsed.headerBytes = headerBytes;
    std::vector<Entry> entries;
    for (const auto &[name, value] : header->items()) {
        if (name == "__metadata__") {
            if (auto error = checkMetadata(value, parsed.metadata))
                return *error;
            continue;
        }
        auto entry = checkEntry(name, value, dataBytes);
        if (!entry)
            return entry.error();
        entries.push_back(std::move(entry).value());
    }

    // File order; the empty ranges of zero-size tensors hold no bytes, so they may sit anywhere.
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return std::tie(a.begin, a.end, a.name) < std::tie(b.begin, b.end, b.name);
    });
    const Entry *previous = nullptr;
    for (const auto &entry : entries) {
        if (entry.begin == entry.end)
            continue;
        if (previous && entry.begin < previous->end)
            return bad("has tensors '" + previous->name + "' and '" + entry.name + "' whose data overlap (bytes " +
                       std::to_string(entry.begin) + " to " + std::to_string(std::min(entry.end, previous->end)) +
                       " of the data)");
        if (!previous || entry.end > previous->end)
            previous = &entry;
    }

    // Only a file that is sound in every other way is called unsupported rather than damaged.
    for (const auto &entry : entries)
        if (!entry.dtype->loaded)
            return Error{ErrorCode::UnsupportedModel, m_file + " has tensor '" + entry.name + "' of dtype " +
                                                          std::string(entry.dtype->name) +
                                                          ", which Noosphere does not load (only F32, F16 and BF16)"};

    const std::size_t dataStart = 8 + std::size_t(headerBytes);
    parsed.tensors.reserve(entries.size());
    for (auto &entry : entries)
        parsed.tensors.push_back(TensorView{
            .name = std::move(entry.name),
            .dtype = *entry.dtype->loaded,
            .shape = std::move(entry.shape),
            .bytes = m_whole.subspan(dataStart + std::size_t(entry.begin), std::size_t(entry.end - entry.begin)),
        });
    return parsed;
}

Result<Json> Checker::parseHeader(std::string_view text) const
{
    // nlohmann::json keeps the last of two equal keys without a word; the callback sees every key of every
    // object, so a repeated tensor name (or a repeated "dtype") is caught.
    std::vector<std::set<std::string>> openObjects;
    std::optional<std::pair<std::string, int>> repeated;  // the first repeated key and its depth
    auto watchKeys = [&](int depth, Json::parse_event_t event, Json &parsed) {
        if (event == Json::parse_event_t::object_start) {
            openObjects.emplace_back();
        } else if (event == Json::parse_event_t::object_end) {
            if (!openObjects.empty())
                openObjects.pop_back();
        } else if (event == Json::parse_event_t::key && !openObjects.empty() && parsed.is_string()) {
            if (!openObjects.back().insert(parsed.get<std::string>()).second && !repeated)
                repeated.emplace(parsed.get<std::string>(), depth);
        }
        return true;
    };
    Json header;
    try {
        header = Json::parse(text.begin(), text.end(), watchKeys);
    } catch (const Json::parse_error &e) {
        return bad("has a header that is not valid JSON (error at byte " + std::to_string(e.byte) + " of the header)");
    } catch (const std::exception &e) {
        return bad("has a header that cannot be read as JSON (" + std::string(e.what()) + ")");
    }
    if (!header.is_object())
        return bad("has a header that is not a JSON object");
    if (repeated) {
        if (repeated->second == 1)
            return bad("names tensor '" + repeated->first + "' twice in its header");
        return bad("repeats the key '" + repeated->first + "' inside one entry of its header");
    }
    return header;
}

std::optional<Error> Checker::checkMetadata(const Json &value, std::map<std::string, std::string> &out) const
{
    if (!value.is_object())
        return bad("has a \"__metadata__\" entry that is not an object of strings");
    for (const auto &[key, text] : value.items()) {
        if (!text.is_string())
            return bad("has a \"__metadata__\" value for '" + key + "' that is not a string");
        out.emplace(key, text.get<std::string>());
    }
    return std::nullopt;
}

Result<Entry> Checker::checkEntry(const std::string &name, const Json &value, std::uint64_t dataBytes) const
{
    if (!value.is_object())
        return badTensor(name, "whose header entry is not an object");
    Entry entry{.name = name};

    const auto dtype = value.find("dtype");
    if (dtype == value.end())
        return badTensor(name, "without a \"dtype\"");
    if (!dtype->is_string())
        return badTensor(name, "whose \"dtype\" is not a string");
    entry.dtype = findDtype(dtype->get_ref<const std::string &>());
    if (!entry.dtype)
        return badTensor(name, "of unknown dtype '" + dtype->get<std::string>() + "'");

    const auto shape = value.find("shape");
    if (shape == value.end())
        return badTensor(name, "without a \"shape\"");
    if (!shape->is_array())
        return badTensor(name, "whose \"shape\" is not an array");
    if (shape->size() > kMaxRank)
        return badTensor(name, "of rank " + std::to_string(shape->size()) + ", more than the " +
                                   std::to_string(kMaxRank) + " accepted");
    for (const auto &dim : *shape) {
        if (dim.is_number_unsigned()) {
            if (dim.get<std::uint64_t>() > std::uint64_t(std::numeric_limits<std::int64_t>::max()))
                return badTensor(name, "whose shape has a dimension too large to count");
            entry.shape.push_back(dim.get<std::int64_t>());
        } else if (dim.is_number_integer()) {
            return badTensor(name,
                             "whose shape has a negative dimension (" + std::to_string(dim.get<std::int64_t>()) + ")");
        } else {
            return badTensor(name, "whose shape holds something other than whole numbers");
        }
    }

    const auto offsets = value.find("data_offsets");
    if (offsets == value.end())
        return badTensor(name, "without \"data_offsets\"");
    if (!offsets->is_array() || offsets->size() != 2 || !(*offsets)[0].is_number_unsigned() ||
        !(*offsets)[1].is_number_unsigned())
        return badTensor(name, "whose \"data_offsets\" are not two non-negative whole numbers");
    entry.begin = (*offsets)[0].get<std::uint64_t>();
    entry.end = (*offsets)[1].get<std::uint64_t>();
    if (entry.begin > entry.end)
        return badTensor(name, "whose data_offsets [" + std::to_string(entry.begin) + ", " + std::to_string(entry.end) +
                                   "] end before they begin");
    if (entry.end > dataBytes)
        return badTensor(name, "whose data ends at byte " + std::to_string(entry.end) + ", beyond the " +
                                   std::to_string(dataBytes) + " bytes of data in the file");

    const auto count = checkedElementCount(entry.shape);
    std::uint64_t bits = 0;
    if (!count || __builtin_mul_overflow(std::uint64_t(*count), std::uint64_t(entry.dtype->bits), &bits))
        return badTensor(name, "whose shape " + shapeText(entry.shape) + " has too many elements to count");
    if (bits % 8 != 0 || bits / 8 != entry.end - entry.begin)
        return badTensor(name, "whose " + std::to_string(entry.end - entry.begin) + " bytes of data do not fit " +
                                   "its shape " + shapeText(entry.shape) + " of " + std::string(entry.dtype->name) +
                                   (bits % 8 ? "" : " (" + std::to_string(bits / 8) + " bytes)"));
    return entry;
}

}  // namespace

Result<ParsedHeader> parseSafetensors(std::span<const std::byte> whole, std::string_view nameForMessages)
{
    return Checker(whole, nameForMessages).run();
}

std::optional<std::int64_t> checkedElementCount(std::span<const std::int64_t> shape)
{
    if (shape.size() > kMaxRank)
        return std::nullopt;
    if (std::any_of(shape.begin(), shape.end(), [](std::int64_t dim) { return dim < 0; }))
        return std::nullopt;
    // A zero dimension empties the tensor, however large the others.
    if (std::find(shape.begin(), shape.end(), 0) != shape.end())
        return 0;
    std::int64_t count = 1;
    for (const auto dim : shape)
        if (__builtin_mul_overflow(count, dim, &count))
            return std::nullopt;
    return count;
}

}  // namespace noosphere::models
