#include "assistant/promptwindow.h"

#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

namespace noosphere::ui {

PromptWindow cutPrompt(const QString &before, bool reachesStart, int maxBytes)
{
    maxBytes = std::max(0, maxBytes);
    QByteArray utf8 = before.toUtf8();
    PromptWindow window{.startsDocument = reachesStart};
    if (utf8.size() > maxBytes) {
        qsizetype from = utf8.size() - maxBytes;
        while (from < utf8.size() && (quint8(utf8[from]) & 0xC0) == 0x80)  // a continuation byte: not a start
            ++from;
        utf8 = utf8.mid(from);
        window.startsDocument = false;
    }
    window.text = utf8.toStdString();
    return window;
}

PromptWindow promptBefore(QTextDocument &document, int cursor, int maxBytes)
{
    cursor = std::clamp(cursor, 0, std::max(0, document.characterCount() - 1));
    // Every character is at least one UTF-8 byte, so the last maxBytes characters hold all the bytes we keep.
    const int start = std::max(0, cursor - std::max(0, maxBytes));
    QTextCursor selection(&document);
    selection.setPosition(start);
    selection.setPosition(cursor, QTextCursor::KeepAnchor);
    QString text = selection.selectedText();
    // selectedText() marks paragraph ends with U+2029 and keeps no-break spaces; the saved chapter has '\n'.
    text.replace(QChar::ParagraphSeparator, QLatin1Char('\n')).replace(QChar::LineSeparator, QLatin1Char('\n'));
    if (!text.isEmpty() && text.front().isLowSurrogate())  // the window began inside a surrogate pair
        text.remove(0, 1);
    return cutPrompt(text, start == 0, maxBytes);
}

}  // namespace noosphere::ui
