// Names the writer uses that are not in the story bible yet (core::text::findNameCandidates), for the panel's
// "Suggested names" list: each with how often it comes up and the kind it is offered as.
#pragma once

#include "text/bible/namecandidates.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace noosphere::ui {

class NameSuggestionListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by the Bible controller")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role { NameRole = Qt::UserRole + 1, OccurrencesRole, KindRole, ReasonRole };

    using QAbstractListModel::QAbstractListModel;

    void setCandidates(std::vector<core::text::NameCandidate> candidates);
    /// Candidate `row`, or null.
    const core::text::NameCandidate *candidate(int row) const;
    /// Drops candidate `row` (added to the bible, or the text changed under it).
    void remove(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    std::vector<core::text::NameCandidate> m_candidates;
};

}  // namespace noosphere::ui
