// JsonFields: one place for "is this field there and of the right type", so the loaders read like the format.
#include "tokenize/jsonfields.h"

#include "tokenize/loaderror.h"

namespace noosphere::models {

void JsonFields::bad(const std::string &what) const
{
    failLoad(ErrorCode::BadModelFile, m_file + ": " + what + ".");
}

void JsonFields::unsupported(const std::string &what) const
{
    failLoad(ErrorCode::UnsupportedModel, m_file + " " + what + ", which this build does not support.");
}

const Json &JsonFields::member(const Json &object, const char *key, const char *where) const
{
    const auto it = object.find(key);
    if (it == object.end())
        bad(std::string(where) + " has no \"" + key + "\"");
    return *it;
}

std::string JsonFields::string(const Json &object, const char *key, const char *where, std::string fallback) const
{
    const auto it = object.find(key);
    if (it == object.end() || it->is_null())
        return fallback;
    if (!it->is_string())
        bad(std::string(where) + "'s \"" + key + "\" is not a string");
    return it->get<std::string>();
}

bool JsonFields::flag(const Json &object, const char *key, const char *where, bool fallback) const
{
    const auto it = object.find(key);
    if (it == object.end() || it->is_null())
        return fallback;
    if (!it->is_boolean())
        bad(std::string(where) + "'s \"" + key + "\" is not true or false");
    return it->get<bool>();
}

std::string JsonFields::type(const Json &object, const char *where) const
{
    if (!object.is_object())
        bad(std::string(where) + " is not an object");
    return string(object, "type", where);
}

IcuRegex JsonFields::pattern(const Json &object, const char *where) const
{
    const Json &p = member(object, "pattern", where);
    const bool literal = p.is_object() && p.contains("String");
    const char *key = literal ? "String" : "Regex";
    if (!p.is_object() || !p.contains(key) || !p[key].is_string())
        bad(std::string(where) + "'s pattern is neither {\"String\": …} nor {\"Regex\": …}");
    std::string error;
    auto compiled = IcuRegex::compile(p[key].get<std::string>(), literal, error);
    if (!compiled)
        bad(std::string(where) + "'s regex does not compile (" + error + ")");
    return std::move(*compiled);
}

}  // namespace noosphere::models
