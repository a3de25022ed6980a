// Lays a book out on PDF pages line by line with QTextLayout: each line is placed and drawn once, so a 5 MB
// chapter costs time in proportion to its length (QTextDocument re-walks every block for every page it paints).
#pragma once

#include <QFont>
#include <QPainter>
#include <QString>
#include <QTextOption>

class QPdfWriter;

namespace noosphere::ui {

class PdfTypesetter {
public:
    /// `cjk`: the book is in Chinese, Japanese or Korean (CJK fonts first, every paragraph indented 2 em).
    PdfTypesetter(QPdfWriter &writer, bool cjk);
    /// False when the writer's device cannot be painted on (it could not be opened).
    bool begin();
    void titlePage(const QString &title, const QString &author);
    /// Starts a chapter on a new page with its heading.
    void chapterHeading(const QString &heading);
    void paragraph(const QString &text);
    /// Draws the last page's number and ends painting. False when the PDF could not be written.
    bool finish();
    int pageCount() const { return m_page; }

private:
    double pointsToPixels(double points) const;
    // Lays `text` out in `width` (first line narrower by `indent`) and draws it from m_y, breaking pages.
    void drawLines(const QString &text, const QFont &font, const QTextOption &option, double indent, double lineHeight);
    void newPage();
    void drawPageNumber();

    QPdfWriter &m_writer;
    QPainter m_painter;
    bool m_cjk;
    QFont m_bodyFont, m_headingFont, m_titleFont, m_footerFont;
    QRectF m_text;            // the text block inside the margins, in device pixels
    double m_bodyLine = 0;    // baseline-to-baseline distance of body text, in device pixels
    double m_y = 0;           // where the next line goes
    int m_page = 1;           // 1-based number of the page being drawn
    bool m_pageEmpty = true;  // nothing drawn on this page yet
    bool m_afterHeading = false;
};

}  // namespace noosphere::ui
