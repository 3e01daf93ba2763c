// `sloop hosts ...` against the real sshd that scripts/start-sshd.sh starts.
// HOME and the XDG folders point at a temporary folder, so known_hosts and
// the store start empty. A missing sshd is a failure, never a skip.
#include "../core/ssh/netnstestenv.h"
#include "../core/ssh/sshtestenv.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "cliprocess.h"

using namespace sloop;

using Outcome = test::CliOutcome;
using test::describe;

class TestCliHosts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void addAndList();
    void addRejectsBadInput_data();
    void addRejectsBadInput();
    void unknownHostKeyIsRefused();
    void execStreamsAndExitStatus();
    void hostileArgumentArrivesIntact();
    void execPrintsLinesAsTheyArrive();
    void execPassesSigtermOnAndExits130();
    void changedHostKeyIsRefused();
    void passwordFromEnvironment();
    void wrongPasswordListsMethods();
    void infoJson();
    void remove();
    void importSshConfig();
    void hostBehindAJumpHost();
    void execForwardsStdin();

private:
    Outcome sloop(const QStringList &args, const QProcessEnvironment &extra = {});
    QJsonArray listJson();
    QStringList addKeyHost(const QString &name) const;

    QString m_binary;
    test::SshTestEnv m_ssh;
    QTemporaryDir m_home;
    QProcessEnvironment m_env;
};

Outcome TestCliHosts::sloop(const QStringList &args, const QProcessEnvironment &extra)
{
    QProcessEnvironment env = m_env;
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    return test::runCli(m_binary, args, env, 90000);
}

QJsonArray TestCliHosts::listJson()
{
    const Outcome o =
        sloop({QStringLiteral("hosts"), QStringLiteral("ls"), QStringLiteral("--json")});
    if (o.exitCode != 0)
        qWarning("hosts ls failed: %s", qPrintable(describe(o)));
    return QJsonDocument::fromJson(o.out).array();
}

QStringList TestCliHosts::addKeyHost(const QString &name) const
{
    return {QStringLiteral("hosts"),
            QStringLiteral("add"),
            name,
            QStringLiteral("--address"),
            m_ssh.host,
            QStringLiteral("--port"),
            QString::number(m_ssh.port),
            QStringLiteral("--user"),
            m_ssh.user,
            QStringLiteral("--identity"),
            m_ssh.key,
            QStringLiteral("--tag"),
            QStringLiteral("test")};
}

void TestCliHosts::initTestCase()
{
    m_binary = qEnvironmentVariable("SLOOP_BINARY");
    QVERIFY2(!m_binary.isEmpty(), "SLOOP_BINARY is not set: run the suite through ctest");
    const auto env = test::loadSshTestEnv();
    QVERIFY2(env.ok(), qPrintable(env.error()));
    m_ssh = env.value();
    QVERIFY(m_home.isValid());
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(QStringLiteral("HOME"), m_home.path());
    m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    for (const char *name : {"SSH_AUTH_SOCK", "SLOOP_SSH_PASSWORD", "SLOOP_SSH_PASSPHRASE"})
        m_env.remove(QString::fromLatin1(name));
    // Never the keychain of the person running the tests (tst_secretstore
    // covers the keychain with one of its own): no session bus to find.
    m_env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    m_env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home.filePath(QStringLiteral("run")));
}

void TestCliHosts::addAndList()
{
    const Outcome o = sloop(addKeyHost(QStringLiteral("box")) << QStringLiteral("--json"));
    QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
    const QJsonArray list = listJson();
    QCOMPARE(list.size(), 1);
    const QJsonObject box = list.first().toObject();
    QCOMPARE(box.value(QLatin1String("name")).toString(), QStringLiteral("box"));
    QCOMPARE(box.value(QLatin1String("address")).toString(), m_ssh.host);
    QCOMPARE(box.value(QLatin1String("port")).toInt(), int(m_ssh.port));
    QCOMPARE(box.value(QLatin1String("user")).toString(), m_ssh.user);
    QCOMPARE(box.value(QLatin1String("identity")).toString(), m_ssh.key);
    QCOMPARE(box.value(QLatin1String("tags")).toArray(), QJsonArray{QStringLiteral("test")});
}

