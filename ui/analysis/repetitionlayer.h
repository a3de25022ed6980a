// The analysis panel's repetition marks in the chapter editor, a layer of the one EditorHighlighter. It finds
// its ranges in each paragraph as it is drawn, from the word lists rather than from stored positions, so an edit
// never leaves a mark on the wrong words while the next analysis runs, and every use of a word is marked.
#pragma once

#include "writer/editorhighlighter.h"

#include <QRegularExpression>
#include <QStringList>

namespace noosphere::ui {

/// The chapter's overused words and repeated phrases, wherever they stand: a dotted underline.
class RepetitionLayer : public HighlightLayer {
    Q_OBJECT
public:
    using HighlightLayer::HighlightLayer;
    /// Case-insensitive, whole words; longer phrases are matched first.
    void setTerms(const QStringList &words, const QStringList &phrases);
    QList<QTextLayout::FormatRange> rangesFor(const QString &blockText, int blockPosition) const override;

private:
    QRegularExpression m_pattern;  // invalid (matches nothing) while there are no terms
};

}  // namespace noosphere::ui
