// The story bible as context for the language model: the entries mentioned near the cursor, most recently
// mentioned first, as one line each ("[Character: Anne Elliot (Anne) — the second daughter]"), cut to a token
// budget so that the chapter keeps most of the model's window.
#pragma once

#include "text/bible/bibleentry.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace noosphere::core::text {

struct LorebookOptions {
    std::size_t recentChars = 4000;  // code points before the cursor in which a mention calls an entry up
    int tokenBudget = 256;           // the block's size in the model's tokens
    // Tokens of a piece of text (the model's tokenizer); unset: bytesPerToken estimates it.
    std::function<int(std::string_view)> countTokens;
    int bytesPerToken = 4;  // English BPE averages about 4 bytes a token
};

struct LorebookSelection {
    std::string block;                   // the lines, each ending in '\n'; empty when no entry was used
    std::vector<std::int64_t> entryIds;  // the entries in the block, in its order
    std::vector<std::string> names;      // their names, in the same order
    int nTokens = 0;                     // the block's size as counted
};

/// The line of one entry: "[Kind: Name (alias, alias) — notes]", notes on one line ("—" part left out when none).
std::string loreLine(const BibleEntry &entry);

/// The entries mentioned in the last `recentChars` code points of `textBeforeCursor` (UTF-8), most recently
/// mentioned first, as long as each whole line fits the budget: an entry too long to fit is left out, and a
/// shorter one after it may still go in. Pure; any thread (countTokens must be safe where it is called).
LorebookSelection selectLore(std::span<const BibleEntry> entries, std::string_view textBeforeCursor,
                             const LorebookOptions &options = {});

}  // namespace noosphere::core::text
