// Compiled steps run for real in a throwaway Debian container (the test
// image, no systemd), step by step as `sh -ec SCRIPT`: the files, owners,
// modes, users, groups, sudo rules and keys they make are what cloud-init
// would make, hostile names arrive intact and inert, and rerunning a step
// changes nothing.
#include "stepcontainer.h"

#include <QCryptographicHash>
#include <QTest>

#include <zlib.h>

using namespace sloop;
using namespace sloop::blueprints;
using test::ExecOutcome;

namespace {

QList<ProvisionStep> compile(const QByteArray &userData, bool container = true)
{
    const CloudConfigParse parsed = parseCloudConfig(userData);
    if (!parsed.ok())
        qFatal("invalid test user-data: %s", qPrintable(formatProblems(parsed.problems)));
    TargetInfo target;
    target.container = container;
    const auto steps = compileSteps(parsed.config, target);
    if (!steps)
        qFatal("compile failed: %s", qPrintable(steps.error()));
    return *steps;
}

QByteArray gzip(const QByteArray &data)
{
    z_stream z{};
    deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&z, uLong(data.size()))) + 32, '\0');
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    deflate(&z, Z_FINISH);
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return out;
}

} // namespace

class TestBlueprintSteps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writeFiles();
    void hostilePathsArriveIntact();
    void bigFileInParts();
    void usersGroupsSudoKeys();
    void hostnameTimezoneBootcmdFinal();
    void failingRuncmdStops();

private:
    // stat -c '%a %U:%G' PATH
    static QString modeOwner(const test::StepContainer &c, const QString &path)
    {
        return QString::fromUtf8(c.exec({QStringLiteral("stat"), QStringLiteral("-c"),
                                         QStringLiteral("%a %U:%G"), path})
                                     .out)
            .trimmed();
    }
    static QByteArray content(const test::StepContainer &c, const QString &path)
    {
        return c.exec({QStringLiteral("cat"), path}).out;
    }
};

void TestBlueprintSteps::initTestCase()
{
    const ExecOutcome o = test::docker({QStringLiteral("info")});
    QVERIFY2(o.exitCode == 0, "dockerd is not running: run scripts/test-services.sh");
}

void TestBlueprintSteps::writeFiles()
{
    test::StepContainer c;
    const QString error = c.start(QStringLiteral("wf"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // An existing file for append.
    QCOMPARE(c.sh(QStringLiteral("printf 'first\\n' > /etc/appended")).exitCode, 0);

    const QByteArray binary("\x00\x01\xff\xfe'\"$(id)\n\x7f", 12);
    const QByteArray userData = "#cloud-config\n"
                                "write_files:\n"
                                "  - path: /etc/sloop/quoted.txt\n"
                                "    content: |\n"
                                "      it's \"quoted\" $(touch /pwned) `id` $HOME \\n\n"
                                "  - path: /srv/bin/tool\n"
                                "    permissions: '4755'\n"
                                "    owner: nobody:nogroup\n"
                                "    encoding: b64\n"
                                "    content: " +
                                binary.toBase64() +
                                "\n"
                                "  - path: /srv/secret\n"
                                "    permissions: 0600\n"
                                "    owner: daemon\n"
                                "    encoding: gz+b64\n"
                                "    content: " +
                                gzip(binary).toBase64() +
                                "\n"
                                "  - path: /etc/appended\n"
                                "    append: true\n"
                                "    content: \"second\\n\"\n"
                                "  - path: /etc/empty\n"
                                "  - path: /var/deferred\n"
                                "    defer: true\n"
                                "    content: later\n";
    const QList<ProvisionStep> steps = compile(userData);
    QByteArray log;
    const QString failed = c.runAll(steps, &log);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));

    QCOMPARE(content(c, QStringLiteral("/etc/sloop/quoted.txt")),
             QByteArray("it's \"quoted\" $(touch /pwned) `id` $HOME \\n\n"));
    QCOMPARE(modeOwner(c, QStringLiteral("/etc/sloop/quoted.txt")),
             QStringLiteral("644 root:root"));
    QCOMPARE(modeOwner(c, QStringLiteral("/etc/sloop")), QStringLiteral("755 root:root"));
    QCOMPARE(content(c, QStringLiteral("/srv/bin/tool")), binary);
    QCOMPARE(modeOwner(c, QStringLiteral("/srv/bin/tool")), QStringLiteral("4755 nobody:nogroup"));
    QCOMPARE(content(c, QStringLiteral("/srv/secret")), binary);
    // "daemon" alone: cloud-init's chownbyname leaves the group as it is.
    QCOMPARE(modeOwner(c, QStringLiteral("/srv/secret")), QStringLiteral("600 daemon:root"));
    QCOMPARE(content(c, QStringLiteral("/etc/appended")), QByteArray("first\nsecond\n"));
    QCOMPARE(content(c, QStringLiteral("/etc/empty")), QByteArray());
    QCOMPARE(content(c, QStringLiteral("/var/deferred")), QByteArray("later"));
    QCOMPARE(
        c.exec({QStringLiteral("test"), QStringLiteral("-e"), QStringLiteral("/pwned")}).exitCode,
        1);
    // No temporary file is left beside the targets.
    QCOMPARE(c.sh(QStringLiteral("find / -xdev -name '*.sloop-new*' | wc -l")).out.trimmed(),
             QByteArray("0"));

    // Rerunning a (non-append) step changes nothing.
    for (const ProvisionStep &s : steps) {
        if (s.title.contains(QLatin1String("/etc/appended")))
            continue;
        QCOMPARE(c.run(s).exitCode, 0);
    }
    QCOMPARE(content(c, QStringLiteral("/srv/bin/tool")), binary);
    QCOMPARE(modeOwner(c, QStringLiteral("/srv/secret")), QStringLiteral("600 daemon:root"));
}

