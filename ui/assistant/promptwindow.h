// The prompt for a continuation: the chapter's text before the cursor, cut from the left to what the model can
// read. Cutting happens before tokenizing (a 5 MB chapter must not be tokenized on every pause): only the last
// `contextTokens × kBytesPerToken` bytes are taken, at a UTF-8 boundary; the generator cuts the tokens exactly.
#pragma once

#include <QString>

#include <string>

class QTextDocument;

namespace noosphere::ui {

// Bytes of text kept per token of the context window: English BPE averages ~4 bytes a token, CJK ~3 bytes a
// character and byte-level tokens; twice that leaves the generator tokens to spare for its exact cut.
inline constexpr int kPromptBytesPerToken = 8;

struct PromptWindow {
    std::string text;             // UTF-8, never starting inside a character
    bool startsDocument = false;  // nothing before it was cut: the model may put its document marker (BOS) first
};

/// The last `maxBytes` bytes of `before`, cut at a UTF-8 boundary. `reachesStart`: `before` begins at the
/// chapter's start.
PromptWindow cutPrompt(const QString &before, bool reachesStart, int maxBytes);
/// The text of `document` before `cursor`, cut as above; reads only the characters it may keep. Thread: UI.
PromptWindow promptBefore(QTextDocument &document, int cursor, int maxBytes);

}  // namespace noosphere::ui
