// compileSteps(): the order of the steps, what each script contains, that
// hostile values reach the shell only quoted, and the size limit. The
// scripts are run for real in tst_blueprintsteps.
#include "blueprints/provisionplan.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sloop::blueprints;

namespace {

QList<ProvisionStep> compile(const QByteArray &userData, TargetInfo target = {})
{
    const CloudConfigParse parsed = parseCloudConfig(userData);
    if (!parsed.ok())
        qFatal("invalid test user-data: %s", qPrintable(formatProblems(parsed.problems)));
    const auto steps = compileSteps(parsed.config, target);
    if (!steps)
        qFatal("compile failed: %s", qPrintable(steps.error()));
    return *steps;
}

QStringList modules(const QList<ProvisionStep> &steps)
{
    QStringList out;
    for (const ProvisionStep &s : steps)
        out.append(s.module);
    return out;
}

// `sh -n` parses a script without running it.
bool shellParses(const QByteArray &script)
{
    QProcess sh;
    sh.start(QStringLiteral("sh"),
             {QStringLiteral("-n"), QStringLiteral("-c"), QString::fromUtf8(script)});
    return sh.waitForFinished(10000) && sh.exitCode() == 0;
}

} // namespace

class TestProvisionPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cloudInitOrder();
    void containerStartsServices();
    void nothingButFinal();
    void packagesAndApt();
    void runcmdEntries();
    void hostileValuesAreQuoted_data();
    void hostileValuesAreQuoted();
    void bigFileIsSplit();
    void binaryContentUsesBase64();
    void finalMessageSubstitution();
    void scriptsParse();
    void oversizedCommandFails();
};

void TestProvisionPlan::cloudInitOrder()
{
    const QList<ProvisionStep> steps = compile("#cloud-config\n"
                                               "runcmd: [echo one, [echo, two]]\n"
                                               "final_message: bye\n"
                                               "packages: [nginx]\n"
                                               "write_files:\n"
                                               "  - {path: /late, defer: true}\n"
                                               "  - {path: /early}\n"
                                               "package_upgrade: true\n"
                                               "timezone: UTC\n"
                                               "ssh_authorized_keys: ['ssh-ed25519 AAAA k']\n"
                                               "users: [alice]\n"
                                               "groups: [web]\n"
                                               "hostname: box\n"
                                               "bootcmd: [echo boot]\n");
    QCOMPARE(modules(steps),
             (QStringList{"bootcmd", "write_files", "hostname", "groups", "users",
                          "ssh_authorized_keys", "timezone", "package_update", "package_upgrade",
                          "packages", "write_files", "runcmd", "runcmd", "final_message"}));
    QVERIFY(steps[1].title.contains(QLatin1String("/early")));
    QVERIFY(steps[10].title.contains(QLatin1String("/late")));
    // Not a container: the host name is set live, bootcmd gets a unit.
    QVERIFY(steps[2].script.contains("hostname \"$h\""));
    QVERIFY(steps[0].script.contains("sloop-bootcmd.service"));
}

void TestProvisionPlan::containerStartsServices()
{
    TargetInfo target;
    target.container = true;
    const QList<ProvisionStep> steps =
        compile("#cloud-config\npackages: [nginx]\nhostname: box\nbootcmd: [x]\n"
                "write_files: [{path: /d, defer: true}]\n",
                target);
    QCOMPARE(modules(steps), (QStringList{"bootcmd", "hostname", "package_update", "packages",
                                          "services", "write_files", "final_message"}));
    QVERIFY(steps[4].script.contains("/etc/rc2.d/S*"));
    QVERIFY(!steps[1].script.contains("hostname \"$h\""));
    QVERIFY(!steps[0].script.contains("systemd"));
}

void TestProvisionPlan::nothingButFinal()
{
    const QList<ProvisionStep> steps = compile("#cloud-config\n");
    QCOMPARE(modules(steps), QStringList{"final_message"});
    QVERIFY(steps[0].script.contains("/var/lib/sloop/provisioned"));
}

