// Find and replace over the editor's QTextDocument, so that replacements join the editor's own undo stack
// and "Replace all" is one undo step.
#pragma once

#include <QString>

class QTextDocument;

namespace noosphere::ui {

struct FindOptions {
    bool caseSensitive = false;
    bool wholeWords = false;
    bool backward = false;
};

struct TextMatch {
    int start = -1;  // UTF-16 positions, as the editor's cursor uses
    int end = -1;
    bool found() const { return start >= 0; }
};

/// Next match from `position` (wrapping around once); backward searches before it.
TextMatch findInDocument(QTextDocument *document, const QString &query, int position, FindOptions options);
int countInDocument(QTextDocument *document, const QString &query, FindOptions options);
/// Replaces every match in one edit block; returns how many.
int replaceAllInDocument(QTextDocument *document, const QString &query, const QString &replacement,
                         FindOptions options);
/// Replaces [start, end) if it still holds a match for `query`; false otherwise.
bool replaceMatch(QTextDocument *document, TextMatch match, const QString &query, const QString &replacement,
                  FindOptions options);

}  // namespace noosphere::ui
