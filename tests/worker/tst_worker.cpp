// The background worker: ordering, cancellation, supersede, failure, progress throttling and shutdown. Events
// cross to the test thread as a queued Qt signal, as the UI bridge does; timings are stamped on the worker thread.
#include "worker/worker.h"

#include <QObject>
#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

using namespace noosphere::core;
using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

Q_DECLARE_METATYPE(noosphere::core::JobEvent)

namespace {

// Generous: a loaded 2-core machine may stall a thread for a while; only cancel latency is timed strictly.
constexpr int kWaitMs = 5000;

bool isTerminal(JobState state) {
    return state == JobState::Done || state == JobState::Cancelled || state == JobState::Failed;
}

// Holds a job on the worker until released (or cancelled), so that others queue up behind it deterministically.
struct Gate {
    std::atomic<bool> started = false;
    std::atomic<bool> released = false;

    JobSpec blocker(std::string title = "blocker") {
        return {.kind = "test.blocker", .title = std::move(title), .run = [this](const CancelToken &cancel, auto &) {
                    started = true;
                    while (!released && !cancel.isCancelled())
                        std::this_thread::sleep_for(1ms);
                }};
    }
};

// A job that runs until cancelled, polling its token every 10 ms as real jobs do between steps.
JobSpec pollingJob(std::atomic<bool> &started, std::string supersedeKey = {}) {
    return {.kind = "test.poll",
            .title = "poll",
            .supersedeKey = std::move(supersedeKey),
            .run = [&started](const CancelToken &cancel, auto &) {
                started = true;
                while (!cancel.isCancelled())
                    std::this_thread::sleep_for(10ms);
            }};
}

} // namespace

// Logs every event with the time the worker emitted it, and re-emits it as a queued signal on the test thread.
class JobEventRecorder : public QObject {
    Q_OBJECT
public:
    struct Stamped {
        JobEvent event;
        Clock::time_point at;
    };

    Worker::Listener listener() {
        return [this](const JobEvent &event) {
            {
                std::lock_guard lock(m_mutex);
                m_log.push_back({event, Clock::now()});
            }
            QMetaObject::invokeMethod(
                this, [this, event] { Q_EMIT jobEvent(event); }, Qt::QueuedConnection);
        };
    }

    std::vector<Stamped> log() const {
        std::lock_guard lock(m_mutex);
        return m_log;
    }

    std::vector<JobState> states(JobId id) const {
        std::vector<JobState> result;
        for (const Stamped &s : log())
            if (s.event.id == id)
                result.push_back(s.event.state);
        return result;
    }

    std::optional<Stamped> terminal(JobId id) const {
        for (const Stamped &s : log())
            if (s.event.id == id && isTerminal(s.event.state))
                return s;
        return std::nullopt;
    }

    int terminalCount(JobId id) const {
        int n = 0;
        for (const Stamped &s : log())
            n += s.event.id == id && isTerminal(s.event.state);
        return n;
    }

Q_SIGNALS:
    void jobEvent(const noosphere::core::JobEvent &event);

private:
    mutable std::mutex m_mutex;
    std::vector<Stamped> m_log;
};

class TestWorker : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<JobEvent>(); }
    void reportsQueuedRunningDoneInOrder();
    void runsHigherPriorityFirst();
    void keepsFifoWithinPriority();
    void cancelsQueuedJobWithoutRunningIt();
    void cancelLatencyUnder100ms();
    void cancelAllStopsQueuedAndRunning();
    void supersedeCancelsQueuedJob();
    void supersedeCancelsRunningJob();
    void exceptionBecomesFailedEvent();
    void progressIsThrottledButFinalStateArrives();
    void shutdownWithJobsInFlightDoesNotHang();
    void listenerMayCallSubmitFromEvent();
    void listenerMayCancelFromQueuedEvent();
};

