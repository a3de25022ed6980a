#include "textinput.h"

#include "common/utf8.h"
#include "verbs.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>

namespace noosphere::cli {

int report(int exitCode, const std::string &detail)
{
    std::cerr << "noosphere-cli: " << detail << '\n';
    return exitCode;
}

std::optional<std::string> readUtf8File(const std::string &path, int &exitCode)
{
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) {
        exitCode = report(kExitBadInput, "'" + path + "' does not exist or is not a file");
        return std::nullopt;
    }
    std::ifstream in(path, std::ios::binary);
    std::string content{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (!in.good() && !in.eof()) {
        exitCode = report(kExitBadInput, "cannot read '" + path + "'");
        return std::nullopt;
    }
    if (!models::utf8::isValid(content)) {
        exitCode = report(kExitBadInput, "'" + path + "' is not valid UTF-8; convert it first (e.g. iconv -t UTF-8)");
        return std::nullopt;
    }
    return content;
}

std::optional<core::text::LanguageData> loadLanguageData(int &exitCode)
{
    auto data = core::text::LanguageData::load();
    if (!data) {
        exitCode = report(kExitFailed, data.error().detail);
        return std::nullopt;
    }
    if (!data->warning.empty())
        std::cerr << "noosphere-cli: " << data->warning << '\n';
    return std::move(data).value();
}

}  // namespace noosphere::cli
