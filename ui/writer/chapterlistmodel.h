// The manuscript's chapters in order, as the chapter list shows them. A mirror of the project store that
// WriterController keeps in step; it never writes to the store itself.
#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace noosphere::ui {

struct ChapterRow {
    qint64 id = 0;
    QString title;
    qint64 words = -1;  // -1 until counted
};

class ChapterListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by WriterController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(qint64 totalWords READ totalWords NOTIFY totalWordsChanged)
public:
    enum Role { ChapterIdRole = Qt::UserRole + 1, TitleRole, WordsRole };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void reset(std::vector<ChapterRow> rows);
    void insert(int row, ChapterRow chapter);
    void remove(int row);
    void move(int from, int to);
    void setTitle(int row, const QString &title);
    void setWords(qint64 chapterId, qint64 words);

    int rowOf(qint64 chapterId) const;
    qint64 idAt(int row) const;
    QString titleAt(int row) const;
    qint64 totalWords() const;
    /// Every chapter's words have been counted (totalWords() is the manuscript's, not a part of it).
    bool allCounted() const;

Q_SIGNALS:
    void countChanged();
    void totalWordsChanged();

private:
    std::vector<ChapterRow> m_rows;
};

}  // namespace noosphere::ui
