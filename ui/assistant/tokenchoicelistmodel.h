// The token view: at one position of a card, the model's most likely tokens with their probabilities, the one
// it drew marked. Picking one regenerates the card from there (see AssistantController::pickToken).
#pragma once

#include "assistant/lmhost.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace noosphere::ui {

class TokenChoiceListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by AssistantController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int cardRow READ cardRow NOTIFY countChanged)
    Q_PROPERTY(int tokenIndex READ tokenIndex NOTIFY countChanged)
    Q_PROPERTY(QString drawnText READ drawnText NOTIFY countChanged)  // what the model wrote here
public:
    enum Role { TextRole = Qt::UserRole + 1, ProbabilityRole, DrawnRole };
    Q_ENUM(Role)

    explicit TokenChoiceListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int cardRow() const { return m_cardRow; }
    int tokenIndex() const { return m_tokenIndex; }
    QString drawnText() const;
    /// Shows the choices at `tokenIndex` of `card` (row `cardRow`); the drawn token is added if not among them.
    void show(int cardRow, int tokenIndex, const GeneratedToken &token);
    void clear();
    /// The choice of `row`, or nullptr.
    const TokenOption *choice(int row) const;

Q_SIGNALS:
    void countChanged();

private:
    std::vector<TokenOption> m_choices;
    std::int32_t m_drawnId = -1;
    int m_cardRow = -1;
    int m_tokenIndex = -1;
};

/// A token's text made visible for a list: a line break as ↵, a tab as →, a leading or trailing space as ␣.
QString visibleTokenText(const std::string &text);

}  // namespace noosphere::ui
