#include "bible/mentionlayer.h"

#include <QColor>

namespace noosphere::ui {

MentionLayer::MentionLayer(QObject *parent)
    : HighlightLayer(parent)
{
    // A thin underline and a faint tint: visible in light and dark themes without hiding other marks.
    m_format.setFontUnderline(true);
    m_format.setUnderlineColor(QColor(0x7E, 0x57, 0xC2));
    m_format.setBackground(QColor(0x7E, 0x57, 0xC2, 0x22));
}

void MentionLayer::setEntries(std::span<const core::text::BibleEntry> entries)
{
    m_finder = std::make_unique<core::text::MentionFinder>(entries);
    Q_EMIT changed();
}

QList<QTextLayout::FormatRange> MentionLayer::rangesFor(const QString &blockText, int) const
{
    QList<QTextLayout::FormatRange> ranges;
    if (!m_finder || m_finder->isEmpty())
        return ranges;
    const QByteArray utf8 = blockText.toUtf8();
    for (const auto &mention : m_finder->find(std::string_view(utf8.constData(), std::size_t(utf8.size()))))
        ranges.append({int(mention.utf16Begin), int(mention.utf16End - mention.utf16Begin), m_format});
    return ranges;
}

}  // namespace noosphere::ui
