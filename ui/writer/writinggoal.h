// Words written today against a daily target, for the status bar. "Today" counts the manuscript's net words
// since the first moment of the day the project was open (as Scrivener's session target does): the day's
// starting total and the target are kept in the project, so closing and reopening the studio does not reset it.
#pragma once

#include <QDate>
#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace noosphere::core {
class ProjectStore;
}

namespace noosphere::ui {

class ChapterListModel;

class WritingGoal : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by WriterController")
    Q_PROPERTY(bool known READ isKnown NOTIFY progressChanged)
    Q_PROPERTY(qint64 wordsToday READ wordsToday NOTIFY progressChanged)
    Q_PROPERTY(int dailyTarget READ dailyTarget WRITE setDailyTarget NOTIFY dailyTargetChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(bool reached READ isReached NOTIFY progressChanged)
    Q_PROPERTY(int maxDailyTarget READ maxDailyTarget CONSTANT)
public:
    static constexpr int kMaxDailyTarget = 100'000;

    explicit WritingGoal(ChapterListModel *chapters, QObject *parent = nullptr);

    /// The open project (not owned; nullptr: none). Reads its target and today's starting total.
    void setStore(core::ProjectStore *store);
    /// Tests: the clock that says which day it is.
    void setClock(std::function<QDate()> today) { m_today = std::move(today); }

    /// False until every chapter has been counted: before that "today" would count the uncounted as written.
    bool isKnown() const { return m_dayStartWords >= 0; }
    qint64 wordsToday() const;
    int dailyTarget() const { return m_target; }
    /// 0 turns the goal off. Saved in the project.
    void setDailyTarget(int words);
    /// wordsToday / dailyTarget within [0, 1]; 0 without a target.
    double progress() const;
    bool isReached() const { return m_target > 0 && wordsToday() >= m_target; }
    int maxDailyTarget() const { return kMaxDailyTarget; }

Q_SIGNALS:
    void progressChanged();
    void dailyTargetChanged();
    /// Once a day, when today's words first reach the target.
    void targetReached();

private:
    void update();
    void startDay(QDate day, qint64 total);

    ChapterListModel *m_chapters;
    core::ProjectStore *m_store = nullptr;
    std::function<QDate()> m_today = [] { return QDate::currentDate(); };
    QDate m_day;
    qint64 m_dayStartWords = -1;  // -1: not known yet
    int m_target = 0;
    bool m_wasReached = false;
};

}  // namespace noosphere::ui
