// The concept panel's graph: a word's WordNet neighbourhood (core/text/knowledge/conceptgraph.h) as boxes sized by
// the font the view draws them in and placed by the radial layout (graphlayout.h) that never lets two overlap.
// The rows are the boxes; `edges` are the lines. Clicking a box walks on (re-centres there); back() returns.
// Built on the UI thread: a graph and its layout take well under a millisecond.
#pragma once

#include "knowledge/conceptedgelistmodel.h"

#include <QAbstractListModel>
#include <QFont>
#include <QList>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace noosphere::core::text {
class WordNet;
}

namespace noosphere::ui {

struct ConceptNodeRow {
    QString label;
    QString tooltip;   // translated: the relation and the synset's words, or the sense's definition
    QString walkTo;    // empty: clicking does not walk
    int kind = 0;      // core::text::ConceptNodeKind: 0 the word, 1 a sense, 2 related
    int group = 0;     // core::text::ConceptLink, for the colour
    double left = 0;   // the box, in the graph's pixels
    double top = 0;
    double width = 0;
    double height = 0;
};

class ConceptGraphModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by Words")
    Q_PROPERTY(QString centre READ centre NOTIFY graphChanged)
    Q_PROPERTY(bool found READ found NOTIFY graphChanged)
    Q_PROPERTY(bool canGoBack READ canGoBack NOTIFY graphChanged)
    Q_PROPERTY(int sensesShown READ sensesShown NOTIFY graphChanged)
    Q_PROPERTY(int sensesTotal READ sensesTotal NOTIFY graphChanged)
    Q_PROPERTY(double contentWidth READ contentWidth NOTIFY graphChanged)
    Q_PROPERTY(double contentHeight READ contentHeight NOTIFY graphChanged)
    Q_PROPERTY(double rootX READ rootX NOTIFY graphChanged)  // the centre word's box centre, to scroll to
    Q_PROPERTY(double rootY READ rootY NOTIFY graphChanged)
    Q_PROPERTY(QList<int> groups READ groups NOTIFY graphChanged)
    Q_PROPERTY(QFont font READ font CONSTANT)
    Q_PROPERTY(noosphere::ui::ConceptEdgeListModel *edges READ edges CONSTANT)
public:
    enum Role {
        LabelRole = Qt::UserRole + 1,
        TooltipRole,
        WalkToRole,
        KindRole,
        GroupRole,
        LeftRole,
        TopRole,
        WidthRole,
        HeightRole,
    };

    // Box padding around the label, in pixels.
    static constexpr double kPaddingX = 10;
    static constexpr double kPaddingY = 5;
    // A label wider than this is elided by the view.
    static constexpr double kMaxLabelWidth = 220;

    explicit ConceptGraphModel(QObject *parent = nullptr);
    ~ConceptGraphModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The WordNet to draw from (null: nothing to show). Redraws the centre word, if any.
    void setWordNet(std::shared_ptr<const core::text::WordNet> wordnet);
    /// Centres the graph on `word`; the word shown before goes on the Back history.
    void centreOn(const QString &word);
    /// Walks to row's word (the view's click); false for a box that does not walk.
    Q_INVOKABLE bool walk(int row);
    Q_INVOKABLE void back();
    /// A translated name for a link kind, for the legend.
    Q_INVOKABLE QString groupName(int group) const;

    QString centre() const { return m_centre; }
    bool found() const { return m_found; }
    bool canGoBack() const { return !m_history.isEmpty(); }
    int sensesShown() const { return m_sensesShown; }
    int sensesTotal() const { return m_sensesTotal; }
    double contentWidth() const { return m_width; }
    double contentHeight() const { return m_height; }
    double rootX() const { return m_rootX; }
    double rootY() const { return m_rootY; }
    QList<int> groups() const { return m_groups; }
    QFont font() const { return m_font; }
    ConceptEdgeListModel *edges() { return &m_edges; }

Q_SIGNALS:
    void graphChanged();

private:
    void rebuild();

    std::shared_ptr<const core::text::WordNet> m_wordnet;
    ConceptEdgeListModel m_edges;
    QFont m_font;
    QString m_centre;
    QStringList m_history;  // the words walked from, the latest last
    QList<ConceptNodeRow> m_nodes;
    QList<int> m_groups;
    bool m_found = false;
    int m_sensesShown = 0;
    int m_sensesTotal = 0;
    double m_width = 0;
    double m_height = 0;
    double m_rootX = 0;
    double m_rootY = 0;
};

}  // namespace noosphere::ui
