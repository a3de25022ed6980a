#include "bible/bibleentrylistmodel.h"

#include <QStringList>

#include <algorithm>

namespace noosphere::ui {

using core::text::BibleKind;

QString BibleEntryListModel::kindLabel(BibleKind kind)
{
    switch (kind) {
    case BibleKind::Character:
        return tr("Characters");
    case BibleKind::Place:
        return tr("Places");
    case BibleKind::Item:
        return tr("Items");
    case BibleKind::Lore:
        return tr("Lore");
    }
    return {};
}

void BibleEntryListModel::setEntries(std::vector<core::text::BibleEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    rebuildRows();
    endResetModel();
    Q_EMIT countChanged();
}

void BibleEntryListModel::setKindFilter(int kind)
{
    kind = std::clamp(kind, kAllKinds, int(BibleKind::Lore));
    if (kind == m_kindFilter)
        return;
    beginResetModel();
    m_kindFilter = kind;
    rebuildRows();
    endResetModel();
    Q_EMIT kindFilterChanged();
    Q_EMIT countChanged();
}

void BibleEntryListModel::rebuildRows()
{
    m_rows.clear();
    for (std::size_t i = 0; i < m_entries.size(); ++i)
        if (m_kindFilter == kAllKinds || int(m_entries[i].kind) == m_kindFilter)
            m_rows.push_back(i);
    // Grouped by kind for the list's sections; within a kind, the bible's own order.
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [this](std::size_t a, std::size_t b) { return m_entries[a].kind < m_entries[b].kind; });
}

int BibleEntryListModel::rowOf(qint64 id) const
{
    for (std::size_t row = 0; row < m_rows.size(); ++row)
        if (m_entries[m_rows[row]].id == id)
            return int(row);
    return -1;
}

int BibleEntryListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant BibleEntryListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const auto &entry = m_entries[m_rows[std::size_t(index.row())]];
    switch (role) {
    case IdRole:
        return qint64(entry.id);
    case KindRole:
        return int(entry.kind);
    case KindLabelRole:
        return kindLabel(entry.kind);
    case Qt::DisplayRole:
    case NameRole:
        return QString::fromStdString(entry.name);
    case AliasesRole: {
        QStringList aliases;
        for (const auto &alias : entry.aliases)
            aliases << QString::fromStdString(alias);
        return aliases.join(QStringLiteral(", "));
    }
    case NotesRole:
        return QString::fromStdString(entry.notes);
    default:
        return {};
    }
}

QHash<int, QByteArray> BibleEntryListModel::roleNames() const
{
    return {{IdRole, "entryId"}, {KindRole, "kind"},       {KindLabelRole, "kindLabel"},
            {NameRole, "name"},  {AliasesRole, "aliases"}, {NotesRole, "notes"}};
}

}  // namespace noosphere::ui
