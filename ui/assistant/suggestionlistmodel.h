// The assistant's cards: K continuations, streaming in as plain text, then finished with their tokens (for the
// token view), length and the model's own average log-probability. The highlighted card (what Tab accepts)
// lives here too.
#pragma once

#include "assistant/lmhost.h"

#include <QAbstractListModel>
#include <QColor>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <optional>
#include <vector>

namespace noosphere::ui {

class SuggestionListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by AssistantController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int currentRow READ currentRow WRITE setCurrentRow NOTIFY currentRowChanged)
    Q_PROPERTY(bool finished READ isFinished NOTIFY finishedChanged)
    // Rich text ignores Text.linkColor: the words (links) get the view's text colour through the markup.
    Q_PROPERTY(QColor textColor READ textColor WRITE setTextColor NOTIFY textColorChanged)
public:
    enum Role {
        TextRole = Qt::UserRole + 1,
        MarkupRole,
        WordCountRole,
        TokenCountRole,
        MeanLogProbRole,
        FinishedRole,
        CurrentRole
    };
    Q_ENUM(Role)

    explicit SuggestionListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int currentRow() const { return m_current; }
    void setCurrentRow(int row);
    bool isFinished() const { return !m_rows.empty() && m_rows.front().card.has_value(); }
    QColor textColor() const { return m_textColor; }
    void setTextColor(const QColor &color);

    /// `n` empty cards that will stream in.
    void startStreaming(int n);
    /// The text so far of each card (UI updates are coalesced by the sender).
    void setStreamingTexts(const QStringList &texts);
    /// The finished cards, replacing the streaming ones.
    void finish(const std::vector<GeneratedCard> &cards);
    void clear();

    /// The finished card of `row`, or nullptr while it streams or when out of range.
    const GeneratedCard *card(int row) const;

Q_SIGNALS:
    void countChanged();
    void currentRowChanged();
    void finishedChanged();
    void textColorChanged();

private:
    struct Row {
        QString text;
        std::optional<GeneratedCard> card;
    };
    void resetRows(std::vector<Row> rows);

    std::vector<Row> m_rows;
    int m_current = 0;
    QColor m_textColor = Qt::black;
};

/// Rich text of a finished card: every token's piece a link "t<index>" in `color` (the token view opens on a
/// click), whitespace and line breaks kept.
QString cardMarkup(const GeneratedCard &card, const QColor &color);

}  // namespace noosphere::ui
