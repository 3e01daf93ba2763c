#include "folderobjects.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace sloop::buckets::objects {

namespace {

struct ObjectsText
{
    Q_DECLARE_TR_FUNCTIONS(Buckets)
};

const QLatin1StringView kOwnPrefix(".sloop");

Error noSuchKey(const QString &key)
{
    return Error::make(ErrorKind::NotFound,
                       ObjectsText::tr("The specified key does not exist: %1").arg(key));
}

bool isOwn(const QString &key)
{
    for (const QString &segment : key.split(QLatin1Char('/')))
        if (segment.startsWith(kOwnPrefix))
            return true;
    return false;
}

ObjectInfo infoOf(const QString &key, const QFileInfo &file)
{
    return ObjectInfo{key, file.size(), file.lastModified().toMSecsSinceEpoch(), {}};
}

} // namespace

QString eTagOf(const QString &path)
{
    QFile file(path);
    QCryptographicHash md5(QCryptographicHash::Md5);
    if (file.open(QIODevice::ReadOnly))
        md5.addData(&file);
    return QLatin1Char('"') + QString::fromLatin1(md5.result().toHex()) + QLatin1Char('"');
}

Result<ObjectInfo> put(const Bucket &bucket, const QString &key, const QByteArray &data)
{
    const auto path = objectPath(bucket, key);
    if (!path)
        return Result<ObjectInfo>::failure(path.problem());
    if (isOwn(key))
        return Result<ObjectInfo>::failure(
            ErrorKind::InvalidInput,
            ObjectsText::tr("Keys with a part starting with .sloop are Sloop's own."));
    const QFileInfo target(*path);
    if (target.isDir())
        return Result<ObjectInfo>::failure(
            ErrorKind::Conflict, ObjectsText::tr("%1 is a folder in the bucket.").arg(key));
    if (!QDir().mkpath(target.path()))
        return Result<ObjectInfo>::failure(
            ErrorKind::Refused, ObjectsText::tr("%1 cannot be made.").arg(target.path()));
    QSaveFile file(*path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return Result<ObjectInfo>::failure(
            ErrorKind::Refused,
            ObjectsText::tr("%1 cannot be written: %2").arg(*path, file.errorString()));
    ObjectInfo info = infoOf(key, QFileInfo(*path));
    info.eTag =
        QLatin1Char('"') +
        QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex()) +
        QLatin1Char('"');
    return info;
}

Result<QByteArray> get(const Bucket &bucket, const QString &key)
{
    const auto path = objectPath(bucket, key);
    if (!path)
        return Result<QByteArray>::failure(path.problem());
    QFile file(*path);
    if (isOwn(key) || QFileInfo(*path).isDir() || !file.exists())
        return Result<QByteArray>::failure(noSuchKey(key));
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(ErrorKind::Refused, file.errorString());
    return file.readAll();
}

Result<ObjectInfo> head(const Bucket &bucket, const QString &key)
{
    const auto path = objectPath(bucket, key);
    if (!path)
        return Result<ObjectInfo>::failure(path.problem());
    const QFileInfo file(*path);
    if (isOwn(key) || !file.isFile())
        return Result<ObjectInfo>::failure(noSuchKey(key));
    ObjectInfo info = infoOf(key, file);
    info.eTag = eTagOf(*path);
    return info;
}

VoidResult remove(const Bucket &bucket, const QString &key)
{
    const auto path = objectPath(bucket, key);
    if (!path)
        return VoidResult::failure(path.problem());
    if (isOwn(key) || !QFileInfo(*path).isFile())
        return VoidResult::failure(noSuchKey(key));
    if (!QFile::remove(*path))
        return VoidResult::failure(ErrorKind::Refused,
                                   ObjectsText::tr("%1 cannot be removed.").arg(*path));
    return {};
}

Result<ObjectInfo> copy(const Bucket &from, const QString &fromKey, const Bucket &to,
                        const QString &toKey)
{
    using R = Result<ObjectInfo>;
    const auto source = objectPath(from, fromKey);
    if (!source)
        return R::failure(source.problem());
    const auto target = objectPath(to, toKey);
    if (!target)
        return R::failure(target.problem());
    if (isOwn(toKey))
        return R::failure(
            ErrorKind::InvalidInput,
            ObjectsText::tr("Keys with a part starting with .sloop are Sloop's own."));
    QFile in(*source);
    if (isOwn(fromKey) || !QFileInfo(*source).isFile() || !in.open(QIODevice::ReadOnly))
        return R::failure(noSuchKey(fromKey));
    const QFileInfo targetInfo(*target);
    if (targetInfo.isDir())
        return R::failure(ErrorKind::Conflict,
                          ObjectsText::tr("%1 is a folder in the bucket.").arg(toKey));
    if (!QDir().mkpath(targetInfo.path()))
        return R::failure(ErrorKind::Refused,
                          ObjectsText::tr("%1 cannot be made.").arg(targetInfo.path()));
    QSaveFile out(*target);
    if (!out.open(QIODevice::WriteOnly))
        return R::failure(ErrorKind::Refused, out.errorString());
    QCryptographicHash md5(QCryptographicHash::Md5);
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        md5.addData(chunk);
        if (out.write(chunk) != chunk.size())
            return R::failure(ErrorKind::Refused, out.errorString());
    }
    if (!out.commit())
        return R::failure(
            ErrorKind::Refused,
            ObjectsText::tr("%1 cannot be written: %2").arg(*target, out.errorString()));
    ObjectInfo info = infoOf(toKey, QFileInfo(*target));
    info.eTag = QLatin1Char('"') + QString::fromLatin1(md5.result().toHex()) + QLatin1Char('"');
    return info;
}

Result<QList<ObjectInfo>> list(const Bucket &bucket, const QString &prefix, bool withETags)
{
    const QDir root(bucket.folder);
    if (!root.exists())
        return Result<QList<ObjectInfo>>::failure(
            ErrorKind::NotFound,
            ObjectsText::tr("The bucket's folder %1 is gone.").arg(bucket.folder));
    QList<ObjectInfo> out;
    QDirIterator it(bucket.folder, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString key = root.relativeFilePath(path);
        if (!key.startsWith(prefix) || isOwn(key))
            continue;
        ObjectInfo info = infoOf(key, it.fileInfo());
        if (withETags)
            info.eTag = eTagOf(path);
        out.append(info);
    }
    std::sort(out.begin(), out.end(),
              [](const ObjectInfo &a, const ObjectInfo &b) { return a.key < b.key; });
    return out;
}

} // namespace sloop::buckets::objects
