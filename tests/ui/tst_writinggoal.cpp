// The status bar's daily goal as a writer meets it: today's words are the manuscript's growth since the day
// began, survive closing and reopening the project, start again at midnight, and the target is kept in the
// project; the "goal reached" news comes once.
#include "store/projectstore.h"
#include "writer/chapterlistmodel.h"
#include "writer/writinggoal.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace noosphere;

class TestWritingGoal : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QDate m_today{2026, 11, 24};

    std::unique_ptr<core::ProjectStore> openProject(const QString &name)
    {
        const auto file = m_dir.filePath(name).toStdString();
        auto store = QFile::exists(QString::fromStdString(file)) ? core::ProjectStore::open(file)
                                                                 : core::ProjectStore::create(file);
        return store.ok() ? std::make_unique<core::ProjectStore>(std::move(store.value())) : nullptr;
    }
    std::unique_ptr<ui::WritingGoal> goalFor(ui::ChapterListModel &chapters, core::ProjectStore *store)
    {
        auto goal = std::make_unique<ui::WritingGoal>(&chapters);
        goal->setClock([this] { return m_today; });
        goal->setStore(store);
        return goal;
    }

private Q_SLOTS:
    void init() { m_today = QDate(2026, 11, 24); }

    void countsTodaysWordsOnlyOnceEveryChapterIsCounted()
    {
        auto store = openProject("counted.noo");
        QVERIFY(store);
        ui::ChapterListModel chapters;
        chapters.reset({{1, "One", 1000}, {2, "Two", -1}});
        auto goal = goalFor(chapters, store.get());
        QVERIFY(!goal->isKnown());  // else chapter two's 500 words would count as written today
        QCOMPARE(goal->wordsToday(), 0);
        chapters.setWords(2, 500);
        QVERIFY(goal->isKnown());
        QCOMPARE(goal->wordsToday(), 0);
        chapters.setWords(1, 1120);
        QCOMPARE(goal->wordsToday(), 120);
        chapters.setWords(2, 300);  // cutting yesterday's words: net, never below zero
        QCOMPARE(goal->wordsToday(), 0);
    }

    void keepsTheDayAndTheTargetAcrossReopeningAndRestartsAtMidnight()
    {
        ui::ChapterListModel chapters;
        chapters.reset({{1, "One", 2000}});
        {
            auto store = openProject("days.noo");
            QVERIFY(store);
            auto goal = goalFor(chapters, store.get());
            QSignalSpy reached(goal.get(), &ui::WritingGoal::targetReached);
            goal->setDailyTarget(250);
            chapters.setWords(1, 2200);
            QCOMPARE(goal->progress(), 0.8);
            QVERIFY(!goal->isReached());
            chapters.setWords(1, 2260);
            QVERIFY(goal->isReached());
            chapters.setWords(1, 2300);
            QCOMPARE(reached.size(), 1);  // news once, not on every word after
        }
        {
            auto store = openProject("days.noo");  // the studio restarted the same day
            auto goal = goalFor(chapters, store.get());
            QSignalSpy reached(goal.get(), &ui::WritingGoal::targetReached);
            QCOMPARE(goal->dailyTarget(), 250);
            QCOMPARE(goal->wordsToday(), 300);
            QVERIFY(goal->isReached());
            QCOMPARE(reached.size(), 0);  // met before the restart: no news again

            m_today = m_today.addDays(1);  // past midnight with the studio open
            chapters.setWords(1, 2310);
            QCOMPARE(goal->wordsToday(), 0);
            QVERIFY(!goal->isReached());
            chapters.setWords(1, 2600);
            QCOMPARE(goal->wordsToday(), 290);
            QCOMPARE(reached.size(), 1);
        }
    }

    void damagedOrMissingSettingsStartAFreshDay()
    {
        auto store = openProject("damaged.noo");
        QVERIFY(store);
        QVERIFY(store->setSetting("goal.day", "2026-11-24").ok());
        QVERIFY(store->setSetting("goal.day_start_words", "lots").ok());
        QVERIFY(store->setSetting("goal.daily_target", "-5").ok());
        ui::ChapterListModel chapters;
        chapters.reset({{1, "One", 700}});
        auto goal = goalFor(chapters, store.get());
        QVERIFY(goal->isKnown());
        QCOMPARE(goal->wordsToday(), 0);
        QCOMPARE(goal->dailyTarget(), 0);
        goal->setDailyTarget(10'000'000);
        QCOMPARE(goal->dailyTarget(), ui::WritingGoal::kMaxDailyTarget);
        goal->setDailyTarget(0);
        QCOMPARE(goal->progress(), 0.0);
        QVERIFY(!goal->isReached());
    }

    void aReadOnlyProjectKeepsTheTargetForTheSession()
    {
        {
            auto store = openProject("readonly.noo");
            QVERIFY(store);
        }
        auto store = core::ProjectStore::open(m_dir.filePath("readonly.noo").toStdString(), core::OpenMode::ReadOnly);
        QVERIFY(store.ok());
        ui::ChapterListModel chapters;
        chapters.reset({{1, "One", 10}});
        auto goal = goalFor(chapters, &store.value());
        goal->setDailyTarget(500);
        QCOMPARE(goal->dailyTarget(), 500);
        chapters.setWords(1, 60);
        QCOMPARE(goal->wordsToday(), 50);
    }
};

namespace noosphere::tests {
QObject *makeTestWritingGoal() { return new TestWritingGoal; }
}  // namespace noosphere::tests

#include "tst_writinggoal.moc"
