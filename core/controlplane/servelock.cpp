#include "servelock.h"

#include "util/paths.h"

#include <QCoreApplication>
#include <QDir>

namespace sloop {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ServeLock)
};

std::unique_ptr<QLockFile> makeLock()
{
    auto lock = std::make_unique<QLockFile>(ServeLock::path());
    // QLockFile calls a lock older than 30 s stale by default, which would
    // let a second serve break the lock of one that has run for a minute.
    // Staleness is decided by the holder's pid alone.
    lock->setStaleLockTime(0);
    return lock;
}

} // namespace

ServeLock::ServeLock() = default;

ServeLock::~ServeLock()
{
    release();
}

QString ServeLock::path()
{
    return QDir(paths::dataDir()).filePath(QStringLiteral("serve.lock"));
}

VoidResult ServeLock::acquire(int waitMs)
{
    if (isHeld())
        return {};
    if (!paths::ensureDir(paths::dataDir()))
        return VoidResult::failure(Tr::tr("Cannot create the data folder %1.")
                                       .arg(QDir::toNativeSeparators(paths::dataDir())));
    auto lock = makeLock();
    if (lock->tryLock(waitMs)) {
        m_lock = std::move(lock);
        return {};
    }
    if (lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString app;
        lock->getLockInfo(&pid, &host, &app);
        return VoidResult::failure(
            Tr::tr("Another \"sloop serve\" (pid %1) already serves the data folder %2. Stop it "
                   "first (kill %1), or give this one a data folder of its own with "
                   "XDG_DATA_HOME.")
                .arg(pid)
                .arg(QDir::toNativeSeparators(paths::dataDir())));
    }
    return VoidResult::failure(
        Tr::tr("Cannot create the lock file %1 (permissions or a full disk?).")
            .arg(QDir::toNativeSeparators(path())));
}

void ServeLock::release()
{
    if (m_lock)
        m_lock->unlock();
    m_lock.reset();
}

bool ServeLock::isHeld() const
{
    return m_lock && m_lock->isLocked();
}

std::optional<qint64> ServeLock::holder()
{
    if (!QFile::exists(path()))
        return std::nullopt; // the common case: no serve, nothing to take
    auto lock = makeLock();
    if (lock->tryLock(0)) {
        lock->unlock();
        return std::nullopt;
    }
    qint64 pid = 0;
    QString host;
    QString app;
    if (!lock->getLockInfo(&pid, &host, &app))
        return std::nullopt;
    return pid;
}

} // namespace sloop
