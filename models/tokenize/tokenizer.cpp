// The Tokenizer facade: picks the loader for a model folder and runs text through added-token matching,
// normalizer, pre-tokenizer and BPE (encode), or ids through the decoder (decode).
#include "tokenize/tokenizer.h"

#include "tokenize/gpt2files.h"
#include "tokenize/loaderror.h"
#include "tokenize/tokenizerjson.h"
#include "tokenize/tokenizerparts.h"
#include "common/utf8.h"

#include <deque>
#include <new>

namespace noosphere::models {

struct Tokenizer::Impl {
    std::unique_ptr<TokenizerParts> parts;
};

Tokenizer::Tokenizer(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{
}
Tokenizer::~Tokenizer() = default;
Tokenizer::Tokenizer(Tokenizer &&) noexcept = default;
Tokenizer &Tokenizer::operator=(Tokenizer &&) noexcept = default;

Result<Tokenizer> Tokenizer::loadFolder(const std::filesystem::path &folder)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    if (!fs::is_directory(folder, ec))
        return Error{ErrorCode::NotFound, folder.string() + " is not a folder."};
    const bool hasJson = fs::exists(folder / "tokenizer.json", ec);
    const bool hasVocab = fs::exists(folder / "vocab.json", ec);
    const bool hasMerges = fs::exists(folder / "merges.txt", ec);
    if (!hasJson && !hasVocab && !hasMerges)
        return Error{ErrorCode::NotFound, folder.string() + " holds no tokenizer.json, nor vocab.json and merges.txt."};
    if (!hasJson && hasVocab != hasMerges)
        return Error{ErrorCode::NotFound, folder.string() + " has " + (hasVocab ? "vocab.json" : "merges.txt") +
                                              " but no " + (hasVocab ? "merges.txt" : "vocab.json") + "."};
    auto impl = std::make_unique<Impl>();
    try {
        impl->parts = hasJson ? loadTokenizerJson(folder) : loadGpt2Files(folder);
    } catch (const LoadError &e) {
        return Error{e.code, e.detail};
    } catch (const std::bad_alloc &) {
        return Error{ErrorCode::BadModelFile, folder.string() + ": the tokenizer files need more memory than is free."};
    }
    return Tokenizer(std::move(impl));
}

std::vector<std::int32_t> Tokenizer::encode(std::string_view text, bool parseSpecial) const
{
    const TokenizerParts &p = *m_impl->parts;
    std::string repaired;
    if (!p.rawBytesInput && !utf8::isValid(text)) {
        repaired = utf8::toValid(text);
        text = repaired;
    }
    std::vector<std::int32_t> ids;
    ids.reserve(text.size() / 3);
    std::vector<std::string_view> words;
    std::deque<std::string> arena;
    const auto pushId = [&](std::int32_t id) { ids.push_back(id); };
    const auto encodeNormalized = [&](std::string_view section, bool atTextStart) {
        words.clear();
        arena.clear();
        p.preTokenizer.split(section, atTextStart, words, arena);
        for (const std::string_view word : words)
            p.model.encodeWord(word, ids);
    };
    // Added tokens are cut out of the raw text first; each stretch between them is normalized on its own (so a
    // Prepend normalizer prefixes each stretch, as in Hugging Face), then searched for normalized added tokens.
    p.added.split(
        text, AddedTokens::Pass::Raw, parseSpecial,
        [&](std::string_view stretch, std::size_t offset) {
            if (p.normalizer.empty()) {
                encodeNormalized(stretch, offset == 0);
                return;
            }
            const std::string normalized = p.normalizer.normalize(stretch);
            p.added.split(
                normalized, AddedTokens::Pass::Normalized, parseSpecial,
                [&](std::string_view part, std::size_t partOffset) {
                    encodeNormalized(part, offset == 0 && partOffset == 0);
                },
                pushId);
        },
        pushId);
    return ids;
}

std::string Tokenizer::decode(std::span<const std::int32_t> ids) const
{
    const TokenizerParts &p = *m_impl->parts;
    const auto &tokens = p.model.tokens();
    std::vector<Decoder::Piece> pieces;
    pieces.reserve(ids.size());
    for (const std::int32_t id : ids) {
        if (const AddedToken *added = p.added.find(id))
            pieces.push_back({added->content, true});
        else if (id >= 0 && std::size_t(id) < tokens.size() && !tokens[std::size_t(id)].empty())
            pieces.push_back({tokens[std::size_t(id)], false});
    }
    return utf8::toValid(p.decoder.decode(std::move(pieces), true));
}

std::string Tokenizer::tokenBytes(std::int32_t id) const
{
    const TokenizerParts &p = *m_impl->parts;
    const auto &tokens = p.model.tokens();
    std::vector<Decoder::Piece> pieces;
    if (const AddedToken *added = p.added.find(id))
        pieces.push_back({added->content, true});
    else if (id >= 0 && std::size_t(id) < tokens.size() && !tokens[std::size_t(id)].empty())
        pieces.push_back({tokens[std::size_t(id)], false});
    else
        return {};
    return p.decoder.decode(std::move(pieces), false);
}

int Tokenizer::vocabSize() const
{
    return m_impl->parts->vocabSize;
}

std::optional<std::int32_t> Tokenizer::bosId() const
{
    return m_impl->parts->bosId;
}

std::optional<std::int32_t> Tokenizer::eosId() const
{
    return m_impl->parts->eosId;
}

std::optional<std::int32_t> Tokenizer::idOf(std::string_view token) const
{
    return tokenId(*m_impl->parts, token);
}

std::string_view Tokenizer::kind() const
{
    return m_impl->parts->kind;
}

}  // namespace noosphere::models
