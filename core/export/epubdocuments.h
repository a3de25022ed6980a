// The text of each file inside an EPUB 3 book (OCF container, package document, navigation document, one XHTML
// document per chapter, style sheet), kept apart from the zip writing so that each can be checked on its own.
#pragma once

#include "export/manuscript.h"

#include <string>
#include <vector>

namespace noosphere::core::epub {

/// The path of chapter `index` (0-based) inside the book's OEBPS folder: "chapter-0001.xhtml".
std::string chapterFileName(std::size_t index);

std::string containerXml();
/// `modifiedUtc` as "CCYY-MM-DDThh:mm:ssZ" (dcterms:modified); `nChapters` ≥ 1.
std::string packageDocument(const BookMetadata &metadata, std::size_t nChapters, const std::string &modifiedUtc);
/// The table of contents: one link per heading (chapterHeading()), under the book's title and author.
std::string navigationDocument(const BookMetadata &metadata, const std::vector<std::string> &headings);
/// One chapter: its heading as <h1>, then a <p> per paragraph (splitParagraphs()).
std::string chapterDocument(const BookMetadata &metadata, const std::string &heading, std::string_view body);
std::string styleSheet();

/// "Contents" in the book's language where known (zh, ja, ko, de, fr, es, it, pt), else English.
std::string contentsTitle(const std::string &language);

}  // namespace noosphere::core::epub
