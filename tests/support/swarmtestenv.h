#pragma once

#include "util/result.h"

#include <QFile>
#include <QHash>
#include <QList>
#include <QString>

namespace sloop::test {

// The two engines scripts/start-swarm-nodes.sh started, each a dockerd in a
// network namespace of its own, joined to each other by a veth pair.
struct SwarmTestNode
{
    QString name;    // sw1, sw2
    QString socket;  // its docker.sock
    QString address; // where the other node reaches it
};

inline Result<QList<SwarmTestNode>> loadSwarmTestEnv()
{
    const QByteArray state = qgetenv("SLOOP_TEST_STATE");
    const QString file = (state.isEmpty() ? QStringLiteral("/tmp/sloop-test-services")
                                          : QString::fromLocal8Bit(state)) +
                         QStringLiteral("/swarm/env");
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return Result<QList<SwarmTestNode>>::failure(
            QStringLiteral("%1 is missing: the two engines the Swarm tests need were not "
                           "started. Run scripts/start-swarm-nodes.sh (scripts/test-services.sh "
                           "does).")
                .arg(file));
    QHash<QString, QString> v;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            v.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    QList<SwarmTestNode> nodes;
    for (int n = 1; n <= 2; ++n) {
        const QString prefix = QStringLiteral("SLOOP_TEST_SWARM%1_").arg(n);
        SwarmTestNode node{QStringLiteral("sw%1").arg(n),
                           v.value(prefix + QStringLiteral("SOCKET")),
                           v.value(prefix + QStringLiteral("ADDR"))};
        if (node.socket.isEmpty() || node.address.isEmpty())
            return Result<QList<SwarmTestNode>>::failure(
                QStringLiteral("%1 is incomplete.").arg(file));
        nodes.append(node);
    }
    return nodes;
}

} // namespace sloop::test
