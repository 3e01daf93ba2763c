#include "paths.h"

#include <QDir>
#include <QFile>

#include <unistd.h>

namespace sloop::paths {

namespace {

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

bool ensureDir(const QString &path)
{
    if (!QDir().mkpath(path))
        return false;
    // Data and runtime folders hold the command log and sockets: owner only.
    return QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

} // namespace sloop::paths
