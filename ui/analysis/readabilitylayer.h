// The readability marks in the chapter editor: the hard sentences (hardsentences.h) of the last analysis on a
// soft amber background. The analysis runs on a copy of the text, so its positions are replayed through the
// edits made since that copy, and later edits move them too: text typed before a sentence shifts its mark,
// typing inside one stretches it, a sentence deleted or replaced whole loses it, until the next analysis.
#pragma once

#include "writer/editorhighlighter.h"

#include <QList>
#include <QPointer>

class QTextDocument;

namespace noosphere::ui {

class ReadabilityLayer : public HighlightLayer {
    Q_OBJECT
public:
    /// [start, end) in UTF-16 document positions (QTextCursor::position()).
    struct Span {
        int start = 0;
        int end = 0;
        bool operator==(const Span &) const = default;
    };

    using HighlightLayer::HighlightLayer;

    /// The editor's highlighter, whose document's edits the marks follow (nullptr: none). Not owned.
    void follow(EditorHighlighter *highlighter);
    /// The text is being copied for an analysis now: edits from here on are replayed on its spans.
    void beginSnapshot();
    /// The hard sentences of the text copied at beginSnapshot(), sorted; replaces the marks.
    void setSpans(QList<Span> spans);
    /// The marks as they stand now, after the edits since the analysis.
    QList<Span> spans() const { return m_spans; }

    QList<QTextLayout::FormatRange> rangesFor(const QString &blockText, int blockPosition) const override;

private:
    struct Edit {
        int position = 0;
        int removed = 0;
        int added = 0;
    };
    static void apply(QList<Span> &spans, const Edit &edit);
    void onContentsChange(int position, int removed, int added);

    QPointer<EditorHighlighter> m_highlighter;
    QPointer<QTextDocument> m_document;
    QList<Span> m_spans;
    QList<Edit> m_sinceSnapshot;
};

}  // namespace noosphere::ui
