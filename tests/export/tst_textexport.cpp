// TestTextExport: the manuscript read from a project (metadata, UTF-8 repair), plain text and Markdown, paragraph
// splitting, XML escaping, format names, and atomic file writes that leave nothing behind when they fail.
#include "exportsamples.h"

#include "export/atomicfile.h"
#include "export/exportformat.h"
#include "export/manuscript.h"
#include "export/markdownexport.h"
#include "export/paragraphs.h"
#include "export/xmltext.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace noosphere::core;

namespace {

QString fromUtf8(const std::string &text) { return QString::fromStdString(text); }

QStringList paragraphsOf(std::string_view body)
{
    QStringList list;
    for (const auto paragraph : splitParagraphs(body))
        list << QString::fromUtf8(paragraph.data(), qsizetype(paragraph.size()));
    return list;
}

}  // namespace

class TestTextExport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void plainTextHasAHeadingLinePerChapter()
    {
        Manuscript book;
        book.chapters = {{"One", "First line.\nSecond line."}, {"", ""}, {"Three\nLines", "End.\n"}};
        QCOMPARE(fromUtf8(plainText(book)), QStringLiteral("One\n\nFirst line.\nSecond line.\n"
                                                           "\n\n2\n"
                                                           "\n\nThree Lines\n\nEnd.\n"));
        QCOMPARE(fromUtf8(markdownText(book)), QStringLiteral("# One\n\nFirst line.\nSecond line.\n"
                                                              "\n# 2\n"
                                                              "\n# Three Lines\n\nEnd.\n"));
        QCOMPARE(fromUtf8(plainText(Manuscript{})), QString());
    }

    void splitsParagraphsAtEveryLineBreak()
    {
        QCOMPARE(paragraphsOf("a\nb\r\nc\rd\n\n\n  e  \n\t\n"), (QStringList{"a", "b", "c", "d", "e"}));
        QCOMPARE(paragraphsOf("\u3000\u3000春眠不觉晓。\n\u3000\n"), QStringList{QStringLiteral("春眠不觉晓。")});
        QCOMPARE(paragraphsOf(""), QStringList());
        QCOMPARE(paragraphsOf("one"), QStringList{"one"});
        QCOMPARE(paragraphsOf("\r\n\r\n"), QStringList());
    }

    void escapesXmlAndReplacesForbiddenCharacters()
    {
        QCOMPARE(fromUtf8(xmlText("a & b < c > d \"e\" 'f' ]]>")),
                 QStringLiteral("a &amp; b &lt; c &gt; d &quot;e&quot; &#39;f&#39; ]]&gt;"));
        QCOMPARE(fromUtf8(xmlText("tab\tline\nok 春 🎉")), QStringLiteral("tab\tline\nok 春 🎉"));
        QCOMPARE(fromUtf8(xmlText("nul\x01 del\x7f c1\xc2\x85 nonchar\xef\xbf\xbe\xef\xb7\x90")),
                 QStringLiteral("nul\uFFFD del\uFFFD c1\uFFFD nonchar\uFFFD\uFFFD"));
        QCOMPARE(fromUtf8(xmlText("bad \xff and \xc3( and \xed\xa0\x80")),
                 QStringLiteral("bad \uFFFD and \uFFFD( and \uFFFD\uFFFD\uFFFD"));
    }

    void readsTheManuscriptWithMetadataFromSettings()
    {
        QTemporaryDir dir;
        auto store = ProjectStore::create(dir.filePath("My Novel.noo").toStdString());
        QVERIFY(store.ok());
        const auto first = store->chapters().value().front().id;
        QVERIFY(store->renameChapter(first, "Bad \xff title").ok());
        QVERIFY(store->setChapterBody(first, exporttest::kChinese + exporttest::kChinese + "\nbroken \xc3").ok());
        QVERIFY(store->addChapter("Second", "Plain.").ok());

        auto read = readManuscript(store.value());
        QVERIFY(read.ok());
        QCOMPARE(read->chapters.size(), std::size_t(2));
        QCOMPARE(fromUtf8(read->chapters[0].title), QStringLiteral("Bad \uFFFD title"));
        QVERIFY(fromUtf8(read->chapters[0].body).endsWith(QStringLiteral("broken \uFFFD")));
        QCOMPARE(fromUtf8(read->metadata.title), QStringLiteral("My Novel"));  // the file's name
        QCOMPARE(fromUtf8(read->metadata.author), QString());
        QCOMPARE(fromUtf8(read->metadata.language), QStringLiteral("zh"));     // guessed from the text
        QVERIFY(read->metadata.identifier.starts_with("urn:uuid:"));
        QCOMPARE(read->metadata.identifier.size(), std::size_t(9 + 36));
        QCOMPARE(readManuscript(store.value())->metadata.identifier, read->metadata.identifier);  // stable

        QVERIFY(store->setSetting("book.title", "  The\nReal Title ").ok());
        QVERIFY(store->setSetting("book.author", "Jane Doe").ok());
        QVERIFY(store->setSetting("book.language", "en-GB").ok());
        read = readManuscript(store.value());
        QCOMPARE(fromUtf8(read->metadata.title), QStringLiteral("The Real Title"));
        QCOMPARE(fromUtf8(read->metadata.author), QStringLiteral("Jane Doe"));
        QCOMPARE(fromUtf8(read->metadata.language), QStringLiteral("en-GB"));

        // Given values (the command line's) win; a bad language tag is refused, a bad setting ignored.
        read = readManuscript(store.value(), {.title = "Given", .author = "", .language = "fr"});
        QCOMPARE(fromUtf8(read->metadata.title), QStringLiteral("Given"));
        QCOMPARE(fromUtf8(read->metadata.author), QStringLiteral("Jane Doe"));
        QCOMPARE(fromUtf8(read->metadata.language), QStringLiteral("fr"));
        QCOMPARE(readManuscript(store.value(), {.language = "not a tag"}).error().code, ErrorCode::InvalidArgument);
        QVERIFY(store->setSetting("book.language", "???").ok());
        QCOMPARE(fromUtf8(readManuscript(store.value())->metadata.language), QStringLiteral("zh"));
    }

    void guessesLanguageAndChecksTags()
    {
        QCOMPARE(guessLanguage("It was a dark night."), std::string("en"));
        QCOMPARE(guessLanguage(exporttest::kChinese), std::string("zh"));
        QCOMPARE(guessLanguage("吾輩は猫である。名前はまだ無い。"), std::string("ja"));
        QCOMPARE(guessLanguage("나는 고양이로소이다"), std::string("ko"));
        QCOMPARE(guessLanguage(""), std::string("en"));
        for (const char *good : {"en", "zh-CN", "zh-Hans-CN", "sr-Latn", "de-1996"})
            QVERIFY2(isLanguageTag(good), good);
        for (const char *bad : {"", "e", "en-", "-en", "en--GB", "1en", "en_GB", "toolonglanguage", "zh-CN "})
            QVERIFY2(!isLanguageTag(bad), bad);
    }

    void namesFormatsAndTellsThemFromFileNames()
    {
        QCOMPARE(exportFormatFromName("md"), ExportFormat::Markdown);
        QCOMPARE(exportFormatFromName("Markdown"), ExportFormat::Markdown);
        QCOMPARE(exportFormatFromName("TXT"), ExportFormat::PlainText);
        QCOMPARE(exportFormatFromName("epub"), ExportFormat::Epub);
        QCOMPARE(exportFormatFromName("pdf"), ExportFormat::Pdf);
        QVERIFY(!exportFormatFromName("docx"));
        QCOMPARE(exportFormatFromPath("/tmp/book.EPUB"), ExportFormat::Epub);
        QCOMPARE(exportFormatFromPath("notes.text"), ExportFormat::PlainText);
        QVERIFY(!exportFormatFromPath("book"));
        QVERIFY(!exportFormatFromPath("book."));
        QVERIFY(!exportFormatFromPath(".md"));  // a hidden file named "md", not an extension
        QCOMPARE(exportFormatExtension(ExportFormat::PlainText), std::string("txt"));
    }

    void writesFilesAtomically()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath("book.txt");
        QVERIFY(writeFileAtomically(file.toStdString(), "first").ok());
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
        QVERIFY(writeFileAtomically(file.toStdString(), "second").ok());
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QCOMPARE(in.readAll(), QByteArray("second"));
        QCOMPARE(QFile::permissions(file), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadUser |
                                               QFile::WriteUser);  // kept

        // A missing folder, and a file where a folder should be: Io naming the file and the reason.
        auto failed = writeFileAtomically(dir.filePath("missing/book.txt").toStdString(), "x");
        QCOMPARE(failed.error().code, ErrorCode::Io);
        QVERIFY2(failed.error().detail.find("No such file or directory") != std::string::npos, failed.error().detail.c_str());
        failed = writeFileAtomically(dir.filePath("book.txt/inside.txt").toStdString(), "x");
        QCOMPARE(failed.error().code, ErrorCode::Io);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{"book.txt"});
    }

    void aFullDiskLeavesTheOldFileAndNoTemporary()
    {
        // NOTE: RLIMIT_FSIZE makes writes past the limit fail with EFBIG, as a full disk fails them with ENOSPC;
        // SIGXFSZ is ignored so that the write returns the error instead of ending the process.
        QTemporaryDir dir;
        const QString file = dir.filePath("book.md");
        QVERIFY(writeFileAtomically(file.toStdString(), "old text").ok());
        rlimit saved{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit small = saved;
        small.rlim_cur = 4096;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        const auto failed = writeFileAtomically(file.toStdString(), std::string(100000, 'x'));
        setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, previousHandler);
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code, ErrorCode::Io);
        QVERIFY2(failed.error().detail.find("book.md") != std::string::npos, failed.error().detail.c_str());
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QCOMPARE(in.readAll(), QByteArray("old text"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{"book.md"});
    }
};

QObject *newTestTextExport() { return new TestTextExport; }

#include "tst_textexport.moc"
