#include "functionpool.h"

#include "engine/dockerclient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFutureSynchronizer>
#include <QLoggingCategory>
#include <QSysInfo>

#include <climits>

#include <cerrno>
#include <csignal>

Q_LOGGING_CATEGORY(lcPool, "sloop.functions.pool")

namespace sloop::functions {

namespace {

struct PoolText
{
    Q_DECLARE_TR_FUNCTIONS(Functions)
};

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

struct FunctionPool::Slot
{
    QString key;
    QString functionName;
    QString engine;
    std::unique_ptr<FunctionEnvironment> env;
    bool ready = false;   // started: its runtime asked for work
    bool busy = false;    // starting for, or serving, an invocation
    bool retired = false; // serve nothing new; removed once free
    qint64 revision = 0;
    qint64 idleSinceMs = 0;
    bool belongsTo(const QString &name) const; // any version of it
};

FunctionPool::FunctionPool(ClientLookup lookup, QObject *parent)
    : QObject(parent)
    , m_lookup(std::move(lookup))
    , m_machine(QString::fromLatin1(QSysInfo::machineUniqueId()))
{
    if (m_machine.isEmpty())
        m_machine = QSysInfo::machineHostName();
    m_reapTimer.setSingleShot(true);
    connect(&m_reapTimer, &QTimer::timeout, this, &FunctionPool::reap);
}

FunctionPool::~FunctionPool()
{
    m_slots.clear(); // each environment removes its container
}

QString FunctionPool::keyOf(const QString &functionName, const QString &version)
{
    return functionName.toLower() + QLatin1Char('/') + version;
}

bool FunctionPool::Slot::belongsTo(const QString &name) const
{
    return functionName.compare(name, Qt::CaseInsensitive) == 0;
}

int FunctionPool::active() const
{
    int n = 0;
    for (const auto &slot : m_slots)
        n += slot->busy ? 1 : 0;
    return n;
}

QFuture<Result<InvocationResult>>
FunctionPool::invoke(const PoolTarget &target, const QString &requestId, const QByteArray &payload)
{
    auto promise = std::make_shared<QPromise<Result<InvocationResult>>>();
    promise->start();
    const QFuture<Result<InvocationResult>> future = promise->future();
    const QString key = keyOf(target.config.functionName, target.config.version);

    // Environments of another revision serve nothing new.
    QList<Slot *> stale;
    for (const auto &slot : m_slots) {
        if (slot->key == key && !slot->retired && slot->revision != target.revision) {
            slot->retired = true;
            if (!slot->busy)
                stale.append(slot.get());
        }
    }
    for (Slot *slot : std::as_const(stale))
        remove(slot);

    // A warm environment of the same code on the same engine that is free.
    for (const auto &slot : m_slots) {
        if (slot->key == key && slot->ready && !slot->busy && !slot->retired &&
            !slot->env->isEnded() && target.engines.contains(slot->engine) &&
            slot->env->image() == target.config.image) {
            slot->busy = true;
            Q_EMIT environmentsChanged(target.config.functionName);
            run(slot.get(), requestId, payload, target.timeoutMs, promise);
            return future;
        }
    }

    // Else a new one, within the function's concurrency and the account's.
    int mine = 0;
    for (const auto &slot : m_slots)
        mine += slot->belongsTo(target.config.functionName) && slot->busy ? 1 : 0; // all versions
    const int limit = target.concurrency > 0 ? target.concurrency : m_accountConcurrency;
    if (mine >= limit || active() >= m_accountConcurrency) {
        promise->addResult(Result<InvocationResult>::failure(
            ErrorKind::Throttled,
            mine >= limit
                ? PoolText::tr("Rate exceeded: %1 already runs %n invocation(s), its limit.", "",
                               mine)
                      .arg(target.config.functionName)
                : PoolText::tr("Rate exceeded: %n invocation(s) run at once, the account's limit.",
                               "", m_accountConcurrency)));
        promise->finish();
        return future;
    }
    // Spread: the engine with the fewest of this version's environments
    // that can be reached now (the first named wins a tie).
    QString engineName;
    engine::DockerClient *client = nullptr;
    int fewest = INT_MAX;
    for (const QString &candidate : target.engines) {
        engine::DockerClient *c = m_lookup ? m_lookup(candidate) : nullptr;
        if (!c)
            continue;
        int there = 0;
        for (const auto &slot : m_slots)
            there += slot->key == key && slot->engine == candidate && !slot->retired ? 1 : 0;
        if (there < fewest) {
            fewest = there;
            engineName = candidate;
            client = c;
        }
    }
    if (!client) {
        promise->addResult(Result<InvocationResult>::failure(
            ErrorKind::NotFound, PoolText::tr("There is no engine called %1.")
                                     .arg(target.engines.join(QStringLiteral(", ")))));
        promise->finish();
        return future;
    }

    sweep(engineName);
    auto owned = std::make_unique<Slot>();
    Slot *slot = owned.get();
    slot->key = key;
    slot->functionName = target.config.functionName;
    slot->engine = engineName;
    slot->busy = true;
    slot->revision = target.revision;
    EnvironmentConfig config = target.config;
    config.environment += target.engineEnvironment.value(engineName);
    config.labels.insert(QString::fromLatin1(kMachineLabel), m_machine);
    config.labels.insert(QString::fromLatin1(kPidLabel),
                         QString::number(QCoreApplication::applicationPid()));
    slot->env = std::make_unique<FunctionEnvironment>(client, config);
    m_slots.push_back(std::move(owned));
    ++m_coldStarts[target.config.functionName.toLower()];
    Q_EMIT environmentsChanged(target.config.functionName);
    qCInfo(lcPool) << "cold start of" << target.config.functionName << "on" << engineName;

    const int timeoutMs = target.timeoutMs;
    slot->env->start().then(
        this, [this, slot, requestId, payload, timeoutMs, promise](const VoidResult &started) {
            if (started) {
                slot->ready = true;
                run(slot, requestId, payload, timeoutMs, promise);
                return;
            }
            // Lambda answers an invocation that met an init error with that
            // error, as the function's; anything else is the platform's.
            if (const auto failed = slot->env->initFailure())
                promise->addResult(*failed);
            else
                promise->addResult(Result<InvocationResult>::failure(started.problem()));
            promise->finish();
            remove(slot);
        });
    return future;
}

void FunctionPool::run(Slot *slot, const QString &requestId, const QByteArray &payload,
                       int timeoutMs, std::shared_ptr<QPromise<Result<InvocationResult>>> promise)
{
    slot->env->invoke(requestId, payload, timeoutMs)
        .then(this, [this, slot, promise](const Result<InvocationResult> &done) {
            promise->addResult(done);
            promise->finish();
            release(slot);
        });
}

void FunctionPool::release(Slot *slot)
{
    slot->busy = false;
    if (slot->retired || slot->env->isEnded()) {
        remove(slot);
        return;
    }
    slot->idleSinceMs = nowMs();
    Q_EMIT environmentsChanged(slot->functionName);
    scheduleReap();
}

void FunctionPool::remove(Slot *slot)
{
    for (auto it = m_slots.begin(); it != m_slots.end(); ++it) {
        if (it->get() != slot)
            continue;
        std::unique_ptr<Slot> gone = std::move(*it);
        m_slots.erase(it);
        // Ended now (its container's removal starts), deleted later: this
        // may run inside one of its own callbacks (a continuation of a
        // future it finished runs at once on this thread).
        FunctionEnvironment *env = gone->env.release();
        env->close();
        env->deleteLater();
        Q_EMIT environmentsChanged(gone->functionName);
        return;
    }
}

PoolCounts FunctionPool::counts(const QString &functionName) const
{
    PoolCounts c;
    for (const auto &slot : m_slots) {
        if (!slot->belongsTo(functionName))
            continue;
        if (!slot->ready)
            ++c.starting;
        else if (slot->busy)
            ++c.busy;
        else
            ++c.idle;
    }
    c.coldStarts = m_coldStarts.value(functionName.toLower());
    return c;
}

QHash<QString, int> FunctionPool::environmentsByEngine(const QString &functionName) const
{
    QHash<QString, int> out;
    for (const auto &slot : m_slots)
        if (slot->belongsTo(functionName))
            ++out[slot->engine];
    return out;
}

void FunctionPool::retire(const QString &functionName)
{
    QList<Slot *> idle;
    for (const auto &slot : m_slots) {
        if (!slot->belongsTo(functionName))
            continue;
        slot->retired = true;
        if (!slot->busy)
            idle.append(slot.get());
    }
    for (Slot *slot : std::as_const(idle))
        remove(slot);
}

QFuture<void> FunctionPool::shutdown()
{
    QList<QFuture<VoidResult>> removals;
    // close() may finish an environment's futures at once, and their
    // continuations (release, remove) look in m_slots: taken out first. The
    // slots stay alive: those continuations hold pointers to them.
    std::list<std::unique_ptr<Slot>> closing = std::exchange(m_slots, {});
    for (const auto &slot : closing) {
        slot->retired = true;
        slot->env->close();
        if (const auto removal = slot->env->removal())
            removals.append(*removal);
    }
    m_closed.splice(m_closed.end(), closing);
    m_reapTimer.stop();
    if (removals.isEmpty())
        return QtFuture::makeReadyFuture();
    return QtFuture::whenAll(removals.begin(), removals.end())
        .then([](const QList<QFuture<VoidResult>> &) {});
}

void FunctionPool::sweep(const QString &engine)
{
    if (m_swept.contains(engine))
        return;
    engine::DockerClient *client = m_lookup ? m_lookup(engine) : nullptr;
    if (!client)
        return;
    m_swept.insert(engine);
    const QString machine = m_machine;
    client
        ->listContainers(true,
                         {{QStringLiteral("label"),
                           {QString::fromLatin1(kMachineLabel) + QLatin1Char('=') + machine}}})
        .then(client, [client](const Result<QList<engine::ContainerSummary>> &listed) {
            if (!listed)
                return;
            for (const engine::ContainerSummary &c : *listed) {
                bool ok = false;
                const qint64 pid = c.labels.value(QString::fromLatin1(kPidLabel)).toLongLong(&ok);
                // Alive (this process or another's pool): not an orphan.
                if (!ok || pid <= 0 || ::kill(pid_t(pid), 0) == 0 || errno != ESRCH)
                    continue;
                qCInfo(lcPool) << "removing an environment left by process" << pid << c.id;
                client->removeContainer(c.id, true);
            }
        });
}

void FunctionPool::setIdleMs(int ms)
{
    m_idleMs = ms;
    scheduleReap();
}

void FunctionPool::scheduleReap()
{
    qint64 earliest = -1;
    for (const auto &slot : m_slots) {
        if (slot->ready && !slot->busy && (earliest < 0 || slot->idleSinceMs < earliest))
            earliest = slot->idleSinceMs;
    }
    if (earliest < 0) {
        m_reapTimer.stop();
        return;
    }
    m_reapTimer.start(int(qMax<qint64>(0, earliest + m_idleMs - nowMs())));
}

void FunctionPool::reap()
{
    const qint64 now = nowMs();
    QList<Slot *> expired;
    for (const auto &slot : m_slots) {
        if (slot->ready && !slot->busy && now - slot->idleSinceMs >= m_idleMs)
            expired.append(slot.get());
    }
    for (Slot *slot : std::as_const(expired)) {
        qCInfo(lcPool) << "stopping an idle environment of" << slot->key;
        remove(slot);
    }
    scheduleReap();
}

} // namespace sloop::functions