void TestWorker::reportsQueuedRunningDoneInOrder() {
    JobEventRecorder recorder;
    QSignalSpy spy(&recorder, &JobEventRecorder::jobEvent);
    Worker worker(recorder.listener());

    const JobId id = worker.submit({.kind = "test.noop", .title = "Noop", .run = [](auto &, auto &) {}});
    QVERIFY(id != 0);
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 3, kWaitMs);

    const std::vector<JobState> expected{JobState::Queued, JobState::Running, JobState::Done};
    for (int i = 0; i < 3; ++i) {
        const auto event = spy.at(i).at(0).value<JobEvent>();
        QCOMPARE(event.id, id);
        QCOMPARE(event.kind, std::string("test.noop"));
        QCOMPARE(event.title, std::string("Noop"));
        QVERIFY(event.state == expected[i]);
    }
    QCOMPARE(spy.at(2).at(0).value<JobEvent>().progress, 1.0);
    QCOMPARE(worker.pendingCount(), 0);
    QVERIFY(!worker.cancel(id)); // finished
}

void TestWorker::runsHigherPriorityFirst() {
    JobEventRecorder recorder;
    Worker worker(recorder.listener());
    Gate gate;
    std::mutex orderMutex;
    std::vector<std::string> order;
    auto job = [&](std::string name, Priority priority) {
        return JobSpec{.kind = "test.order", .title = name, .priority = priority, .run = [&, name](auto &, auto &) {
                           std::lock_guard lock(orderMutex);
                           order.push_back(name);
                       }};
    };

    worker.submit(gate.blocker());
    QTRY_VERIFY_WITH_TIMEOUT(gate.started, kWaitMs);
    worker.submit(job("background", Priority::Background));
    worker.submit(job("normal", Priority::Normal));
    const JobId last = worker.submit(job("interactive", Priority::Interactive));
    QCOMPARE(worker.pendingCount(), 4);
    gate.released = true;

    QTRY_COMPARE_WITH_TIMEOUT(worker.pendingCount(), 0, kWaitMs);
    QVERIFY(recorder.terminal(last).has_value());
    std::lock_guard lock(orderMutex);
    QCOMPARE(order, (std::vector<std::string>{"interactive", "normal", "background"}));
}

void TestWorker::keepsFifoWithinPriority() {
    JobEventRecorder recorder;
    Worker worker(recorder.listener());
    Gate gate;
    std::mutex orderMutex;
    std::vector<std::string> order;
    auto job = [&](std::string name, Priority priority) {
        return JobSpec{.kind = "test.order", .title = name, .priority = priority, .run = [&, name](auto &, auto &) {
                           std::lock_guard lock(orderMutex);
                           order.push_back(name);
                       }};
    };

    worker.submit(gate.blocker());
    QTRY_VERIFY_WITH_TIMEOUT(gate.started, kWaitMs);
    // Interleaved priorities: each priority must still come out in submission order.
    JobId previous = 0;
    for (int i = 0; i < 4; ++i) {
        for (auto [prefix, priority] : {std::pair{"n", Priority::Normal}, std::pair{"b", Priority::Background}}) {
            const JobId id = worker.submit(job(prefix + std::to_string(i), priority));
            QVERIFY(id > previous); // ids grow with submission
            previous = id;
        }
    }
    gate.released = true;

    QTRY_COMPARE_WITH_TIMEOUT(worker.pendingCount(), 0, kWaitMs);
    std::lock_guard lock(orderMutex);
    QCOMPARE(order, (std::vector<std::string>{"n0", "n1", "n2", "n3", "b0", "b1", "b2", "b3"}));
}

void TestWorker::cancelsQueuedJobWithoutRunningIt() {
    JobEventRecorder recorder;
    Worker worker(recorder.listener());
    Gate gate;
    std::atomic<bool> ran = false;

    const JobId blocker = worker.submit(gate.blocker());
    QTRY_VERIFY_WITH_TIMEOUT(gate.started, kWaitMs);
    const JobId id = worker.submit({.kind = "test.never", .run = [&](auto &, auto &) { ran = true; }});
    QCOMPARE(worker.pendingCount(), 2);

    QVERIFY(worker.cancel(id));
    QCOMPARE(worker.pendingCount(), 1);
    QCOMPARE(recorder.states(id), (std::vector<JobState>{JobState::Queued, JobState::Cancelled})); // synchronous
    QVERIFY(!worker.cancel(id));                                                                   // already gone
    QVERIFY(!worker.cancel(123456));                                                               // never existed

    gate.released = true;
    QTRY_VERIFY_WITH_TIMEOUT(recorder.terminal(blocker).has_value(), kWaitMs);
    QVERIFY(recorder.terminal(blocker)->event.state == JobState::Done);
    QCOMPARE(worker.pendingCount(), 0);
    QVERIFY(!ran);
    QCOMPARE(recorder.terminalCount(id), 1);
}

