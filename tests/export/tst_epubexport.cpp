// TestEpubExport: the EPUB container's structure (mimetype first and stored, every document well-formed XML),
// the escaped text, and Debian's epubcheck run live on hard manuscripts: zero errors and zero warnings.
#include "exportsamples.h"

#include "export/epubexport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <zip.h>

#include <map>

using namespace noosphere::core;

namespace {

// The entries of a zip in archive order, with their bytes and whether they are stored uncompressed.
struct Entry {
    QString name;
    QByteArray bytes;
    bool stored = false;
};

std::vector<Entry> readZip(const QString &file)
{
    std::vector<Entry> entries;
    int error = 0;
    zip_t *archive = zip_open(QFile::encodeName(file).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (!archive)
        return entries;
    const zip_int64_t n = zip_get_num_entries(archive, 0);
    for (zip_int64_t i = 0; i < n; ++i) {
        zip_stat_t stat;
        zip_stat_init(&stat);
        zip_stat_index(archive, zip_uint64_t(i), 0, &stat);
        Entry entry{QString::fromUtf8(stat.name), QByteArray(qsizetype(stat.size), Qt::Uninitialized),
                    stat.comp_method == ZIP_CM_STORE};
        zip_file_t *in = zip_fopen_index(archive, zip_uint64_t(i), 0);
        if (in) {
            zip_fread(in, entry.bytes.data(), stat.size);
            zip_fclose(in);
        }
        entries.push_back(std::move(entry));
    }
    zip_close(archive);
    return entries;
}

QString xmlError(const QByteArray &document)
{
    QXmlStreamReader reader(document);
    while (!reader.atEnd())
        reader.readNext();
    return reader.hasError() ? QStringLiteral("line %1: %2").arg(reader.lineNumber()).arg(reader.errorString())
                             : QString();
}

// Runs epubcheck on `file`; returns its whole output, and sets `clean` when it exits 0 and reports nothing.
QString runEpubcheck(const QString &file, bool &clean)
{
    clean = false;
    // NOTE: Debian's /usr/bin/epubcheck is the jar itself, run through binfmt_misc (jarwrapper), which containers
    // often lack: a jar is started with java -jar instead.
    const QString program = QStandardPaths::findExecutable(QStringLiteral("epubcheck"));
    QFile probe(program);
    const bool isJar = probe.open(QIODevice::ReadOnly) && probe.read(2) == "PK";
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (isJar)
        process.start(QStringLiteral("java"), {QStringLiteral("-jar"), program, file});
    else
        process.start(program, {file});
    if (!process.waitForFinished(240000))
        return QStringLiteral("epubcheck did not finish in 240 s: %1").arg(process.errorString());
    const QString output = QString::fromUtf8(process.readAll());
    clean = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0 &&
            output.contains(QStringLiteral("No errors or warnings detected"));
    return output;
}

}  // namespace

class TestEpubExport : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    QString write(const Manuscript &book, const QString &name)
    {
        const QString file = m_dir.filePath(name);
        const auto written = writeEpub(book, file.toStdString(), {}, "2024-05-01T12:00:00Z");
        if (!written.ok())
            qWarning("writeEpub: %s", written.error().detail.c_str());
        return written.ok() ? file : QString();
    }

