#include "analysis/readabilitylayer.h"

#include <QColor>
#include <QTextBlock>
#include <QTextCharFormat>
#include <QTextDocument>

#include <algorithm>

namespace noosphere::ui {

void ReadabilityLayer::follow(EditorHighlighter *highlighter)
{
    QTextDocument *document = highlighter ? highlighter->document() : nullptr;
    if (highlighter == m_highlighter && document == m_document)
        return;
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_highlighter = highlighter;
    m_document = document;
    if (m_document)
        connect(m_document, &QTextDocument::contentsChange, this, &ReadabilityLayer::onContentsChange);
}

void ReadabilityLayer::beginSnapshot()
{
    m_sinceSnapshot.clear();
}

void ReadabilityLayer::setSpans(QList<Span> spans)
{
    for (const Edit &edit : std::as_const(m_sinceSnapshot))
        apply(spans, edit);
    m_sinceSnapshot.clear();
    if (spans == m_spans)
        return;
    m_spans = std::move(spans);
    Q_EMIT changed();
}

void ReadabilityLayer::apply(QList<Span> &spans, const Edit &edit)
{
    const int delta = edit.added - edit.removed;
    const int editEnd = edit.position + edit.removed;
    QList<Span> kept;
    kept.reserve(spans.size());
    for (Span span : std::as_const(spans)) {
        if (span.end <= edit.position) {
            kept.append(span);  // before the edit
        } else if (span.start >= editEnd) {
            kept.append({span.start + delta, span.end + delta});  // after it
        } else if (span.start >= edit.position && span.end <= editEnd) {
            continue;  // deleted or replaced whole: the new text was not analysed
        } else if (span.start < edit.position) {
            // The edit falls inside the sentence (the mark stretches over what was typed) or cuts off its tail.
            kept.append({span.start, span.end > editEnd ? span.end + delta : edit.position});
        } else {
            kept.append({edit.position + edit.added, span.end + delta});  // it cuts off the sentence's head
        }
    }
    spans = std::move(kept);
}

void ReadabilityLayer::onContentsChange(int position, int removed, int added)
{
    // NOTE: restyling (ours or QSyntaxHighlighter's) reports each restyled block as removed and added again;
    // an edit that keeps the length moves nothing either.
    if (removed == added)
        return;
    const Edit edit{position, removed, added};
    m_sinceSnapshot.append(edit);
    if (m_spans.isEmpty())
        return;
    const QList<Span> before = m_spans;
    apply(m_spans, edit);
    // The highlighter has already restyled the edited paragraphs with the marks as they were; redo those.
    if (m_spans == before || !isEnabled() || !m_highlighter || !m_document)
        return;
    const QTextBlock last = m_document->findBlock(position + added);
    for (QTextBlock block = m_document->findBlock(position); block.isValid(); block = block.next()) {
        m_highlighter->rehighlightBlock(block);
        if (block == last)
            break;
    }
}

QList<QTextLayout::FormatRange> ReadabilityLayer::rangesFor(const QString &blockText, int blockPosition) const
{
    QList<QTextLayout::FormatRange> ranges;
    const int blockEnd = blockPosition + int(blockText.size());
    // The first span ending inside or after this paragraph; the spans are sorted and do not overlap.
    auto it = std::lower_bound(m_spans.cbegin(), m_spans.cend(), blockPosition,
                               [](const Span &span, int position) { return span.end <= position; });
    if (it == m_spans.cend() || it->start >= blockEnd)
        return ranges;
    QTextCharFormat format;
    format.setBackground(QColor(255, 193, 7, 60));  // amber, light enough to read through
    for (; it != m_spans.cend() && it->start < blockEnd; ++it) {
        const int start = std::max(it->start, blockPosition) - blockPosition;
        const int end = std::min(it->end, blockEnd) - blockPosition;
        if (end > start)
            ranges.append({start, end - start, format});
    }
    return ranges;
}

}  // namespace noosphere::ui