void TestWorker::cancelLatencyUnder100ms() {
    JobEventRecorder recorder;
    Worker worker(recorder.listener());
    std::atomic<bool> started = false;

    const JobId id = worker.submit(pollingJob(started));
    QTRY_VERIFY_WITH_TIMEOUT(started, kWaitMs);
    const auto cancelledAt = Clock::now();
    QVERIFY(worker.cancel(id));
    QTRY_VERIFY_WITH_TIMEOUT(recorder.terminal(id).has_value(), kWaitMs);

    const auto terminal = *recorder.terminal(id);
    QVERIFY(terminal.event.state == JobState::Cancelled);
    const double latencyMs = std::chrono::duration<double, std::milli>(terminal.at - cancelledAt).count();
    qInfo("cancel latency: %.2f ms", latencyMs);
    QVERIFY2(latencyMs < 100, qPrintable(QStringLiteral("cancel latency %1 ms").arg(latencyMs)));
}

void TestWorker::cancelAllStopsQueuedAndRunning() {
    JobEventRecorder recorder;
    Worker worker(recorder.listener());
    std::atomic<bool> started = false;

    const JobId running = worker.submit(pollingJob(started));
    QTRY_VERIFY_WITH_TIMEOUT(started, kWaitMs);
    std::vector<JobId> queued;
    for (int i = 0; i < 3; ++i)
        queued.push_back(worker.submit({.kind = "test.never", .run = [](auto &, auto &) {}}));

    worker.cancelAll();
    for (JobId id : queued)
        QCOMPARE(recorder.states(id), (std::vector<JobState>{JobState::Queued, JobState::Cancelled}));
    QTRY_VERIFY_WITH_TIMEOUT(recorder.terminal(running).has_value(), kWaitMs);
    QVERIFY(recorder.terminal(running)->event.state == JobState::Cancelled);
    QCOMPARE(worker.pendingCount(), 0);
}

void TestWorker::supersedeCancelsQueuedJob() {
    JobEventRecorder recorder;
    QSignalSpy spy(&recorder, &JobEventRecorder::jobEvent);
    Worker worker(recorder.listener());
    Gate gate;
    std::atomic<int> nRuns = 0;
    auto continuation = [&](std::string key) {
        return JobSpec{
            .kind = "test.continue", .supersedeKey = std::move(key), .run = [&](auto &, auto &) { ++nRuns; }};
    };

    worker.submit(gate.blocker());
    QTRY_VERIFY_WITH_TIMEOUT(gate.started, kWaitMs);
    const JobId stale = worker.submit(continuation("writer.sidebar"));
    const JobId fresh = worker.submit(continuation("writer.sidebar"));
    const JobId unkeyedA = worker.submit(continuation("")); // an empty key supersedes nothing
    const JobId unkeyedB = worker.submit(continuation(""));
    QCOMPARE(recorder.states(stale), (std::vector<JobState>{JobState::Queued, JobState::Cancelled}));
    gate.released = true;

    for (JobId id : {fresh, unkeyedA, unkeyedB}) {
        QTRY_VERIFY_WITH_TIMEOUT(recorder.terminal(id).has_value(), kWaitMs);
        QVERIFY(recorder.terminal(id)->event.state == JobState::Done);
    }
    QCOMPARE(nRuns.load(), 3);
    // The stale job's Cancelled reaches the UI before the fresh job's Queued, so a list never shows both.
    QTRY_VERIFY_WITH_TIMEOUT(spy.count() >= 4, kWaitMs);
    int staleCancelled = -1;
    int freshQueued = -1;
    for (int i = 0; i < spy.count(); ++i) {
        const auto event = spy.at(i).at(0).value<JobEvent>();
        if (event.id == stale && event.state == JobState::Cancelled)
            staleCancelled = i;
        if (event.id == fresh && event.state == JobState::Queued)
            freshQueued = i;
    }
    QVERIFY(staleCancelled >= 0 && staleCancelled < freshQueued);
}

