// The suggestions the Sketch pane shows, newest batch first, as a list model for the grid: each with its
// picture (a PNG data URL, so QML needs no image provider), stars, favourite, and the latent and batch that
// made it (for provenance and for the operations that start from it).
#pragma once

#include "gan/ganlatent.h"

#include <QAbstractListModel>
#include <QByteArray>
#include <QImage>

#include <vector>

namespace noosphere::ui {

struct SuggestionItem {
    quint64 key = 0;    // unique in the session
    int batch = 0;      // the batch it was offered in (SuggestionsController::BatchInfo)
    QImage picture;
    QByteArray png;
    models::gan::GanLatent latent;  // as shown
    models::gan::GanLatent base;    // before the sliders' edits
    int stars = 0;
    bool favourite = false;
    qint64 itemId = 0;  // its generated_items row once stored (the first time it is acted on)
    std::vector<quint64> parents;  // keys it was made from (more like this, breed)
};

class SuggestionGridModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role { PictureRole = Qt::UserRole + 1, StarsRole, FavouriteRole, OperationRole, SeedRole, KeyRole };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    const std::vector<SuggestionItem> &items() const { return m_items; }
    SuggestionItem *at(int row);
    int rowOf(quint64 key) const;

    /// Puts `items` first; drops the rows `replace` says to (not favourites), then the oldest rows past `limit`
    /// that are not favourites.
    void prepend(std::vector<SuggestionItem> items, const std::function<bool(const SuggestionItem &)> &replace,
                 int limit);
    /// Rewrites a row's picture, latent and stars in place.
    void changed(int row);
    void clear();

Q_SIGNALS:
    void countChanged();

private:
    std::vector<SuggestionItem> m_items;
};

}  // namespace noosphere::ui
