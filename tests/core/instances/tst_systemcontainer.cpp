// System containers against the real dockerd and the locally built
// sloop-test/debian:bookworm (scripts/build-test-image.sh): create, SSH with
// the injected key and a host key filed through the engine, limits seen
// from inside, restart, a clean stop, snapshots and a recreate with other
// ports. Missing services fail the suite; nothing is skipped.
#include "../ssh/sshtestenv.h"
#include "engine/dockerclient.h"
#include "instances/hostkeytrust.h"
#include "instances/sshprobe.h"
#include "instances/systemcontainer.h"
#include "ssh/remotecommand.h"
#include "ssh/sshsession.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace sloop;
using namespace sloop::instances;

namespace {
constexpr const char *kImage = "sloop-test/debian:bookworm";
constexpr int kSshTimeoutMs = 20000;
} // namespace

class TestSystemContainer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void createLoginAndLimits();
    void enabledServicesStartAndStop();
    void restartKeepsKeys();
    void stopIsClean();
    void snapshotMakesANewInstance();
    void recreateWithOtherPorts();
    void portsAreStableAndFree();
    void hostileNamesRejected_data();
    void hostileNamesRejected();
    void badSpecsRejected();

private:
    SystemContainerSpec spec(const QString &tag) const;
    SystemContainer create(const SystemContainerSpec &spec);
    // SSH up, host key read through the engine and filed; returns the key.
    QString trust(const SystemContainer &c);
    std::unique_ptr<ssh::SshSession> session(const SystemContainer &c);
    ssh::ExecResult run(const SystemContainer &c, const QString &script);

    engine::DockerClient *m_client = nullptr;
    SystemContainers *m_containers = nullptr;
    test::SshTestEnv m_ssh;
    QString m_publicKey;
    QTemporaryDir m_dir;
    QString m_knownHosts;
    QStringList m_created;
    QStringList m_images;
    SystemContainer m_main; // made by createLoginAndLimits, used by the next ones
};

void TestSystemContainer::initTestCase()
{
    auto connected = test::connectTestEngine(this);
    QVERIFY2(connected.ok(), qPrintable(connected.error()));
    m_client = connected.value();
    const auto images = test::await(m_client->listImages());
    QVERIFY2(images.ok(), qPrintable(images.error()));
    bool found = false;
    for (const auto &image : *images)
        found = found || image.repoTags.contains(QLatin1String(kImage));
    QVERIFY2(found, "sloop-test/debian:bookworm is missing: run scripts/test-services.sh "
                    "(scripts/build-test-image.sh builds it).");
    const auto env = test::loadSshTestEnv();
    QVERIFY2(env.ok(), qPrintable(env.error()));
    m_ssh = *env;
    QFile pub(m_ssh.key + QStringLiteral(".pub"));
    QVERIFY2(pub.open(QIODevice::ReadOnly), qPrintable(pub.fileName()));
    m_publicKey = QString::fromUtf8(pub.readAll()).trimmed();
    m_knownHosts = m_dir.filePath(QStringLiteral("known_hosts"));
    SystemContainerOptions options;
    options.stopTimeoutSeconds = 10;
    m_containers = new SystemContainers(m_client, options, this);
}

void TestSystemContainer::cleanupTestCase()
{
    if (!m_client)
        return;
    for (const QString &id : std::as_const(m_created))
        test::await(m_client->removeContainer(id, true));
    // Recreated containers are named like their originals.
    const auto left = test::await(m_client->listContainers(
        true, {{QStringLiteral("label"), {QLatin1String(kInstanceLabel)}}}));
    if (left) {
        for (const auto &c : *left) {
            if (c.name.startsWith(QLatin1String("sloop-test-")))
                test::await(m_client->removeContainer(c.id, true));
        }
    }
    for (const QString &image : std::as_const(m_images))
        test::await(m_client->removeImage(image, true));
}

SystemContainerSpec TestSystemContainer::spec(const QString &tag) const
{
    SystemContainerSpec s;
    s.name = test::uniqueName(tag);
    s.image = QLatin1String(kImage);
    s.authorizedKey = m_publicKey;
    s.ports = {{22, 0, QStringLiteral("tcp"), QStringLiteral("127.0.0.1")}};
    return s;
}

SystemContainer TestSystemContainer::create(const SystemContainerSpec &s)
{
    const auto made = test::await(m_containers->create(s));
    if (!made.ok()) {
        qWarning() << "create failed:" << made.error();
        return {};
    }
    m_created.append(made->id);
    return *made;
}

