#include "adminsocket.h"

#include "util/paths.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

#include <sys/stat.h>
#include <unistd.h>

namespace sloop::admin {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AdminApi)
};

} // namespace

VoidResult ensurePrivateFolder(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (::mkdir(native.constData(), 0700) != 0 && errno != EEXIST)
        return VoidResult::failure(ErrorKind::Refused,
                                   Tr::tr("Cannot create the folder %1: %2")
                                       .arg(path, QString::fromLocal8Bit(strerror(errno))));
    struct stat st
    {
    };
    if (::lstat(native.constData(), &st) != 0)
        return VoidResult::failure(Tr::tr("Cannot look at the folder %1.").arg(path));
    if (S_ISLNK(st.st_mode) || !S_ISDIR(st.st_mode))
        return VoidResult::failure(ErrorKind::Refused,
                                   Tr::tr("%1 is not a folder of its own (a link or a file); "
                                          "Sloop will not put its admin socket there.")
                                       .arg(path));
    if (st.st_uid != ::getuid())
        return VoidResult::failure(ErrorKind::Refused,
                                   Tr::tr("The folder %1 belongs to another user (uid %2); Sloop "
                                          "will not put its admin socket there.")
                                       .arg(path)
                                       .arg(st.st_uid));
    if ((st.st_mode & 077) != 0 && ::chmod(native.constData(), 0700) != 0)
        return VoidResult::failure(ErrorKind::Refused,
                                   Tr::tr("Others may enter the folder %1 and it cannot be made "
                                          "private.")
                                       .arg(path));
    return {};
}

Result<QString> socketPath()
{
    const QString folder = paths::runtimeDir();
    if (const VoidResult ok = ensurePrivateFolder(folder); !ok)
        return Result<QString>::failure(ok.problem());
    const QByteArray hash =
        QCryptographicHash::hash(QFile::encodeName(paths::dataDir()), QCryptographicHash::Sha256)
            .toHex()
            .left(16);
    return QString(folder + QStringLiteral("/admin-") + QString::fromLatin1(hash) +
                   QStringLiteral(".sock"));
}

} // namespace sloop::admin
