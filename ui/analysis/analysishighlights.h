// The analysis panel's marks in the chapter editor, as layers of the one EditorHighlighter. Both find their
// ranges in each paragraph as it is drawn, from rules and word lists rather than from stored positions, so an
// edit never leaves a mark on the wrong words while the next analysis runs.
#pragma once

#include "writer/editorhighlighter.h"

#include <QRegularExpression>
#include <QStringList>

namespace noosphere::ui {

/// Sentences hard to read aloud: more than kLongSentenceWords words. A soft amber background.
class LongSentenceLayer : public HighlightLayer {
    Q_OBJECT
public:
    static constexpr int kLongSentenceWords = 35;
    using HighlightLayer::HighlightLayer;
    QList<QTextLayout::FormatRange> rangesFor(const QString &blockText, int blockPosition) const override;
};

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
