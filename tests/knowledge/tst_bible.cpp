// The story bible's engine (core/text/bible): where its names come up (whole words, longest first, aliases,
// case, CJK, ill-formed UTF-8, a 5 MB chapter), which entries the assistant reads (recency, budget), and which
// recurring names it offers to add (with a guessed kind, and without the data lists too).
#include "text/bible/lorebook.h"
#include "text/bible/mentionfinder.h"
#include "text/bible/namecandidates.h"
#include "text/bible/namelists.h"
#include "text/knowledge/stopwords.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTest>

#include <cstdint>
#include <string>

using namespace noosphere::core::text;

namespace {

BibleEntry entry(std::int64_t id, BibleKind kind, std::string name, std::vector<std::string> aliases = {},
                 std::string notes = {})
{
    return {id, kind, std::move(name), std::move(aliases), std::move(notes)};
}

// "id:text" for each mention, so a failure shows what was found.
QStringList found(const std::vector<BibleEntry> &entries, std::string_view text)
{
    QStringList out;
    for (const Mention &m : MentionFinder(entries).find(text))
        out << QStringLiteral("%1:%2").arg(m.entryId).arg(
                   QString::fromStdString(std::string(text.substr(m.byteBegin, m.byteEnd - m.byteBegin))));
    return out;
}

// A GNU gettext catalogue holding `names` as translations of made-up ids, as libgeonames-common's is.
std::string moCatalogue(const std::vector<std::string> &names)
{
    const auto n = std::uint32_t(names.size() + 1);  // + the header entry (empty msgid)
    std::string ids = std::string(1, '\0'), strings = "Content-Type: text/plain; charset=UTF-8\n" + std::string(1, '\0');
    std::vector<std::pair<std::uint32_t, std::uint32_t>> idTable{{0, 0}}, stringTable{{39, 0}};
    for (std::size_t i = 0; i < names.size(); ++i) {
        const std::string id = std::to_string(1000 + i);
        idTable.push_back({std::uint32_t(id.size()), std::uint32_t(ids.size())});
        ids += id + '\0';
        stringTable.push_back({std::uint32_t(names[i].size()), std::uint32_t(strings.size())});
        strings += names[i] + '\0';
    }
    const std::uint32_t idTableAt = 28, stringTableAt = idTableAt + 8 * n, idsAt = stringTableAt + 8 * n,
                        stringsAt = idsAt + std::uint32_t(ids.size());
    std::string mo;
    const auto put = [&mo](std::uint32_t v) {
        for (int b = 0; b < 4; ++b)
            mo.push_back(char(v >> (8 * b)));
    };
    for (std::uint32_t v : {0x950412deu, 0u, n, idTableAt, stringTableAt, 0u, 0u})
        put(v);
    for (auto [length, offset] : idTable) {
        put(length);
        put(idsAt + offset);
    }
    for (auto [length, offset] : stringTable) {
        put(length);
        put(stringsAt + offset);
    }
    return mo + ids + strings;
}

const char *const kPersuasion =
    "Anne walked to Uppercross with Captain Wentworth. Wentworth said nothing at all.\n"
    "Louisa laughed; Louisa ran down the hill. Later Captain Wentworth and Louisa talked of Bath.\n"
    "They went to Bath with Captain Wentworth, and the sea at Bath was grey. But Louisa fell.\n"
    "The Musgroves came. The day ended. The night was cold. Anne slept.\n";

}  // namespace

