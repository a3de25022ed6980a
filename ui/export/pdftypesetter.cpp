// PdfTypesetter: A5 pages, serif body text justified with first-line indents, chapter headings dropped a little
// down a fresh page, page numbers centred in the bottom margin (none on the title page).
#include "export/pdftypesetter.h"

#include <QFontMetricsF>
#include <QPdfWriter>
#include <QStringList>
#include <QTextLayout>

namespace noosphere::ui {

namespace {

// Type sizes in points, and the space around the text block in millimetres (inner/outer, top, bottom).
constexpr double kBodyPt = 10.5;
constexpr double kHeadingPt = 17;
constexpr double kTitlePt = 24;
constexpr double kFooterPt = 8.5;
constexpr double kLineSpacing = 1.3;  // body line distance as a multiple of the font's own
constexpr double kSideMarginMm = 17, kTopMarginMm = 18, kBottomMarginMm = 22;
constexpr double kPageNumberFromBottomMm = 11;
constexpr double kChapterDropPt = 54;  // white space above a chapter heading

double mmToPoints(double mm) { return mm * 72.0 / 25.4; }

// Serif for Latin text with CJK fonts after it (Qt falls back along the list per character); CJK first for CJK
// books so that their punctuation and digits match the ideographs. Missing families are skipped.
QFont bookFont(bool cjk, double points, QFont::Weight weight = QFont::Normal)
{
    const QStringList serif{QStringLiteral("DejaVu Serif"), QStringLiteral("Liberation Serif"),
                            QStringLiteral("Noto Serif")};
    const QStringList cjkFonts{QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Noto Sans CJK SC"),
                               QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Droid Sans Fallback")};
    QFont font;
    font.setFamilies(cjk ? cjkFonts + serif : serif + cjkFonts);
    font.setStyleHint(QFont::Serif);
    font.setPointSizeF(points);
    font.setWeight(weight);
    return font;
}

}  // namespace

PdfTypesetter::PdfTypesetter(QPdfWriter &writer, bool cjk)
    : m_writer(writer)
    , m_cjk(cjk)
    , m_bodyFont(bookFont(cjk, kBodyPt))
    , m_headingFont(bookFont(cjk, kHeadingPt, QFont::Bold))
    , m_titleFont(bookFont(cjk, kTitlePt, QFont::Bold))
    , m_footerFont(bookFont(cjk, kFooterPt))
{
}

double PdfTypesetter::pointsToPixels(double points) const { return points * m_writer.resolution() / 72.0; }

bool PdfTypesetter::begin()
{
    if (!m_painter.begin(&m_writer))
        return false;
    const QRectF page(0, 0, m_writer.width(), m_writer.height());  // the writer's margins are 0: the whole page
    const double side = pointsToPixels(mmToPoints(kSideMarginMm));
    m_text = page.adjusted(side, pointsToPixels(mmToPoints(kTopMarginMm)), -side,
                           -pointsToPixels(mmToPoints(kBottomMarginMm)));
    m_bodyLine = QFontMetricsF(m_bodyFont, &m_writer).lineSpacing() * kLineSpacing;
    m_painter.setPen(Qt::black);
    m_y = m_text.top();
    return true;
}

void PdfTypesetter::drawLines(const QString &text, const QFont &font, const QTextOption &option, double indent,
                              double lineHeight)
{
    // The layout measures with the PDF's resolution, not the screen's.
    QTextLayout layout(text, font, &m_writer);
    layout.setTextOption(option);
    layout.setCacheEnabled(false);
    layout.beginLayout();
    for (double y = 0;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        const double lineIndent = layout.lineCount() == 1 ? indent : 0;
        line.setLineWidth(m_text.width() - lineIndent);
        line.setPosition(QPointF(lineIndent, y));
        y += line.height();
    }
    layout.endLayout();

    // Every baseline sits at the same place in its line box, whatever fallback font (CJK, emoji) a line uses.
    const QFontMetricsF metrics(font, &m_writer);
    const double baselineInBox = (lineHeight - metrics.height()) / 2 + metrics.ascent();
    for (int i = 0; i < layout.lineCount(); ++i) {
        const QTextLine line = layout.lineAt(i);
        if (m_y + lineHeight > m_text.bottom() + 0.5 && !m_pageEmpty)
            newPage();
        const double top = m_y + baselineInBox - line.ascent();
        line.draw(&m_painter, QPointF(m_text.left(), top - line.y()));
        m_y += lineHeight;
        m_pageEmpty = false;
    }
}

void PdfTypesetter::titlePage(const QString &title, const QString &author)
{
    QTextOption centred(Qt::AlignHCenter);
    centred.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    centred.setUseDesignMetrics(true);
    m_y = m_text.top() + m_text.height() * 0.28;
    drawLines(title, m_titleFont, centred, 0, QFontMetricsF(m_titleFont, &m_writer).lineSpacing() * 1.15);
    if (!author.isEmpty()) {
        m_y += m_bodyLine * 2;
        QFont authorFont = bookFont(m_cjk, kHeadingPt * 0.8);
        authorFont.setItalic(!m_cjk);
        drawLines(author, authorFont, centred, 0, QFontMetricsF(authorFont, &m_writer).lineSpacing() * 1.15);
    }
}

void PdfTypesetter::chapterHeading(const QString &heading)
{
    if (!m_pageEmpty)
        newPage();
    QTextOption centred(Qt::AlignHCenter);
    centred.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    centred.setUseDesignMetrics(true);
    m_y = m_text.top() + pointsToPixels(kChapterDropPt);
    drawLines(heading, m_headingFont, centred, 0, QFontMetricsF(m_headingFont, &m_writer).lineSpacing() * 1.15);
    m_y += m_bodyLine * 1.5;
    m_afterHeading = true;
}

void PdfTypesetter::paragraph(const QString &text)
{
    QTextOption justified(Qt::AlignJustify);
    justified.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    justified.setUseDesignMetrics(true);
    // Book convention: the first paragraph after a heading is flush left; CJK indents every paragraph 2 ems.
    const double em = pointsToPixels(kBodyPt);
    const double indent = m_cjk ? 2 * em : (m_afterHeading ? 0 : 1.5 * em);
    drawLines(text, m_bodyFont, justified, indent, m_bodyLine);
    m_afterHeading = false;
}

void PdfTypesetter::newPage()
{
    drawPageNumber();
    m_writer.newPage();
    ++m_page;
    m_y = m_text.top();
    m_pageEmpty = true;
}

void PdfTypesetter::drawPageNumber()
{
    if (m_page == 1)
        return;  // the title page
    const double fromBottom = pointsToPixels(mmToPoints(kPageNumberFromBottomMm));
    const double height = QFontMetricsF(m_footerFont, &m_writer).height();
    m_painter.setFont(m_footerFont);
    m_painter.drawText(QRectF(m_text.left(), m_writer.height() - fromBottom - height, m_text.width(), height),
                       Qt::AlignHCenter | Qt::AlignVCenter, QString::number(m_page));
}

bool PdfTypesetter::finish()
{
    drawPageNumber();
    return m_painter.end();
}

}  // namespace noosphere::ui
