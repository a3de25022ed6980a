#include "sketch/suggestiongridmodel.h"

namespace noosphere::ui {

int SuggestionGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant SuggestionGridModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_items.size()))
        return {};
    const auto &item = m_items[std::size_t(index.row())];
    switch (role) {
    case PictureRole:
        return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(item.png.toBase64());
    case StarsRole:
        return item.stars;
    case FavouriteRole:
        return item.favourite;
    case OperationRole:
        return QString::fromStdString(item.latent.operation);
    case SeedRole:
        return QString::number(item.latent.seed);
    case KeyRole:
        return QString::number(item.key);
    default:
        return {};
    }
}

QHash<int, QByteArray> SuggestionGridModel::roleNames() const
{
    return {{PictureRole, "picture"}, {StarsRole, "stars"},  {FavouriteRole, "favourite"},
            {OperationRole, "operation"}, {SeedRole, "seed"}, {KeyRole, "key"}};
}

SuggestionItem *SuggestionGridModel::at(int row)
{
    return row >= 0 && row < int(m_items.size()) ? &m_items[std::size_t(row)] : nullptr;
}

int SuggestionGridModel::rowOf(quint64 key) const
{
    for (std::size_t i = 0; i < m_items.size(); ++i)
        if (m_items[i].key == key)
            return int(i);
    return -1;
}

void SuggestionGridModel::prepend(std::vector<SuggestionItem> items,
                                  const std::function<bool(const SuggestionItem &)> &replace, int limit)
{
    beginResetModel();
    std::vector<SuggestionItem> kept;
    for (auto &item : m_items)
        if (item.favourite || !replace || !replace(item))
            kept.push_back(std::move(item));
    m_items = std::move(items);
    for (auto &item : kept) {
        if (int(m_items.size()) >= limit && !item.favourite)
            continue;
        m_items.push_back(std::move(item));
    }
    endResetModel();
    Q_EMIT countChanged();
}

void SuggestionGridModel::changed(int row)
{
    Q_EMIT dataChanged(index(row), index(row));
}

void SuggestionGridModel::clear()
{
    beginResetModel();
    m_items.clear();
    endResetModel();
    Q_EMIT countChanged();
}

}  // namespace noosphere::ui
