#include "settings/settingscontroller.h"

#include "buildinfo.h"
#include "device/devicebenchmark.h"
#include "device/deviceinfo.h"
#include "engine/enginebridge.h"

#include <QMetaObject>
#include <QPointer>

#include <stdexcept>

namespace noosphere::ui {

SettingsController::SettingsController(EngineBridge *bridge, QObject *parent)
    : QObject(parent)
    , m_bridge(bridge)
    , m_devices(models::queryDevices())
{
    m_deviceNames << tr("CPU (%n hardware threads)", nullptr, m_devices.hardwareThreads);
    for (const auto &device : m_devices.cudaDevices)
        m_deviceNames << QStringLiteral("CUDA %1: %2").arg(device.index).arg(QString::fromStdString(device.name));
    connect(m_bridge, &EngineBridge::jobChanged, this,
            [this](quint64 id, const QString &, const QString &, int state, double, const QString &) {
                if (id != m_measureJob || state < int(core::JobState::Done))
                    return;
                m_measureJob = 0;
                Q_EMIT measuringChanged();
            });
}

void SettingsController::setValue(const QString &key, const QVariant &value)
{
    if (m_settings.value(key) == value)
        return;
    m_settings.setValue(key, value);
    Q_EMIT changed();
}

QString SettingsController::modelFolder() const
{
    return m_settings.value("models/folder", QString::fromStdString(core::defaultModelDir())).toString();
}
void SettingsController::setModelFolder(const QString &folder) { setValue("models/folder", folder); }

int SettingsController::deviceIndex() const
{
    const int index = m_settings.value("compute/device", 0).toInt();
    return index >= 0 && index < m_deviceNames.size() ? index : 0;  // a CUDA device may have gone away
}
void SettingsController::setDeviceIndex(int index) { setValue("compute/device", index); }

int SettingsController::threads() const { return m_settings.value("compute/threads", 0).toInt(); }
void SettingsController::setThreads(int threads)
{
    setValue("compute/threads", std::clamp(threads, 0, 256));
    applyThreads();
}

void SettingsController::applyThreads()
{
    const int n = threads();
    m_bridge->submit({.kind = "device.threads",
                      .supersedeKey = "settings.threads",
                      .priority = core::Priority::Interactive,
                      .run = [n](const core::CancelToken &, const core::Progress &) { models::setComputeThreads(n); }});
}

QString SettingsController::storedLanguage() { return QSettings().value("ui/language").toString(); }
QString SettingsController::language() const { return m_settings.value("ui/language").toString(); }
void SettingsController::setLanguage(const QString &language)
{
    if (language == this->language())
        return;
    m_settings.setValue("ui/language", language);
    Q_EMIT languageChanged();
}

int SettingsController::autosaveSeconds() const { return m_settings.value("project/autosaveSeconds", 1).toInt(); }
void SettingsController::setAutosaveSeconds(int seconds) { setValue("project/autosaveSeconds", std::clamp(seconds, 1, 60)); }

SettingsController::Theme SettingsController::theme() const
{
    return Theme(std::clamp(m_settings.value("ui/theme", 0).toInt(), 0, 2));
}
void SettingsController::setTheme(Theme theme) { setValue("ui/theme", int(theme)); }

void SettingsController::measureSpeed(double seconds)
{
    if (m_measureJob)
        return;
    const auto device = useCuda() ? models::DeviceKind::Cuda : models::DeviceKind::Cpu;
    const QString deviceName = m_deviceNames.value(deviceIndex());
    QPointer<SettingsController> self(this);
    m_measureJob = m_bridge->submit(
        {.kind = "device.benchmark",
         .title = tr("Measuring %1").arg(deviceName).toStdString(),
         .supersedeKey = "settings.benchmark",
         .priority = core::Priority::Normal,
         .run = [self, device, seconds, deviceName](const core::CancelToken &cancel, const core::Progress &progress) {
             const auto result = models::runGemmBenchmark(
                 {.device = device, .seconds = seconds}, [&cancel] { return cancel.isCancelled(); },
                 [&progress](double fraction) { progress(fraction, {}); });
             if (!result.ok() && result.error().code == models::ErrorCode::Cancelled)
                 return;
             if (!result.ok())
                 throw std::runtime_error(result.error().detail);
             const QString report = tr("%1: %2 GFLOP/s with %n thread(s)", nullptr, models::queryDevices().threads)
                                        .arg(deviceName)
                                        .arg(result->gflops, 0, 'f', 1);
             QMetaObject::invokeMethod(
                 self, [self, report] {
                     if (self) {
                         self->m_speedReport = report;
                         Q_EMIT self->speedReportChanged();
                     }
                 },
                 Qt::QueuedConnection);
         }});
    Q_EMIT measuringChanged();
}

}  // namespace noosphere::ui
