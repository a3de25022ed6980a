#include "assistant/assistantengine.h"

#include "engine/enginebridge.h"

#include <QFileInfo>
#include <QMetaObject>
#include <QPointer>

#include <chrono>
#include <stdexcept>

namespace noosphere::ui {

namespace {
constexpr char kLoadKey[] = "assistant.load";
constexpr char kGenerateKey[] = "assistant.generate";
}  // namespace

AssistantEngine::AssistantEngine(EngineBridge *bridge, QObject *parent)
    : QObject(parent)
    , m_bridge(bridge)
    , m_host(std::make_shared<LmHost>())
{
    connect(m_bridge, &EngineBridge::jobChanged, this,
            [this](quint64 id, const QString &, const QString &, int state, double, const QString &) {
                onJobChanged(id, state);
            });
}

void AssistantEngine::load(const QString &folder, bool cuda)
{
    const quint64 ticket = ++m_loadTicket;
    const models::LmLoadOptions options{.device = cuda ? models::DeviceKind::Cuda : models::DeviceKind::Cpu};
    QPointer<AssistantEngine> self(this);
    const auto post = [self](auto &&call) { QMetaObject::invokeMethod(self, std::move(call), Qt::QueuedConnection); };
    m_loadJob = m_bridge->submit(
        {.kind = "assistant.load",
         .title = tr("Loading language model “%1”").arg(QFileInfo(folder).fileName()).toStdString(),
         .supersedeKey = kLoadKey,
         .priority = core::Priority::Interactive,
         .run = [host = m_host, folder = folder.toStdString(), options, post, self,
                 ticket](const core::CancelToken &cancel, const core::Progress &progress) {
             auto result = host->load(
                 folder, options, [&progress](double fraction) { progress(fraction, {}); },
                 [&cancel] { return cancel.isCancelled(); });
             if (result.ok()) {
                 post([self, ticket, info = result.value()] {
                     if (self && ticket == self->m_loadTicket) {
                         self->m_loadJob = 0;
                         Q_EMIT self->loaded(info);
                     }
                 });
                 return;
             }
             const bool cancelled = result.error().code == models::ErrorCode::Cancelled;
             const QString detail = QString::fromStdString(result.error().detail);
             post([self, ticket, detail, cancelled] {
                 if (self && ticket == self->m_loadTicket) {
                     self->m_loadJob = 0;
                     Q_EMIT self->loadFailed(detail, cancelled);
                 }
             });
             if (!cancelled)
                 throw std::runtime_error(result.error().detail);  // the jobs area shows the failure too
         }});
}

void AssistantEngine::generate(quint64 serial, const GenerationInput &input)
{
    m_generateSerial = serial;
    QPointer<AssistantEngine> self(this);
    const auto post = [self](auto &&call) { QMetaObject::invokeMethod(self, std::move(call), Qt::QueuedConnection); };
    m_generateJob = m_bridge->submit(
        {.kind = "assistant.generate",
         .title = {},  // one per pause in typing: the cards show it, not the jobs area
         .supersedeKey = kGenerateKey,
         .priority = core::Priority::Interactive,
         .run = [host = m_host, input, post, self, serial](const core::CancelToken &cancel, const core::Progress &) {
             using Clock = std::chrono::steady_clock;
             std::vector<std::string> texts(size_t(std::max(0, input.nAlternatives)));
             auto lastPost = Clock::now();
             const auto onText = [&](int row, const std::string &text) {
                 texts[size_t(row)] = text;
                 if (Clock::now() - lastPost < std::chrono::milliseconds(kStreamIntervalMs))
                     return;  // coalesced: the next post carries this text too
                 lastPost = Clock::now();
                 QStringList snapshot;
                 for (const auto &t : texts)
                     snapshot << QString::fromStdString(t);
                 post([self, serial, snapshot] {
                     if (self && serial == self->m_generateSerial)
                         Q_EMIT self->streamed(serial, snapshot);
                 });
             };
             auto result = host->generate(
                 input, [&cancel] { return cancel.isCancelled(); }, onText);
             post([self, serial, result = std::move(result)] {
                 if (!self || serial != self->m_generateSerial)
                     return;
                 self->m_generateJob = 0;
                 if (result.ok())
                     Q_EMIT self->generated(serial, result.value());
                 else
                     Q_EMIT self->generationFailed(serial, QString::fromStdString(result.error().detail));
             });
         }});
}

void AssistantEngine::cancelGeneration()
{
    if (m_generateJob)
        m_bridge->cancel(m_generateJob);
}

void AssistantEngine::onJobChanged(quint64 id, int state)
{
    if (state < int(core::JobState::Done))
        return;
    // A job that ended without posting a result never ran: it was cancelled while queued (or superseded).
    if (id == m_loadJob) {
        m_loadJob = 0;
        Q_EMIT loadFailed({}, true);
    } else if (id == m_generateJob) {
        m_generateJob = 0;
        Q_EMIT generationFailed(m_generateSerial, {});
    }
}

}  // namespace noosphere::ui