QString TestSystemContainer::trust(const SystemContainer &c)
{
    const VoidResult up = test::await(waitForSsh(c.sshAddress(), c.sshPort(), kSshTimeoutMs));
    if (!up.ok()) {
        qWarning() << up.error();
        return {};
    }
    const auto key = test::await(m_containers->hostKey(c.id));
    if (!key.ok()) {
        qWarning() << key.error();
        return {};
    }
    const VoidResult filed = trustHostKey(m_knownHosts, c.sshAddress(), c.sshPort(), *key);
    if (!filed.ok()) {
        qWarning() << filed.error();
        return {};
    }
    return *key;
}

std::unique_ptr<ssh::SshSession> TestSystemContainer::session(const SystemContainer &c)
{
    ssh::SshTarget target;
    target.name = c.name;
    target.address = c.sshAddress();
    target.port = c.sshPort();
    target.user = QStringLiteral("root");
    target.identityFiles = {m_ssh.key};
    ssh::SshOptions options;
    options.knownHostsFile = m_knownHosts;
    options.globalKnownHostsFile = m_knownHosts + QStringLiteral(".no-global");
    options.useAgent = false;
    options.tryDefaultKeys = false;
    options.connectTimeoutMs = 10000;
    return std::make_unique<ssh::SshSession>(target, options);
}

ssh::ExecResult TestSystemContainer::run(const SystemContainer &c, const QString &script)
{
    auto s = session(c);
    // Strict: the host key must already be on file (no trust on first use).
    const auto connected = test::await(s->connectHost(ssh::HostKeyPolicy::Strict), 30000);
    if (!connected.ok()) {
        qWarning() << "connect:" << connected.message();
        return {};
    }
    const auto out = test::await(
        s->exec(ssh::RemoteCommand::argv({QStringLiteral("sh"), QStringLiteral("-c"), script})),
        60000);
    if (!out.ok()) {
        qWarning() << "exec:" << out.message();
        return {};
    }
    return *out;
}

void TestSystemContainer::createLoginAndLimits()
{
    SystemContainerSpec s = spec(QStringLiteral("vm"));
    s.hostname = QStringLiteral("web-1");
    s.vcpus = 1;
    s.memoryMiB = 256;
    s.pidsLimit = 200;
    s.ports.append({80, 0, QStringLiteral("tcp"), QStringLiteral("127.0.0.1")});
    s.labels.insert(QStringLiteral("owner"), QStringLiteral("tests"));
    QElapsedTimer clock;
    clock.start();
    m_main = create(s);
    QVERIFY(!m_main.id.isEmpty());
    const QString key = trust(m_main);
    const qint64 readyMs = clock.elapsed();
    QVERIFY(!key.isEmpty());
    qInfo() << "create -> SSH banner and host key:" << readyMs << "ms";
    QVERIFY(key.startsWith(QLatin1String("ssh-ed25519 ")));

    QCOMPARE(m_main.ports.size(), 2);
    for (const PortMapping &m : std::as_const(m_main.ports)) {
        QVERIFY(m.hostPort >= m_containers->options().ports.first);
        QVERIFY(m.hostPort <= m_containers->options().ports.last);
    }
    QCOMPARE(m_main.labels.value(QLatin1String(kInstanceLabel)), s.name);
    QCOMPARE(m_main.labels.value(QStringLiteral("owner")), QStringLiteral("tests"));

    // What the engine kept matches what create said.
    const auto seen = test::await(m_containers->inspect(m_main.id));
    QVERIFY2(seen.ok(), qPrintable(seen.error()));
    QCOMPARE(seen->state, QStringLiteral("running"));
    QCOMPARE(seen->hostname, QStringLiteral("web-1"));
    QCOMPARE(seen->sshPort(), m_main.sshPort());
    QCOMPARE(seen->pidsLimit, 200);
    QCOMPARE(seen->labels.value(QLatin1String(kPortsLabel)), encodePortMappings(m_main.ports));
    const auto details = test::await(m_client->inspectContainer(m_main.id));
    QVERIFY(details->init);

    // Inside, over SSH with the injected key: the limits (cgroup v1 or v2),
    // the host name, and sloop-init as tini's child.
    const ssh::ExecResult out = run(
        m_main, QStringLiteral("hostname; "
                               "if [ -f /sys/fs/cgroup/cpu.max ]; then cat /sys/fs/cgroup/cpu.max; "
                               "cat /sys/fs/cgroup/memory.max; cat /sys/fs/cgroup/pids.max; "
                               "else echo $(cat /sys/fs/cgroup/cpu/cpu.cfs_quota_us) "
                               "$(cat /sys/fs/cgroup/cpu/cpu.cfs_period_us); "
                               "cat /sys/fs/cgroup/memory/memory.limit_in_bytes; "
                               "cat /sys/fs/cgroup/pids/pids.max; fi; "
                               "cat /proc/1/cmdline | tr '\\0' ' '; echo; id -un"));
    QCOMPARE(out.exitStatus, 0);
    const QStringList lines = QString::fromUtf8(out.stdOut).split(QLatin1Char('\n'));
    QVERIFY2(lines.size() >= 6, out.stdOut.constData());
    QCOMPARE(lines.at(0), QStringLiteral("web-1"));
    QCOMPARE(lines.at(1), QStringLiteral("100000 100000")); // one CPU's worth per period
    QCOMPARE(lines.at(2), QStringLiteral("268435456"));
    QCOMPARE(lines.at(3), QStringLiteral("200"));
    QVERIFY2(lines.at(4).contains(QLatin1String("docker-init")) &&
                 lines.at(4).contains(QLatin1String(SystemContainers::kInitPath)),
             qPrintable(lines.at(4)));
    QCOMPARE(lines.at(5), QStringLiteral("root"));
}

