#include "knowledge/conceptgraphmodel.h"

#include "knowledge/wordtexts.h"
#include "text/knowledge/conceptgraph.h"
#include "text/knowledge/graphlayout.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGuiApplication>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace noosphere::ui {

namespace text = core::text;

namespace {

// The layout's spacing, in pixels: room between boxes, and between the rings of senses and of their relations.
constexpr text::GraphLayoutOptions kLayout{.gap = 12, .ringSpacing = 30, .aspect = 1.5, .margin = 16};

ConceptEdgeRow edgeBetween(const ConceptNodeRow &from, const ConceptNodeRow &to, text::ConceptLink link)
{
    const double x1 = from.left + from.width / 2, y1 = from.top + from.height / 2;
    const double x2 = to.left + to.width / 2, y2 = to.top + to.height / 2;
    return {.x = x1,
            .y = y1,
            .length = std::hypot(x2 - x1, y2 - y1),
            .angleDegrees = std::atan2(y2 - y1, x2 - x1) * 180 / std::numbers::pi,
            .group = int(link),
            .label = conceptLinkText(link)};
}

QString tooltipOf(const text::ConceptNode &node)
{
    const QString detail = QString::fromStdString(node.detail);
    switch (node.kind) {
    case text::ConceptNodeKind::Word: return {};
    case text::ConceptNodeKind::Sense:
        return QCoreApplication::translate("Words", "%1 %2: %3")
            .arg(partOfSpeechText(node.pos))
            .arg(node.senseNumber)
            .arg(detail);
    case text::ConceptNodeKind::Related: return conceptLinkText(node.link) + QStringLiteral(": ") + detail;
    }
    return {};
}

}  // namespace

ConceptGraphModel::ConceptGraphModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_font(QGuiApplication::font())
{
    m_font.setPixelSize(13);
}

ConceptGraphModel::~ConceptGraphModel() = default;

int ConceptGraphModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_nodes.size()); }

QVariant ConceptGraphModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConceptNodeRow &n = m_nodes.at(index.row());
    switch (role) {
    case LabelRole: return n.label;
    case TooltipRole: return n.tooltip;
    case WalkToRole: return n.walkTo;
    case KindRole: return n.kind;
    case GroupRole: return n.group;
    case LeftRole: return n.left;
    case TopRole: return n.top;
    case WidthRole: return n.width;
    case HeightRole: return n.height;
    default: return {};
    }
}

QHash<int, QByteArray> ConceptGraphModel::roleNames() const
{
    return {{LabelRole, "label"}, {TooltipRole, "tooltip"}, {WalkToRole, "walkTo"},
            {KindRole, "kind"},   {GroupRole, "group"},     {LeftRole, "boxLeft"},
            {TopRole, "boxTop"},     {WidthRole, "boxWidth"},  {HeightRole, "boxHeight"}};
}

void ConceptGraphModel::setWordNet(std::shared_ptr<const text::WordNet> wordnet)
{
    m_wordnet = std::move(wordnet);
    rebuild();
}

void ConceptGraphModel::centreOn(const QString &word)
{
    const QString trimmed = word.trimmed();
    if (trimmed.isEmpty() || trimmed == m_centre)
        return;
    if (!m_centre.isEmpty())
        m_history.append(m_centre);
    m_centre = trimmed;
    rebuild();
}

bool ConceptGraphModel::walk(int row)
{
    if (row < 0 || row >= m_nodes.size() || m_nodes.at(row).walkTo.isEmpty())
        return false;
    centreOn(m_nodes.at(row).walkTo);
    return true;
}

void ConceptGraphModel::back()
{
    if (m_history.isEmpty())
        return;
    m_centre = m_history.takeLast();
    rebuild();
}

QString ConceptGraphModel::groupName(int group) const
{
    return group >= 0 && group < text::kConceptLinkCount ? conceptLinkText(text::ConceptLink(group)) : QString();
}

void ConceptGraphModel::rebuild()
{
    beginResetModel();
    m_nodes.clear();
    m_groups.clear();
    m_found = false;
    m_sensesShown = m_sensesTotal = 0;
    m_width = m_height = m_rootX = m_rootY = 0;
    QList<ConceptEdgeRow> edges;
    if (m_wordnet && !m_centre.isEmpty()) {
        const text::ConceptGraph graph = text::buildConceptGraph(*m_wordnet, m_centre.toStdString());
        m_found = graph.found;
        m_sensesShown = graph.sensesShown;
        m_sensesTotal = graph.sensesTotal;
        QFont bold = m_font;
        bold.setBold(true);
        const QFontMetricsF plainMetrics(m_font), boldMetrics(bold);
        std::vector<text::GraphLayoutNode> boxes;
        for (const text::ConceptNode &node : graph.nodes) {
            const QFontMetricsF &metrics = node.kind == text::ConceptNodeKind::Word ? boldMetrics : plainMetrics;
            const QString label = QString::fromStdString(node.label);
            const double width = std::min(kMaxLabelWidth, std::ceil(metrics.horizontalAdvance(label))) + 2 * kPaddingX;
            boxes.push_back({.width = width, .height = std::ceil(metrics.height()) + 2 * kPaddingY, .parent = node.parent});
            m_nodes.append({.label = label,
                            .tooltip = tooltipOf(node),
                            .walkTo = QString::fromStdString(node.walkTo),
                            .kind = int(node.kind),
                            .group = int(node.link),
                            .width = boxes.back().width,
                            .height = boxes.back().height});
        }
        const text::GraphLayout layout = text::layOutRadialTree(boxes, kLayout);
        for (qsizetype i = 0; i < m_nodes.size(); ++i) {
            ConceptNodeRow &row = m_nodes[i];
            row.left = layout.centres[std::size_t(i)].x - row.width / 2;
            row.top = layout.centres[std::size_t(i)].y - row.height / 2;
        }
        m_width = layout.width;
        m_height = layout.height;
        m_rootX = layout.centres.front().x;
        m_rootY = layout.centres.front().y;
        for (std::size_t i = 1; i < graph.nodes.size(); ++i)
            edges.append(edgeBetween(m_nodes.at(graph.nodes[i].parent), m_nodes.at(qsizetype(i)), graph.nodes[i].link));
        for (const text::ConceptExtraEdge &extra : graph.extraEdges)
            edges.append(edgeBetween(m_nodes.at(extra.from), m_nodes.at(extra.to), extra.link));
        for (int link = 1; link < text::kConceptLinkCount; ++link)  // the legend leaves out "sense": no colour of its own
            if (std::any_of(m_nodes.begin() + 1, m_nodes.end(), [link](const ConceptNodeRow &n) { return n.group == link; }))
                m_groups.append(link);
    }
    endResetModel();
    m_edges.setEdges(std::move(edges));
    Q_EMIT graphChanged();
}

}  // namespace noosphere::ui
