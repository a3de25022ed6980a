// Reading a tokenizer file whole (they are a few MB at most) with errors that name it.
#include "tokenize/loaderror.h"

#include <fstream>
#include <sstream>

namespace noosphere::models {

namespace {

// Larger than any tokenizer file in use (Llama 3's tokenizer.json: 9 MB); refuses to load a stray huge file.
constexpr std::uintmax_t kMaxTokenizerFileBytes = 512ull << 20;

}  // namespace

std::string readWholeFile(const std::filesystem::path &path)
{
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec)
        failLoad(ErrorCode::NotFound, path.string() + ": " + ec.message() + ".");
    if (size > kMaxTokenizerFileBytes)
        failLoad(ErrorCode::BadModelFile, path.string() + " is too large for a tokenizer file.");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        failLoad(ErrorCode::Io, path.string() + " cannot be opened.");
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad())
        failLoad(ErrorCode::Io, path.string() + " cannot be read.");
    return std::move(buffer).str();
}

}  // namespace noosphere::models