void TestCliHosts::addRejectsBadInput_data()
{
    QTest::addColumn<QStringList>("args");
    const QString a = QStringLiteral("--address");
    const QString h = QStringLiteral("127.0.0.1");
    QTest::newRow("bad name") << QStringList{QStringLiteral("bad name!"), a, h};
    QTest::newRow("port too big") << QStringList{QStringLiteral("big"), a, h,
                                                 QStringLiteral("--port"), QStringLiteral("70000")};
    QTest::newRow("port not a number") << QStringList{
        QStringLiteral("nan"), a, h, QStringLiteral("--port"), QStringLiteral("ssh")};
    QTest::newRow("no address") << QStringList{QStringLiteral("noaddr")};
}

void TestCliHosts::addRejectsBadInput()
{
    QFETCH(QStringList, args);
    const Outcome o = sloop(QStringList{QStringLiteral("hosts"), QStringLiteral("add")} + args);
    QVERIFY2(o.exitCode == 2, qPrintable(describe(o)));
    QVERIFY2(o.err.startsWith("sloop: "), qPrintable(describe(o)));
    QCOMPARE(listJson().size(), 1);
}

void TestCliHosts::unknownHostKeyIsRefused()
{
    const Outcome o = sloop({QStringLiteral("hosts"), QStringLiteral("exec"), QStringLiteral("box"),
                             QStringLiteral("--"), QStringLiteral("true")});
    QVERIFY2(o.exitCode == 1, qPrintable(describe(o)));
    QVERIFY2(o.err.contains("SHA256:"), qPrintable(describe(o)));
    // The refusal says how to accept exactly the key it showed.
    const QRegularExpressionMatch shown =
        QRegularExpression(QStringLiteral("--accept-new-host-key (SHA256:[A-Za-z0-9+/]+)"))
            .match(QString::fromUtf8(o.err));
    QVERIFY2(shown.hasMatch(), qPrintable(describe(o)));
    QVERIFY(!QFile::exists(m_home.filePath(QStringLiteral(".ssh/known_hosts"))));
    // Something else than a fingerprint is a usage error, not a bare flag.
    QCOMPARE(sloop({QStringLiteral("hosts"), QStringLiteral("exec"), QStringLiteral("box"),
                    QStringLiteral("--accept-new-host-key="), QStringLiteral("--"),
                    QStringLiteral("true")})
                 .exitCode,
             2);
    // Another fingerprint than the server's: refused, nothing written.
    const Outcome wrong =
        sloop({QStringLiteral("hosts"), QStringLiteral("exec"), QStringLiteral("box"),
               QStringLiteral("--accept-new-host-key"),
               QStringLiteral("SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"),
               QStringLiteral("--"), QStringLiteral("true")});
    QVERIFY2(wrong.exitCode == 1 && wrong.err.contains(shown.captured(1).toUtf8()),
             qPrintable(describe(wrong)));
    QVERIFY(!QFile::exists(m_home.filePath(QStringLiteral(".ssh/known_hosts"))));
    const Outcome right =
        sloop({QStringLiteral("hosts"), QStringLiteral("exec"), QStringLiteral("box"),
               QStringLiteral("--accept-new-host-key=") + shown.captured(1), QStringLiteral("--"),
               QStringLiteral("true")});
    QVERIFY2(right.exitCode == 0, qPrintable(describe(right)));
    QVERIFY(QFile::exists(m_home.filePath(QStringLiteral(".ssh/known_hosts"))));
    QFile::remove(m_home.filePath(QStringLiteral(".ssh/known_hosts"))); // as it was
}

