// The popup's "Senses & synonyms" list: one row per WordNet sense (part of speech, number, definition, examples)
// with its choices, the synset's other words then the similar words of an adjective. The highlighted choice lives
// here, so the keyboard (arrows) and the mouse agree on what Enter writes.
#pragma once

#include <QAbstractListModel>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace noosphere::ui {

struct SenseRow {
    QString lemma;
    QString partOfSpeech;  // translated: "noun", "verb", "adjective", "adverb"
    int senseNumber = 0;
    QString definition;
    QStringList examples;
    QStringList choices;   // synonyms first, then similar words
    int synonymCount = 0;  // how many of choices are synonyms
};

class SenseListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by Words")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int currentRow READ currentRow NOTIFY currentChanged)
    Q_PROPERTY(QString currentWord READ currentWord NOTIFY currentChanged)
public:
    enum Role {
        LemmaRole = Qt::UserRole + 1,
        PartOfSpeechRole,
        SenseNumberRole,
        DefinitionRole,
        ExamplesRole,
        ChoicesRole,
        SynonymCountRole,
        CurrentChoiceRole,  // the highlighted choice of this row, or -1
    };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Replaces the rows; the first choice of the first row that has one is highlighted.
    void setSenses(QList<SenseRow> senses);
    void clear() { setSenses({}); }

    int currentRow() const { return m_row; }
    int currentChoice() const { return m_choice; }
    /// The highlighted choice, or empty when there is none.
    QString currentWord() const;
    /// Left/Right: the previous/next choice, in reading order across senses.
    Q_INVOKABLE void moveChoice(int delta);
    /// Up/Down: the first choice of the previous/next sense that has one.
    Q_INVOKABLE void moveSense(int delta);
    Q_INVOKABLE void setCurrent(int row, int choice);

Q_SIGNALS:
    void countChanged();
    void currentChanged();

private:
    void highlight(int row, int choice);

    QList<SenseRow> m_senses;
    int m_row = -1;
    int m_choice = -1;
};

}  // namespace noosphere::ui
