// markdownText() and plainText(): the manuscript as one text document, a heading line per chapter; and
// exportMarkdown(), the store-level call that projectstore.h declares (the CLI and the fuzzer use it).
#include "export/markdownexport.h"

namespace noosphere::core {

namespace {

// `headingPrefix` before each chapter's heading; `separator` between chapters.
std::string textDocument(const Manuscript &manuscript, std::string_view headingPrefix, std::string_view separator)
{
    std::size_t size = 0;
    for (const auto &chapter : manuscript.chapters)
        size += chapter.title.size() + chapter.body.size() + 16;
    std::string text;
    text.reserve(size);
    for (std::size_t i = 0; i < manuscript.chapters.size(); ++i) {
        const ManuscriptChapter &chapter = manuscript.chapters[i];
        if (i > 0)
            text += separator;
        text += headingPrefix;
        text += chapterHeading(chapter, i);
        text += '\n';
        if (!chapter.body.empty()) {
            text += '\n';
            text += chapter.body;
            if (chapter.body.back() != '\n')
                text += '\n';
        }
    }
    return text;
}

}  // namespace

std::string markdownText(const Manuscript &manuscript) { return textDocument(manuscript, "# ", "\n"); }

std::string plainText(const Manuscript &manuscript) { return textDocument(manuscript, "", "\n\n"); }

Result<std::string> exportMarkdown(const ProjectStore &store)
{
    auto manuscript = readManuscript(store);
    if (!manuscript)
        return manuscript.error();
    return markdownText(manuscript.value());
}

}  // namespace noosphere::core