void TestProvisionPlan::packagesAndApt()
{
    const QList<ProvisionStep> steps =
        compile("#cloud-config\npackages: [nginx, [curl, '7.88.1-10+deb12u5']]\n");
    QCOMPARE(modules(steps), (QStringList{"package_update", "packages", "final_message"}));
    const QByteArray &s = steps[1].script;
    QVERIFY(s.contains("DEBIAN_FRONTEND=noninteractive"));
    QVERIFY(s.contains("--force-confold"));
    QVERIFY(s.contains("--force-confdef"));
    QVERIFY(s.contains("DPkg::Lock::Timeout"));
    QVERIFY(s.contains("sloop_apt install 'nginx' 'curl=7.88.1-10+deb12u5'"));
    QVERIFY(s.contains("apt-cache show"));
    QVERIFY(steps[0].script.contains("sloop_apt update"));
}

void TestProvisionPlan::runcmdEntries()
{
    const QList<ProvisionStep> steps =
        compile("#cloud-config\nruncmd:\n  - echo $HOME > /tmp/h\n  - [echo, '$HOME', \"it's\"]\n");
    QCOMPARE(steps[0].script, QByteArray("echo $HOME > /tmp/h\n"));
    QCOMPARE(steps[1].script, QByteArray("'echo' '$HOME' 'it'\\''s'\n"));
    QVERIFY(steps[0].title.startsWith(QLatin1String("runcmd 1/2")));
}

void TestProvisionPlan::hostileValuesAreQuoted_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("marker"); // must only ever appear inside '...'
    QTest::newRow("single quote") << "it's $(touch /tmp/pwned)"
                                  << "pwned";
    QTest::newRow("command substitution") << "$(touch /tmp/pwned)"
                                          << "pwned";
    QTest::newRow("backticks") << "`touch /tmp/pwned`"
                               << "pwned";
    QTest::newRow("newline") << "a\ntouch /tmp/pwned"
                             << "pwned";
    QTest::newRow("semicolon") << "a; touch /tmp/pwned"
                               << "pwned";
    QTest::newRow("variable") << "${PWNED}"
                              << "PWNED";
}

void TestProvisionPlan::hostileValuesAreQuoted()
{
    QFETCH(QString, value);
    QFETCH(QString, marker);
    CloudConfig c;
    FileSpec f;
    f.path = QStringLiteral("/tmp/") + value;
    f.content = value.toUtf8();
    c.writeFiles.append(f);
    c.finalMessage = value;
    c.sshAuthorizedKeys = {QStringLiteral("ssh-ed25519 AAAA ") + value};
    UserSpec u;
    u.name = QStringLiteral("alice");
    u.gecos = value;
    u.homedir = QStringLiteral("/home/") + value;
    u.sudo = {value};
    c.users.append(u);
    c.hostname = QStringLiteral("box");
    const auto steps = compileSteps(c, {});
    QVERIFY2(steps.ok(), qPrintable(steps.error()));
    const QByteArray m = marker.toUtf8();
    int seen = 0;
    for (const ProvisionStep &s : *steps) {
        QVERIFY2(shellParses(s.script), s.script.constData());
        // A small scanner of POSIX quoting: every occurrence of the marker
        // must be inside a single-quoted word.
        bool inSingle = false;
        for (qsizetype i = 0; i < s.script.size(); ++i) {
            const char ch = s.script.at(i);
            if (!inSingle && ch == '\\') {
                ++i;
                continue;
            }
            if (ch == '\'') {
                inSingle = !inSingle;
                continue;
            }
            if (s.script.mid(i, m.size()) == m) {
                ++seen;
                QVERIFY2(inSingle, qPrintable(QStringLiteral("unquoted at %1 in %2:\n%3")
                                                  .arg(i)
                                                  .arg(s.module, QString::fromUtf8(s.script))));
            }
        }
    }
    QVERIFY(seen >= 5); // path, content, key, gecos, home, sudo rule, message
}

