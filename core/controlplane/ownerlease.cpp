#include "ownerlease.h"

#include "util/paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace sloop {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OwnerLease)
};

std::unique_ptr<QLockFile> makeLock()
{
    auto lock = std::make_unique<QLockFile>(OwnerLease::path());
    // QLockFile calls a lock older than 30 s stale by default, which would
    // let a second process break the lease of an owner that has run for a
    // minute. Staleness is decided by the holder's pid alone.
    lock->setStaleLockTime(0);
    return lock;
}

QString infoPath()
{
    return QDir(paths::dataDir()).filePath(QStringLiteral("owner.json"));
}

} // namespace

OwnerLease::OwnerLease() = default;

OwnerLease::~OwnerLease()
{
    release();
}

QString OwnerLease::path()
{
    return QDir(paths::dataDir()).filePath(QStringLiteral("owner.lock"));
}

QString OwnerLease::describe(const Holder &holder)
{
    if (holder.role == Role::Server)
        return Tr::tr("\"sloop serve\" (pid %1)").arg(holder.pid);
    if (holder.role == Role::Window)
        return Tr::tr("the Sloop window (pid %1)").arg(holder.pid);
    return Tr::tr("Sloop (pid %1)").arg(holder.pid);
}

VoidResult OwnerLease::acquire(Role role, Holder *other)
{
    if (isHeld())
        return {};
    if (!paths::ensureDir(paths::dataDir()))
        return VoidResult::failure(Tr::tr("Cannot create the data folder %1.")
                                       .arg(QDir::toNativeSeparators(paths::dataDir())));
    auto lock = makeLock();
    if (lock->tryLock(0)) {
        m_lock = std::move(lock);
        m_role = role;
        m_adminSocket.clear();
        writeInfo();
        return {};
    }
    if (lock->error() == QLockFile::LockFailedError) {
        // The lock just said who holds it: read the rest for that pid, with
        // no second look at the lock.
        qint64 pid = 0;
        QString host;
        QString app;
        lock->getLockInfo(&pid, &host, &app);
        const Holder h = describeHolder(pid);
        if (other)
            *other = h;
        return VoidResult::failure(
            ErrorKind::Conflict, Tr::tr("%1 owns the data folder %2.")
                                     .arg(describe(h), QDir::toNativeSeparators(paths::dataDir())));
    }
    return VoidResult::failure(
        Tr::tr("Cannot create the lock file %1 (permissions or a full disk?).")
            .arg(QDir::toNativeSeparators(path())));
}

void OwnerLease::setAdminSocket(const QString &adminSocket)
{
    m_adminSocket = adminSocket;
    if (isHeld())
        writeInfo();
}

void OwnerLease::writeInfo()
{
    // Written after the lock is taken, so a reader that finds the lock's pid
    // here knows the role; one that finds another pid knows the owner is
    // still starting.
    QSaveFile file(infoPath());
    if (!file.open(QIODevice::WriteOnly))
        return;
    const QJsonObject info{{QStringLiteral("pid"), QCoreApplication::applicationPid()},
                           {QStringLiteral("role"), m_role == Role::Server
                                                        ? QStringLiteral("serve")
                                                        : QStringLiteral("window")},
                           {QStringLiteral("admin"), m_adminSocket}};
    file.write(QJsonDocument(info).toJson(QJsonDocument::Compact));
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.commit();
}

void OwnerLease::release()
{
    if (m_lock) {
        QFile::remove(infoPath());
        m_lock->unlock();
    }
    m_lock.reset();
}

bool OwnerLease::isHeld() const
{
    return m_lock && m_lock->isLocked();
}

std::optional<OwnerLease::Holder> OwnerLease::holder()
{
    if (!QFile::exists(path()))
        return std::nullopt; // the common case: no owner, nothing to take
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
    return describeHolder(pid);
}

OwnerLease::Holder OwnerLease::describeHolder(qint64 pid)
{
    Holder h;
    h.pid = pid;
    QFile file(infoPath());
    if (file.open(QIODevice::ReadOnly)) {
        const QJsonObject info = QJsonDocument::fromJson(file.read(64 * 1024)).object();
        if (info.value(QStringLiteral("pid")).toInteger() == pid) {
            const QString role = info.value(QStringLiteral("role")).toString();
            if (role == QLatin1String("serve"))
                h.role = Role::Server;
            else if (role == QLatin1String("window"))
                h.role = Role::Window;
            h.adminSocket = info.value(QStringLiteral("admin")).toString();
        }
    }
    return h;
}

} // namespace sloop
