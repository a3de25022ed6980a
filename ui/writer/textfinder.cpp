#include "writer/textfinder.h"

#include <QTextCursor>
#include <QTextDocument>

namespace noosphere::ui {
namespace {

QTextDocument::FindFlags flagsFor(FindOptions options)
{
    QTextDocument::FindFlags flags;
    if (options.caseSensitive)
        flags |= QTextDocument::FindCaseSensitively;
    if (options.wholeWords)
        flags |= QTextDocument::FindWholeWords;
    if (options.backward)
        flags |= QTextDocument::FindBackward;
    return flags;
}

TextMatch toMatch(const QTextCursor &cursor)
{
    if (cursor.isNull())
        return {};
    return {cursor.selectionStart(), cursor.selectionEnd()};
}

}  // namespace

TextMatch findInDocument(QTextDocument *document, const QString &query, int position, FindOptions options)
{
    if (!document || query.isEmpty())
        return {};
    const auto flags = flagsFor(options);
    auto match = toMatch(document->find(query, position, flags));
    if (!match.found()) {  // wrap around once, as every editor does
        const int wrapFrom = options.backward ? document->characterCount() - 1 : 0;
        match = toMatch(document->find(query, wrapFrom, flags));
    }
    return match;
}

int countInDocument(QTextDocument *document, const QString &query, FindOptions options)
{
    if (!document || query.isEmpty())
        return 0;
    options.backward = false;
    int count = 0;
    for (QTextCursor c = document->find(query, 0, flagsFor(options)); !c.isNull();
         c = document->find(query, c, flagsFor(options)))
        ++count;
    return count;
}

int replaceAllInDocument(QTextDocument *document, const QString &query, const QString &replacement,
                         FindOptions options)
{
    if (!document || query.isEmpty())
        return 0;
    options.backward = false;
    int count = 0;
    QTextCursor edit(document);
    edit.beginEditBlock();
    for (QTextCursor c = document->find(query, 0, flagsFor(options)); !c.isNull();
         c = document->find(query, c, flagsFor(options))) {
        c.insertText(replacement);  // c now sits after the replacement, so it is never matched again
        ++count;
    }
    edit.endEditBlock();
    return count;
}

bool replaceMatch(QTextDocument *document, TextMatch match, const QString &query, const QString &replacement,
                  FindOptions options)
{
    if (!document || !match.found())
        return false;
    options.backward = false;
    QTextCursor c = document->find(query, match.start, flagsFor(options));
    if (c.isNull() || c.selectionStart() != match.start || c.selectionEnd() != match.end)
        return false;  // the text changed since the match was found
    c.insertText(replacement);
    return true;
}

}  // namespace noosphere::ui
