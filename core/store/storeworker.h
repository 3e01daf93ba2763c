#pragma once

#include "util/result.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>
#include <QWaitCondition>

#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <typeindex>

namespace sloop::store {

class Database;

// What a write sees on the worker's thread: the worker's own connection, and
// objects that live as long as it does (a MetricStore with its prepared
// statements and series cache, a repository), made on first use.
class StoreWriteContext
{
public:
    explicit StoreWriteContext(Database &db)
        : m_db(db)
    {
    }
    Database &database() { return m_db; }

    // One T per worker, built from the worker's Database (T(Database &) or
    // T(Database *)), destroyed before the connection closes.
    template <typename T> T &resident()
    {
        auto it = m_residents.find(std::type_index(typeid(T)));
        if (it == m_residents.end()) {
            std::shared_ptr<void> made;
            if constexpr (std::is_constructible_v<T, Database &>)
                made = std::make_shared<T>(m_db);
            else
                made = std::make_shared<T>(&m_db);
            it = m_residents.insert(std::type_index(typeid(T)), std::move(made));
        }
        return *static_cast<T *>(it->get());
    }
    void clearResidents() { m_residents.clear(); }

private:
    Database &m_db;
    QHash<std::type_index, std::shared_ptr<void>> m_residents;
};

// The store's bulk writes (metric batches and compaction, the command log,
// later invocation and access logs) on a thread of their own with a
// connection of their own, so the GUI thread never waits on the disk for
// them. Writes run one after another in the order they were submitted, each
// in its own transaction (callers batch).
//
// A write that fails for a reason that passes (SQLITE_BUSY, a full disk:
// an Internal or TimedOut failure) is tried again after kRetryMs, doubling up
// to kRetryMaxMs, holding the writes behind it so their order is kept; after
// kAttempts it is reported (writeFailed, and the done callback) and given
// up. Past kMaxQueued waiting writes the oldest are given up and that is
// reported too. Nothing is dropped without a writeFailed.
//
// Thread-safety: submit(), sync() and the rest from the thread that made it.
class StoreWorker : public QObject
{
    Q_OBJECT
public:
    using Write = std::function<VoidResult(StoreWriteContext &)>;
    using Done = std::function<void(const VoidResult &)>;

    static constexpr int kAttempts = 10; // about 40 s in all
    static constexpr int kRetryMs = 250;
    static constexpr int kRetryMaxMs = 8000;
    static constexpr qsizetype kMaxQueued = 10000;
    struct RetryPolicy
    {
        int attempts = kAttempts;
        int firstMs = kRetryMs;
        int maxMs = kRetryMaxMs;
    };

    explicit StoreWorker(QObject *parent = nullptr);
    // Waits (at most kStopWaitMs) for the queued writes, then closes.
    ~StoreWorker() override;
    static constexpr int kStopWaitMs = 10000;

    // Opens the worker's connection to `file` (already migrated by the
    // owner's Database) on its thread; waits for that.
    VoidResult start(const QString &file, int busyTimeoutMs = 5000);
    bool isRunning() const { return m_running; }
    // Before start(); tests shorten it.
    void setRetryPolicy(RetryPolicy policy) { m_policy = policy; }

    // Queues `write` (`what` names it in reports). `done` runs on
    // `receiver`'s thread once it is stored or given up; not at all when
    // `receiver` is gone by then.
    void submit(const QString &what, Write write, QObject *receiver = nullptr, Done done = {});
    // Waits until every write queued before this call has run (or is given
    // up); false when `timeoutMs` passed first (writes being retried).
    bool sync(int timeoutMs = kStopWaitMs);
    // Writes waiting or running now.
    qsizetype pending() const;

Q_SIGNALS:
    // A write given up after its retries, or dropped for room.
    void writeFailed(const QString &what, const sloop::Error &problem);
    // A write that failed for a reason that passes (a full disk) and is
    // tried again in `retryMs`; the writes behind it wait. Emitted on the
    // worker's thread.
    void writeDelayed(const QString &what, const sloop::Error &problem, int retryMs);

private:
    struct Job
    {
        QString what;
        Write write;
        QPointer<QObject> receiver;
        Done done;
        int attempts = 0;
    };
    class Runner;

    void finish(Job &job, const VoidResult &outcome);

    QThread m_thread;
    Runner *m_runner = nullptr; // lives on m_thread
    bool m_running = false;
    RetryPolicy m_policy;
    mutable QMutex m_mutex;
    QWaitCondition m_idle;
    std::deque<Job> m_queue; // guarded by m_mutex
    qint64 m_submitted = 0;  // guarded by m_mutex
    qint64 m_finished = 0;   // guarded by m_mutex
};

} // namespace sloop::store
