#include "hostkeytrust.h"

#include "instanceslogging.h"
#include "ssh/knownhosts.h"
#include "ssh/knownhostsfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QtEndian>

namespace sloop::instances {

namespace {

struct TrustText
{
    Q_DECLARE_TR_FUNCTIONS(SystemContainers)
};

// The first field of an SSH public key blob: a uint32 length and the type.
QByteArray blobType(const QByteArray &blob)
{
    if (blob.size() < 4)
        return {};
    const quint32 length = qFromBigEndian<quint32>(blob.constData());
    if (length == 0 || length > 64 || qsizetype(length) + 4 > blob.size())
        return {};
    return blob.mid(4, qsizetype(length));
}

} // namespace

Result<QString> parseHostKeyLine(const QString &line)
{
    using R = Result<QString>;
    const QStringList fields = line.simplified().split(QLatin1Char(' '));
    static const QRegularExpression type(QStringLiteral("^(ssh-(ed25519|rsa|dss)|ecdsa-sha2-"
                                                        "nistp(256|384|521))$"));
    static const QRegularExpression base64(QStringLiteral("^[A-Za-z0-9+/]+={0,2}$"));
    if (fields.size() < 2 || !type.match(fields.at(0)).hasMatch() ||
        !base64.match(fields.at(1)).hasMatch() ||
        blobType(QByteArray::fromBase64(fields.at(1).toLatin1())) != fields.at(0).toLatin1())
        return R::failure(
            TrustText::tr("\"%1\" is not an SSH public key line.").arg(line.left(80).trimmed()));
    return QString(fields.at(0) + QLatin1Char(' ') + fields.at(1));
}

VoidResult trustHostKey(const QString &knownHostsFile, const QString &address, quint16 port,
                        const QString &keyLine)
{
    const Result<QString> key = parseHostKeyLine(keyLine);
    if (!key)
        return VoidResult::failure(key.problem());
    if (address.isEmpty() || address.contains(QRegularExpression(QStringLiteral("[\\s,#\\[\\]]"))))
        return VoidResult::failure(
            TrustText::tr("\"%1\" is not a host address.").arg(address.left(80)));
    if (const VoidResult folder = ssh::ensureKnownHostsFolder(knownHostsFile); !folder)
        return folder;
    // One edit: the old lines for address:port go and the new one is
    // appended, with whatever else the file holds kept as it is.
    const QByteArray name = ssh::knownHostsName(address, port).toUtf8();
    const QByteArray entry = name + ' ' + key->toLatin1() + '\n';
    const VoidResult written = ssh::editKnownHosts(knownHostsFile, [&](const QByteArray &text) {
        QByteArray kept = ssh::withoutKnownHost(text, name);
        if (!kept.isEmpty() && !kept.endsWith('\n'))
            kept += '\n';
        kept.append(entry);
        return kept;
    });
    if (!written)
        return written;
    qCDebug(lcSystemContainers) << "trusted" << key->section(QLatin1Char(' '), 0, 0) << "for"
                                << ssh::knownHostsName(address, port) << "in" << knownHostsFile;
    return {};
}

Result<int> adoptHostKeys(const QString &from, const QString &to,
                          const QList<KeyEndpoint> &endpoints)
{
    int moved = 0;
    for (const KeyEndpoint &at : endpoints) {
        const auto mine = ssh::knownHostsRecords(to, at.address, at.port);
        const auto theirs = ssh::knownHostsRecords(from, at.address, at.port);
        if (!mine || !theirs)
            return Result<int>::failure(!mine ? mine.problem() : theirs.problem());
        if (!mine->isEmpty() || theirs->isEmpty())
            continue;
        const ssh::KnownHostsRecord &kept = theirs->constLast();
        if (const VoidResult filed = trustHostKey(to, at.address, at.port,
                                                  kept.keyType + QLatin1Char(' ') + kept.keyBase64);
            !filed)
            return Result<int>::failure(filed.problem());
        if (const auto forgot = ssh::forgetKnownHost(from, at.address, at.port); !forgot)
            return Result<int>::failure(forgot.problem());
        ++moved;
    }
    return moved;
}

} // namespace sloop::instances
