#include "project/recentfilesmodel.h"

#include <QFileInfo>

namespace noosphere::ui {

RecentFilesModel::RecentFilesModel(QObject *parent)
    : QAbstractListModel(parent)
{
    // Projects deleted or moved since are dropped rather than offered and then refused.
    for (const QString &path : m_settings.value("project/recentFiles").toStringList())
        if (QFileInfo::exists(path) && m_paths.size() < kMaxFiles)
            m_paths << path;
}

int RecentFilesModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_paths.size()); }

QVariant RecentFilesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_paths.size())
        return {};
    const QString &path = m_paths.at(index.row());
    switch (role) {
    case PathRole: return path;
    case Qt::DisplayRole:
    case NameRole: return QFileInfo(path).fileName();
    }
    return {};
}

QHash<int, QByteArray> RecentFilesModel::roleNames() const { return {{PathRole, "path"}, {NameRole, "name"}}; }

void RecentFilesModel::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    beginResetModel();
    m_paths.removeAll(absolute);
    m_paths.prepend(absolute);
    m_paths = m_paths.mid(0, kMaxFiles);
    endResetModel();
    store();
}

void RecentFilesModel::remove(const QString &path)
{
    beginResetModel();
    m_paths.removeAll(path);
    endResetModel();
    store();
}

void RecentFilesModel::clear()
{
    beginResetModel();
    m_paths.clear();
    endResetModel();
    store();
}

void RecentFilesModel::store()
{
    m_settings.setValue("project/recentFiles", m_paths);
    Q_EMIT countChanged();
}

}  // namespace noosphere::ui