void TestCliHosts::execStreamsAndExitStatus()
{
    const QStringList command{QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                              QStringLiteral("echo out; echo err >&2; exit 7")};
    Outcome o = sloop(QStringList{QStringLiteral("hosts"), QStringLiteral("exec"),
                                  QStringLiteral("box"), QStringLiteral("--accept-new-host-key")} +
                      command);
    QVERIFY2(o.exitCode == 7, qPrintable(describe(o)));
    QCOMPARE(o.out, QByteArray("out\n"));
    QVERIFY2(o.err.endsWith("err\n"), qPrintable(describe(o)));
    QVERIFY(QFile::exists(m_home.filePath(QStringLiteral(".ssh/known_hosts"))));
    // The key is on record now: no flag needed, and nothing but the command's stderr.
    o = sloop(QStringList{QStringLiteral("hosts"), QStringLiteral("exec"), QStringLiteral("box")} +
              command);
    QVERIFY2(o.exitCode == 7, qPrintable(describe(o)));
    QCOMPARE(o.out, QByteArray("out\n"));
    QCOMPARE(o.err, QByteArray("err\n"));
}

void TestCliHosts::hostileArgumentArrivesIntact()
{
    const QString hostile = QStringLiteral("it's $(id) `x`; rm -rf / \"q\" \\ *");
    const Outcome o =
        sloop({QStringLiteral("hosts"), QStringLiteral("exec"), QStringLiteral("box"),
               QStringLiteral("--"), QStringLiteral("printf"), QStringLiteral("%s"), hostile});
    QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
    QCOMPARE(o.out, hostile.toUtf8());
}

void TestCliHosts::execPrintsLinesAsTheyArrive()
{
    QProcess p;
    p.setProcessEnvironment(m_env);
    p.setStandardInputFile(QProcess::nullDevice());
    QElapsedTimer clock;
    clock.start();
    p.start(m_binary, {QStringLiteral("hosts"), QStringLiteral("exec"), QStringLiteral("box"),
                       QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                       QStringLiteral("echo first; sleep 2; echo second")});
    QVERIFY(p.waitForStarted(10000));
    QByteArray out;
    while (!out.contains("first") && p.waitForReadyRead(20000))
        out += p.readAllStandardOutput();
    const qint64 firstAt = clock.elapsed();
    QVERIFY2(out.startsWith("first\n"), out.constData());
    QVERIFY(p.waitForFinished(20000));
    const qint64 endAt = clock.elapsed();
    out += p.readAllStandardOutput();
    QCOMPARE(out, QByteArray("first\nsecond\n"));
    QCOMPARE(p.exitCode(), 0);
    QVERIFY2(
        endAt - firstAt >= 1500,
        qPrintable(QStringLiteral("first line at %1 ms, end at %2 ms").arg(firstAt).arg(endAt)));
}

void TestCliHosts::execPassesSigtermOnAndExits130()
{
    // The remote command notes the signal it got in a file, then exits.
    const QString marker =
        QStringLiteral("/tmp/sloop-cli-signal-%1").arg(QCoreApplication::applicationPid());
    QFile::remove(marker);
    QProcess p;
    p.setProcessEnvironment(m_env);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(m_binary,
            {QStringLiteral("hosts"), QStringLiteral("exec"), QStringLiteral("box"),
             QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
             QStringLiteral(
                 "trap 'echo TERM > %1; exit 9' TERM; echo ready; while :; do sleep 0.1; done")
                 .arg(marker)});
    QVERIFY(p.waitForStarted(10000));
    QByteArray out;
    while (!out.contains("ready") && p.waitForReadyRead(20000))
        out += p.readAllStandardOutput();
    QVERIFY2(out.contains("ready"), out.constData());
    p.terminate(); // SIGTERM
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 130);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(marker), 5000); // the test sshd runs on this machine
    QFile::remove(marker);
}

