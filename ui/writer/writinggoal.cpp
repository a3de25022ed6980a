#include "writer/writinggoal.h"

#include "store/projectstore.h"
#include "writer/chapterlistmodel.h"

#include <algorithm>
#include <charconv>
#include <optional>
#include <string>

namespace noosphere::ui {

namespace {

constexpr auto kTargetKey = "goal.daily_target";
constexpr auto kDayKey = "goal.day";                    // ISO date of the day below
constexpr auto kDayStartKey = "goal.day_start_words";  // the manuscript's words when that day began

std::optional<qint64> readNumber(const core::ProjectStore &store, const char *key)
{
    const auto value = store.setting(key);
    if (!value.ok() || !value.value())
        return std::nullopt;
    qint64 number = 0;
    const std::string &text = *value.value();
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (error != std::errc() || end != text.data() + text.size() || number < 0)
        return std::nullopt;  // a damaged value counts as unset
    return number;
}

}  // namespace

WritingGoal::WritingGoal(ChapterListModel *chapters, QObject *parent)
    : QObject(parent)
    , m_chapters(chapters)
{
    connect(m_chapters, &ChapterListModel::totalWordsChanged, this, &WritingGoal::update);
}

void WritingGoal::setStore(core::ProjectStore *store)
{
    m_store = store;
    m_day = {};
    m_dayStartWords = -1;
    m_wasReached = false;
    const int target = store ? int(std::min<qint64>(readNumber(*store, kTargetKey).value_or(0), kMaxDailyTarget)) : 0;
    if (target != m_target) {
        m_target = target;
        Q_EMIT dailyTargetChanged();
    }
    update();
    Q_EMIT progressChanged();
}

qint64 WritingGoal::wordsToday() const
{
    // Net words: deleting a paragraph written yesterday takes today's count down, but not below zero.
    return isKnown() ? std::max<qint64>(0, m_chapters->totalWords() - m_dayStartWords) : 0;
}

void WritingGoal::setDailyTarget(int words)
{
    words = std::clamp(words, 0, kMaxDailyTarget);
    if (words == m_target)
        return;
    m_target = words;
    if (m_store)
        (void)m_store->setSetting(kTargetKey, std::to_string(words));  // read-only: kept for this session
    m_wasReached = isReached();  // a lowered target already met is no news
    Q_EMIT dailyTargetChanged();
    Q_EMIT progressChanged();
}

double WritingGoal::progress() const
{
    return m_target > 0 ? std::min(1.0, double(wordsToday()) / m_target) : 0.0;
}

void WritingGoal::startDay(QDate day, qint64 total)
{
    m_day = day;
    m_dayStartWords = total;
    m_wasReached = false;
    if (m_store) {
        (void)m_store->setSetting(kDayKey, day.toString(Qt::ISODate).toStdString());
        (void)m_store->setSetting(kDayStartKey, std::to_string(total));
    }
}

void WritingGoal::update()
{
    if (!m_store || !m_chapters->allCounted())
        return;
    const QDate today = m_today();
    const qint64 total = m_chapters->totalWords();
    if (!isKnown()) {
        const auto storedDay = m_store->setting(kDayKey);
        const auto storedStart = readNumber(*m_store, kDayStartKey);
        if (storedDay.ok() && storedDay.value() && storedStart &&
            QDate::fromString(QString::fromStdString(*storedDay.value()), Qt::ISODate) == today) {
            m_day = today;
            m_dayStartWords = *storedStart;
        } else {
            startDay(today, total);
        }
        m_wasReached = isReached();  // reopening after meeting the goal is no news either
    } else if (today != m_day) {
        startDay(today, total);  // past midnight with the studio open
    }
    Q_EMIT progressChanged();
    if (isReached() && !m_wasReached) {
        m_wasReached = true;
        Q_EMIT targetReached();
    }
}

}  // namespace noosphere::ui
