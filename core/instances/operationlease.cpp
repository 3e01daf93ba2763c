#include "operationlease.h"

#include "util/paths.h"

#include <QCryptographicHash>
#include <QFile>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace sloop::instances {

namespace {

// Names are case-insensitive; the file name is a digest, so no name can
// reach outside the folder.
QByteArray leaseFile(const QString &instance)
{
    const QString folder = paths::runtimeDir() + QStringLiteral("/instance-operations");
    if (!paths::ensurePrivateFolder(folder))
        return {};
    const QByteArray digest =
        QCryptographicHash::hash(instance.toLower().toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(32);
    return QFile::encodeName(folder) + '/' + digest + ".lock";
}

int openLease(const QString &instance)
{
    const QByteArray file = leaseFile(instance);
    return file.isEmpty() ? -1 : ::open(file.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
}

} // namespace

OperationLease::OperationLease(int fd)
    : m_fd(fd)
{
}

OperationLease::~OperationLease()
{
    ::close(m_fd); // the lock goes with the descriptor
}

std::unique_ptr<OperationLease> OperationLease::take(const QString &instance)
{
    const int fd = openLease(instance);
    if (fd < 0)
        return nullptr;
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd);
        return nullptr;
    }
    return std::unique_ptr<OperationLease>(new OperationLease(fd));
}

bool OperationLease::isHeld(const QString &instance)
{
    const int fd = openLease(instance);
    if (fd < 0)
        return true; // cannot tell: leave the record as it is
    const bool free = ::flock(fd, LOCK_EX | LOCK_NB) == 0;
    ::close(fd);
    return !free;
}

} // namespace sloop::instances
