#include "paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

#include <sys/stat.h>

#include <unistd.h>

namespace sloop::paths {

namespace {

// Texts are looked up, and filed by lupdate, under "Paths".
struct PathsText
{
    Q_DECLARE_TR_FUNCTIONS(Paths)
};

QString envOr(const char *name, const QString &fallback)
{
    const QString value = qEnvironmentVariable(name);
    // The XDG spec says relative paths are invalid and must be ignored.
    if (!value.isEmpty() && QDir::isAbsolutePath(value))
        return value;
    return fallback;
}

} // namespace

QString configDir()
{
    return envOr("XDG_CONFIG_HOME", QDir::homePath() + QStringLiteral("/.config")) +
           QStringLiteral("/sloop");
}

QString dataDir()
{
    return envOr("XDG_DATA_HOME", QDir::homePath() + QStringLiteral("/.local/share")) +
           QStringLiteral("/sloop");
}

QString runtimeDir()
{
    const QString fallback =
        QDir::tempPath() + QStringLiteral("/sloop-runtime-") + QString::number(::getuid());
    const QString base = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!base.isEmpty() && QDir::isAbsolutePath(base))
        return base + QStringLiteral("/sloop");
    return fallback;
}

QString databaseFile()
{
    return dataDir() + QStringLiteral("/sloop.db");
}

QString settingsFile()
{
    return configDir() + QStringLiteral("/sloop.conf");
}

QString instanceKnownHostsFile()
{
    return dataDir() + QStringLiteral("/known_hosts");
}

bool ensureDir(const QString &path)
{
    if (!QDir().mkpath(path))
        return false;
    // Data and runtime folders hold the command log and sockets: owner only.
    return QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

VoidResult ensurePrivateFolder(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (::mkdir(native.constData(), 0700) != 0 && errno != EEXIST)
        return VoidResult::failure(ErrorKind::Refused,
                                   PathsText::tr("Cannot create the folder %1: %2")
                                       .arg(path, QString::fromLocal8Bit(strerror(errno))));
    struct stat st
    {
    };
    if (::lstat(native.constData(), &st) != 0)
        return VoidResult::failure(PathsText::tr("Cannot look at the folder %1.").arg(path));
    if (S_ISLNK(st.st_mode) || !S_ISDIR(st.st_mode))
        return VoidResult::failure(
            ErrorKind::Refused, PathsText::tr("%1 is not a folder of its own (a link or a file); "
                                              "Sloop will not put its sockets there.")
                                    .arg(path));
    if (st.st_uid != ::getuid())
        return VoidResult::failure(
            ErrorKind::Refused,
            PathsText::tr("The folder %1 belongs to another user (uid %2); Sloop "
                          "will not put its sockets there.")
                .arg(path)
                .arg(st.st_uid));
    if ((st.st_mode & 077) != 0 && ::chmod(native.constData(), 0700) != 0)
        return VoidResult::failure(
            ErrorKind::Refused,
            PathsText::tr("Others may enter the folder %1 and it cannot be made "
                          "private.")
                .arg(path));
    return {};
}

} // namespace sloop::paths
