// The assistant's model work as worker jobs: loading a model (shown in the jobs area, with progress) and
// generating continuations (housekeeping: the cards show it). Results come back as signals on the UI thread;
// streamed text at most ~30 times a second, however fast the model is.
#pragma once

#include "assistant/lmhost.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace noosphere::ui {

class EngineBridge;

class AssistantEngine : public QObject {
    Q_OBJECT
public:
    /// Streamed text reaches the UI at most this often.
    static constexpr int kStreamIntervalMs = 33;

    explicit AssistantEngine(EngineBridge *bridge, QObject *parent = nullptr);

    /// Loads `folder` on the worker, replacing the model held (a pending load is superseded).
    void load(const QString &folder, bool cuda);
    bool isLoading() const { return m_loadJob != 0; }
    /// Generates for request `serial`, superseding a pending generation.
    void generate(quint64 serial, const GenerationInput &input);
    void cancelGeneration();
    bool isGenerating() const { return m_generateJob != 0; }

Q_SIGNALS:
    void loaded(const noosphere::ui::LoadedModelInfo &info);
    /// `cancelled`: the load was cancelled (jobs area, or superseded); otherwise `message` says why it failed.
    void loadFailed(const QString &message, bool cancelled);
    void streamed(quint64 serial, const QStringList &texts);
    void generated(quint64 serial, const noosphere::ui::GenerationOutput &output);
    /// An empty message: cancelled before it produced anything.
    void generationFailed(quint64 serial, const QString &message);

private:
    void onJobChanged(quint64 id, int state);

    EngineBridge *m_bridge;
    std::shared_ptr<LmHost> m_host;  // used only inside worker jobs
    quint64 m_loadJob = 0;
    quint64 m_loadTicket = 0;  // the latest load; results of older ones are dropped
    quint64 m_generateJob = 0;
    quint64 m_generateSerial = 0;
};

}  // namespace noosphere::ui
