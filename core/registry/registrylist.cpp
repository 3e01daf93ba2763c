#include "registrylist.h"

#include "settings/settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QUrl>

namespace sloop::registry {

namespace {

struct RegistryText
{
    Q_DECLARE_TR_FUNCTIONS(Registry)
};

QStringList stored()
{
    return Settings().get(Settings::Registries);
}

void store(const QStringList &entries)
{
    Settings settings;
    settings.set(Settings::Registries, entries);
    settings.sync();
}

RegistryRecord fromEntry(const QString &entry)
{
    const QJsonObject o = QJsonDocument::fromJson(entry.toUtf8()).object();
    return {o.value(QLatin1String("name")).toString(), o.value(QLatin1String("url")).toString(),
            o.value(QLatin1String("user")).toString(), o.value(QLatin1String("ca")).toString()};
}

QString toEntry(const RegistryRecord &r)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("name"), r.name},
                                                       {QStringLiteral("url"), r.url},
                                                       {QStringLiteral("user"), r.user},
                                                       {QStringLiteral("ca"), r.caFile}})
                                 .toJson(QJsonDocument::Compact));
}

bool isLoopback(const QString &host)
{
    if (host == QLatin1String("localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

QString RegistryRecord::host() const
{
    const QUrl u(url);
    return u.port() > 0 ? u.host() + QLatin1Char(':') + QString::number(u.port()) : u.host();
}

QString passwordKey(const QString &registryName)
{
    return QStringLiteral("registry:%1:password").arg(registryName);
}

QList<RegistryRecord> knownRegistries()
{
    QList<RegistryRecord> out;
    for (const QString &entry : stored()) {
        RegistryRecord r = fromEntry(entry);
        if (!r.name.isEmpty() && !r.url.isEmpty())
            out.append(r);
    }
    return out;
}

std::optional<RegistryRecord> findRegistry(const QString &name)
{
    for (const RegistryRecord &r : knownRegistries())
        if (r.name == name)
            return r;
    return std::nullopt;
}

Result<RegistryRecord> addRegistry(RegistryRecord record, bool allowPlainHttp)
{
    static const QRegularExpression word(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$"));
    if (!word.match(record.name).hasMatch())
        return Result<RegistryRecord>::failure(
            ErrorKind::InvalidInput,
            RegistryText::tr("\"%1\" is not a registry name: use up to 63 letters, digits, '-', "
                             "'_' and '.', starting with a letter or digit.")
                .arg(record.name.left(80)));
    if (findRegistry(record.name))
        return Result<RegistryRecord>::failure(
            ErrorKind::Conflict,
            RegistryText::tr("There is already a registry named \"%1\".").arg(record.name));
    QString url = record.url.trimmed();
    if (!url.contains(QLatin1String("://")))
        url.prepend(QStringLiteral("https://"));
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme();
    if (!parsed.isValid() || parsed.host().isEmpty() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http")) ||
        !parsed.path().isEmpty() || parsed.hasQuery())
        return Result<RegistryRecord>::failure(
            ErrorKind::InvalidInput,
            RegistryText::tr("\"%1\" is not a registry address: use https://HOST[:PORT] (or "
                             "http:// for one on this machine).")
                .arg(record.url.left(120)));
    if (scheme == QLatin1String("http") && !isLoopback(parsed.host()) && !allowPlainHttp)
        return Result<RegistryRecord>::failure(
            ErrorKind::InvalidInput,
            RegistryText::tr("%1 is not on this machine: plain HTTP would send passwords and "
                             "images in the clear. Use https://, or say --insecure if you "
                             "mean it.")
                .arg(parsed.host()));
    if (!record.caFile.isEmpty() && !QFile::exists(record.caFile))
        return Result<RegistryRecord>::failure(
            ErrorKind::NotFound, RegistryText::tr("There is no CA file at %1.").arg(record.caFile));
    record.url = url;
    QStringList entries = stored();
    entries.append(toEntry(record));
    store(entries);
    return record;
}

bool removeRegistry(const QString &name)
{
    QStringList entries = stored();
    const qsizetype before = entries.size();
    entries.removeIf([&](const QString &e) { return fromEntry(e).name == name; });
    if (entries.size() == before)
        return false;
    store(entries);
    return true;
}

std::optional<std::pair<QString, QString>> dockerConfigCredentials(const QString &host)
{
    const QString dir =
        qEnvironmentVariable("DOCKER_CONFIG", QDir::homePath() + QStringLiteral("/.docker"));
    QFile file(dir + QStringLiteral("/config.json"));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject config = QJsonDocument::fromJson(file.read(1024 * 1024)).object();
    // As the docker CLI: an `auths` entry with a base64 "user:password"…
    const QJsonObject auths = config.value(QLatin1String("auths")).toObject();
    for (const QString &key :
         QStringList{host, QStringLiteral("https://") + host, QStringLiteral("http://") + host}) {
        const QByteArray auth = QByteArray::fromBase64(
            auths.value(key).toObject().value(QLatin1String("auth")).toString().toLatin1());
        const qsizetype colon = auth.indexOf(':');
        if (colon > 0)
            return std::pair{QString::fromUtf8(auth.left(colon)),
                             QString::fromUtf8(auth.mid(colon + 1))};
    }
    // …else the credential helper for this host, or the default one.
    QString helper = config.value(QLatin1String("credHelpers")).toObject().value(host).toString();
    if (helper.isEmpty())
        helper = config.value(QLatin1String("credsStore")).toString();
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_.-]+$"));
    if (helper.isEmpty() || !safe.match(helper).hasMatch())
        return std::nullopt;
    QProcess process;
    process.start(QStringLiteral("docker-credential-") + helper, {QStringLiteral("get")});
    if (!process.waitForStarted(5000))
        return std::nullopt;
    process.write(host.toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(10000) || process.exitCode() != 0)
        return std::nullopt;
    const QJsonObject answer = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    const QString user = answer.value(QLatin1String("Username")).toString();
    const QString secret = answer.value(QLatin1String("Secret")).toString();
    if (secret.isEmpty())
        return std::nullopt;
    return std::pair{user, secret};
}

} // namespace sloop::registry