void TestProvisionPlan::bigFileIsSplit()
{
    CloudConfig c;
    FileSpec f;
    f.path = QStringLiteral("/srv/big");
    f.content = QByteArray(300 * 1024, 'x');
    for (qsizetype i = 0; i < f.content.size(); i += 101)
        f.content[i] = '\'';
    c.writeFiles.append(f);
    const auto steps = compileSteps(c, {});
    QVERIFY2(steps.ok(), qPrintable(steps.error()));
    int parts = 0;
    for (const ProvisionStep &s : *steps) {
        QVERIFY(s.script.size() < kMaxStepScript);
        if (s.module == QLatin1String("write_files"))
            ++parts;
    }
    QCOMPARE(parts, 7 + 1); // 300 KiB in 48 KiB parts, then the join
    QVERIFY(steps->at(7).script.contains("sloop-part6"));
    QVERIFY(steps->at(7).script.contains("mv -f -- \"$tmp\" \"$p\""));
}

void TestProvisionPlan::binaryContentUsesBase64()
{
    CloudConfig c;
    FileSpec f;
    f.path = QStringLiteral("/bin.dat");
    f.content = QByteArray("a\0b", 3);
    c.writeFiles.append(f);
    const auto steps = compileSteps(c, {});
    QVERIFY(steps.ok());
    QVERIFY(steps->first().script.contains("base64 -d"));
    QVERIFY(steps->first().script.contains(QByteArray("a\0b", 3).toBase64()));
}

void TestProvisionPlan::finalMessageSubstitution()
{
    CloudConfig c;
    c.finalMessage = QStringLiteral("up $UPTIME s at ${TIMESTAMP}, v$version, \\$UPTIME, $HOME");
    const auto steps = compileSteps(c, {});
    QVERIFY(steps.ok());
    const QByteArray &s = steps->last().script;
    QVERIFY2(s.contains("'up ' \"$UPTIME\" ' s at ' \"$TIMESTAMP\" ', v' \"$VERSION\" "
                        "', $UPTIME, $HOME'"),
             s.constData());
    // Run it: the variables are filled, the person's text is not expanded.
    QProcess sh;
    QTemporaryDir dir;
    const QByteArray script = s.left(s.indexOf("umask"));
    sh.start(QStringLiteral("sh"), {QStringLiteral("-ec"), QString::fromUtf8(script)});
    QVERIFY(sh.waitForFinished(10000));
    const QString out = QString::fromUtf8(sh.readAllStandardOutput());
    QVERIFY2(out.startsWith(QLatin1String("up ")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String(", v" SLOOP_VERSION ", $UPTIME, $HOME")), qPrintable(out));
    QVERIFY(!out.contains(QLatin1String("$TIMESTAMP")));
}

void TestProvisionPlan::scriptsParse()
{
    TargetInfo target;
    target.container = true;
    const QList<ProvisionStep> steps =
        compile("#cloud-config\n"
                "bootcmd: [echo boot]\n"
                "write_files: [{path: /etc/x, content: hi, append: true, owner: nobody}]\n"
                "hostname: box\n"
                "groups: [{web: [root]}]\n"
                "users: [{name: bob, groups: [web], sudo: 'ALL=(ALL) ALL', "
                "ssh_authorized_keys: [ssh-ed25519 AAAA]}]\n"
                "timezone: UTC\n"
                "package_upgrade: true\n"
                "packages: [nginx]\n",
                target);
    for (const ProvisionStep &s : steps)
        QVERIFY2(shellParses(s.script), qPrintable(s.module + QLatin1Char('\n') + s.script));
}

void TestProvisionPlan::oversizedCommandFails()
{
    CloudConfig c;
    CommandSpec cmd;
    cmd.shell = QString(kMaxStepScript, QLatin1Char('x'));
    c.runcmd.append(cmd);
    const auto steps = compileSteps(c, {});
    QVERIFY(!steps.ok());
    QVERIFY2(steps.error().contains(QLatin1String("runcmd")), qPrintable(steps.error()));
}

QTEST_GUILESS_MAIN(TestProvisionPlan)
#include "tst_provisionplan.moc"
