// The Settings dialog's state, kept in QSettings: model folder, compute device and threads, language,
// autosave interval and theme. Also measures the chosen device's speed on the worker.
#pragma once

#include "device/deviceinfo.h"

#include <QObject>
#include <QSettings>
#include <QStringList>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace noosphere::ui {

class EngineBridge;

class SettingsController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by Studio")
    Q_PROPERTY(QString modelFolder READ modelFolder WRITE setModelFolder NOTIFY changed)
    Q_PROPERTY(QStringList deviceNames READ deviceNames CONSTANT)
    Q_PROPERTY(int deviceIndex READ deviceIndex WRITE setDeviceIndex NOTIFY changed)
    Q_PROPERTY(int threads READ threads WRITE setThreads NOTIFY changed)  // 0 = one per hardware thread
    Q_PROPERTY(int hardwareThreads READ hardwareThreads CONSTANT)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)  // "" = system
    Q_PROPERTY(int autosaveSeconds READ autosaveSeconds WRITE setAutosaveSeconds NOTIFY changed)
    Q_PROPERTY(Theme theme READ theme WRITE setTheme NOTIFY changed)
    Q_PROPERTY(bool measuring READ isMeasuring NOTIFY measuringChanged)
    Q_PROPERTY(QString speedReport READ speedReport NOTIFY speedReportChanged)
public:
    enum class Theme { System, Light, Dark };
    Q_ENUM(Theme)

    explicit SettingsController(EngineBridge *bridge, QObject *parent = nullptr);

    QString modelFolder() const;
    void setModelFolder(const QString &folder);
    Q_INVOKABLE void chooseModelFolder(const QUrl &folder) { setModelFolder(folder.toLocalFile()); }
    QStringList deviceNames() const { return m_deviceNames; }
    /// What LibTorch reported when the studio started (asked once: CUDA's first query can take a while).
    const models::DeviceInfo &devices() const { return m_devices; }
    int deviceIndex() const;
    void setDeviceIndex(int index);
    bool useCuda() const { return deviceIndex() > 0; }
    int threads() const;
    void setThreads(int threads);
    int hardwareThreads() const { return m_devices.hardwareThreads; }
    QString language() const;
    /// The language setting, readable before any SettingsController exists (translators come first).
    static QString storedLanguage();
    void setLanguage(const QString &language);
    int autosaveSeconds() const;
    void setAutosaveSeconds(int seconds);
    Theme theme() const;
    void setTheme(Theme theme);
    bool isMeasuring() const { return m_measureJob != 0; }
    QString speedReport() const { return m_speedReport; }

    /// Runs a short GEMM benchmark on the chosen device as a worker job (cancellable in the jobs area).
    Q_INVOKABLE void measureSpeed(double seconds = 3.0);
    /// Applies the thread count to LibTorch, on the worker thread that owns the models.
    void applyThreads();

Q_SIGNALS:
    void changed();
    void languageChanged();
    void measuringChanged();
    void speedReportChanged();

private:
    void setValue(const QString &key, const QVariant &value);

    EngineBridge *m_bridge;
    QSettings m_settings;
    models::DeviceInfo m_devices;
    QStringList m_deviceNames;
    quint64 m_measureJob = 0;
    QString m_speedReport;
};

}  // namespace noosphere::ui