void TestCliHosts::changedHostKeyIsRefused()
{
    // Record the main server's key for the alternate port, whose server has
    // another key: to the client that is a changed key.
    QFile file(m_home.filePath(QStringLiteral(".ssh/known_hosts")));
    QVERIFY(file.open(QIODevice::ReadWrite));
    const QByteArray main = file.readAll();
    const QByteArray port = QByteArray(":" + QByteArray::number(m_ssh.port) + ' ');
    QVERIFY2(main.contains(port), main.constData());
    QByteArray forged = main;
    forged.replace(port, QByteArray(":" + QByteArray::number(m_ssh.altPort) + ' '));
    file.write(forged);
    file.close();

    QStringList add = addKeyHost(QStringLiteral("alt"));
    add[6] = QString::number(m_ssh.altPort);
    Outcome o = sloop(add);
    QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
    o = sloop({QStringLiteral("hosts"), QStringLiteral("exec"), QStringLiteral("alt"),
               QStringLiteral("--accept-new-host-key"), QStringLiteral("--"),
               QStringLiteral("true")});
    QVERIFY2(o.exitCode == 1, qPrintable(describe(o)));
    QVERIFY2(o.err.count("SHA256:") >= 2, qPrintable(describe(o)));
    o = sloop({QStringLiteral("hosts"), QStringLiteral("rm"), QStringLiteral("alt")});
    QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
}

void TestCliHosts::passwordFromEnvironment()
{
    Outcome o = sloop({QStringLiteral("hosts"), QStringLiteral("add"), QStringLiteral("pw"),
                       QStringLiteral("--address"), m_ssh.host, QStringLiteral("--port"),
                       QString::number(m_ssh.port), QStringLiteral("--user"), m_ssh.user});
    QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
    QProcessEnvironment extra;
    extra.insert(QStringLiteral("SLOOP_SSH_PASSWORD"), m_ssh.password);
    o = sloop({QStringLiteral("hosts"), QStringLiteral("exec"), QStringLiteral("pw"),
               QStringLiteral("--"), QStringLiteral("echo"), QStringLiteral("hi")},
              extra);
    QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
    QCOMPARE(o.out, QByteArray("hi\n"));
}

void TestCliHosts::wrongPasswordListsMethods()
{
    QProcessEnvironment extra;
    extra.insert(QStringLiteral("SLOOP_SSH_PASSWORD"), QStringLiteral("not-the-password"));
    const Outcome o = sloop({QStringLiteral("hosts"), QStringLiteral("exec"), QStringLiteral("pw"),
                             QStringLiteral("--"), QStringLiteral("echo"), QStringLiteral("hi")},
                            extra);
    QVERIFY2(o.exitCode == 1, qPrintable(describe(o)));
    QVERIFY2(o.out.isEmpty(), qPrintable(describe(o)));
    QVERIFY2(o.err.contains("password") && o.err.contains("publickey"), qPrintable(describe(o)));
    // Without a password (and no terminal) nothing is asked and it fails the same way.
    const Outcome none =
        sloop({QStringLiteral("hosts"), QStringLiteral("exec"), QStringLiteral("pw"),
               QStringLiteral("--"), QStringLiteral("true")});
    QVERIFY2(none.exitCode == 1, qPrintable(describe(none)));
}

void TestCliHosts::infoJson()
{
    const Outcome o = sloop({QStringLiteral("hosts"), QStringLiteral("info"), QStringLiteral("box"),
                             QStringLiteral("--json")});
    QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
    const QJsonObject info = QJsonDocument::fromJson(o.out).object();
    QVERIFY2(info.value(QLatin1String("kernel")).toString().size() > 0, qPrintable(describe(o)));
    QVERIFY2(info.value(QLatin1String("cpus")).toInt() >= 1, qPrintable(describe(o)));
    QVERIFY2(info.value(QLatin1String("memTotalKb")).toDouble() > 0, qPrintable(describe(o)));
    QVERIFY(info.value(QLatin1String("docker")).isBool());
    const Outcome table =
        sloop({QStringLiteral("hosts"), QStringLiteral("info"), QStringLiteral("box")});
    QVERIFY2(table.exitCode == 0 && table.out.contains("kernel"), qPrintable(describe(table)));
}

