#include "knownhosts.h"

#include "knownhostsfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMessageAuthenticationCode>

namespace sloop::ssh {

namespace {

// Texts are looked up, and filed by lupdate, under "Ssh".
struct SshText
{
    Q_DECLARE_TR_FUNCTIONS(Ssh)
};

struct ParsedLine
{
    QByteArray hosts;
    QByteArray keyType;
    QByteArray key;
};

// Splits "hosts keytype base64 [comment]"; markers and comments give false.
bool parseLine(const QByteArray &raw, ParsedLine &out)
{
    const QByteArray line = raw.trimmed();
    if (line.isEmpty() || line.startsWith('#') || line.startsWith('@'))
        return false;
    const QList<QByteArray> fields = line.simplified().split(' ');
    if (fields.size() < 3)
        return false;
    out = {fields.at(0), fields.at(1), fields.at(2)};
    return true;
}

bool hashedMatches(const QByteArray &pattern, const QByteArray &name)
{
    // |1|base64(salt)|base64(HMAC-SHA1(salt, name))
    const QList<QByteArray> parts = pattern.split('|');
    if (parts.size() != 4 || parts.at(1) != "1")
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts.at(2));
    const QByteArray expected = QByteArray::fromBase64(parts.at(3));
    return QMessageAuthenticationCode::hash(name, salt, QCryptographicHash::Sha1) == expected;
}

bool hostsMatch(const QByteArray &hosts, const QByteArray &name)
{
    if (hosts.startsWith('|'))
        return hashedMatches(hosts, name);
    const QList<QByteArray> patterns = hosts.split(',');
    for (const QByteArray &p : patterns) {
        if (p.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

QString KnownHostsRecord::fingerprint() const
{
    return sha256Fingerprint(QByteArray::fromBase64(keyBase64.toLatin1()));
}

QString knownHostsName(const QString &host, quint16 port)
{
    if (port == 22)
        return host;
    return QLatin1Char('[') + host + QStringLiteral("]:") + QString::number(port);
}

QString defaultKnownHostsFile()
{
    return QDir::homePath() + QStringLiteral("/.ssh/known_hosts");
}

QString sha256Fingerprint(const QByteArray &keyBlob)
{
    const QByteArray digest = QCryptographicHash::hash(keyBlob, QCryptographicHash::Sha256);
    return QStringLiteral("SHA256:") +
           QString::fromLatin1(digest.toBase64(QByteArray::OmitTrailingEquals));
}

Result<QList<KnownHostsRecord>> knownHostsRecords(const QString &file, const QString &host,
                                                  quint16 port)
{
    QFile f(file);
    if (!f.exists())
        return QList<KnownHostsRecord>{};
    if (!f.open(QIODevice::ReadOnly))
        return Result<QList<KnownHostsRecord>>::failure(
            SshText::tr("Cannot read the known hosts file %1: %2").arg(file, f.errorString()));
    const QByteArray name = knownHostsName(host, port).toUtf8();
    QList<KnownHostsRecord> out;
    int lineNo = 0;
    for (const QByteArray &raw : f.readAll().split('\n')) {
        ++lineNo;
        ParsedLine p;
        if (!parseLine(raw, p) || !hostsMatch(p.hosts, name))
            continue;
        out.append({lineNo, QString::fromLatin1(p.keyType), QString::fromLatin1(p.key)});
    }
    return out;
}

bool knownHostsLineMatches(const QByteArray &line, const QByteArray &name)
{
    ParsedLine p;
    return parseLine(line, p) && hostsMatch(p.hosts, name);
}

QByteArray withoutKnownHost(const QByteArray &text, const QByteArray &name, int *removed)
{
    const QList<QByteArray> lines = text.split('\n');
    QByteArray kept;
    int count = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (knownHostsLineMatches(lines.at(i), name)) {
            ++count;
            continue;
        }
        kept += lines.at(i);
        if (i + 1 < lines.size())
            kept += '\n';
    }
    if (removed)
        *removed = count;
    return kept;
}

Result<int> forgetKnownHost(const QString &file, const QString &host, quint16 port)
{
    if (!QFile::exists(file))
        return 0;
    const QByteArray name = knownHostsName(host, port).toUtf8();
    int removed = 0;
    const VoidResult edited = editKnownHosts(
        file, [&](const QByteArray &text) { return withoutKnownHost(text, name, &removed); });
    if (!edited)
        return Result<int>::failure(edited.problem());
    return removed;
}

} // namespace sloop::ssh
