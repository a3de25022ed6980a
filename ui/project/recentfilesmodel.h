// File > Open Recent: the last projects opened, most recent first, kept in QSettings.
#pragma once

#include <QAbstractListModel>
#include <QSettings>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace noosphere::ui {

class RecentFilesModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by Studio")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role { PathRole = Qt::UserRole + 1, NameRole };
    static constexpr int kMaxFiles = 10;

    explicit RecentFilesModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void add(const QString &path);
    Q_INVOKABLE void remove(const QString &path);
    Q_INVOKABLE void clear();

Q_SIGNALS:
    void countChanged();

private:
    void store();
    QSettings m_settings;
    QStringList m_paths;
};

}  // namespace noosphere::ui