void TestSystemContainer::enabledServicesStartAndStop()
{
    QVERIFY(!m_main.id.isEmpty());
    // A SysV service as `apt-get install` would leave one: a script in
    // init.d linked into rc2.d. It notes each start and stop.
    const ssh::ExecResult out =
        run(m_main,
            QStringLiteral(
                "cat >/etc/init.d/sloop-demo <<'EOF'\n"
                "#!/bin/sh\n"
                "case \"$1\" in\n"
                "start) echo start >>/var/log/sloop-demo.log; sleep 600 & echo $! "
                ">/run/sloop-demo.pid ;;\n"
                "stop) echo stop >>/var/log/sloop-demo.log; kill $(cat /run/sloop-demo.pid) ;;\n"
                "esac\n"
                "EOF\n"
                "chmod 755 /etc/init.d/sloop-demo; "
                "ln -sf ../init.d/sloop-demo /etc/rc2.d/S01sloop-demo; "
                "echo 'echo boot >>/var/log/sloop-demo.log' >/var/lib/sloop/bootcmd.sh"));
    QCOMPARE(out.exitStatus, 0);
    // Nothing started it yet: the init starts enabled services at boot.
    QVERIFY(test::await(m_containers->restart(m_main.id), 60000).ok());
    QVERIFY(!trust(m_main).isEmpty());
    const ssh::ExecResult log = run(
        m_main, QStringLiteral("cat /var/log/sloop-demo.log; kill -0 $(cat /run/sloop-demo.pid) "
                               "&& echo running"));
    // The restart's stop asked every enabled service to stop (this one was
    // not running yet), then the boot ran bootcmd and started it.
    QCOMPARE(QString::fromUtf8(log.stdOut), QStringLiteral("stop\nboot\nstart\nrunning\n"));
}

void TestSystemContainer::restartKeepsKeys()
{
    QVERIFY(!m_main.id.isEmpty());
    const auto before = test::await(m_containers->hostKey(m_main.id));
    QVERIFY2(before.ok(), qPrintable(before.error()));
    QVERIFY(test::await(m_containers->restart(m_main.id), 60000).ok());
    QVERIFY(test::await(waitForSsh(m_main.sshAddress(), m_main.sshPort(), kSshTimeoutMs)).ok());
    const auto after = test::await(m_containers->hostKey(m_main.id));
    QVERIFY2(after.ok(), qPrintable(after.error()));
    QCOMPARE(*after, *before);
    // The same known_hosts entry and key still get in; the port stayed.
    const ssh::ExecResult out =
        run(m_main, QStringLiteral("grep -c . /root/.ssh/authorized_keys; "
                                   "cat /var/log/sloop-demo.log | tr '\\n' ' '"));
    QCOMPARE(out.exitStatus, 0);
    // The key was written once; the demo service was stopped, then started.
    QCOMPARE(QString::fromUtf8(out.stdOut), QStringLiteral("1\nstop boot start stop boot start "));
    const auto seen = test::await(m_containers->inspect(m_main.id));
    QCOMPARE(seen->sshPort(), m_main.sshPort());
}

