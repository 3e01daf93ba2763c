#include "multipartuploads.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>

namespace sloop::buckets::multipart {

namespace {

struct MultipartText
{
    Q_DECLARE_TR_FUNCTIONS(Buckets)
};

template <typename T> Result<T> failed(ErrorKind kind, const QString &why)
{
    return Result<T>::failure(kind, why);
}

QString uploadsFolder(const Bucket &bucket)
{
    return bucket.folder + QStringLiteral("/.sloop-uploads");
}

// The upload's folder when the id is one Sloop made for this key.
Result<QString> uploadFolder(const Bucket &bucket, const QString &key, const QString &uploadId)
{
    static const QRegularExpression idRule(QStringLiteral("^[0-9a-f]{32}$"));
    const QString folder = uploadsFolder(bucket) + QLatin1Char('/') + uploadId;
    QFile keyFile(folder + QStringLiteral("/key"));
    if (!idRule.match(uploadId).hasMatch() || !keyFile.open(QIODevice::ReadOnly) ||
        QString::fromUtf8(keyFile.readAll()) != key)
        return failed<QString>(ErrorKind::NotFound,
                               MultipartText::tr("The specified upload does not "
                                                 "exist (it was completed, aborted, or is of "
                                                 "another key)."));
    return folder;
}

QString partFile(const QString &folder, int number)
{
    return folder + QStringLiteral("/part-%1").arg(number, 5, 10, QLatin1Char('0'));
}

QString quoted(const QByteArray &md5)
{
    return QLatin1Char('"') + QString::fromLatin1(md5.toHex()) + QLatin1Char('"');
}

VoidResult checkNumber(int number)
{
    if (number < 1 || number > kMaxParts)
        return VoidResult::failure(ErrorKind::InvalidInput,
                                   MultipartText::tr("Part numbers go from 1 to "
                                                     "10,000 (not %1).")
                                       .arg(number));
    return {};
}

Result<QString> writePart(const QString &folder, int number, const QByteArray &data)
{
    QSaveFile file(partFile(folder, number));
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return failed<QString>(
            ErrorKind::Refused,
            MultipartText::tr("The part cannot be kept: %1").arg(file.errorString()));
    return quoted(QCryptographicHash::hash(data, QCryptographicHash::Md5));
}

} // namespace

Result<QString> create(const Bucket &bucket, const QString &key)
{
    const auto path = objectPath(bucket, key);
    if (!path)
        return Result<QString>::failure(path.problem());
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    QString id;
    for (quint32 w : words)
        id += QStringLiteral("%1").arg(w, 8, 16, QLatin1Char('0'));
    const QString folder = uploadsFolder(bucket) + QLatin1Char('/') + id;
    QFile keyFile(folder + QStringLiteral("/key"));
    if (!QDir().mkpath(folder) || !keyFile.open(QIODevice::WriteOnly) ||
        keyFile.write(key.toUtf8()) < 0)
        return failed<QString>(
            ErrorKind::Refused,
            MultipartText::tr("The upload cannot be started in %1.").arg(uploadsFolder(bucket)));
    return id;
}

Result<QString> putPart(const Bucket &bucket, const QString &key, const QString &uploadId,
                        int number, const QByteArray &data)
{
    if (const VoidResult valid = checkNumber(number); !valid)
        return Result<QString>::failure(valid.problem());
    const auto folder = uploadFolder(bucket, key, uploadId);
    if (!folder)
        return Result<QString>::failure(folder.problem());
    return writePart(*folder, number, data);
}

Result<QString> copyPart(const Bucket &bucket, const QString &key, const QString &uploadId,
                         int number, const Bucket &source, const QString &sourceKey, qint64 first,
                         qint64 last)
{
    if (const VoidResult valid = checkNumber(number); !valid)
        return Result<QString>::failure(valid.problem());
    const auto folder = uploadFolder(bucket, key, uploadId);
    if (!folder)
        return Result<QString>::failure(folder.problem());
    const auto from = objectPath(source, sourceKey);
    if (!from)
        return Result<QString>::failure(from.problem());
    QFile in(*from);
    if (!QFileInfo(*from).isFile() || !in.open(QIODevice::ReadOnly))
        return failed<QString>(
            ErrorKind::NotFound,
            MultipartText::tr("The specified key does not exist: %1").arg(sourceKey));
    const qint64 end = last < 0 ? in.size() - 1 : last;
    if (first < 0 || first > end || end >= in.size() || end - first + 1 > 5LL * 1024 * 1024 * 1024)
        return failed<QString>(ErrorKind::InvalidInput,
                               MultipartText::tr("The range %1-%2 is outside %3 (%4 bytes).")
                                   .arg(first)
                                   .arg(end)
                                   .arg(sourceKey)
                                   .arg(in.size()));
    in.seek(first);
    return writePart(*folder, number, in.read(end - first + 1));
}

Result<ObjectInfo> complete(const Bucket &bucket, const QString &key, const QString &uploadId,
                            const QList<CompletedPart> &parts, QString *s3Code)
{
    using R = Result<ObjectInfo>;
    const auto refuse = [s3Code](const char *code, const QString &why) {
        if (s3Code)
            *s3Code = QString::fromLatin1(code);
        return R::failure(ErrorKind::InvalidInput, why);
    };
    const auto folder = uploadFolder(bucket, key, uploadId);
    if (!folder)
        return R::failure(folder.problem());
    const auto path = objectPath(bucket, key);
    if (!path)
        return R::failure(path.problem());
    if (parts.isEmpty())
        return refuse("MalformedXML", MultipartText::tr("The upload names no parts."));
    // Check every part before writing anything: the order first, as S3 does.
    for (qsizetype i = 1; i < parts.size(); ++i)
        if (parts.at(i).number <= parts.at(i - 1).number)
            return refuse("InvalidPartOrder",
                          MultipartText::tr("The parts must be listed in ascending order."));
    QByteArray md5s;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const CompletedPart &p = parts.at(i);
        QFile part(partFile(*folder, p.number));
        if (!part.open(QIODevice::ReadOnly))
            return refuse("InvalidPart",
                          MultipartText::tr("Part %1 was not uploaded.").arg(p.number));
        QCryptographicHash md5(QCryptographicHash::Md5);
        md5.addData(&part);
        const QByteArray digest = md5.result();
        QString given = p.eTag;
        given.remove(QLatin1Char('"'));
        if (given != QString::fromLatin1(digest.toHex()))
            return refuse("InvalidPart",
                          MultipartText::tr("Part %1's ETag is not %2.").arg(p.number).arg(p.eTag));
        if (i + 1 < parts.size() && part.size() < kMinPartBytes)
            return refuse("EntityTooSmall",
                          MultipartText::tr("Part %1 has %2 bytes; every part but the last "
                                            "needs 5 MB.")
                              .arg(p.number)
                              .arg(part.size()));
        md5s += digest;
    }
    const QFileInfo target(*path);
    if (target.isDir())
        return failed<ObjectInfo>(ErrorKind::Conflict,
                                  MultipartText::tr("%1 is a folder in the bucket.").arg(key));
    if (!QDir().mkpath(target.path()))
        return failed<ObjectInfo>(ErrorKind::Refused,
                                  MultipartText::tr("%1 cannot be made.").arg(target.path()));
    QSaveFile out(*path);
    if (!out.open(QIODevice::WriteOnly))
        return failed<ObjectInfo>(ErrorKind::Refused, out.errorString());
    for (const CompletedPart &p : parts) {
        QFile part(partFile(*folder, p.number));
        if (!part.open(QIODevice::ReadOnly))
            return failed<ObjectInfo>(ErrorKind::Refused, part.errorString());
        while (!part.atEnd()) {
            const QByteArray chunk = part.read(1 << 20);
            if (out.write(chunk) != chunk.size())
                return failed<ObjectInfo>(ErrorKind::Refused, out.errorString());
        }
    }
    if (!out.commit())
        return failed<ObjectInfo>(ErrorKind::Refused, out.errorString());
    QDir(*folder).removeRecursively();
    const QFileInfo written(*path);
    ObjectInfo info{key, written.size(), written.lastModified().toMSecsSinceEpoch(), {}};
    info.eTag =
        QLatin1Char('"') +
        QString::fromLatin1(QCryptographicHash::hash(md5s, QCryptographicHash::Md5).toHex()) +
        QStringLiteral("-%1\"").arg(parts.size());
    return info;
}

VoidResult abort(const Bucket &bucket, const QString &key, const QString &uploadId)
{
    const auto folder = uploadFolder(bucket, key, uploadId);
    if (!folder)
        return VoidResult::failure(folder.problem());
    if (!QDir(*folder).removeRecursively())
        return VoidResult::failure(ErrorKind::Refused,
                                   MultipartText::tr("%1 cannot be removed.").arg(*folder));
    return {};
}

} // namespace sloop::buckets::multipart
