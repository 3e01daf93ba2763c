#include "hostkeytrust.h"

#include "instanceslogging.h"
#include "ssh/knownhosts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
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
    QDir().mkpath(QFileInfo(knownHostsFile).absolutePath());
    if (const auto forgot = ssh::forgetKnownHost(knownHostsFile, address, port); !forgot)
        return VoidResult::failure(forgot.problem());

    QByteArray text;
    QFile in(knownHostsFile);
    if (in.exists()) {
        if (!in.open(QIODevice::ReadOnly))
            return VoidResult::failure(TrustText::tr("Cannot read the known hosts file %1: %2")
                                           .arg(knownHostsFile, in.errorString()));
        text = in.readAll();
        in.close();
    }
    if (!text.isEmpty() && !text.endsWith('\n'))
        text += '\n';
    text += ssh::knownHostsName(address, port).toUtf8() + ' ' + key->toLatin1() + '\n';
    QSaveFile out(knownHostsFile);
    if (!out.open(QIODevice::WriteOnly) || out.write(text) != text.size() || !out.commit())
        return VoidResult::failure(TrustText::tr("Cannot write the known hosts file %1: %2")
                                       .arg(knownHostsFile, out.errorString()));
    qCDebug(lcSystemContainers) << "trusted" << key->section(QLatin1Char(' '), 0, 0) << "for"
                                << ssh::knownHostsName(address, port) << "in" << knownHostsFile;
    return {};
}

} // namespace sloop::instances