void TestSystemContainer::stopIsClean()
{
    QVERIFY(!m_main.id.isEmpty());
    QElapsedTimer clock;
    clock.start();
    QVERIFY(test::await(m_containers->stop(m_main.id), 60000).ok());
    const qint64 ms = clock.elapsed();
    const auto details = test::await(m_client->inspectContainer(m_main.id));
    QVERIFY2(details.ok(), qPrintable(details.error()));
    QCOMPARE(details->summary.state, QStringLiteral("exited"));
    // Exit 0 well before the engine's kill: sloop-init handled SIGTERM.
    QCOMPARE(details->exitCode, 0);
    QVERIFY2(ms < 5000, qPrintable(QString::number(ms)));
    qInfo() << "stop took" << ms << "ms";
    // The services were stopped by the init, not killed.
    QVERIFY(test::await(m_containers->start(m_main.id), 60000).ok());
    QVERIFY(!trust(m_main).isEmpty());
    const ssh::ExecResult out = run(m_main, QStringLiteral("tail -n 3 /var/log/sloop-demo.log"));
    QCOMPARE(QString::fromUtf8(out.stdOut), QStringLiteral("stop\nboot\nstart\n"));
}

void TestSystemContainer::snapshotMakesANewInstance()
{
    QVERIFY(!m_main.id.isEmpty());
    QCOMPARE(run(m_main, QStringLiteral("echo 'kept by the snapshot' >/root/marker")).exitStatus,
             0);
    const QString repo = test::uniqueName(QStringLiteral("snap"));
    const auto image =
        test::await(m_containers->commit(m_main.id, repo, QStringLiteral("s1")), 120000);
    QVERIFY2(image.ok(), qPrintable(image.error()));
    m_images.append(*image);

    SystemContainerSpec s = spec(QStringLiteral("restored"));
    s.image = repo + QStringLiteral(":s1");
    const SystemContainer restored = create(s);
    QVERIFY(!restored.id.isEmpty());
    QVERIFY(restored.sshPort() != m_main.sshPort());
    const QString key = trust(restored);
    QVERIFY(!key.isEmpty());
    // Another instance: a host key of its own, the files of the original.
    QVERIFY(key != *test::await(m_containers->hostKey(m_main.id)));
    const ssh::ExecResult out = run(restored, QStringLiteral("cat /root/marker; hostname"));
    QCOMPARE(out.exitStatus, 0);
    QCOMPARE(QString::fromUtf8(out.stdOut),
             QStringLiteral("kept by the snapshot\n") + hostnameFor(s.name) + QLatin1Char('\n'));
}

void TestSystemContainer::recreateWithOtherPorts()
{
    QVERIFY(!m_main.id.isEmpty());
    const QString key = *test::await(m_containers->hostKey(m_main.id));
    const QList<PortMapping> ports{{22, 0, QStringLiteral("tcp"), QStringLiteral("127.0.0.1")},
                                   {8080, 0, QStringLiteral("tcp"), QStringLiteral("127.0.0.1")}};
    const auto made = test::await(m_containers->recreate(m_main.id, ports), 180000);
    QVERIFY2(made.ok(), qPrintable(made.error()));
    m_created.append(made->id);
    QVERIFY(made->id != m_main.id);
    QCOMPARE(made->name, m_main.name);
    QCOMPARE(made->sshPort(), m_main.sshPort()); // kept, so known_hosts stays true
    QCOMPARE(made->ports.size(), 2);
    QCOMPARE(made->ports.at(1).containerPort, 8080);
    QCOMPARE(made->labels.value(QStringLiteral("owner")), QStringLiteral("tests"));
    QCOMPARE(made->pidsLimit, 200);
    QCOMPARE(made->memoryBytes, 256 * 1024 * 1024);
    const auto old = test::await(m_client->inspectContainer(m_main.id));
    QVERIFY(!old.ok()); // gone

    QVERIFY(test::await(waitForSsh(made->sshAddress(), made->sshPort(), kSshTimeoutMs)).ok());
    QCOMPARE(*test::await(m_containers->hostKey(made->id)), key);
    const ssh::ExecResult out = run(*made, QStringLiteral("cat /root/marker; hostname"));
    QCOMPARE(QString::fromUtf8(out.stdOut), QStringLiteral("kept by the snapshot\nweb-1\n"));

    // A second recreate drops the first one's intermediate image name.
    const QString firstImage = made->labels.value(QLatin1String(kRecreateImageLabel));
    QVERIFY(!firstImage.isEmpty());
    const auto again = test::await(m_containers->recreate(made->id, {ports.first()}), 180000);
    QVERIFY2(again.ok(), qPrintable(again.error()));
    m_created.append(again->id);
    QCOMPARE(again->ports.size(), 1);
    QCOMPARE(again->sshPort(), m_main.sshPort());
    const auto images = test::await(m_client->listImages());
    for (const auto &image : *images)
        QVERIFY(!image.repoTags.contains(firstImage));
    m_images.append(again->labels.value(QLatin1String(kRecreateImageLabel)));
    m_main = *again;
}

