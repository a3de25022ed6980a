// One QSyntaxHighlighter on the chapter editor for everything that marks text without changing it: story-bible
// mentions, readability and repetition warnings, … Each feature is a HighlightLayer that can be switched off;
// a QTextDocument takes only one highlighter, so the layers share this one instead of fighting over it.
#pragma once

#include <QList>
#include <QPointer>
#include <QSyntaxHighlighter>
#include <QTextLayout>

namespace noosphere::ui {

/// One kind of marking. Implementations answer per paragraph (a QTextBlock) and must be quick: the editor
/// calls them for every changed paragraph while the user types. Call changed() when their data changes.
class HighlightLayer : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    /// Formats to lay over `blockText`, which starts at document position `blockPosition`; positions in the
    /// returned ranges are relative to the block.
    virtual QList<QTextLayout::FormatRange> rangesFor(const QString &blockText, int blockPosition) const = 0;

    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled);

Q_SIGNALS:
    /// The layer's data or switch changed: the editor re-highlights every paragraph.
    void changed();

private:
    bool m_enabled = true;
};

class EditorHighlighter : public QSyntaxHighlighter {
    Q_OBJECT
public:
    explicit EditorHighlighter(QObject *parent = nullptr);

    /// Layers are drawn in the order added; a later one's properties win where two overlap. Not owned.
    void addLayer(HighlightLayer *layer);
    void removeLayer(HighlightLayer *layer);

    /// Highlights `document` (nullptr: none). Use this, not setDocument(), so the change is flagged as ours.
    void attach(QTextDocument *document);
    /// True while the highlighter itself restyles the document. QTextDocument then emits contentsChanged()
    /// although no character changed: listeners that treat that signal as typing must ignore it.
    bool isRestyling() const { return m_restyling; }

protected:
    void highlightBlock(const QString &text) override;

private:
    void restyle();

    QList<QPointer<HighlightLayer>> m_layers;
    bool m_restyling = false;
};

}  // namespace noosphere::ui
