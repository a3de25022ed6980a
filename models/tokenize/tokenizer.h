// Text ⇄ token ids for a language model, loaded from the files a Hugging Face model folder holds:
// `tokenizer.json` (BPE, byte-level or byte-fallback/metaspace, with added/special tokens), or GPT-2's
// `vocab.json` + `merges.txt`. Any UTF-8 round-trips exactly; torch-free.
#pragma once

#include "common/result.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace noosphere::models {

class Tokenizer {
public:
    /// Loads `tokenizer.json` if present, else `vocab.json` + `merges.txt`, from `folder`.
    /// ErrorCode::NotFound (no tokenizer files), BadModelFile (malformed), UnsupportedModel (another model type).
    static Result<Tokenizer> loadFolder(const std::filesystem::path &folder);

    ~Tokenizer();
    Tokenizer(Tokenizer &&) noexcept;
    Tokenizer &operator=(Tokenizer &&) noexcept;

    /// Encodes text. Special tokens written in the text (e.g. "<|endoftext|>") become their ids when
    /// `parseSpecial`; otherwise they are encoded as plain text (non-special added tokens always match, as in
    /// Hugging Face). Adds no BOS/EOS: the caller prepends bosId() where the model wants one. Invalid UTF-8 is
    /// encoded byte-wise by byte-level tokenizers, else replaced by U+FFFD first. Thread-safe.
    std::vector<std::int32_t> encode(std::string_view text, bool parseSpecial = false) const;
    /// Decodes ids, as a text from its start, to UTF-8; bytes that do not form valid UTF-8 become U+FFFD. Unknown
    /// ids are skipped; special tokens come out as their text. Metaspace tokenizers drop the one leading space
    /// that encoding prepends.
    std::string decode(std::span<const std::int32_t> ids) const;
    /// The raw bytes one token stands for (possibly a partial UTF-8 sequence; a metaspace "▁" as a space), for
    /// streaming: no prefix space is dropped here.
    std::string tokenBytes(std::int32_t id) const;

    int vocabSize() const;
    std::optional<std::int32_t> bosId() const;
    std::optional<std::int32_t> eosId() const;
    std::optional<std::int32_t> idOf(std::string_view token) const;
    std::string_view kind() const;  // "gpt2-bpe", "byte-level-bpe", "metaspace-bpe" (or "bpe": neither)

private:
    struct Impl;
    explicit Tokenizer(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

}  // namespace noosphere::models
