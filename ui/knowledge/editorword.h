// The editor's side of a look-up: which word the cursor is on (by the word counter's own definition of a word,
// so "don't" and "mother-in-law" are one word and each Chinese character is one), and a replacement written in
// the case of the word it replaces ("Happy" → "Glad").
#pragma once

#include <QString>

#include <optional>

namespace noosphere::ui {

struct TextSpan {
    int start = 0;  // UTF-16 positions, as QTextCursor counts
    int end = 0;
};

/// The word of `paragraph` that contains `position` (0 … length), or that ends there (the caret right after a
/// word it has just typed); nullopt between words.
std::optional<TextSpan> wordAt(const QString &paragraph, int position);

/// `replacement` in the case pattern of `original`: ALL CAPS (two or more letters), Capitalised, or as it stands
/// (so a lower-case word gives WordNet's own spelling: "Canis familiaris").
QString inCaseOf(const QString &original, const QString &replacement);

}  // namespace noosphere::ui
