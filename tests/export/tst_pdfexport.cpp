// TestPdfExport (ctest ui.pdfexport): the PDF book read back with poppler-utils: pdftotext gives the text back
// (Chinese included), pdffonts shows an embedded CJK font, every chapter starts a page, pages are numbered; a 5 MB
// chapter, a worker thread, cancelling and an unwritable folder.
#include "exportsamples.h"

#include "export/pdfexport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace noosphere;
using core::Manuscript;

namespace {

// Runs a poppler tool; its standard output, or a line saying why not.
QString runTool(const QString &tool, const QStringList &arguments, bool &ok)
{
    ok = false;
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(120000))
        return tool + QStringLiteral(" did not run: ") + process.errorString();
    ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    return QString::fromUtf8(process.readAllStandardOutput()) + QString::fromUtf8(process.readAllStandardError());
}

QString withoutSpaces(QString text) { return text.remove(QRegularExpression(QStringLiteral("\\s"))); }

}  // namespace

class TestPdfExport : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    // The text of each page (pdftotext separates pages with form feeds).
    QStringList pagesOf(const QString &pdf)
    {
        bool ok = false;
        const QString text = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}, ok);
        if (!ok)
            qWarning("%s", qPrintable(text));
        QStringList pages = text.split(QLatin1Char('\f'));
        if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
            pages.removeLast();
        return pages;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const char *tool : {"pdftotext", "pdffonts"})
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                QFAIL("pdftotext/pdffonts are missing: install the Debian package poppler-utils (scripts/deps.sh)");
    }

    void writesTheTextBackWithAnEmbeddedCjkFont()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("hard.pdf"));
        const auto written = ui::writePdf(exporttest::hardManuscript(), pdf.toStdString());
        QVERIFY2(written.ok(), written.ok() ? "" : written.error().detail.c_str());

        bool ok = false;
        const QString fonts = runTool(QStringLiteral("pdffonts"), {pdf}, ok);
        QVERIFY2(ok, qPrintable(fonts));
        qInfo("%s", qPrintable(fonts));
        const QStringList fontLines = fonts.split(QLatin1Char('\n')).mid(2);
        QVERIFY2(std::any_of(fontLines.begin(), fontLines.end(),
                             [](const QString &line) {
                                 return line.contains(QRegularExpression(QStringLiteral("WenQuanYi|CJK|Droid"))) &&
                                        line.contains(QRegularExpression(QStringLiteral("\\byes\\s+(yes|no)\\s+yes\\b")));
                             }),
                 "no embedded CJK font with a Unicode map (emb, uni = yes)");

        const QStringList pages = pagesOf(pdf);
        const QString all = pages.join(QString());
        QVERIFY2(withoutSpaces(all).contains(withoutSpaces(QString::fromStdString(exporttest::kChinese))), qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("It was a dark & stormy night.")));
        QVERIFY(all.contains(QStringLiteral("She said: \"<Hello>\" — it's 5 > 3.")));
        QVERIFY(withoutSpaces(all).contains(withoutSpaces(QStringLiteral("Tom & Jerry's \"<Odd>\" Book"))));

        // A title page, then each of the nine chapters on a page of its own (each fits on one), numbered 2…10.
        QCOMPARE(pages.size(), 10);
        QVERIFY(pages[0].contains(QStringLiteral("A. N. Author")));
        const QStringList headings{"Opening", "春晓", "Emoji", "4", "Empty", "6", "Two Lines", "Tab here", "Bad"};
        for (int i = 0; i < headings.size(); ++i) {
            const QStringList lines = pages[i + 1].split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            QVERIFY2(lines.first().trimmed().startsWith(headings[i]), qPrintable(pages[i + 1]));
            QCOMPARE(lines.last().trimmed(), QString::number(i + 2));  // the page number
        }
    }

    void typesetsAFiveMegabyteChapterOnAWorkerThread()
    {
        Manuscript book;
        book.metadata = {.title = "Long", .author = "Writer", .language = "en", .identifier = "urn:uuid:x"};
        book.chapters = {{"The Long Chapter", exporttest::longChapterBody(5 * 1000 * 1000)}, {"After", "Short."}};
        const QString pdf = m_dir.filePath(QStringLiteral("long.pdf"));
        std::vector<double> fractions;
        core::Result<void> written;
        QElapsedTimer clock;
        clock.start();
        std::thread worker([&] {  // the studio runs exports on its worker thread
            written = ui::writePdf(book, pdf.toStdString(), {.progress = [&](double f) { fractions.push_back(f); }});
        });
        worker.join();
        const qint64 elapsedMs = clock.elapsed();
        QVERIFY2(written.ok(), written.ok() ? "" : written.error().detail.c_str());
        const QStringList pages = pagesOf(pdf);
        qInfo("a 5 MB chapter typeset in %lld ms: %lld pages, %lld bytes", elapsedMs, qlonglong(pages.size()),
              QFileInfo(pdf).size());
        QVERIFY(pages.size() > 1000);
        QVERIFY(pages.last().contains(QStringLiteral("After")));
        QVERIFY(pages.last().contains(QString::number(pages.size())));
        QVERIFY(std::is_sorted(fractions.begin(), fractions.end()));
        QCOMPARE(fractions.back(), 1.0);
    }

    void cancelsAndFailsWithoutLeavingAFile()
    {
        QTemporaryDir dir;
        const auto cancelled = ui::writePdf(exporttest::hardManuscript(), dir.filePath("c.pdf").toStdString(),
                                            {.isCancelled = [] { return true; }});
        QCOMPARE(cancelled.error().code, core::ErrorCode::Cancelled);
        const auto missing = ui::writePdf(exporttest::hardManuscript(), dir.filePath("missing/b.pdf").toStdString());
        QCOMPARE(missing.error().code, core::ErrorCode::Io);
        QVERIFY2(missing.error().detail.find("b.pdf") != std::string::npos, missing.error().detail.c_str());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);  // fonts; the ctest sets QT_QPA_PLATFORM=offscreen
    TestPdfExport test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_pdfexport.moc"
