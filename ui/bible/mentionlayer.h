// The story bible's marks in the chapter editor: each mention of an entry's name or alias underlined, as one
// layer of the editor's highlighter (switched off from the bible panel). The matcher is rebuilt when the entries
// change; highlighting asks it per paragraph, which stays well under a millisecond for a paragraph of prose.
#pragma once

#include "text/bible/mentionfinder.h"
#include "writer/editorhighlighter.h"

#include <QTextCharFormat>

#include <memory>
#include <span>

namespace noosphere::ui {

class MentionLayer : public HighlightLayer {
    Q_OBJECT
public:
    explicit MentionLayer(QObject *parent = nullptr);

    /// Marks the names of `entries` from now on (the editor restyles).
    void setEntries(std::span<const core::text::BibleEntry> entries);
    QList<QTextLayout::FormatRange> rangesFor(const QString &blockText, int blockPosition) const override;

private:
    std::unique_ptr<core::text::MentionFinder> m_finder;
    QTextCharFormat m_format;
};

}  // namespace noosphere::ui
