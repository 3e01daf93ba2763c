#include "storeworker.h"

#include "database.h"
#include "storetext.h"
#include "util/logging.h"

#include <QDeadlineTimer>
#include <QTimer>

namespace sloop::store {

namespace {

// Kinds a second try can cure: a locked or full database, a slow disk. A
// constraint or a malformed value fails the same way every time.
bool passes(ErrorKind kind)
{
    return kind == ErrorKind::Internal || kind == ErrorKind::TimedOut;
}

} // namespace

// Owns the connection and runs the queue, on the worker's thread.
class StoreWorker::Runner : public QObject
{
public:
    explicit Runner(StoreWorker *owner)
        : m_owner(owner)
    {
    }

    VoidResult open(const QString &file, int busyTimeoutMs)
    {
        m_db = std::make_unique<Database>();
        if (const VoidResult opened = m_db->open(file, busyTimeoutMs); !opened) {
            m_db.reset();
            return opened;
        }
        m_context = std::make_unique<StoreWriteContext>(*m_db);
        m_retry = new QTimer(this);
        m_retry->setSingleShot(true);
        connect(m_retry, &QTimer::timeout, this, &Runner::drain);
        return {};
    }

    void close()
    {
        delete m_retry;
        m_retry = nullptr;
        if (m_context)
            m_context->clearResidents(); // prepared statements go first
        m_context.reset();
        m_db.reset();
    }

    void drain()
    {
        if (!m_context || m_retry->isActive())
            return;
        for (;;) {
            Job job;
            {
                QMutexLocker lock(&m_owner->m_mutex);
                if (m_owner->m_queue.empty())
                    return;
                job = std::move(m_owner->m_queue.front());
                m_owner->m_queue.pop_front();
            }
            ++job.attempts;
            const VoidResult outcome = job.write(*m_context);
            const RetryPolicy &policy = m_owner->m_policy;
            if (!outcome && passes(outcome.kind()) && job.attempts < policy.attempts) {
                const int wait = int(qMin<qint64>(policy.maxMs, qint64(policy.firstMs)
                                                                    << qMin(job.attempts - 1, 20)));
                qCWarning(lcStore).noquote() << "cannot store" << job.what << "(" << outcome.error()
                                             << "); trying again in" << wait << "ms";
                const QString what = job.what;
                {
                    // Back to the front: what came after it waits, in order.
                    QMutexLocker lock(&m_owner->m_mutex);
                    m_owner->m_queue.push_front(std::move(job));
                }
                m_retry->start(wait);
                Q_EMIT m_owner->writeDelayed(what, outcome.problem(), wait);
                return;
            }
            m_owner->finish(job, outcome);
        }
    }

private:
    StoreWorker *m_owner;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<StoreWriteContext> m_context;
    QTimer *m_retry = nullptr;
};

StoreWorker::StoreWorker(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("sloop-store"));
}

StoreWorker::~StoreWorker()
{
    if (!m_running)
        return;
    if (!sync(kStopWaitMs))
        qCWarning(lcStore) << "closing the store with" << pending() << "writes not stored after"
                           << kStopWaitMs << "ms";
    QMetaObject::invokeMethod(
        m_runner, [this] { m_runner->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_runner;
}

VoidResult StoreWorker::start(const QString &file, int busyTimeoutMs)
{
    if (m_running)
        return {};
    m_runner = new Runner(this);
    m_runner->moveToThread(&m_thread);
    m_thread.start();
    VoidResult opened;
    QMetaObject::invokeMethod(
        m_runner, [&] { opened = m_runner->open(file, busyTimeoutMs); },
        Qt::BlockingQueuedConnection);
    if (!opened) {
        m_thread.quit();
        m_thread.wait();
        delete m_runner;
        m_runner = nullptr;
        return opened;
    }
    m_running = true;
    return {};
}

void StoreWorker::submit(const QString &what, Write write, QObject *receiver, Done done)
{
    Job job{what, std::move(write), receiver, std::move(done), 0};
    if (!m_running) {
        {
            QMutexLocker lock(&m_mutex);
            ++m_submitted;
        }
        finish(job, VoidResult::failure(
                        StoreText::tr("Cannot store %1: the store is not open.").arg(what)));
        return;
    }
    std::optional<Job> dropped;
    {
        QMutexLocker lock(&m_mutex);
        ++m_submitted;
        // The front may be waiting for a retry; the oldest behind it goes.
        if (qsizetype(m_queue.size()) >= kMaxQueued && m_queue.size() > 1) {
            dropped = std::move(m_queue[1]);
            m_queue.erase(m_queue.begin() + 1);
        }
        m_queue.push_back(std::move(job));
    }
    if (dropped)
        finish(*dropped,
               VoidResult::failure(StoreText::tr("%1 not stored: more than %2 writes were waiting.")
                                       .arg(dropped->what)
                                       .arg(kMaxQueued)));
    QMetaObject::invokeMethod(
        m_runner, [r = m_runner] { r->drain(); }, Qt::QueuedConnection);
}

void StoreWorker::finish(Job &job, const VoidResult &outcome)
{
    if (!outcome && passes(outcome.kind())) {
        qCWarning(lcStore).noquote() << "gave up storing" << job.what << ":" << outcome.error();
        Q_EMIT writeFailed(job.what, outcome.problem());
    }
    if (job.done && job.receiver) {
        QMetaObject::invokeMethod(
            job.receiver.data(), [done = std::move(job.done), outcome] { done(outcome); },
            Qt::QueuedConnection);
    }
    QMutexLocker lock(&m_mutex);
    ++m_finished;
    m_idle.wakeAll();
}

bool StoreWorker::sync(int timeoutMs)
{
    if (!m_running)
        return true;
    QDeadlineTimer deadline(timeoutMs);
    QMutexLocker lock(&m_mutex);
    const qint64 target = m_submitted;
    while (m_finished < target) {
        if (!m_idle.wait(&m_mutex, deadline))
            return m_finished >= target;
    }
    return true;
}

qsizetype StoreWorker::pending() const
{
    QMutexLocker lock(&m_mutex);
    return qsizetype(m_submitted - m_finished);
}

} // namespace sloop::store
