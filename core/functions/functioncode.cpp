#include "functioncode.h"

#include "util/paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace sloop::functions {

namespace {

struct CodeText
{
    Q_DECLARE_TR_FUNCTIONS(Functions)
};

} // namespace

Result<FunctionCode> readCodeFolder(const QString &dir)
{
    const QFileInfo top(dir);
    if (!top.isDir())
        return Result<FunctionCode>::failure(
            ErrorKind::NotFound,
            CodeText::tr("There is no folder %1.").arg(QDir::toNativeSeparators(dir)));
    const QDir root(top.absoluteFilePath());
    FunctionCode code;
    qint64 total = 0;
    QDirIterator it(root.path(),
                    QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        const QString relative = root.relativeFilePath(info.filePath());
        if (info.isSymLink())
            return Result<FunctionCode>::failure(
                ErrorKind::InvalidInput,
                CodeText::tr("%1 is a symbolic link; a function's code is regular files only.")
                    .arg(relative));
        if (info.isDir())
            continue;
        if (!info.isFile())
            return Result<FunctionCode>::failure(
                ErrorKind::InvalidInput, CodeText::tr("%1 is not a regular file.").arg(relative));
        total += info.size();
        if (total > kMaxCodeBytes)
            return Result<FunctionCode>::failure(
                ErrorKind::InvalidInput,
                CodeText::tr("The code is over Lambda's limit of 250 MB unpacked."));
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly))
            return Result<FunctionCode>::failure(
                file.error() == QFileDevice::PermissionsError ? ErrorKind::Refused
                                                              : ErrorKind::Internal,
                CodeText::tr("%1 cannot be read: %2").arg(relative, file.errorString()));
        code.insert(relative, file.readAll());
    }
    if (code.isEmpty())
        return Result<FunctionCode>::failure(
            ErrorKind::InvalidInput,
            CodeText::tr("%1 has no files.").arg(QDir::toNativeSeparators(dir)));
    return code;
}

QString codeFolder(const QString &functionName)
{
    return paths::dataDir() + QStringLiteral("/functions/") + functionName.toLower() +
           QStringLiteral("/latest");
}

VoidResult keepCode(const QString &functionName, const FunctionCode &code)
{
    const QString target = codeFolder(functionName);
    const QString staging = target + QStringLiteral(".new");
    QDir(staging).removeRecursively();
    for (auto it = code.cbegin(); it != code.cend(); ++it) {
        const QString path = staging + QLatin1Char('/') + it.key();
        if (QDir::cleanPath(path).startsWith(staging + QLatin1Char('/')) == false)
            return VoidResult::failure(
                ErrorKind::InvalidInput,
                CodeText::tr("%1 climbs out of the code's folder.").arg(it.key()));
        QDir().mkpath(QFileInfo(path).path());
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(it.value()) != it.value().size() ||
            !file.commit())
            return VoidResult::failure(CodeText::tr("The code could not be kept in %1: %2")
                                           .arg(staging, file.errorString()));
    }
    QDir(target).removeRecursively();
    if (!QDir().rename(staging, target))
        return VoidResult::failure(CodeText::tr("The code could not be kept in %1.").arg(target));
    return {};
}

VoidResult forgetCode(const QString &functionName)
{
    const QString folder = QFileInfo(codeFolder(functionName)).path();
    if (QFileInfo::exists(folder) && !QDir(folder).removeRecursively())
        return VoidResult::failure(CodeText::tr("%1 could not be removed.").arg(folder));
    return {};
}

} // namespace sloop::functions
