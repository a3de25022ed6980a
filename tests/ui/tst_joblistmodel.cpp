// The jobs area as the user sees it: rows appear, show progress, can be cancelled, fade out when done, and a
// failure stays with its message.
#include "engine/enginebridge.h"
#include "jobs/joblistmodel.h"

#include <QSignalSpy>
#include <QTest>

#include <stdexcept>
#include <thread>

using namespace noosphere;
using ui::JobListModel;

namespace {

core::JobSpec sleeper(const std::string &title, int ms, std::string key = {})
{
    return {.kind = "test.sleep", .title = title, .supersedeKey = std::move(key),
            .run = [ms](const core::CancelToken &cancel, const core::Progress &progress) {
                for (int i = 0; i < ms / 10 && !cancel.isCancelled(); ++i) {
                    std::this_thread::sleep_for(std::chrono::milliseconds(10));
                    progress(double(i) / (ms / 10), {});
                }
            }};
}

int stateOfRow(const JobListModel &model, int row)
{
    return model.data(model.index(row), JobListModel::StateRole).toInt();
}

}  // namespace

class TestJobListModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void showsRunningJobWithProgressAndElapsedTime()
    {
        ui::EngineBridge bridge;
        JobListModel model(&bridge);
        bridge.submit(sleeper("Long job", 600));
        QTRY_COMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0), JobListModel::TitleRole).toString(), QStringLiteral("Long job"));
        QTRY_COMPARE(stateOfRow(model, 0), int(JobListModel::State::Running));
        QTRY_VERIFY(model.data(model.index(0), JobListModel::ProgressRole).toDouble() > 0.1);
        QTRY_VERIFY(model.data(model.index(0), JobListModel::ElapsedMsRole).toLongLong() >= 100);
        QCOMPARE(model.activeCount(), 1);
    }

    void cancelStopsTheJobAndTheRowFadesOut()
    {
        ui::EngineBridge bridge;
        JobListModel model(&bridge);
        const auto id = bridge.submit(sleeper("Cancel me", 10'000));
        QTRY_COMPARE(model.activeCount(), 1);
        model.cancel(id);
        QTRY_COMPARE_WITH_TIMEOUT(stateOfRow(model, 0), int(JobListModel::State::Cancelled), 500);
        QCOMPARE(model.activeCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 0, JobListModel::kLingerMs + 1000);  // faded and removed
    }

    void failedJobStaysWithItsMessageUntilDismissed()
    {
        ui::EngineBridge bridge;
        JobListModel model(&bridge);
        QSignalSpy failed(&model, &JobListModel::jobFailed);
        const auto id = bridge.submit({.kind = "test.fail", .title = "Doomed",
                                       .run = [](const core::CancelToken &, const core::Progress &) {
                                           throw std::runtime_error("the model file is damaged");
                                       }});
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(1).toString(), QStringLiteral("the model file is damaged"));
        QCOMPARE(stateOfRow(model, 0), int(JobListModel::State::Failed));
        QTest::qWait(JobListModel::kLingerMs + 500);
        QCOMPARE(model.rowCount(), 1);  // still there
        model.dismiss(id);
        QCOMPARE(model.rowCount(), 0);
    }

    void supersededJobShowsAsCancelled()
    {
        ui::EngineBridge bridge;
        JobListModel model(&bridge);
        bridge.submit(sleeper("First continuation", 5'000, "writer.sidebar"));
        QTRY_COMPARE(model.activeCount(), 1);
        bridge.submit(sleeper("Second continuation", 100, "writer.sidebar"));
        QTRY_COMPARE(stateOfRow(model, 0), int(JobListModel::State::Cancelled));
        QTRY_COMPARE(stateOfRow(model, 1), int(JobListModel::State::Done));
    }
};

namespace noosphere::tests {
QObject *makeTestJobListModel() { return new TestJobListModel; }
}

#include "tst_joblistmodel.moc"
