#include "knownhostsfile.h"

#include "sshlogging.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QSaveFile>
#include <QThread>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sloop::ssh {

namespace {

// Texts are looked up, and filed by lupdate, under "Ssh".
struct SshText
{
    Q_DECLARE_TR_FUNCTIONS(Ssh)
};

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// A descriptor closed on every way out.
class Fd
{
public:
    explicit Fd(int fd)
        : m_fd(fd)
    {
    }
    ~Fd()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

bool readAll(int fd, QByteArray &out)
{
    out.clear();
    char buffer[16384];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n == 0)
            return true;
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        out.append(buffer, n);
    }
}

bool sameFile(const struct stat &a, const struct stat &b)
{
    return a.st_dev == b.st_dev && a.st_ino == b.st_ino && a.st_size == b.st_size &&
           a.st_mtim.tv_sec == b.st_mtim.tv_sec && a.st_mtim.tv_nsec == b.st_mtim.tv_nsec;
}

// How long after the rename a late append to the old file is still looked for.
constexpr unsigned long kSettleMs = 20;
// How long an edit waits for another Sloop process's edit.
constexpr int kLockWaitMs = 2000;

// Appends to `path` what the replaced file (still open as `oldFd`) gained
// past `from`, and returns the offset read up to.
qsizetype carryOver(int oldFd, qsizetype from, const QByteArray &path)
{
    struct stat old = {};
    if (::fstat(oldFd, &old) != 0 || old.st_size <= from)
        return from;
    QByteArray late(qsizetype(old.st_size) - from, Qt::Uninitialized);
    const ssize_t n = ::pread(oldFd, late.data(), size_t(late.size()), off_t(from));
    if (n <= 0)
        return from;
    late.truncate(n);
    const Fd out(::open(path.constData(), O_WRONLY | O_APPEND | O_CLOEXEC));
    if (out.get() < 0)
        return from;
    const ssize_t written = ::write(out.get(), late.constData(), size_t(late.size()));
    if (written <= 0)
        return from;
    if (written != n) // the rest is looked for again
        return from + written;
    qCInfo(lcSsh) << "known hosts: carried over" << n << "bytes appended during an edit";
    return from + n;
}

} // namespace

VoidResult ensureKnownHostsFolder(const QString &file)
{
    const QString folder = QFileInfo(file).absolutePath();
    QStringList missing;
    for (QString at = folder; !QFileInfo::exists(at) && at != QLatin1String("/");
         at = QFileInfo(at).absolutePath())
        missing.prepend(at);
    for (const QString &path : std::as_const(missing)) {
        if (::mkdir(QFile::encodeName(path).constData(), 0700) != 0 && errno != EEXIST)
            return VoidResult::failure(
                SshText::tr("Cannot create the folder %1: %2").arg(path, systemError()));
    }
    return {};
}

VoidResult editKnownHosts(const QString &file, const KnownHostsEdit &edit)
{
    const QByteArray native = QFile::encodeName(file);
    auto cannot = [&](const QString &what) {
        return VoidResult::failure(
            SshText::tr("Cannot write the known hosts file %1: %2").arg(file, what));
    };
    // OpenSSH appends without a lock; a few rounds are plenty unless
    // something appends without pause.
    for (int attempt = 0; attempt < 8; ++attempt) {
        Fd fd(::open(native.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600));
        if (fd.get() < 0)
            return cannot(systemError());
        // Another Sloop process edits it for milliseconds; one that holds
        // it longer is stuck, and waiting on it would freeze the window.
        QDeadlineTimer lockDeadline(kLockWaitMs);
        while (::flock(fd.get(), LOCK_EX | LOCK_NB) != 0) {
            if (errno != EWOULDBLOCK && errno != EINTR)
                return cannot(systemError());
            if (lockDeadline.hasExpired())
                return cannot(SshText::tr("another program holds its lock"));
            QThread::msleep(5);
        }
        struct stat held = {};
        struct stat named = {};
        // Another Sloop renamed a new file into place while this one waited.
        if (::fstat(fd.get(), &held) != 0 || ::stat(native.constData(), &named) != 0 ||
            held.st_ino != named.st_ino || held.st_dev != named.st_dev)
            continue;
        QByteArray text;
        if (!readAll(fd.get(), text))
            return VoidResult::failure(
                SshText::tr("Cannot read the known hosts file %1: %2").arg(file, systemError()));
        const QByteArray edited = edit(text);
        if (edited == text)
            return {};
        QSaveFile out(file); // keeps the file's permissions
        if (!out.open(QIODevice::WriteOnly) || out.write(edited) != edited.size() || !out.flush())
            return cannot(out.errorString());
        if (::fsync(out.handle()) != 0)
            return cannot(systemError());
        struct stat now = {};
        if (::stat(native.constData(), &now) != 0 || !sameFile(held, now)) {
            out.cancelWriting();
            qCInfo(lcSsh) << "known hosts file" << file << "changed while it was edited; again";
            continue;
        }
        if (!out.commit())
            return cannot(out.errorString());
        // An append that opened the old file just before the rename lands
        // in it: carry such lines over, now and once more a moment later.
        qsizetype carried = text.size();
        for (int look = 0; look < 2; ++look) {
            if (look > 0)
                QThread::msleep(kSettleMs);
            carried = carryOver(fd.get(), carried, native);
        }
        return {};
    }
    return cannot(SshText::tr("it kept changing while Sloop edited it"));
}

} // namespace sloop::ssh
