// The story bible's entries for the panel's list: grouped by kind (characters, places, items, lore), each group
// in the writer's order, optionally showing one kind only.
#pragma once

#include "text/bible/bibleentry.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace noosphere::ui {

class BibleEntryListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by the Bible controller")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int kindFilter READ kindFilter WRITE setKindFilter NOTIFY kindFilterChanged)
public:
    enum Role { IdRole = Qt::UserRole + 1, KindRole, KindLabelRole, NameRole, AliasesRole, NotesRole };
    /// kindFilter's value for "every kind".
    static constexpr int kAllKinds = -1;

    using QAbstractListModel::QAbstractListModel;

    /// Replaces the entries (in the bible's order).
    void setEntries(std::vector<core::text::BibleEntry> entries);
    const std::vector<core::text::BibleEntry> &entries() const { return m_entries; }
    int kindFilter() const { return m_kindFilter; }
    void setKindFilter(int kind);
    /// The row showing entry `id`, or -1.
    Q_INVOKABLE int rowOf(qint64 id) const;

    /// A kind's name for people, in the interface's language (section headers, the kind picker).
    static QString kindLabel(core::text::BibleKind kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();
    void kindFilterChanged();

private:
    void rebuildRows();

    std::vector<core::text::BibleEntry> m_entries;
    std::vector<std::size_t> m_rows;  // indexes into m_entries, as shown
    int m_kindFilter = kAllKinds;
};

}  // namespace noosphere::ui
