#include "analysis/repetitionlayer.h"

#include <QColor>
#include <QTextCharFormat>

#include <algorithm>

namespace noosphere::ui {

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