void TestBlueprintSteps::hostilePathsArriveIntact()
{
    test::StepContainer c;
    const QString error = c.start(QStringLiteral("hostile"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QStringList names{QStringLiteral("it's"),
                            QStringLiteral("$(touch /tmp/pwned)"),
                            QStringLiteral("`touch /tmp/pwned`"),
                            QStringLiteral("a\nb"),
                            QStringLiteral("-rf"),
                            QStringLiteral("sp ace;&|<>*?")};
    CloudConfig config;
    for (const QString &n : names) {
        FileSpec f;
        f.path = QStringLiteral("/tmp/h/") + n + QStringLiteral("/") + n;
        f.content = n.toUtf8();
        config.writeFiles.append(f);
    }
    config.finalMessage = names.join(QLatin1Char(' '));
    TargetInfo target;
    target.container = true;
    const auto steps = compileSteps(config, target);
    QVERIFY2(steps.ok(), qPrintable(steps.error()));
    QByteArray log;
    const QString failed = c.runAll(*steps, &log);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    for (const QString &n : names) {
        const QString path = QStringLiteral("/tmp/h/") + n + QStringLiteral("/") + n;
        QCOMPARE(content(c, path), n.toUtf8());
    }
    QVERIFY2(log.contains(names.join(QLatin1Char(' ')).toUtf8()), log.constData());
    QCOMPARE(c.exec({QStringLiteral("test"), QStringLiteral("-e"), QStringLiteral("/tmp/pwned")})
                 .exitCode,
             1);
}

void TestBlueprintSteps::bigFileInParts()
{
    test::StepContainer c;
    const QString error = c.start(QStringLiteral("big"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    CloudConfig config;
    FileSpec f;
    f.path = QStringLiteral("/srv/big.txt");
    for (int i = 0; f.content.size() < 250 * 1024; ++i)
        f.content += "line " + QByteArray::number(i) + " with 'quotes' and $(x)\n";
    f.permissions = 0640;
    config.writeFiles.append(f);
    const auto steps = compileSteps(config, {});
    QVERIFY2(steps.ok(), qPrintable(steps.error()));
    QVERIFY(steps->size() > 3);
    const QString failed = c.runAll(*steps);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    const QByteArray sum = c.exec({QStringLiteral("sha256sum"), f.path}).out.left(64);
    QCOMPARE(sum, QCryptographicHash::hash(f.content, QCryptographicHash::Sha256).toHex());
    QCOMPARE(modeOwner(c, f.path), QStringLiteral("640 root:root"));
    QCOMPARE(c.sh(QStringLiteral("ls /srv | wc -l")).out.trimmed(), QByteArray("1"));
}

void TestBlueprintSteps::usersGroupsSudoKeys()
{
    test::StepContainer c;
    const QString error = c.start(QStringLiteral("users"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QByteArray userData = "#cloud-config\n"
                                "groups:\n"
                                "  - web\n"
                                "  - ops: [root, ghost]\n"
                                "users:\n"
                                "  - default\n"
                                "  - name: alice\n"
                                "    gecos: Alice Example\n"
                                "    groups: [web, ops, adm]\n"
                                "    shell: /bin/bash\n"
                                "    sudo: ALL=(ALL) NOPASSWD:ALL\n"
                                "    ssh_authorized_keys:\n"
                                "      - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIA alice@laptop\n"
                                "      - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB alice@phone\n"
                                "  - name: svc\n"
                                "    system: true\n"
                                "    no_create_home: true\n"
                                "    shell: /usr/sbin/nologin\n"
                                "  - name: bob\n"
                                "    homedir: /srv/bob\n"
                                "    primary_group: web\n"
                                "    lock_passwd: false\n"
                                "ssh_authorized_keys:\n"
                                "  - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIC root@sloop\n";
    const QList<ProvisionStep> steps = compile(userData);
    // Twice: the second run must find everything in place and change nothing.
    for (int round = 0; round < 2; ++round) {
        QByteArray log;
        const QString failed = c.runAll(steps, &log);
        QVERIFY2(failed.isEmpty(),
                 qPrintable(QStringLiteral("round %1: %2").arg(round).arg(failed)));
    }
    const QByteArray alice =
        c.exec({QStringLiteral("getent"), QStringLiteral("passwd"), QStringLiteral("alice")}).out;
    QVERIFY2(alice.startsWith("alice:x:") && alice.contains(":Alice Example:/home/alice:/bin/bash"),
             alice.constData());
    const QByteArray groups =
        c.exec({QStringLiteral("id"), QStringLiteral("-nG"), QStringLiteral("alice")}).out;
    for (const char *g : {"alice", "web", "ops", "adm"})
        QVERIFY2(groups.contains(g), groups.constData());
    QCOMPARE(content(c, QStringLiteral("/etc/sudoers.d/90-sloop-alice")),
             QByteArray("alice ALL=(ALL) NOPASSWD:ALL\n"));
    QCOMPARE(modeOwner(c, QStringLiteral("/etc/sudoers.d/90-sloop-alice")),
             QStringLiteral("440 root:root"));
    const QByteArray keys = content(c, QStringLiteral("/home/alice/.ssh/authorized_keys"));
    QCOMPARE(keys.count('\n'), 2); // once each, after two rounds
    QCOMPARE(modeOwner(c, QStringLiteral("/home/alice/.ssh")), QStringLiteral("700 alice:alice"));
    QCOMPARE(modeOwner(c, QStringLiteral("/home/alice/.ssh/authorized_keys")),
             QStringLiteral("600 alice:alice"));
    QVERIFY(c.exec({QStringLiteral("passwd"), QStringLiteral("-S"), QStringLiteral("alice")})
                .out.contains(" L "));
    // svc: a system account without a home folder.
    const QByteArray svc =
        c.exec({QStringLiteral("getent"), QStringLiteral("passwd"), QStringLiteral("svc")}).out;
    QVERIFY2(svc.split(':').value(2).toInt() < 1000, svc.constData());
    QCOMPARE(c.exec({QStringLiteral("test"), QStringLiteral("-e"), QStringLiteral("/home/svc")})
                 .exitCode,
             1);
    // bob: own home, primary group web.
    QCOMPARE(modeOwner(c, QStringLiteral("/srv/bob")).section(QLatin1Char(' '), 1),
             QStringLiteral("bob:web"));
    // No password was given: both accounts have none ('!' in shadow).
    QVERIFY(c.exec({QStringLiteral("getent"), QStringLiteral("shadow"), QStringLiteral("bob")})
                .out.startsWith("bob:!"));
    // groups: root joined ops, the missing user was skipped.
    QVERIFY(c.exec({QStringLiteral("id"), QStringLiteral("-nG"), QStringLiteral("root")})
                .out.contains("ops"));
    // The login user's (root's) key, once.
    QCOMPARE(content(c, QStringLiteral("/root/.ssh/authorized_keys")),
             QByteArray("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIC root@sloop\n"));
}

void TestBlueprintSteps::hostnameTimezoneBootcmdFinal()
{
    test::StepContainer c;
    const QString error = c.start(QStringLiteral("sys"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<ProvisionStep> steps =
        compile("#cloud-config\n"
                "bootcmd:\n"
                "  - echo booted >> /run/boot.log\n"
                "  - [sh, -c, 'echo \"$0\" >> /run/boot.log', \"it's\"]\n"
                "hostname: web-1\n"
                "fqdn: web-1.example.test\n"
                "timezone: Europe/Berlin\n"
                "final_message: 'done: up $UPTIME s, Sloop $VERSION, $(not run)'\n");
    QByteArray log;
    const QString failed = c.runAll(steps, &log);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QCOMPARE(content(c, QStringLiteral("/run/boot.log")), QByteArray("booted\nit's\n"));
    QVERIFY(content(c, QStringLiteral("/var/lib/sloop/bootcmd.sh")).startsWith("#!/bin/sh\n"));
    QCOMPARE(content(c, QStringLiteral("/etc/hostname")), QByteArray("web-1\n"));
    QVERIFY(content(c, QStringLiteral("/etc/hosts")).contains("web-1.example.test web-1"));
    QCOMPARE(c.exec({QStringLiteral("readlink"), QStringLiteral("/etc/localtime")}).out.trimmed(),
             QByteArray("/usr/share/zoneinfo/Europe/Berlin"));
    QCOMPARE(content(c, QStringLiteral("/etc/timezone")), QByteArray("Europe/Berlin\n"));
    QVERIFY2(log.contains("done: up ") && log.contains(", Sloop " SLOOP_VERSION ", $(not run)"),
             log.constData());
    QVERIFY(!content(c, QStringLiteral("/var/lib/sloop/provisioned")).isEmpty());
    // The hostname step again: /etc/hosts keeps one line for the name.
    for (const ProvisionStep &s : steps) {
        if (s.module == QLatin1String("hostname"))
            QCOMPARE(c.run(s).exitCode, 0);
    }
    QCOMPARE(content(c, QStringLiteral("/etc/hosts")).count("web-1.example.test"), 1);
}

void TestBlueprintSteps::failingRuncmdStops()
{
    test::StepContainer c;
    const QString error = c.start(QStringLiteral("fail"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<ProvisionStep> steps = compile("#cloud-config\n"
                                               "runcmd:\n"
                                               "  - touch /one\n"
                                               "  - |\n"
                                               "    false\n"
                                               "    touch /after-false\n"
                                               "  - touch /three\n");
    const QString failed = c.runAll(steps);
    QVERIFY2(failed.contains(QLatin1String("runcmd 2/3")), qPrintable(failed));
    QCOMPARE(
        c.exec({QStringLiteral("test"), QStringLiteral("-e"), QStringLiteral("/one")}).exitCode, 0);
    // -e: the entry stops at its failing command, and no later entry runs.
    QCOMPARE(c.exec({QStringLiteral("test"), QStringLiteral("-e"), QStringLiteral("/after-false")})
                 .exitCode,
             1);
    QCOMPARE(
        c.exec({QStringLiteral("test"), QStringLiteral("-e"), QStringLiteral("/three")}).exitCode,
        1);
}

QTEST_GUILESS_MAIN(TestBlueprintSteps)
#include "tst_blueprintsteps.moc"