void TestWorker::supersedeCancelsRunningJob() {
    JobEventRecorder recorder;
    Worker worker(recorder.listener());
    std::atomic<bool> staleStarted = false;
    std::atomic<bool> freshStarted = false;

    const JobId stale = worker.submit(pollingJob(staleStarted, "design.preview"));
    QTRY_VERIFY_WITH_TIMEOUT(staleStarted, kWaitMs);
    const JobId fresh = worker.submit(pollingJob(freshStarted, "design.preview"));

    QTRY_VERIFY_WITH_TIMEOUT(recorder.terminal(stale).has_value(), kWaitMs);
    QCOMPARE(recorder.states(stale), (std::vector<JobState>{JobState::Queued, JobState::Running, JobState::Cancelled}));
    QTRY_VERIFY_WITH_TIMEOUT(freshStarted, kWaitMs);
    QVERIFY(!recorder.terminal(fresh).has_value()); // the new job is not hit by the cancel meant for the old
    QVERIFY(worker.cancel(fresh));
    QTRY_VERIFY_WITH_TIMEOUT(recorder.terminal(fresh).has_value(), kWaitMs);
}

void TestWorker::exceptionBecomesFailedEvent() {
    JobEventRecorder recorder;
    Worker worker(recorder.listener());

    const JobId typed = worker.submit({.kind = "test.fail", .run = [](const CancelToken &, const Progress &progress) {
                                           progress(0.5, "halfway");
                                           throw std::runtime_error("model file is truncated");
                                       }});
    const JobId untyped = worker.submit({.kind = "test.fail", .run = [](auto &, auto &) { throw 42; }});
    const JobId after = worker.submit({.kind = "test.noop", .run = [](auto &, auto &) {}});

    QTRY_VERIFY_WITH_TIMEOUT(recorder.terminal(after).has_value(), kWaitMs);
    const auto typedEvent = recorder.terminal(typed)->event;
    QVERIFY(typedEvent.state == JobState::Failed);
    QCOMPARE(typedEvent.message, std::string("model file is truncated"));
    QCOMPARE(typedEvent.progress, 0.5);
    const auto untypedEvent = recorder.terminal(untyped)->event;
    QVERIFY(untypedEvent.state == JobState::Failed);
    QCOMPARE(untypedEvent.message, std::string("unknown error"));
    QVERIFY(recorder.terminal(after)->event.state == JobState::Done); // the worker survives a failing job
}