void TestCliHosts::remove()
{
    Outcome o = sloop({QStringLiteral("hosts"), QStringLiteral("rm"), QStringLiteral("box"),
                       QStringLiteral("pw")});
    QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
    QCOMPARE(listJson().size(), 0);
    o = sloop({QStringLiteral("hosts"), QStringLiteral("rm"), QStringLiteral("box")});
    QVERIFY2(o.exitCode == 3, qPrintable(describe(o))); // not found
}

// ~/.ssh/config of the test HOME: a dry run saves nothing; the import adds
// the concrete host, lists the rest with reasons; a second run skips it.
void TestCliHosts::importSshConfig()
{
    QVERIFY(QDir().mkpath(m_home.filePath(QStringLiteral(".ssh"))));
    QFile config(m_home.filePath(QStringLiteral(".ssh/config")));
    QVERIFY(config.open(QIODevice::WriteOnly | QIODevice::Truncate));
    config.write(
        QStringLiteral("Host imported\n  HostName %1\n  Port %2\n  User %3\n"
                       "  IdentityFile %4\nHost *.example\n  User nobody\n"
                       "Host hop\n  ProxyJump bastion\nHost piped\n  ProxyCommand nc %h %p\n")
            .arg(m_ssh.host)
            .arg(m_ssh.port)
            .arg(m_ssh.user, m_ssh.key)
            .toUtf8());
    config.close();
    const QStringList import{QStringLiteral("hosts"), QStringLiteral("import-ssh-config")};

    Outcome o = sloop(import + QStringList{QStringLiteral("--dry-run"), QStringLiteral("--json")});
    QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
    QJsonObject doc = QJsonDocument::fromJson(o.out).object();
    QCOMPARE(doc.value(QLatin1String("dryRun")).toBool(), true);
    QCOMPARE(doc.value(QLatin1String("imported")).toArray().size(), 2);
    QCOMPARE(doc.value(QLatin1String("skipped")).toArray().size(), 2);
    QCOMPARE(listJson().size(), 0);

    o = sloop(import);
    QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
    QVERIFY2(o.out.contains("imported") && o.out.contains("via bastion") &&
                 o.out.contains("ProxyCommand nc") && o.out.contains("a pattern"),
             qPrintable(describe(o)));
    const QJsonArray list = listJson();
    QCOMPARE(list.size(), 2);
    const QJsonObject hop = list.at(0).toObject();
    QCOMPARE(hop.value(QLatin1String("name")).toString(), QStringLiteral("hop"));
    QCOMPARE(hop.value(QLatin1String("proxyJump")).toString(), QStringLiteral("bastion"));
    const QJsonObject imported = list.at(1).toObject();
    QCOMPARE(imported.value(QLatin1String("identity")).toString(), m_ssh.key);
    QCOMPARE(imported.value(QLatin1String("identities")).toArray(), QJsonArray{m_ssh.key});

    o = sloop(import + QStringList{QStringLiteral("--json")});
    QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
    doc = QJsonDocument::fromJson(o.out).object();
    QCOMPARE(doc.value(QLatin1String("imported")).toArray().size(), 0);
    QVERIFY2(o.out.contains("already in Sloop"), qPrintable(describe(o)));

    o = sloop({QStringLiteral("hosts"), QStringLiteral("exec"), QStringLiteral("imported"),
               QStringLiteral("--"), QStringLiteral("echo"), QStringLiteral("via-config")});
    QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
    QCOMPARE(o.out, QByteArray("via-config\n"));
}