void TestSystemContainer::portsAreStableAndFree()
{
    // The port this name would get is busy on this machine: the next one is
    // chosen, and a second instance never shares it.
    SystemContainerSpec a = spec(QStringLiteral("ports"));
    const int preferred =
        preferredHostPort(a.name, 22, QStringLiteral("tcp"), m_containers->options().ports);
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, quint16(preferred)));
    const SystemContainer first = create(a);
    QVERIFY(!first.id.isEmpty());
    QVERIFY(first.sshPort() != preferred);

    SystemContainerSpec b = spec(QStringLiteral("ports-b"));
    b.ports.append({80, first.sshPort(), QStringLiteral("tcp"), QStringLiteral("127.0.0.1")});
    const auto clash = test::await(m_containers->create(b));
    QVERIFY(!clash.ok()); // asked for a port another instance has
    QVERIFY2(clash.error().contains(QString::number(first.sshPort())), qPrintable(clash.error()));

    // A stopped instance keeps its ports: nobody else is given them.
    QVERIFY(test::await(m_containers->stop(first.id), 60000).ok());
    b.ports = {{22, first.sshPort(), QStringLiteral("tcp"), QStringLiteral("127.0.0.1")}};
    QVERIFY(!test::await(m_containers->create(b)).ok());
    QVERIFY(test::await(m_containers->start(first.id), 60000).ok());
    QCOMPARE(test::await(m_containers->inspect(first.id))->sshPort(), first.sshPort());
}

void TestSystemContainer::hostileNamesRejected_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("substitution") << QStringLiteral("$(touch /tmp/pwned)");
    QTest::newRow("semicolon") << QStringLiteral("vm;reboot");
    QTest::newRow("space") << QStringLiteral("my vm");
    QTest::newRow("newline") << QStringLiteral("vm\nsloop.instance=x");
    QTest::newRow("slash") << QStringLiteral("../../etc/passwd");
    QTest::newRow("leading dash") << QStringLiteral("--privileged");
    QTest::newRow("quote") << QStringLiteral("vm'\"");
    QTest::newRow("too long") << QString(64, QLatin1Char('v'));
}

void TestSystemContainer::hostileNamesRejected()
{
    QFETCH(QString, name);
    SystemContainerSpec s = spec(QStringLiteral("hostile"));
    s.name = name;
    // A mark of this attempt alone: other suites make containers meanwhile,
    // so counting the engine's containers would blame them.
    const QString mark = test::uniqueName(QStringLiteral("hostile-mark"));
    s.labels.insert(QStringLiteral("test.hostile"), mark);
    const auto made = test::await(m_containers->create(s));
    QVERIFY(!made.ok());
    QVERIFY(!made.error().isEmpty());
    const auto after = test::await(m_client->listContainers(true));
    QVERIFY(after.ok());
    for (const engine::ContainerSummary &c : *after) // nothing reached the engine
        QVERIFY2(c.labels.value(QStringLiteral("test.hostile")) != mark, qPrintable(c.name));
}

void TestSystemContainer::badSpecsRejected()
{
    SystemContainerSpec s = spec(QStringLiteral("bad"));
    s.authorizedKey = QStringLiteral("ssh-ed25519 AAAA\nroot ALL=(ALL) NOPASSWD: ALL");
    QVERIFY(!test::await(m_containers->create(s)).ok());
    s = spec(QStringLiteral("bad"));
    s.hostname = QStringLiteral("host name; reboot");
    QVERIFY(!test::await(m_containers->create(s)).ok());
    s = spec(QStringLiteral("bad"));
    s.labels.insert(QLatin1String(kInstanceLabel), QStringLiteral("someone-else"));
    QVERIFY(!test::await(m_containers->create(s)).ok());
    s = spec(QStringLiteral("bad"));
    s.image = QStringLiteral("sloop-test/no-such-image:1");
    const auto missing = test::await(m_containers->create(s));
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().contains(QLatin1String("no-such-image")), qPrintable(missing.error()));
    // A name already taken is refused before the engine is asked.
    s = spec(QStringLiteral("bad"));
    s.name = m_main.name;
    const auto taken = test::await(m_containers->create(s));
    QVERIFY(!taken.ok());
    QVERIFY2(taken.error().contains(m_main.name), qPrintable(taken.error()));
}

QTEST_GUILESS_MAIN(TestSystemContainer)
#include "tst_systemcontainer.moc"
