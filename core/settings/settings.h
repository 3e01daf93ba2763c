#pragma once

#include <QSettings>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace sloop {

// The one table of settings keys, typed, over a QSettings file in the XDG
// config folder. Nothing else names a key.
class Settings
{
public:
    template <typename T> struct Key
    {
        const char *name;
        T fallback;
    };

    static inline const Key<QByteArray> WindowGeometry{"window/geometry", {}};
    static inline const Key<QByteArray> WindowState{"window/state", {}};
    static inline const Key<QString> ActiveEngine{"engines/active", {}};
    // Engines added by name and socket ("name=unix:///path"; engine/addedengines).
    static inline const Key<QStringList> AddedEngines{"engines/added", {}};
    // Registries by name, one compact JSON object each (registry/registrylist).
    static inline const Key<QStringList> Registries{"registries/list", {}};
    static inline const Key<QString> NavigationPage{"window/page", QStringLiteral("containers")};
    static inline const Key<int> StatsIntervalMs{"containers/statsIntervalMs", 2000};
    // Seconds between metric samples of hosts and engines (1-60).
    static inline const Key<int> MetricsIntervalSeconds{"metrics/intervalSeconds", 5};
    // The AWS-compatible endpoint's port on 127.0.0.1 (awsapi/awsendpoint).
    static inline const Key<int> EndpointPort{"endpoint/port", 4510};
    // Invocation logs older than this many days are removed (at start and
    // hourly); 0 keeps them all.
    static inline const Key<int> FunctionLogRetentionDays{"functions/logRetentionDays", 30};

    Settings();

    template <typename T> T get(const Key<T> &key) const
    {
        return m_settings->value(QLatin1String(key.name), QVariant::fromValue(key.fallback))
            .template value<T>();
    }
    template <typename T> void set(const Key<T> &key, const T &value)
    {
        m_settings->setValue(QLatin1String(key.name), QVariant::fromValue(value));
    }
    void sync() { m_settings->sync(); }
    QString fileName() const { return m_settings->fileName(); }

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace sloop
