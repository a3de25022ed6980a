// wn's output, line by line: a section title ("Antonyms of adj hot") after a blank line, "N senses of LEMMA",
// "Sense N", the sense's synset "{offset} words -- (gloss)", then one line per pointer, each kind with its own
// prefix. Lines that expand a pointer (the synset behind an antonym, the satellites of an antonym) are skipped:
// only the first level is compared.
#include "wnoutput.h"

#include <QProcess>
#include <QRegularExpression>

namespace wntest {

namespace {

QString searchKind(const QString &title)
{
    if (title.startsWith(QLatin1String("Synonyms")) || title.startsWith(QLatin1String("Similarity")))
        return QStringLiteral("syns");
    if (title.startsWith(QLatin1String("Antonyms")))
        return QStringLiteral("ants");
    if (title.startsWith(QLatin1String("Hyponyms")) || title.startsWith(QLatin1String("Troponyms")))
        return QStringLiteral("hypo");
    if (title.startsWith(QLatin1String("Meronyms")))
        return QStringLiteral("mero");
    if (title.startsWith(QLatin1String("Holonyms")))
        return QStringLiteral("holo");
    if (title.startsWith(QLatin1String("Derived Forms")))
        return QStringLiteral("deri");
    return {};
}

void parseSynsetLine(const QString &rest, WnBlock &block)
{
    const qsizetype glossAt = rest.indexOf(QLatin1String(" -- ("));
    QString members = glossAt < 0 ? rest : rest.left(glossAt);
    if (glossAt >= 0) {
        block.gloss = rest.mid(glossAt + 5);
        if (block.gloss.endsWith(QLatin1Char(')')))
            block.gloss.chop(1);
    }
    static const QRegularExpression antonyms(QStringLiteral("\\s*\\(vs\\. [^)]*\\)"));
    static const QRegularExpression markers(QStringLiteral("\\((?:predicate|prenominal|postnominal)\\)"));
    members.remove(antonyms);
    members.remove(markers);
    block.words = members.split(QStringLiteral(", "));
}

// The pointer a line names, as "kind:offset[:word]", or an empty string.
QString pointerOf(const QString &line)
{
    static const QRegularExpression firstLevel(QStringLiteral("^ {7}=> \\{(\\d{8})\\}"));
    static const QRegularExpression instance(QStringLiteral("^\\s*(INSTANCE OF|HAS INSTANCE)=> \\{(\\d{8})\\}"));
    static const QRegularExpression part(
        QStringLiteral("^\\s*(HAS PART|HAS MEMBER|HAS SUBSTANCE|PART OF|MEMBER OF|SUBSTANCE OF): \\{(\\d{8})\\}"));
    static const QRegularExpression antonym(QStringLiteral("^\\s*Antonym of \\{(\\d{8})\\} (.+) \\(Sense \\d+\\)$"));
    static const QRegularExpression derived(QStringLiteral("^\\s*RELATED TO->\\(\\w+\\) \\{(\\d{8})\\} (.+#\\d+)$"));
    if (const auto m = firstLevel.match(line); m.hasMatch())
        return QStringLiteral("ptr:") + m.captured(1);
    if (const auto m = instance.match(line); m.hasMatch())
        return m.captured(1).toLower().replace(QLatin1Char(' '), QLatin1Char('-')) + QLatin1Char(':') + m.captured(2);
    if (const auto m = part.match(line); m.hasMatch())
        return m.captured(1).toLower().replace(QLatin1Char(' '), QLatin1Char('-')) + QLatin1Char(':') + m.captured(2);
    if (const auto m = antonym.match(line); m.hasMatch())
        return QStringLiteral("antonym:") + m.captured(1) + QLatin1Char(':') + m.captured(2);
    if (const auto m = derived.match(line); m.hasMatch())
        return QStringLiteral("derived:") + m.captured(1) + QLatin1Char(':') + m.captured(2);
    return {};
}

}  // namespace

QList<WnSection> parseWnOutput(const QString &text)
{
    static const QRegularExpression title(QStringLiteral("^(.+) of (noun|verb|adj|adv) (.+)$"));
    static const QRegularExpression count(QStringLiteral("^\\d+ (?:of \\d+ )?senses? of (.+)$"));
    static const QRegularExpression senseLine(QStringLiteral("^Sense (\\d+)$"));
    static const QRegularExpression synsetLine(QStringLiteral("^\\{(\\d{8})\\} (.*)$"));
    QList<WnSection> sections;
    QString lemma;
    bool previousEmpty = true;
    bool expectSynset = false;
    for (QString line : text.split(QLatin1Char('\n'))) {
        while (line.endsWith(QLatin1Char(' ')) || line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const bool empty = line.isEmpty();
        if (previousEmpty && !empty && !line.startsWith(QLatin1Char(' '))) {
            if (const auto m = title.match(line); m.hasMatch() && !searchKind(m.captured(1)).isEmpty()) {
                sections.append({searchKind(m.captured(1)), m.captured(2), {}});
                previousEmpty = false;
                continue;
            }
        }
        previousEmpty = empty;
        if (sections.isEmpty() || empty)
            continue;
        WnSection &section = sections.last();
        if (const auto m = count.match(line); m.hasMatch()) {
            lemma = m.captured(1);
            continue;
        }
        if (const auto m = senseLine.match(line); m.hasMatch()) {
            section.blocks.append({lemma, m.captured(1).toInt(), 0, {}, {}, {}});
            expectSynset = true;
            continue;
        }
        if (section.blocks.isEmpty())
            continue;
        WnBlock &block = section.blocks.last();
        if (const auto m = synsetLine.match(line); m.hasMatch()) {
            if (expectSynset) {
                block.offset = m.captured(1).toUInt();
                parseSynsetLine(m.captured(2), block);
                expectSynset = false;
            } else if (section.search == QLatin1String("ants")) {  // an adjective's direct antonym synset
                block.targets.insert(QStringLiteral("adj-antonym:") + m.captured(1));
            }
            continue;
        }
        if (const QString pointer = pointerOf(line); !pointer.isEmpty())
            block.targets.insert(pointer);
    }
    return sections;
}

bool runWn(const QString &word, const QStringList &searches, QList<WnSection> &sections, QString &error)
{
    QProcess wn;
    wn.start(QStringLiteral("wn"), QStringList{word, QStringLiteral("-o"), QStringLiteral("-g")} + searches);
    if (!wn.waitForStarted(10000)) {
        error = QStringLiteral("cannot run wn: install the Debian package wordnet (apt-get install wordnet)");
        return false;
    }
    wn.closeWriteChannel();
    if (!wn.waitForFinished(60000)) {
        error = QStringLiteral("wn did not finish");
        return false;
    }
    sections = parseWnOutput(QString::fromUtf8(wn.readAllStandardOutput()));
    return true;
}

}  // namespace wntest
