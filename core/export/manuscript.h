// The manuscript as plain values, read once from the project on the caller's thread, so that an export can run on
// the worker (or another program) without touching the store. Text is repaired to valid UTF-8 on the way in.
#pragma once

#include "store/projectstore.h"

#include <string>
#include <vector>

namespace noosphere::core {

/// What a book says about itself: from the project settings `book.title`, `book.author`, `book.language` and
/// `book.identifier` where present, else sensible stand-ins (see readManuscript).
struct BookMetadata {
    std::string title;       // never empty
    std::string author;      // may be empty
    std::string language;    // a well-formed BCP 47 tag such as "en" or "zh-CN"
    std::string identifier;  // e.g. "urn:uuid:…"; stable between exports of the same book
};

struct ManuscriptChapter {
    std::string title;  // as the writer typed it (valid UTF-8, may be empty)
    std::string body;   // valid UTF-8
};

struct Manuscript {
    BookMetadata metadata;
    std::vector<ManuscriptChapter> chapters;  // in manuscript order
};

/// Reads every chapter and the book metadata: each non-empty field of `given` (e.g. from the command line), else
/// the project's setting, else a stand-in: the project file's name for the title, a language guessed from the
/// text (zh, ja, ko or en), a name-based UUID of title and author. Invalid UTF-8 becomes U+FFFD. Thread: the
/// store's. Fails with the store's error, or InvalidArgument for a given language that is not a tag.
Result<Manuscript> readManuscript(const ProjectStore &store, const BookMetadata &given = {});

/// The heading shown for chapter `index` (0-based): its title on one line, or its number when it has none.
std::string chapterHeading(const ManuscriptChapter &chapter, std::size_t index);

/// Whether `tag` is a well-formed language tag in the simple form this exporter writes (letters, then
/// hyphen-separated letters or digits).
bool isLanguageTag(const std::string &tag);

/// A language for `text` when the writer has not named one: "ja" with kana, "ko" with Hangul, "zh" when Han
/// ideographs outnumber Latin letters, else "en".
std::string guessLanguage(std::string_view text);

}  // namespace noosphere::core
