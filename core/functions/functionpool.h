#pragma once

#include "functionenvironment.h"
#include "util/result.h"

#include <QFuture>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>
#include <list>
#include <memory>

namespace sloop::engine {
class DockerClient;
}

namespace sloop::functions {

// Where and how one invocation runs.
struct PoolTarget
{
    // The engines' names, as the pool's lookup knows them: a warm
    // environment on any of them serves; a new one goes where the function
    // has the fewest.
    QStringList engines;
    EnvironmentConfig config;
    // What an environment on that engine gets besides config.environment
    // (how it reaches Sloop's endpoint from there).
    QHash<QString, QStringList> engineEnvironment;
    int timeoutMs = 3000;
    int concurrency = 0; // 0: the pool's account limit
    // Which code and configuration: environments of another revision (a
    // deploy or a change made by another process) serve nothing new.
    qint64 revision = 0;
};

// How many environments a function has, and how many it has started.
struct PoolCounts
{
    int idle = 0;     // warm, waiting for an invocation
    int busy = 0;     // serving one
    int starting = 0; // cold, being made for an invocation
    int coldStarts = 0;
    int total() const { return idle + busy + starting; }
};

// Each function's execution environments, as Lambda keeps them: an
// invocation goes to a warm one that is free; without one, a new one is
// started (a cold start) as long as the function stays within its
// concurrency; past it the invocation is throttled (TooManyRequests), never
// queued. Environments idle for idleMs are removed (scale to zero); one that
// ended (a timeout, a crash) is replaced by the next invocation. An
// environment made from an older image (a deploy) serves nothing new.
//
// Thread-safety: use on the thread that made it.
class FunctionPool : public QObject
{
    Q_OBJECT
public:
    // The client of an engine by name (the control plane's engines, a CLI
    // session's); null when there is none.
    using ClientLookup = std::function<engine::DockerClient *(const QString &engine)>;
    explicit FunctionPool(ClientLookup lookup, QObject *parent = nullptr);
    ~FunctionPool() override; // every environment is removed

    // A function error is a result with ok false; a failure is the pool's
    // (Throttled, the engine missing) or the environment's (its init error
    // is a result, as Lambda reports it).
    QFuture<Result<InvocationResult>> invoke(const PoolTarget &target, const QString &requestId,
                                             const QByteArray &payload);

    // Over every version of the function.
    PoolCounts counts(const QString &functionName) const;
    // Its environments (any state) by engine.
    QHash<QString, int> environmentsByEngine(const QString &functionName) const;
    // Removes the function's (every version's) idle environments now and its busy ones once
    // they answer (a deploy, a configuration change, a removal).
    void retire(const QString &functionName);
    // Removes every environment; the future finishes when the engines have
    // removed their containers (a CLI waits for it before it exits).
    QFuture<void> shutdown();

    // Removes the environments on that engine that a process of this machine
    // left behind when it ended without removing them (killed, crashed):
    // each environment is labelled with its pool's machine and pid. Runs
    // once per engine by itself, before the pool's first environment there.
    void sweep(const QString &engine);
    static constexpr auto kMachineLabel = "sloop.pool.machine";
    static constexpr auto kPidLabel = "sloop.pool.pid";

    void setIdleMs(int ms);
    int idleMs() const { return m_idleMs; }
    static constexpr int kDefaultIdleMs = 5 * 60 * 1000;
    // Lambda's default account concurrency is 1000; one machine's engines
    // hold far fewer containers.
    void setAccountConcurrency(int limit) { m_accountConcurrency = limit; }
    static constexpr int kDefaultAccountConcurrency = 50;

Q_SIGNALS:
    // A function's environments changed (started, busy, idle, removed).
    void environmentsChanged(const QString &functionName);

private:
    struct Slot;
    // Environments serve one version of one function.
    static QString keyOf(const QString &functionName, const QString &version);
    void run(Slot *slot, const QString &requestId, const QByteArray &payload, int timeoutMs,
             std::shared_ptr<QPromise<Result<InvocationResult>>> promise);
    void release(Slot *slot);
    void remove(Slot *slot);
    void scheduleReap();
    void reap();
    int active() const;

    ClientLookup m_lookup;
    std::list<std::unique_ptr<Slot>> m_slots;
    // Shut down, kept until the pool goes: continuations still hold them.
    std::list<std::unique_ptr<Slot>> m_closed;
    QHash<QString, int> m_coldStarts; // by function, lower case
    QSet<QString> m_swept;            // engines
    QString m_machine;
    QTimer m_reapTimer;
    int m_idleMs = kDefaultIdleMs;
    int m_accountConcurrency = kDefaultAccountConcurrency;
};

} // namespace sloop::functions