// `--jump bastion`, where bastion is another Sloop host: each run stops at
// the next unknown key with its fingerprint and the flag to accept it; the
// third run gets through to a host this machine cannot reach by itself.
void TestCliHosts::hostBehindAJumpHost()
{
    const auto jumpEnv = test::loadJumpTestEnv();
    QVERIFY2(jumpEnv.ok(), qPrintable(jumpEnv.error()));
    const QString jumpFingerprint = test::hostKeyFingerprint(jumpEnv->jump.hostKey);
    const QString behindFingerprint = test::hostKeyFingerprint(jumpEnv->behindHostKey);
    QVERIFY(!jumpFingerprint.isEmpty() && !behindFingerprint.isEmpty());

    Outcome o = sloop({QStringLiteral("hosts"), QStringLiteral("add"), QStringLiteral("bastion"),
                       QStringLiteral("--address"), jumpEnv->jump.address, QStringLiteral("--user"),
                       m_ssh.user, QStringLiteral("--identity"), m_ssh.key,
                       QStringLiteral("--identities-only")});
    QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
    o = sloop({QStringLiteral("hosts"), QStringLiteral("add"), QStringLiteral("behind"),
               QStringLiteral("--address"), jumpEnv->behind, QStringLiteral("--user"), m_ssh.user,
               QStringLiteral("--identity"), m_ssh.key, QStringLiteral("--jump"),
               QStringLiteral("bastion"), QStringLiteral("--json")});
    QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
    const QJsonObject added = QJsonDocument::fromJson(o.out).array().first().toObject();
    QCOMPARE(added.value(QLatin1String("proxyJump")).toString(), QStringLiteral("bastion"));

    const QStringList exec{QStringLiteral("hosts"), QStringLiteral("exec"),
                           QStringLiteral("behind")};
    const QStringList command{QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                              QStringLiteral("echo $SSH_CONNECTION")};
    o = sloop(exec + command);
    QCOMPARE(o.exitCode, 1);
    QVERIFY2(o.err.contains("bastion") && o.err.contains("jump host") &&
                 o.err.contains(("--accept-new-host-key " + jumpFingerprint).toUtf8()),
             qPrintable(describe(o)));

    o = sloop(exec + QStringList{QStringLiteral("--accept-new-host-key"), jumpFingerprint} +
              command);
    QCOMPARE(o.exitCode, 1);
    QVERIFY2(o.err.contains(("--accept-new-host-key " + behindFingerprint).toUtf8()),
             qPrintable(describe(o)));

    o = sloop(exec + QStringList{QStringLiteral("--accept-new-host-key"), behindFingerprint} +
              command);
    QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
    QVERIFY2(o.out.endsWith((jumpEnv->behind + QStringLiteral(" 22\n")).toUtf8()),
             qPrintable(describe(o)));
    QVERIFY2(o.err.contains(behindFingerprint.toUtf8()), qPrintable(describe(o)));
}

// stdin reaches the command and its end is the command's end of input, as
// with ssh: 3 MB piped in, counted on the host (it hung before: nothing was
// sent, not even the end).
void TestCliHosts::execForwardsStdin()
{
    Outcome o = sloop(addKeyHost(QStringLiteral("piped")));
    QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
    QProcess process;
    process.setProcessEnvironment(m_env);
    process.start(m_binary, {QStringLiteral("hosts"), QStringLiteral("exec"),
                             QStringLiteral("piped"), QStringLiteral("--accept-new-host-key"),
                             QStringLiteral("--"), QStringLiteral("wc"), QStringLiteral("-c")});
    QVERIFY(process.waitForStarted(10000));
    const QByteArray chunk(64 * 1024, 'x');
    for (int i = 0; i < 48; ++i)
        process.write(chunk);
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(60000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    QCOMPARE(process.readAllStandardOutput().trimmed(), QByteArray::number(48 * 64 * 1024));
}

QTEST_GUILESS_MAIN(TestCliHosts)
#include "tst_clihosts.moc"
