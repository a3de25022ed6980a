// Manuscripts that make exports work hard: CJK, emoji, XML's special characters, empty and untitled chapters,
// odd titles, control characters, and a chapter of about 5 MB. Shared by the EPUB and PDF tests.
#pragma once

#include "export/manuscript.h"

#include <string>

namespace exporttest {

using noosphere::core::Manuscript;

// The Chinese sentence every CJK check looks for in the output.
inline const std::string kChinese = "春眠不觉晓，处处闻啼鸟。夜来风雨声，花落知多少。";

inline Manuscript hardManuscript()
{
    Manuscript book;
    book.metadata = {.title = "Tom & Jerry's \"<Odd>\" Book 🐱", .author = "A. N. Author & 作者",
                     .language = "en", .identifier = "urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e"};
    book.chapters = {
        {"Opening", "It was a dark & stormy night.\nShe said: \"<Hello>\" — it's 5 > 3.\n\n\nA new paragraph.\r\n"
                    "Windows line.\rOld Mac line."},
        {"春晓", kChinese + "\n\u3000\u3000" + "第二段：孟浩然。"},
        {"Emoji 🎉 & friends", "Party 🎉🧑‍🤝‍🧑👍🏽 and flags 🇫🇷.\n"},
        {"", ""},                                           // untitled and empty
        {"Empty", ""},                                      // titled and empty
        {"   ", "   \n\t\n"},                              // blank title, blank body
        {"Two\nLines & <tags> ]]> \"quotes\" 'apos'", "Controls: a\x01" "b\x1f" "c\x7f" "d, C1 \xc2\x85 and \xef\xbf\xbe."},
        {"Tab\there", "Tabs\tinside\tthe line."},
        {"Bad \xff bytes", "Invalid \xc3\x28 UTF-8, a surrogate \xed\xa0\x80, too high \xf4\x90\x80\x80."},
    };
    return book;
}

// About `bytes` of prose in paragraphs of ~600 bytes, with Chinese every few paragraphs.
inline std::string longChapterBody(std::size_t bytes)
{
    const std::string english = "The river ran on through the valley, past the mill & the old <stone> bridge, "
                                "where \"nobody\" had stood for years. ";
    std::string body;
    body.reserve(bytes + 1024);
    for (int paragraph = 0; body.size() < bytes; ++paragraph) {
        for (int i = 0; i < 5; ++i)
            body += english;
        if (paragraph % 4 == 0)
            body += kChinese;
        body += '\n';
    }
    return body;
}

}  // namespace exporttest
