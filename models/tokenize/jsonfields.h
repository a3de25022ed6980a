// Typed access to the fields of a tokenizer's JSON, with errors that name the file, the part and the field
// ("…/tokenizer.json: the Split pre-tokenizer's regex does not compile"). Internal to models/tokenize.
#pragma once

#include "tokenize/icuregex.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>

namespace noosphere::models {

using Json = nlohmann::json;

// Deepest Sequence nesting accepted (real files nest one level); bounds recursion on hostile input.
inline constexpr int kMaxJsonNesting = 8;

class JsonFields {
public:
    explicit JsonFields(const std::filesystem::path &file)
        : m_file(file.string())
    {
    }

    /// Throws LoadError(BadModelFile) "<file>: <what>.".
    [[noreturn]] void bad(const std::string &what) const;
    /// Throws LoadError(UnsupportedModel) "<file> <what>, which this build does not support.".
    [[noreturn]] void unsupported(const std::string &what) const;

    const Json &member(const Json &object, const char *key, const char *where) const;
    /// The string at `key`; `fallback` when absent or null.
    std::string string(const Json &object, const char *key, const char *where, std::string fallback = {}) const;
    bool flag(const Json &object, const char *key, const char *where, bool fallback) const;
    /// The "type" of a component, which must be an object.
    std::string type(const Json &object, const char *where) const;
    /// {"String": "…"} or {"Regex": "…"} at "pattern" → a compiled pattern.
    IcuRegex pattern(const Json &object, const char *where) const;
    const std::string &file() const { return m_file; }

private:
    std::string m_file;
};

}  // namespace noosphere::models
