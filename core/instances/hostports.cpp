#include "hostports.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QTcpServer>
#include <QUdpSocket>

namespace sloop::instances {

namespace {

struct PortsText
{
    Q_DECLARE_TR_FUNCTIONS(SystemContainers)
};

bool validProtocol(const QString &protocol)
{
    return protocol == QLatin1String("tcp") || protocol == QLatin1String("udp");
}

QString describe(const PortMapping &m)
{
    return QStringLiteral("%1/%2").arg(m.containerPort).arg(m.protocol);
}

} // namespace

QString portKey(const QString &protocol, int hostPort)
{
    return protocol + QLatin1Char('/') + QString::number(hostPort);
}

int preferredHostPort(const QString &instanceName, int containerPort, const QString &protocol,
                      const PortRange &range)
{
    // FNV-1a: qHash is seeded per process, and the point is the same port
    // on every run.
    quint32 h = 2166136261u;
    const QByteArray key =
        instanceName.toUtf8() + '/' + QByteArray::number(containerPort) + '/' + protocol.toUtf8();
    for (const char c : key) {
        h ^= quint8(c);
        h *= 16777619u;
    }
    return range.first + int(h % quint32(qMax(1, range.size())));
}

bool canBindLocally(const QString &hostIp, int port, const QString &protocol)
{
    // Docker binds both stacks for an empty address; a port taken on either
    // would fail its start.
    const QList<QHostAddress> addresses =
        hostIp.isEmpty() ? QList<QHostAddress>{QHostAddress(QHostAddress::AnyIPv4),
                                               QHostAddress(QHostAddress::AnyIPv6)}
                         : QList<QHostAddress>{QHostAddress(hostIp)};
    // Only "in use" (or "not allowed") counts: a machine without IPv6 fails
    // the :: probe for another reason, and the engine would not bind there.
    const auto busy = [](QAbstractSocket::SocketError e) {
        return e == QAbstractSocket::AddressInUseError || e == QAbstractSocket::SocketAccessError;
    };
    for (const QHostAddress &address : addresses) {
        if (protocol == QLatin1String("udp")) {
            QUdpSocket socket;
            if (!socket.bind(address, quint16(port), QAbstractSocket::DontShareAddress) &&
                busy(socket.error()))
                return false;
        } else {
            QTcpServer server;
            if (!server.listen(address, quint16(port)) && busy(server.serverError()))
                return false;
        }
    }
    return true;
}

VoidResult validatePortMappings(const QList<PortMapping> &mappings)
{
    QSet<QString> inside;
    QSet<QString> outside;
    for (const PortMapping &m : mappings) {
        if (!validProtocol(m.protocol))
            return VoidResult::failure(
                PortsText::tr("The protocol of a port must be tcp or udp, not \"%1\".")
                    .arg(m.protocol.left(20)));
        if (m.containerPort < 1 || m.containerPort > 65535)
            return VoidResult::failure(
                PortsText::tr("Port %1 is not a port number (1-65535).").arg(m.containerPort));
        if (m.hostPort < 0 || m.hostPort > 65535)
            return VoidResult::failure(
                PortsText::tr("Host port %1 is not a port number (1-65535, or 0 to choose one).")
                    .arg(m.hostPort));
        if (!m.hostIp.isEmpty() && QHostAddress(m.hostIp).isNull())
            return VoidResult::failure(
                PortsText::tr("\"%1\" is not an IP address of the host.").arg(m.hostIp.left(60)));
        if (inside.contains(describe(m)))
            return VoidResult::failure(
                PortsText::tr("Port %1 is published twice.").arg(describe(m)));
        inside.insert(describe(m));
        if (m.hostPort > 0) {
            const QString key = portKey(m.protocol, m.hostPort);
            if (outside.contains(key))
                return VoidResult::failure(
                    PortsText::tr("Host port %1 is used for two ports.").arg(key));
            outside.insert(key);
        }
    }
    return {};
}

Result<QList<PortMapping>> assignHostPorts(const QString &instanceName, QList<PortMapping> mappings,
                                           QSet<QString> &taken, const PortRange &range,
                                           const std::function<bool(const PortMapping &)> &isFree)
{
    using R = Result<QList<PortMapping>>;
    // Explicit ports first, so a chosen one never lands on them.
    for (PortMapping &m : mappings) {
        if (m.hostPort == 0)
            continue;
        const QString key = portKey(m.protocol, m.hostPort);
        if (taken.contains(key) || (isFree && !isFree(m)))
            return R::failure(ErrorKind::Conflict,
                              PortsText::tr("Host port %1 is already in use.").arg(key));
        taken.insert(key);
    }
    for (PortMapping &m : mappings) {
        if (m.hostPort != 0)
            continue;
        const int start = preferredHostPort(instanceName, m.containerPort, m.protocol, range);
        for (int i = 0; i < range.size(); ++i) {
            PortMapping candidate = m;
            candidate.hostPort = range.first + (start - range.first + i) % range.size();
            const QString key = portKey(m.protocol, candidate.hostPort);
            if (taken.contains(key) || (isFree && !isFree(candidate)))
                continue;
            taken.insert(key);
            m = candidate;
            break;
        }
        if (m.hostPort == 0)
            return R::failure(PortsText::tr("No free host port for %1 between %2 and %3.")
                                  .arg(describe(m))
                                  .arg(range.first)
                                  .arg(range.last));
    }
    return mappings;
}

QString encodePortMappings(const QList<PortMapping> &mappings)
{
    QStringList parts;
    for (const PortMapping &m : mappings) {
        QString part;
        if (!m.hostIp.isEmpty())
            part = (m.hostIp.contains(QLatin1Char(':'))
                        ? QLatin1Char('[') + m.hostIp + QLatin1Char(']')
                        : m.hostIp) +
                   QLatin1Char(':');
        part += QString::number(m.hostPort) + QLatin1Char(':') + describe(m);
        parts.append(part);
    }
    return parts.join(QLatin1Char(' '));
}

Result<QList<PortMapping>> decodePortMappings(const QString &text)
{
    using R = Result<QList<PortMapping>>;
    QList<PortMapping> out;
    for (const QString &part : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const auto bad = [&] {
            return R::failure(PortsText::tr("\"%1\" is not a port mapping (address:host port:"
                                            "port/protocol).")
                                  .arg(part.left(80)));
        };
        const qsizetype last = part.lastIndexOf(QLatin1Char(':'));
        if (last <= 0)
            return bad();
        const QString inside = part.mid(last + 1);
        const QString rest = part.left(last);
        const qsizetype hostColon = rest.lastIndexOf(QLatin1Char(':'));
        PortMapping m;
        bool ok1 = false;
        bool ok2 = false;
        m.containerPort = inside.section(QLatin1Char('/'), 0, 0).toInt(&ok1);
        m.protocol = inside.section(QLatin1Char('/'), 1);
        m.hostPort = rest.mid(hostColon + 1).toInt(&ok2);
        if (hostColon >= 0) {
            m.hostIp = rest.left(hostColon);
            if (m.hostIp.startsWith(QLatin1Char('[')) && m.hostIp.endsWith(QLatin1Char(']')))
                m.hostIp = m.hostIp.mid(1, m.hostIp.size() - 2);
        }
        if (!ok1 || !ok2)
            return bad();
        out.append(m);
    }
    if (const VoidResult valid = validatePortMappings(out); !valid)
        return R::failure(valid.problem());
    return out;
}

} // namespace sloop::instances
