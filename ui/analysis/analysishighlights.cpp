#include "analysis/analysishighlights.h"

#include <QColor>
#include <QTextCharFormat>

#include <algorithm>

namespace noosphere::ui {

QList<QTextLayout::FormatRange> LongSentenceLayer::rangesFor(const QString &blockText, int) const
{
    // A paragraph is one block; its sentences end at . ! ? (or their CJK forms) before a space or the end.
    static const QRegularExpression sentenceEnd(QStringLiteral("[.!?。！？…]+[\"”’»)]*(\\s+|$)"));
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*"));
    QTextCharFormat format;
    format.setBackground(QColor(255, 193, 7, 60));  // amber, light enough to read through
    QList<QTextLayout::FormatRange> ranges;
    qsizetype start = 0;
    while (start < blockText.size()) {
        const auto end = sentenceEnd.match(blockText, start);
        const qsizetype stop = end.hasMatch() ? end.capturedEnd() : blockText.size();
        int words = 0;
        for (auto it = word.globalMatch(QStringView(blockText).mid(start, stop - start)); it.hasNext(); it.next())
            ++words;
        if (words > kLongSentenceWords)
            ranges.append({int(start), int(stop - start), format});
        start = stop > start ? stop : start + 1;
    }
    return ranges;
}

void RepetitionLayer::setTerms(const QStringList &words, const QStringList &phrases)
{
    QStringList terms = phrases + words;
    std::stable_sort(terms.begin(), terms.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    QStringList escaped;
    for (const QString &term : terms) {
        QString pattern = QRegularExpression::escape(term.trimmed());
        pattern.replace(QStringLiteral("\\ "), QStringLiteral("\\s+"));  // a phrase may wrap or double its spaces
        if (!pattern.isEmpty())
            escaped << pattern;
    }
    m_pattern = escaped.isEmpty()
                    ? QRegularExpression()
                    : QRegularExpression(QStringLiteral("(?<![\\p{L}\\p{N}])(?:") + escaped.join(QLatin1Char('|')) +
                                             QStringLiteral(")(?![\\p{L}\\p{N}])"),
                                         QRegularExpression::CaseInsensitiveOption |
                                             QRegularExpression::UseUnicodePropertiesOption);
    Q_EMIT changed();
}

QList<QTextLayout::FormatRange> RepetitionLayer::rangesFor(const QString &blockText, int) const
{
    QList<QTextLayout::FormatRange> ranges;
    if (m_pattern.pattern().isEmpty() || !m_pattern.isValid())
        return ranges;
    QTextCharFormat format;
    format.setUnderlineStyle(QTextCharFormat::DotLine);
    format.setUnderlineColor(QColor(0xd8, 0x43, 0x15));  // deep orange
    format.setBackground(QColor(255, 112, 67, 40));
    for (auto it = m_pattern.globalMatch(blockText); it.hasNext();) {
        const auto match = it.next();
        ranges.append({int(match.capturedStart()), int(match.capturedLength()), format});
    }
    return ranges;
}

}  // namespace noosphere::ui
