// The jobs area: every queued or running job with its title, progress, elapsed time and a Cancel action.
// Finished jobs linger briefly (the view fades them out) and are then removed; failed ones stay, with their
// error in plain words, until dismissed.
#pragma once

#include <QAbstractListModel>
#include <QElapsedTimer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace noosphere::ui {

class EngineBridge;

class JobListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by Studio")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int activeCount READ activeCount NOTIFY countChanged)
public:
    enum Role { JobIdRole = Qt::UserRole + 1, KindRole, TitleRole, StateRole, ProgressRole, MessageRole,
                ElapsedMsRole, FinishedRole };
    Q_ENUM(Role)
    enum class State { Queued, Running, Done, Cancelled, Failed };  // mirrors core::JobState
    Q_ENUM(State)

    /// How long a finished (done or cancelled) job stays visible before it is removed.
    static constexpr int kLingerMs = 2500;

    explicit JobListModel(EngineBridge *bridge, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int activeCount() const;

    Q_INVOKABLE void cancel(quint64 jobId);
    Q_INVOKABLE void dismiss(quint64 jobId);  // removes a failed job's row
    Q_INVOKABLE void cancelAll();

Q_SIGNALS:
    void countChanged();
    void jobFailed(const QString &title, const QString &message);

private:
    struct Row {
        quint64 id = 0;
        QString kind, title, message;
        State state = State::Queued;
        double progress = -1;
        QElapsedTimer sinceStart;  // valid once running
        qint64 finishedElapsedMs = -1;
        QElapsedTimer sinceFinished;
    };
    void onJobChanged(quint64 id, const QString &kind, const QString &title, int state, double progress,
                      const QString &message);
    void tick();
    int rowOf(quint64 id) const;
    static bool isFinished(State s) { return s == State::Done || s == State::Cancelled || s == State::Failed; }

    EngineBridge *m_bridge;
    std::vector<Row> m_rows;
    QTimer m_ticker;  // refreshes elapsed times and removes lingering rows
};

}  // namespace noosphere::ui
