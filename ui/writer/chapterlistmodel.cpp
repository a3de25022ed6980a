#include "writer/chapterlistmodel.h"

#include <algorithm>

namespace noosphere::ui {

int ChapterListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ChapterListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const auto &row = m_rows[size_t(index.row())];
    switch (role) {
    case ChapterIdRole: return row.id;
    case Qt::DisplayRole:
    case TitleRole: return row.title;
    case WordsRole: return row.words;
    }
    return {};
}

QHash<int, QByteArray> ChapterListModel::roleNames() const
{
    return {{ChapterIdRole, "chapterId"}, {TitleRole, "title"}, {WordsRole, "words"}};
}

void ChapterListModel::reset(std::vector<ChapterRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    Q_EMIT countChanged();
    Q_EMIT totalWordsChanged();
}

void ChapterListModel::insert(int row, ChapterRow chapter)
{
    row = std::clamp(row, 0, int(m_rows.size()));
    beginInsertRows({}, row, row);
    m_rows.insert(m_rows.begin() + row, std::move(chapter));
    endInsertRows();
    Q_EMIT countChanged();
    Q_EMIT totalWordsChanged();
}

void ChapterListModel::remove(int row)
{
    if (row < 0 || row >= int(m_rows.size()))
        return;
    beginRemoveRows({}, row, row);
    m_rows.erase(m_rows.begin() + row);
    endRemoveRows();
    Q_EMIT countChanged();
    Q_EMIT totalWordsChanged();
}

void ChapterListModel::move(int from, int to)
{
    const int n = int(m_rows.size());
    if (from < 0 || from >= n || to < 0 || to >= n || from == to)
        return;
    // Qt's destination index counts positions before the move, hence the +1 when moving down.
    beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    auto row = std::move(m_rows[size_t(from)]);
    m_rows.erase(m_rows.begin() + from);
    m_rows.insert(m_rows.begin() + to, std::move(row));
    endMoveRows();
}

void ChapterListModel::setTitle(int row, const QString &title)
{
    if (row < 0 || row >= int(m_rows.size()))
        return;
    m_rows[size_t(row)].title = title;
    Q_EMIT dataChanged(index(row), index(row), {TitleRole});
}

void ChapterListModel::setWords(qint64 chapterId, qint64 words)
{
    const int row = rowOf(chapterId);
    if (row < 0 || m_rows[size_t(row)].words == words)
        return;
    m_rows[size_t(row)].words = words;
    Q_EMIT dataChanged(index(row), index(row), {WordsRole});
    Q_EMIT totalWordsChanged();
}

int ChapterListModel::rowOf(qint64 chapterId) const
{
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == chapterId)
            return int(i);
    return -1;
}

qint64 ChapterListModel::idAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].id : 0;
}

QString ChapterListModel::titleAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].title : QString();
}

bool ChapterListModel::allCounted() const
{
    return std::all_of(m_rows.begin(), m_rows.end(), [](const ChapterRow &row) { return row.words >= 0; });
}

qint64 ChapterListModel::totalWords() const
{
    qint64 total = 0;
    for (const auto &row : m_rows)
        total += std::max<qint64>(0, row.words);
    return total;
}

}  // namespace noosphere::ui
