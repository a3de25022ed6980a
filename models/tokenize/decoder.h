// The decoders of a tokenizer.json (ByteLevel, Replace, ByteFallback, Fuse, Strip, Metaspace, Sequence): token
// strings back to the bytes of the text. The result may be ill-formed UTF-8; the caller repairs it.
#pragma once

#include <string>
#include <vector>

namespace noosphere::models {

class Decoder {
public:
    struct Piece {
        std::string text;    // the token as spelt in the vocabulary, or an added token's content
        bool added = false;  // added tokens are text already: ByteLevel leaves them alone
    };

    void addByteLevel();
    void addReplace(std::string literal, std::string content);
    void addByteFallback();
    void addFuse();
    void addStrip(std::string content, int start, int stop);
    /// `stripFirst`: the first token loses the one space that the Metaspace pre-tokenizer prepended.
    void addMetaspace(std::string replacement, bool stripFirst);

    bool empty() const { return m_steps.empty(); }
    /// Runs the chain over `pieces` and joins the result. `wholeText`: the pieces are a text from its start, so
    /// the steps that undo a prepended space (Strip, Metaspace) apply; off for a single streamed token.
    std::string decode(std::vector<Piece> pieces, bool wholeText) const;

private:
    enum class Kind { ByteLevel, Replace, ByteFallback, Fuse, Strip, Metaspace };
    struct Step {
        Kind kind = Kind::Fuse;
        std::string pattern;  // Replace: what to replace; Strip: the character; Metaspace: the replacement
        std::string content;  // Replace: the replacement
        int start = 0;        // Strip: characters to remove at the start
        int stop = 0;         // Strip: characters to remove at the end
        bool stripFirst = false;
    };
    std::vector<Step> m_steps;
};

}  // namespace noosphere::models
