#include "knowledge/editorword.h"

#include "text/wordcount.h"

#include <vector>

namespace noosphere::ui {

std::optional<TextSpan> wordAt(const QString &paragraph, int position)
{
    if (position < 0 || position > paragraph.size())
        return std::nullopt;
    const QByteArray utf8 = paragraph.toUtf8();
    // UTF-16 position of each UTF-8 byte offset, each character measured as toUtf8 writes it (a lone surrogate too).
    std::vector<int> utf16At(std::size_t(utf8.size()) + 1, int(paragraph.size()));
    int byte = 0;
    for (int i = 0; i < paragraph.size();) {
        const bool pair = paragraph.at(i).isHighSurrogate() && i + 1 < paragraph.size() && paragraph.at(i + 1).isLowSurrogate();
        const int units = pair ? 2 : 1;
        const int bytes = int(QStringView(paragraph).mid(i, units).toUtf8().size());
        for (int b = 0; b < bytes && byte + b < utf8.size(); ++b)
            utf16At[std::size_t(byte + b)] = i;
        byte += bytes;
        i += units;
    }
    core::WordScanner scanner(std::string_view(utf8.constData(), std::size_t(utf8.size())));
    core::WordSpan span;
    while (scanner.next(span)) {
        const int start = utf16At[span.begin];
        const int end = utf16At[span.end];
        if (start > position)
            break;
        if (position <= end)
            return TextSpan{start, end};
    }
    return std::nullopt;
}

QString inCaseOf(const QString &original, const QString &replacement)
{
    int letters = 0, upper = 0;
    for (const QChar c : original)
        if (c.isLetter()) {
            ++letters;
            upper += c.isUpper() ? 1 : 0;
        }
    if (letters >= 2 && upper == letters)
        return replacement.toUpper();
    const auto firstLetter = [](const QString &s) {
        for (int i = 0; i < s.size(); ++i)
            if (s.at(i).isLetter())
                return i;
        return -1;
    };
    const int o = firstLetter(original), r = firstLetter(replacement);
    if (o < 0 || r < 0 || !original.at(o).isUpper() || !replacement.at(r).isLower())
        return replacement;
    QString capitalised = replacement;
    // NOTE: toUpper of the letter as a string, so that "ß" or a surrogate pair is upper-cased whole.
    const int length = replacement.at(r).isHighSurrogate() ? 2 : 1;
    capitalised.replace(r, length, replacement.mid(r, length).toUpper());
    return capitalised;
}

}  // namespace noosphere::ui
