#include "bucket.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace sloop::buckets {

namespace {

struct BucketText
{
    Q_DECLARE_TR_FUNCTIONS(Buckets)
};

VoidResult invalid(const QString &message)
{
    return VoidResult::failure(ErrorKind::InvalidInput, message);
}

} // namespace

bool BucketTrigger::matches(const QString &key, bool created) const
{
    if (created ? !onCreated : !onRemoved)
        return false;
    return key.startsWith(prefix) && key.endsWith(suffix);
}

VoidResult validateBucketName(const QString &name)
{
    static const QRegularExpression rule(QStringLiteral("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$"));
    static const QRegularExpression ip(QStringLiteral("^\\d+\\.\\d+\\.\\d+\\.\\d+$"));
    if (!rule.match(name).hasMatch() || name.contains(QLatin1String("..")) ||
        ip.match(name).hasMatch())
        return invalid(BucketText::tr("\"%1\" is not a bucket name: use 3 to 63 lower-case "
                                      "letters, digits, dots and hyphens, starting and ending "
                                      "with a letter or digit, as S3 does.")
                           .arg(name));
    return {};
}

VoidResult prepareFolder(const QString &folder)
{
    if (!QDir::isAbsolutePath(folder))
        return invalid(
            BucketText::tr("The folder must be an absolute path, not \"%1\".").arg(folder));
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir())
        return invalid(BucketText::tr("%1 is a file, not a folder.").arg(folder));
    if (!info.exists() && !QDir().mkpath(folder))
        return VoidResult::failure(ErrorKind::Refused,
                                   BucketText::tr("%1 cannot be made.").arg(folder));
    return {};
}

Result<QString> objectPath(const Bucket &bucket, const QString &key)
{
    const auto bad = [&key](const QString &why) {
        return Result<QString>::failure(
            ErrorKind::InvalidInput,
            BucketText::tr("\"%1\" is not a key Sloop stores: %2").arg(key.left(200), why));
    };
    if (key.isEmpty() || key.toUtf8().size() > 1024)
        return bad(BucketText::tr("a key is 1 to 1024 bytes."));
    if (key.contains(QChar(0)) || key.startsWith(QLatin1Char('/')) ||
        key.contains(QLatin1Char('\\')))
        return bad(BucketText::tr("no NUL, backslash or leading slash."));
    for (const QString &segment : key.split(QLatin1Char('/'))) {
        if (segment == QLatin1String(".") || segment == QLatin1String(".."))
            return bad(BucketText::tr("no . or .. between slashes."));
    }
    if (key.endsWith(QLatin1Char('/')))
        return bad(BucketText::tr("a folder is not an object."));
    return QDir(bucket.folder).filePath(key);
}

QString bucketArn(const QString &name)
{
    return QStringLiteral("arn:aws:s3:::") + name;
}

QByteArray s3EventRecord(const Bucket &bucket, const QString &key, qint64 size, const QString &eTag,
                         const QString &sequencer, bool created, const QDateTime &when)
{
    QJsonObject object{
        {QStringLiteral("key"), QString::fromLatin1(QUrl::toPercentEncoding(key, "/"))
                                    .replace(QLatin1String("%20"), QLatin1String("+"))},
        {QStringLiteral("sequencer"), sequencer}};
    if (created) {
        object.insert(QStringLiteral("size"), size);
        object.insert(QStringLiteral("eTag"), eTag);
    }
    const QJsonObject record{
        {QStringLiteral("eventVersion"), QStringLiteral("2.1")},
        {QStringLiteral("eventSource"), QStringLiteral("aws:s3")},
        {QStringLiteral("awsRegion"), QStringLiteral("local")},
        {QStringLiteral("eventTime"), when.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("eventName"),
         created ? QStringLiteral("ObjectCreated:Put") : QStringLiteral("ObjectRemoved:Delete")},
        {QStringLiteral("userIdentity"),
         QJsonObject{{QStringLiteral("principalId"), QStringLiteral("sloop")}}},
        {QStringLiteral("requestParameters"),
         QJsonObject{{QStringLiteral("sourceIPAddress"), QStringLiteral("127.0.0.1")}}},
        {QStringLiteral("responseElements"), QJsonObject{}},
        {QStringLiteral("s3"),
         QJsonObject{
             {QStringLiteral("s3SchemaVersion"), QStringLiteral("1.0")},
             {QStringLiteral("configurationId"), QStringLiteral("sloop-folder-trigger")},
             {QStringLiteral("bucket"),
              QJsonObject{{QStringLiteral("name"), bucket.name},
                          {QStringLiteral("ownerIdentity"),
                           QJsonObject{{QStringLiteral("principalId"), QStringLiteral("sloop")}}},
                          {QStringLiteral("arn"), bucketArn(bucket.name)}}},
             {QStringLiteral("object"), object}}}};
    return QJsonDocument(QJsonObject{{QStringLiteral("Records"), QJsonArray{record}}})
        .toJson(QJsonDocument::Compact);
}

} // namespace sloop::buckets