void TestWorker::progressIsThrottledButFinalStateArrives() {
    JobEventRecorder recorder;
    QSignalSpy spy(&recorder, &JobEventRecorder::jobEvent);
    Worker worker(recorder.listener());
    constexpr auto kDuration = 300ms;
    std::atomic<int> nReports = 0;

    const JobId id = worker.submit({.kind = "test.progress", .run = [&](const CancelToken &, const Progress &progress) {
                                        progress(0, "start");
                                        ++nReports;
                                        const auto end = Clock::now() + kDuration;
                                        while (Clock::now() < end) {
                                            progress(0.5, "working");
                                            ++nReports;
                                            std::this_thread::sleep_for(1ms);
                                        }
                                        progress(0.99, "writing index"); // lands inside the throttle window
                                        ++nReports;
                                    }});
    QTRY_VERIFY_WITH_TIMEOUT(recorder.terminal(id).has_value(), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(spy.count() > 0 && spy.last().at(0).value<JobEvent>().state == JobState::Done, kWaitMs);

    std::vector<JobEvent> progressEvents; // the Running events after the first, which announces the start
    for (int i = 0; i < spy.count(); ++i) {
        const auto event = spy.at(i).at(0).value<JobEvent>();
        if (event.state == JobState::Running)
            progressEvents.push_back(event);
    }
    QVERIFY(!progressEvents.empty());
    progressEvents.erase(progressEvents.begin());

    // At most one forward per 50 ms: 300 ms allow about 7; 15 leaves room for a stalled machine's bursts.
    const int maxForwards = 15;
    qInfo("progress reports: %d, forwarded: %d", nReports.load(), int(progressEvents.size()));
    QVERIFY(nReports > 3 * maxForwards);
    QVERIFY(progressEvents.size() >= 2);
    QVERIFY(int(progressEvents.size()) <= maxForwards);
    QCOMPARE(progressEvents.front().message, std::string("start")); // the first report is never held back
    const auto done = spy.last().at(0).value<JobEvent>();
    QCOMPARE(done.progress, 1.0);
    QCOMPARE(done.message, std::string("writing index"));
}

void TestWorker::shutdownWithJobsInFlightDoesNotHang() {
    JobEventRecorder recorder;
    auto worker = std::make_unique<Worker>(recorder.listener());
    std::atomic<bool> started = false;
    std::atomic<int> nQueuedRuns = 0;

    std::vector<JobId> ids{worker->submit(pollingJob(started))};
    QTRY_VERIFY_WITH_TIMEOUT(started, kWaitMs);
    for (int i = 0; i < 5; ++i)
        ids.push_back(worker->submit({.kind = "test.never", .run = [&](auto &, auto &) { ++nQueuedRuns; }}));

    const auto before = Clock::now();
    worker.reset();
    const double destroyMs = std::chrono::duration<double, std::milli>(Clock::now() - before).count();
    qInfo("destruction took %.2f ms", destroyMs);
    QVERIFY2(destroyMs < 1000, qPrintable(QStringLiteral("destruction took %1 ms").arg(destroyMs)));

    for (JobId id : ids) {
        QCOMPARE(recorder.terminalCount(id), 1);
        const JobState state = recorder.terminal(id)->event.state;
        QVERIFY(state == JobState::Cancelled || state == JobState::Done);
    }
    QCOMPARE(recorder.states(ids.front()),
             (std::vector<JobState>{JobState::Queued, JobState::Running, JobState::Cancelled}));
    QCOMPARE(nQueuedRuns.load(), 0);

    const auto nEvents = recorder.log().size();
    std::this_thread::sleep_for(20ms);
    QCOMPARE(recorder.log().size(), nEvents); // nothing after the destructor returned
}

void TestWorker::listenerMayCallSubmitFromEvent() {
    JobEventRecorder recorder;
    std::atomic<Worker *> self = nullptr;
    std::atomic<JobId> followUp = 0;
    std::atomic<int> nPendingSeen = -1;
    const Worker::Listener record = recorder.listener();
    Worker worker([&](const JobEvent &event) {
        record(event);
        Worker *w = self;
        if (event.kind == "test.first" && event.state == JobState::Queued)
            nPendingSeen = w->pendingCount();                            // caller's thread, inside submit()
        if (event.kind == "test.first" && event.state == JobState::Done) // worker thread
            followUp = w->submit({.kind = "test.followup", .run = [](auto &, auto &) {}});
    });
    self = &worker;

    worker.submit({.kind = "test.first", .run = [](auto &, auto &) {}});
    QTRY_VERIFY_WITH_TIMEOUT(followUp != 0, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(recorder.terminal(followUp).has_value(), kWaitMs);
    QVERIFY(recorder.terminal(followUp)->event.state == JobState::Done);
    QCOMPARE(nPendingSeen.load(), 1);
}

void TestWorker::listenerMayCancelFromQueuedEvent() {
    JobEventRecorder recorder;
    std::atomic<Worker *> self = nullptr;
    std::atomic<bool> ran = false;
    const Worker::Listener record = recorder.listener();
    Worker worker([&](const JobEvent &event) {
        record(event);
        if (event.kind == "test.unwanted" && event.state == JobState::Queued)
            QVERIFY(self.load()->cancel(event.id));
    });
    self = &worker;

    const JobId id = worker.submit({.kind = "test.unwanted", .run = [&](auto &, auto &) { ran = true; }});
    // Cancelled follows Queued even though the cancel arrived while Queued was being delivered.
    QCOMPARE(recorder.states(id), (std::vector<JobState>{JobState::Queued, JobState::Cancelled}));
    const JobId after = worker.submit({.kind = "test.noop", .run = [](auto &, auto &) {}});
    QTRY_VERIFY_WITH_TIMEOUT(recorder.terminal(after).has_value(), kWaitMs);
    QVERIFY(!ran);
}

QTEST_GUILESS_MAIN(TestWorker)
#include "tst_worker.moc"
