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

Result<QString> socketPath()
{
    const QString folder = paths::runtimeDir();
    if (const VoidResult ok = paths::ensurePrivateFolder(folder); !ok)
        return Result<QString>::failure(ok.problem());
    const QByteArray hash =
        QCryptographicHash::hash(QFile::encodeName(paths::dataDir()), QCryptographicHash::Sha256)
            .toHex()
            .left(16);
    return QString(folder + QStringLiteral("/admin-") + QString::fromLatin1(hash) +
                   QStringLiteral(".sock"));
}

} // namespace sloop::admin
