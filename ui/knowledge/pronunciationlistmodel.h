// The popup's "Syllables": each pronunciation of the word (CMUdict lists some words two or three ways) with its
// syllable count, stress pattern ("010") and phones; the controller says whether they were guessed.
#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace noosphere::ui {

struct PronunciationRow {
    int syllables = 0;
    QString stress;  // one digit per syllable: 1 primary, 2 secondary, 0 none
    QString phones;  // ARPAbet, "B AH0 N AE1 N AH0"
};

class PronunciationListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by Words")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role { SyllablesRole = Qt::UserRole + 1, StressRole, PhonesRole };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setPronunciations(QList<PronunciationRow> rows);
    void clear() { setPronunciations({}); }

Q_SIGNALS:
    void countChanged();

private:
    QList<PronunciationRow> m_rows;
};

}  // namespace noosphere::ui
