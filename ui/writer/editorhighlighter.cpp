#include "editorhighlighter.h"

#include <QScopedValueRollback>
#include <QTextDocument>

#include <algorithm>

namespace noosphere::ui {

void HighlightLayer::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    Q_EMIT changed();
}

EditorHighlighter::EditorHighlighter(QObject *parent)
    : QSyntaxHighlighter(parent)
{
}

void EditorHighlighter::addLayer(HighlightLayer *layer)
{
    if (!layer || m_layers.contains(layer))
        return;
    m_layers.append(layer);
    connect(layer, &HighlightLayer::changed, this, &EditorHighlighter::restyle);
    connect(layer, &QObject::destroyed, this, [this] { m_layers.removeAll(nullptr); });
    restyle();
}

void EditorHighlighter::removeLayer(HighlightLayer *layer)
{
    if (!m_layers.removeAll(layer))
        return;
    disconnect(layer, nullptr, this, nullptr);
    restyle();
}

void EditorHighlighter::attach(QTextDocument *document)
{
    QScopedValueRollback flag(m_restyling, true);
    setDocument(document);
}

void EditorHighlighter::restyle()
{
    QScopedValueRollback flag(m_restyling, true);
    rehighlight();
}

void EditorHighlighter::highlightBlock(const QString &text)
{
    const int blockPosition = currentBlock().position();
    for (const auto &layer : std::as_const(m_layers)) {
        if (!layer || !layer->isEnabled())
            continue;
        for (const auto &range : layer->rangesFor(text, blockPosition)) {
            const int start = std::clamp(range.start, 0, int(text.size()));
            const int end = std::clamp(range.start + range.length, start, int(text.size()));
            // Merge with what earlier layers set, run by run, so that e.g. an underline and a background combine.
            for (int at = start; at < end;) {
                const QTextCharFormat below = format(at);
                int runEnd = at + 1;
                while (runEnd < end && format(runEnd) == below)
                    ++runEnd;
                QTextCharFormat merged = below;
                merged.merge(range.format);
                setFormat(at, runEnd - at, merged);
                at = runEnd;
            }
        }
    }
}

}  // namespace noosphere::ui