    void checkWithEpubcheck(const QString &file)
    {
        if (QStandardPaths::findExecutable(QStringLiteral("epubcheck")).isEmpty())
            QFAIL("epubcheck is missing: install the Debian package epubcheck (scripts/deps.sh)");
        QElapsedTimer clock;
        clock.start();
        bool clean = false;
        const QString output = runEpubcheck(file, clean);
        qInfo("epubcheck %s (%lld ms): %s", qPrintable(QFileInfo(file).fileName()), clock.elapsed(),
              qPrintable(output.trimmed().split(QLatin1Char('\n')).join(QStringLiteral(" | "))));
        QVERIFY2(clean, qPrintable(output));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void writesAnOcfContainer()
    {
        const QString file = write(exporttest::hardManuscript(), QStringLiteral("hard.epub"));
        QVERIFY(!file.isEmpty());

        // NOTE: OCF: "mimetype" first, stored, no extra field, so its text sits at byte 38 of the file.
        QFile raw(file);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray head = raw.read(58);
        QCOMPARE(head.left(4), QByteArray("PK\x03\x04"));
        QCOMPARE(head.mid(26, 4), QByteArray("\x08\x00\x00\x00", 4));  // name length 8, extra field length 0
        QCOMPARE(head.mid(30, 28), QByteArray("mimetypeapplication/epub+zip"));

        const auto entries = readZip(file);
        QVERIFY(!entries.empty());
        QCOMPARE(entries.front().name, QStringLiteral("mimetype"));
        QVERIFY(entries.front().stored);
        std::map<QString, QByteArray> byName;
        for (const auto &entry : entries)
            byName[entry.name] = entry.bytes;
        QStringList expected{"mimetype", "META-INF/container.xml", "OEBPS/package.opf", "OEBPS/style.css",
                             "OEBPS/nav.xhtml"};
        for (int i = 1; i <= 9; ++i)
            expected << QStringLiteral("OEBPS/chapter-%1.xhtml").arg(i, 4, 10, QLatin1Char('0'));
        QStringList names;
        for (const auto &entry : entries)
            names << entry.name;
        expected.sort();
        names.sort();
        QCOMPARE(names, expected);

        for (const auto &[name, bytes] : byName)
            if (name.endsWith(QStringLiteral(".xhtml")) || name.endsWith(QStringLiteral(".xml")) ||
                name.endsWith(QStringLiteral(".opf")))
                QVERIFY2(xmlError(bytes).isEmpty(), qPrintable(name + QStringLiteral(": ") + xmlError(bytes)));

        const QString opf = QString::fromUtf8(byName["OEBPS/package.opf"]);
        QVERIFY(opf.contains(QStringLiteral("<dc:title>Tom &amp; Jerry&#39;s &quot;&lt;Odd&gt;&quot; Book 🐱</dc:title>")));
        QVERIFY(opf.contains(QStringLiteral("<dc:creator>A. N. Author &amp; 作者</dc:creator>")));
        QVERIFY(opf.contains(QStringLiteral("<dc:language>en</dc:language>")));
        QVERIFY(opf.contains(QStringLiteral("<meta property=\"dcterms:modified\">2024-05-01T12:00:00Z</meta>")));
        QVERIFY(opf.contains(QStringLiteral(
            "<dc:identifier id=\"book-id\">urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e</dc:identifier>")));

        const QString first = QString::fromUtf8(byName["OEBPS/chapter-0001.xhtml"]);
        QVERIFY(first.contains(QStringLiteral("<h1>Opening</h1>")));
        QVERIFY(first.contains(QStringLiteral("<p>It was a dark &amp; stormy night.</p>")));
        QVERIFY(first.contains(QStringLiteral("<p>She said: &quot;&lt;Hello&gt;&quot; — it&#39;s 5 &gt; 3.</p>")));
        QCOMPARE(first.count(QStringLiteral("<p>")), 5);  // blank lines separate; LF, CRLF and CR break
        const QString chinese = QString::fromUtf8(byName["OEBPS/chapter-0002.xhtml"]);
        QVERIFY(chinese.contains(QStringLiteral("<p>") + QString::fromStdString(exporttest::kChinese) + QStringLiteral("</p>")));
        QVERIFY(chinese.contains(QStringLiteral("<p>第二段：孟浩然。</p>")));  // hand indent dropped
        QVERIFY(QString::fromUtf8(byName["OEBPS/chapter-0003.xhtml"]).contains(QStringLiteral("🧑‍🤝‍🧑👍🏽")));
        QVERIFY(QString::fromUtf8(byName["OEBPS/chapter-0004.xhtml"]).contains(QStringLiteral("<h1>4</h1>")));
        QVERIFY(QString::fromUtf8(byName["OEBPS/chapter-0006.xhtml"]).contains(QStringLiteral("<h1>6</h1>")));
        const QString odd = QString::fromUtf8(byName["OEBPS/chapter-0007.xhtml"]);
        QVERIFY(odd.contains(QStringLiteral(
            "<h1>Two Lines &amp; &lt;tags&gt; ]]&gt; &quot;quotes&quot; &#39;apos&#39;</h1>")));
        QVERIFY(odd.contains(QStringLiteral("a\uFFFDb\uFFFDc\uFFFDd, C1 \uFFFD and \uFFFD.")));
        const QString bad = QString::fromUtf8(byName["OEBPS/chapter-0009.xhtml"]);
        QVERIFY(bad.contains(QStringLiteral("<h1>Bad \uFFFD bytes</h1>")));

        const QString nav = QString::fromUtf8(byName["OEBPS/nav.xhtml"]);
        QCOMPARE(nav.count(QStringLiteral("<li><a href=\"chapter-")), 9);
        QVERIFY(nav.contains(QStringLiteral("<a href=\"chapter-0004.xhtml\">4</a>")));
    }

    void passesEpubcheckWithHardText()
    {
        const QString file = write(exporttest::hardManuscript(), QStringLiteral("hard-check.epub"));
        QVERIFY(!file.isEmpty());
        checkWithEpubcheck(file);
    }

    void passesEpubcheckInChineseWithoutChapters()
    {
        Manuscript chinese = exporttest::hardManuscript();
        chinese.metadata = {.title = "春晓 & <诗>", .author = "", .language = "zh-CN",
                            .identifier = "urn:uuid:6ba7b810-9dad-51d1-80b4-00c04fd430c8"};
        const QString withChapters = write(chinese, QStringLiteral("chinese.epub"));
        QVERIFY(!withChapters.isEmpty());
        const auto nav = readZip(withChapters);
        QVERIFY(std::any_of(nav.begin(), nav.end(), [](const Entry &entry) {
            return entry.name == QStringLiteral("OEBPS/nav.xhtml") && QString::fromUtf8(entry.bytes).contains(QStringLiteral("<h2>目录</h2>"));
        }));
        checkWithEpubcheck(withChapters);

        chinese.chapters.clear();  // the spine still needs a document: one empty chapter under the book's title
        const QString empty = write(chinese, QStringLiteral("no-chapters.epub"));
        QVERIFY(!empty.isEmpty());
        checkWithEpubcheck(empty);
    }

    void passesEpubcheckWithAFiveMegabyteChapter()
    {
        Manuscript book;
        book.metadata = {.title = "Long", .author = "Writer", .language = "en",
                         .identifier = "urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950f"};
        book.chapters = {{"The Long Chapter", exporttest::longChapterBody(5 * 1000 * 1000)}, {"After", "Short."}};
        QElapsedTimer clock;
        clock.start();
        const QString file = write(book, QStringLiteral("long.epub"));
        qInfo("a 5 MB chapter written as EPUB in %lld ms, %lld bytes", clock.elapsed(), QFileInfo(file).size());
        QVERIFY(!file.isEmpty());
        checkWithEpubcheck(file);
    }

    void reportsProgressAndCancels()
    {
        Manuscript book = exporttest::hardManuscript();
        std::vector<double> fractions;
        const QString file = m_dir.filePath(QStringLiteral("progress.epub"));
        QVERIFY(writeEpub(book, file.toStdString(), {.progress = [&](double f) { fractions.push_back(f); }}).ok());
        QVERIFY(!fractions.empty());
        QVERIFY(std::is_sorted(fractions.begin(), fractions.end()));
        QVERIFY(fractions.back() <= 1.0);

        QTemporaryDir dir;
        const QString cancelled = dir.filePath(QStringLiteral("cancelled.epub"));
        const auto result = writeEpub(book, cancelled.toStdString(), {.isCancelled = [] { return true; }});
        QCOMPARE(result.error().code, ErrorCode::Cancelled);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    void failsWithIoWhenTheFolderCannotBeWritten()
    {
        QTemporaryDir dir;
        const auto missing = writeEpub(exporttest::hardManuscript(), dir.filePath("missing/book.epub").toStdString());
        QCOMPARE(missing.error().code, ErrorCode::Io);
        QVERIFY2(missing.error().detail.find("book.epub") != std::string::npos, missing.error().detail.c_str());

        // An earlier export is replaced whole, whatever it held.
        const QString file = dir.filePath(QStringLiteral("book.epub"));
        QFile old(file);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("not a zip at all");
        old.close();
        QVERIFY(writeEpub(exporttest::hardManuscript(), file.toStdString()).ok());
        QCOMPARE(readZip(file).front().name, QStringLiteral("mimetype"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{"book.epub"});
    }
};

QObject *newTestEpubExport() { return new TestEpubExport; }

#include "tst_epubexport.moc"