class TestBible : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void findsWholeNamesLongestFirst()
    {
        const std::vector<BibleEntry> entries{entry(1, BibleKind::Character, "Anne"),
                                              entry(2, BibleKind::Character, "Anne Elliot", {"Miss Anne"})};
        QCOMPARE(found(entries, "Anne Elliot smiled at Annette, and Anne at Miss Anne."),
                 (QStringList{"2:Anne Elliot", "1:Anne", "2:Miss Anne"}));
        // The space inside a name may be any white space, a line break too; a possessive still names it.
        QCOMPARE(found(entries, "Anne\n  Elliot's letter and Anne’s book"),
                 (QStringList{"2:Anne\n  Elliot", "1:Anne"}));
        QCOMPARE(found(entries, "Anneliese, ANNE and anne are someone else"), QStringList{});
    }

    void matchesCapitalisedNamesByCaseAndLowerCaseOnesInAnyCase()
    {
        const std::vector<BibleEntry> entries{entry(5, BibleKind::Place, "Bath"),
                                              entry(6, BibleKind::Item, "mithril coat", {"mithril"})};
        QCOMPARE(found(entries, "A hot bath in Bath. Mithril shone; the mithril coat, the Mithril Coat."),
                 (QStringList{"5:Bath", "6:Mithril", "6:mithril coat", "6:Mithril Coat"}));
    }

    void givesByteAndUtf16Ranges()
    {
        const std::vector<BibleEntry> entries{entry(1, BibleKind::Character, "Anne Elliot")};
        const std::string text = "\xF0\x9F\x98\x80 \xFF" "Anne Elliot!";  // 😀 (2 units), a space, a bad byte
        const auto mentions = MentionFinder(entries).find(text);
        QCOMPARE(mentions.size(), std::size_t(1));
        QCOMPARE(mentions[0].byteBegin, std::size_t(6));
        QCOMPARE(mentions[0].byteEnd, std::size_t(17));
        QCOMPARE(mentions[0].utf16Begin, std::size_t(4));  // the ill-formed byte reads as one U+FFFD
        QCOMPARE(mentions[0].utf16End, std::size_t(15));
        // Ill-formed bytes separate words, never join them, and never crash the scan.
        QCOMPARE(found(entries, "Anne\xC3 Elliot \xE2\x82 Anne Elliot\xF0"), QStringList{"1:Anne Elliot"});
    }

    void findsCjkNamesInsideRunningText()
    {
        const std::vector<BibleEntry> entries{entry(1, BibleKind::Character, "林黛玉", {"黛玉"}),
                                              entry(2, BibleKind::Character, "宝玉"), entry(3, BibleKind::Place, "大观园")};
        QCOMPARE(found(entries, "林黛玉笑道：贾宝玉来了，黛玉在大观园里。"),
                 (QStringList{"1:林黛玉", "2:宝玉", "1:黛玉", "3:大观园"}));
        const auto mentions = MentionFinder(entries).find("林黛玉笑道：贾宝玉来了");
        QCOMPARE(mentions[1].utf16Begin, std::size_t(7));
        QCOMPARE(mentions[1].utf16End, std::size_t(9));
    }

    void scansFiveMegabytesInOnePass()
    {
        std::vector<BibleEntry> entries;
        for (int i = 0; i < 300; ++i)
            entries.push_back(entry(i + 1, BibleKind::Character, "Person" + std::to_string(i) + " Surname",
                                    {"Person" + std::to_string(i)}));
        entries.push_back(entry(1000, BibleKind::Lore, "the old war"));
        const std::string paragraph = "Person7 Surname met Person12 by the river, and they spoke of The Old War "
                                      "while the evening light fell on the water and on the Persons' long road.\n";
        std::string text;
        while (text.size() < 5'000'000)
            text += paragraph;
        const std::size_t nParagraphs = text.size() / paragraph.size();
        QElapsedTimer clock;
        clock.start();
        const MentionFinder finder(entries);
        const auto mentions = finder.find(text);
        const qint64 ms = clock.elapsed();
        qInfo("5 MB chapter, %zu entries: %zu mentions in %lld ms", entries.size(), mentions.size(), ms);
        QCOMPARE(mentions.size(), 3 * nParagraphs);
        QCOMPARE(mentions[0].entryId, std::int64_t(8));
        QCOMPARE(mentions[2].entryId, std::int64_t(1000));
        QVERIFY2(ms < 5000, "a 5 MB chapter must be scanned in seconds at most");
    }

    void formatsEntriesAsOneLineEach()
    {
        QCOMPARE(loreLine(entry(1, BibleKind::Character, "Anne Elliot", {"Anne", " "},
                                "Sir Walter's second daughter;\nwise and overlooked.")),
                 std::string("[Character: Anne Elliot (Anne) \xE2\x80\x94 Sir Walter's second daughter; wise and "
                             "overlooked.]"));
        QCOMPARE(loreLine(entry(2, BibleKind::Place, "Kellynch")), std::string("[Place: Kellynch]"));
    }

    void selectsRecentMentionsNewestFirstWithinTheBudget()
    {
        const std::vector<BibleEntry> entries{
            entry(1, BibleKind::Character, "Anne Elliot", {"Anne"}, "the heroine"),
            entry(2, BibleKind::Place, "Kellynch", {}, std::string(400, 'k')),  // too long for the budget
            entry(3, BibleKind::Character, "Wentworth", {}, "a captain"),
            entry(4, BibleKind::Character, "Lady Russell", {}, "Anne's godmother"),
            entry(5, BibleKind::Lore, "the navy", {}, "never mentioned")};
        const std::string text = "Lady Russell left early. " + std::string(5000, '.') +
                                 " Wentworth came to Kellynch, where Anne waited.";
        LorebookOptions options{.recentChars = 4000, .tokenBudget = 120};
        options.countTokens = [](std::string_view s) { return int(s.size()); };  // one token a byte
        const auto selection = selectLore(entries, text, options);
        // Lady Russell is mentioned only before the last 4,000 characters; Kellynch's line does not fit whole.
        QCOMPARE(selection.entryIds, (std::vector<std::int64_t>{1, 3}));
        QCOMPARE(selection.names, (std::vector<std::string>{"Anne Elliot", "Wentworth"}));
        QCOMPARE(selection.block, std::string("[Character: Anne Elliot (Anne) \xE2\x80\x94 the heroine]\n"
                                              "[Character: Wentworth \xE2\x80\x94 a captain]\n"));
        QCOMPARE(selection.nTokens, int(selection.block.size()));
        QVERIFY(selection.nTokens <= options.tokenBudget);

        // Without a tokenizer the budget is estimated from bytes; a zero budget selects nothing.
        QCOMPARE(selectLore(entries, text, {.tokenBudget = 1000}).entryIds, (std::vector<std::int64_t>{1, 2, 3}));
        QVERIFY(selectLore(entries, text, {.tokenBudget = 0}).block.empty());
    }

    void offersRecurringNamesWithAGuessedKind()
    {
        NameLists lists;
        lists.addFirstNames("Anne\nLouisa\nCharlotte\n");
        QVERIFY(lists.addPlaceCatalogue(moCatalogue({"Bath", "London", "Lyme Regis"})));
        QCOMPARE(lists.placeNameCount(), std::size_t(3));
        auto stopWords = StopWords::parse("the\nbut\nthey\nand\n", "test");
        QVERIFY(stopWords.ok());
        const std::vector<BibleEntry> known{entry(1, BibleKind::Character, "Anne")};

        const auto candidates = findNameCandidates(kPersuasion, known, lists, &stopWords.value());
        QStringList names;
        for (const auto &c : candidates)
            names << QStringLiteral("%1 %2 %3 %4")
                         .arg(QString::fromStdString(c.name))
                         .arg(c.occurrences)
                         .arg(QString::fromUtf8(kindName(c.kind)))
                         .arg(int(c.evidence));
        // Anne is known; "The" is a stop word; "Wentworth" alone comes once outside "Captain Wentworth"; Musgroves
        // and Uppercross are too rare; "Later" only starts sentences.
        QCOMPARE(names, (QStringList{"Louisa 4 character 0", "Bath 3 place 1", "Captain Wentworth 3 character 2"}));
    }

    void offersNamesWithoutTheDataLists()
    {
        const NameLists none = NameLists::loadFiles({"/nonexistent/names.txt"}, "/nonexistent/geonames.mo");
        QCOMPARE(none.firstNameCount() + none.placeNameCount(), std::size_t(0));
        QVERIFY(!NameLists().addPlaceCatalogue("not a catalogue at all, just text"));
        QVERIFY(!NameLists().addPlaceCatalogue(moCatalogue({"Bath"}).substr(0, 40)));  // truncated
        const auto candidates = findNameCandidates(kPersuasion, {}, none, nullptr);
        QVERIFY(!candidates.empty());
        for (const auto &c : candidates) {
            QCOMPARE(c.kind, BibleKind::Character);
            QCOMPARE(c.evidence, KindEvidence::None);
        }
    }

    void readsTheInstalledLists()
    {
        const NameLists lists = NameLists::load();
        if (lists.firstNameCount() == 0 && lists.placeNameCount() == 0)
            QSKIP("neither the npm first-name lists nor Debian libgeonames-common is installed");
        qInfo("first names: %zu, places: %zu", lists.firstNameCount(), lists.placeNameCount());
        if (lists.firstNameCount() > 0)
            QVERIFY(lists.isFirstName("Anne") && lists.isFirstName("Charles") && !lists.isFirstName("Table"));
        if (lists.placeNameCount() > 0)
            QVERIFY(lists.isPlaceName("Bath") && lists.isPlaceName("London") && !lists.isPlaceName("Wentworth"));
    }
};

QTEST_GUILESS_MAIN(TestBible)
#include "tst_bible.moc"
