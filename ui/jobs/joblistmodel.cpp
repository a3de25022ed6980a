#include "jobs/joblistmodel.h"

#include "engine/enginebridge.h"

namespace noosphere::ui {

JobListModel::JobListModel(EngineBridge *bridge, QObject *parent)
    : QAbstractListModel(parent)
    , m_bridge(bridge)
{
    connect(m_bridge, &EngineBridge::jobChanged, this, &JobListModel::onJobChanged);
    m_ticker.setInterval(200);
    connect(&m_ticker, &QTimer::timeout, this, &JobListModel::tick);
}

int JobListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int JobListModel::activeCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const Row &r) { return !isFinished(r.state); }));
}

QVariant JobListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    switch (role) {
    case JobIdRole: return row.id;
    case KindRole: return row.kind;
    case Qt::DisplayRole:
    case TitleRole: return row.title;
    case StateRole: return int(row.state);
    case ProgressRole: return row.progress;
    case MessageRole: return row.message;
    case ElapsedMsRole:
        if (row.finishedElapsedMs >= 0)
            return row.finishedElapsedMs;
        return row.sinceStart.isValid() ? row.sinceStart.elapsed() : qint64(0);
    case FinishedRole: return isFinished(row.state);
    }
    return {};
}

QHash<int, QByteArray> JobListModel::roleNames() const
{
    return {{JobIdRole, "jobId"},     {KindRole, "kind"},       {TitleRole, "title"},
            {StateRole, "jobState"},     {ProgressRole, "progress"}, {MessageRole, "message"},
            {ElapsedMsRole, "elapsedMs"}, {FinishedRole, "finished"}};
}

void JobListModel::cancel(quint64 jobId) { m_bridge->cancel(jobId); }
void JobListModel::cancelAll() { m_bridge->cancelAll(); }

void JobListModel::dismiss(quint64 jobId)
{
    const int r = rowOf(jobId);
    if (r < 0 || !isFinished(m_rows[size_t(r)].state))
        return;
    beginRemoveRows({}, r, r);
    m_rows.erase(m_rows.begin() + r);
    endRemoveRows();
    Q_EMIT countChanged();
}

int JobListModel::rowOf(quint64 id) const
{
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return int(i);
    return -1;
}

void JobListModel::onJobChanged(quint64 id, const QString &kind, const QString &title, int state, double progress,
                                const QString &message)
{
    if (title.isEmpty())
        return;  // housekeeping (e.g. applying the thread count): nothing the user asked for or can act on
    int r = rowOf(id);
    if (r < 0) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        m_rows.push_back(Row{.id = id, .kind = kind, .title = title});
        endInsertRows();
        r = int(m_rows.size()) - 1;
        Q_EMIT countChanged();
    }
    Row &row = m_rows[size_t(r)];
    if (isFinished(row.state))
        return;  // a late progress event after the end changes nothing
    const auto newState = State(state);
    if (newState == State::Running && !row.sinceStart.isValid())
        row.sinceStart.start();
    row.state = newState;
    row.progress = progress;
    if (!message.isEmpty() || newState == State::Failed)
        row.message = message;
    if (isFinished(newState)) {
        row.finishedElapsedMs = row.sinceStart.isValid() ? row.sinceStart.elapsed() : 0;
        row.sinceFinished.start();
        Q_EMIT countChanged();
        if (newState == State::Failed)
            Q_EMIT jobFailed(row.title, row.message);
    }
    const auto idx = index(r);
    Q_EMIT dataChanged(idx, idx);
    if (!m_ticker.isActive())
        m_ticker.start();
}

void JobListModel::tick()
{
    for (int r = int(m_rows.size()) - 1; r >= 0; --r) {
        const Row &row = m_rows[size_t(r)];
        const bool lingers = row.state == State::Done || row.state == State::Cancelled;
        if (lingers && row.sinceFinished.elapsed() >= kLingerMs) {
            beginRemoveRows({}, r, r);
            m_rows.erase(m_rows.begin() + r);
            endRemoveRows();
            Q_EMIT countChanged();
        }
    }
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {ElapsedMsRole});
    if (activeCount() == 0 && std::none_of(m_rows.begin(), m_rows.end(), [](const Row &r) {
            return r.state == State::Done || r.state == State::Cancelled;
        }))
        m_ticker.stop();
}

}  // namespace noosphere::ui
