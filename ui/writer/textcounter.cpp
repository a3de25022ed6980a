#include "writer/textcounter.h"

#include "text/wordcount.h"

#include <QTextBoundaryFinder>

namespace noosphere::ui {

TextCounts countText(const QString &text)
{
    TextCounts counts;
    counts.words = core::countWords(text.toStdString());  // the engine's definition, shared with the CLI
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text);
    while (graphemes.toNextBoundary() != -1)
        ++counts.characters;
    return counts;
}

}  // namespace noosphere::ui
