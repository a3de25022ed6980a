// The XML and CSS of an EPUB 3 book. Every piece of project text goes through appendXmlText().
#include "export/epubdocuments.h"

#include "export/paragraphs.h"
#include "export/xmltext.h"

#include <cstdio>
#include <map>

namespace noosphere::core::epub {

namespace {

// The start of every XHTML document: XML declaration, HTML5 doctype, the book's language on the root.
std::string xhtmlHead(const BookMetadata &metadata, std::string_view title)
{
    std::string head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n"
                       "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" "
                       "xml:lang=\"";
    appendXmlText(head, metadata.language);
    head += "\" lang=\"";
    appendXmlText(head, metadata.language);
    head += "\">\n<head>\n<title>";
    appendXmlText(head, title);
    head += "</title>\n<link rel=\"stylesheet\" type=\"text/css\" href=\"style.css\"/>\n</head>\n";
    return head;
}

std::string primaryLanguage(const std::string &language)
{
    std::string primary = language.substr(0, language.find('-'));
    for (char &c : primary)
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    return primary;
}

}  // namespace

std::string chapterFileName(std::size_t index)
{
    char name[32];
    std::snprintf(name, sizeof name, "chapter-%04zu.xhtml", index + 1);
    return name;
}

std::string containerXml()
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">\n"
           "  <rootfiles>\n"
           "    <rootfile full-path=\"OEBPS/package.opf\" media-type=\"application/oebps-package+xml\"/>\n"
           "  </rootfiles>\n"
           "</container>\n";
}

std::string packageDocument(const BookMetadata &metadata, std::size_t nChapters, const std::string &modifiedUtc)
{
    std::string opf = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" "
                      "unique-identifier=\"book-id\" xml:lang=\"";
    appendXmlText(opf, metadata.language);
    opf += "\">\n  <metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n    <dc:identifier id=\"book-id\">";
    appendXmlText(opf, metadata.identifier);
    opf += "</dc:identifier>\n    <dc:title>";
    appendXmlText(opf, metadata.title);
    opf += "</dc:title>\n";
    if (!metadata.author.empty()) {
        opf += "    <dc:creator>";
        appendXmlText(opf, metadata.author);
        opf += "</dc:creator>\n";
    }
    opf += "    <dc:language>";
    appendXmlText(opf, metadata.language);
    opf += "</dc:language>\n    <meta property=\"dcterms:modified\">" + modifiedUtc + "</meta>\n  </metadata>\n";

    opf += "  <manifest>\n"
           "    <item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>\n"
           "    <item id=\"css\" href=\"style.css\" media-type=\"text/css\"/>\n";
    for (std::size_t i = 0; i < nChapters; ++i)
        opf += "    <item id=\"c" + std::to_string(i + 1) + "\" href=\"" + chapterFileName(i) +
               "\" media-type=\"application/xhtml+xml\"/>\n";
    opf += "  </manifest>\n  <spine>\n    <itemref idref=\"nav\"/>\n";
    for (std::size_t i = 0; i < nChapters; ++i)
        opf += "    <itemref idref=\"c" + std::to_string(i + 1) + "\"/>\n";
    opf += "  </spine>\n</package>\n";
    return opf;
}

std::string navigationDocument(const BookMetadata &metadata, const std::vector<std::string> &headings)
{
    const std::string contents = contentsTitle(metadata.language);
    std::string nav = xhtmlHead(metadata, metadata.title);
    nav += "<body>\n<section class=\"title-page\">\n<h1 class=\"book-title\">";
    appendXmlText(nav, metadata.title);
    nav += "</h1>\n";
    if (!metadata.author.empty()) {
        nav += "<p class=\"author\">";
        appendXmlText(nav, metadata.author);
        nav += "</p>\n";
    }
    nav += "</section>\n<nav epub:type=\"toc\" id=\"toc\">\n<h2>";
    appendXmlText(nav, contents);
    nav += "</h2>\n<ol>\n";
    for (std::size_t i = 0; i < headings.size(); ++i) {
        nav += "<li><a href=\"" + chapterFileName(i) + "\">";
        appendXmlText(nav, headings[i]);
        nav += "</a></li>\n";
    }
    nav += "</ol>\n</nav>\n</body>\n</html>\n";
    return nav;
}

std::string chapterDocument(const BookMetadata &metadata, const std::string &heading, std::string_view body)
{
    std::string xhtml = xhtmlHead(metadata, heading);
    xhtml.reserve(xhtml.size() + body.size() + body.size() / 8 + 256);
    xhtml += "<body>\n<section epub:type=\"chapter\">\n<h1>";
    appendXmlText(xhtml, heading);
    xhtml += "</h1>\n";
    for (const std::string_view paragraph : splitParagraphs(body)) {
        xhtml += "<p>";
        appendXmlText(xhtml, paragraph);
        xhtml += "</p>\n";
    }
    xhtml += "</section>\n</body>\n</html>\n";
    return xhtml;
}

std::string styleSheet()
{
    // Book conventions: indented paragraphs without gaps, the first after a heading flush; CJK indents two
    // characters. Reading systems override fonts and margins as their readers choose.
    return "body { margin: 0 5%; line-height: 1.5; }\n"
           "h1 { font-size: 1.6em; text-align: center; margin: 2em 0 1.5em; page-break-before: always; }\n"
           "h2 { font-size: 1.2em; margin: 2em 0 1em; }\n"
           "p { margin: 0; text-indent: 1.5em; text-align: justify; }\n"
           "h1 + p { text-indent: 0; }\n"
           ":lang(zh) p, :lang(ja) p, :lang(ko) p, :lang(zh) h1 + p, :lang(ja) h1 + p { text-indent: 2em; }\n"
           ".title-page { text-align: center; margin: 3em 0; }\n"
           ".title-page .author { text-indent: 0; text-align: center; font-style: italic; margin-top: 1em; }\n"
           "nav ol { list-style: none; padding: 0; }\n"
           "nav li { margin: 0.3em 0; }\n";
}

std::string contentsTitle(const std::string &language)
{
    static const std::map<std::string, std::string> kTitles = {
        {"zh", "目录"},     {"ja", "目次"},  {"ko", "차례"},   {"de", "Inhalt"},
        {"fr", "Table des matières"}, {"es", "Índice"}, {"it", "Indice"}, {"pt", "Índice"},
    };
    const auto it = kTitles.find(primaryLanguage(language));
    return it != kTitles.end() ? it->second : "Contents";
}

}  // namespace noosphere::core::epub
