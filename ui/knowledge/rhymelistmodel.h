// The popup's rhymes: perfect rhymes, then near ones (identical, slant, assonance, consonance), commonest first
// within each, with their syllable counts so a line can be filled to its metre. The highlighted row lives here.
#pragma once

#include <QAbstractListModel>

#include <algorithm>
#include <QtQml/qqmlregistration.h>

namespace noosphere::ui {

struct RhymeRow {
    QString word;
    QString group;  // translated section title: "Perfect rhymes" or "Near rhymes"
    QString kind;   // translated: "perfect", "slant"…
    bool near = false;
    int syllables = 0;
};

class RhymeListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by Words")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int currentRow READ currentRow WRITE setCurrentRow NOTIFY currentChanged)
    Q_PROPERTY(QString currentWord READ currentWord NOTIFY currentChanged)
public:
    enum Role { WordRole = Qt::UserRole + 1, GroupRole, KindRole, NearRole, SyllablesRole };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRhymes(QList<RhymeRow> rhymes);
    void clear() { setRhymes({}); }
    int currentRow() const { return m_current; }
    void setCurrentRow(int row);
    QString currentWord() const;
    Q_INVOKABLE void moveCurrent(int delta) { setCurrentRow(std::clamp(m_current + delta, 0, rowCount() - 1)); }

Q_SIGNALS:
    void countChanged();
    void currentChanged();

private:
    QList<RhymeRow> m_rhymes;
    int m_current = -1;
};

}  // namespace noosphere::ui
