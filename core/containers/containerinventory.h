#pragma once

#include "engine/dockertypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace sloop::engine {
class DockerClient;
class EngineStream;
} // namespace sloop::engine

namespace sloop::containers {

struct ContainerDelta
{
    QList<engine::ContainerSummary> added;
    QList<engine::ContainerSummary> updated;
    QStringList removed; // ids
    bool isEmpty() const { return added.isEmpty() && updated.isEmpty() && removed.isEmpty(); }
};

// The live list of one engine's containers. Lists once, then follows the
// engine's /events stream and re-reads only the containers an event names, so
// views see small deltas and never a reset. When the engine goes away it says
// why and keeps trying; when it comes back the list is read again and diffed.
class ContainerInventory : public QObject
{
    Q_OBJECT
public:
    enum class State { Connecting, Ready, Unavailable };
    Q_ENUM(State)

    explicit ContainerInventory(engine::DockerClient *client, QObject *parent = nullptr);

    void start();
    void stop();
    void refresh(); // a full list, diffed against what is known
    engine::DockerClient *client() const { return m_client; }

    State state() const { return m_state; }
    QString problem() const { return m_problem; }
    const engine::EngineInfo &info() const { return m_info; }
    QList<engine::ContainerSummary> containers() const;
    std::optional<engine::ContainerSummary> container(const QString &id) const;
    int count() const { return int(m_byId.size()); }

    // Periodic full refresh keeps "Up 5 minutes" texts current.
    void setRefreshInterval(int ms) { m_periodic.setInterval(ms); }
    void setRetryInterval(int ms) { m_retryMs = ms; }

Q_SIGNALS:
    void stateChanged(sloop::containers::ContainerInventory::State state);
    void changed(const sloop::containers::ContainerDelta &delta);
    void eventReceived(const sloop::engine::EngineEvent &event);

private:
    void connectEngine();
    void setState(State state, const QString &problem = {});
    void openEvents();
    void onEventData(const QByteArray &bytes);
    void fetchDirty();
    void applyFull(const QList<engine::ContainerSummary> &list);
    void applyPartial(const QSet<QString> &asked, const QList<engine::ContainerSummary> &list);
    void fail(const QString &problem);

    engine::DockerClient *m_client;
    State m_state = State::Connecting;
    QString m_problem;
    engine::EngineInfo m_info;
    QHash<QString, engine::ContainerSummary> m_byId;
    QList<QString> m_order; // ids in first-seen order
    QPointer<engine::EngineStream> m_events;
    QByteArray m_eventBuffer;
    QSet<QString> m_dirty;
    bool m_listing = false;
    bool m_fetchingDirty = false;
    bool m_running = false;
    QTimer m_dirtyTimer;
    QTimer m_periodic;
    QTimer m_retry;
    int m_retryMs = 2000;
    quint64 m_generation = 0; // bumps on stop/restart; late answers are dropped
};

} // namespace sloop::containers

Q_DECLARE_METATYPE(sloop::containers::ContainerDelta)
