// exportMarkdown(): the manuscript as one Markdown document, a level-1 heading per chapter.
#include "store/projectstore.h"

namespace noosphere::core {

namespace {

// A heading is one line: line breaks in a title would end it early.
std::string headingText(const std::string &title)
{
    std::string text = title;
    for (char &c : text)
        if (c == '\n' || c == '\r')
            c = ' ';
    return text;
}

}  // namespace

Result<std::string> exportMarkdown(const ProjectStore &store)
{
    auto infos = store.chapters();
    if (!infos)
        return infos.error();
    std::string markdown;
    for (const ChapterInfo &info : infos.value()) {
        auto chapter = store.chapter(info.id);
        if (!chapter)
            return chapter.error();
        if (!markdown.empty())
            markdown += '\n';
        markdown += "# " + headingText(chapter->title) + '\n';
        if (!chapter->body.empty()) {
            markdown += '\n' + chapter->body;
            if (chapter->body.back() != '\n')
                markdown += '\n';
        }
    }
    return markdown;
}

}  // namespace noosphere::core
