// parseCloudConfig(): every supported module in every form cloud-init
// accepts, and the problems (with line and column) for what Sloop refuses.
#include "blueprints/cloudconfig.h"

#include <QTest>

#include <atomic>
#include <chrono>
#include <memory>
#include <thread>

#include <zlib.h>

using namespace sloop::blueprints;

namespace {

CloudConfigParse parse(const char *text)
{
    return parseCloudConfig(QByteArray(text));
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

QString dump(const QList<ValidationProblem> &problems)
{
    return formatProblems(problems);
}

} // namespace

class TestCloudConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyAndHeaderOnly();
    void headerRequired_data();
    void headerRequired();
    void packageModules();
    void packageForms();
    void commandForms();
    void writeFilesForms();
    void writeFilesEncodings();
    void permissionForms_data();
    void permissionForms();
    void usersForms();
    void groupsForms();
    void hostTimeKeysMessage();
    void unsupportedModule();
    void typeErrorsWithLines_data();
    void typeErrorsWithLines();
    void everyProblemListed();
    void yamlSyntaxError();
    void inputsThatHangYamlCppEnd();
    void lineOffset();
};

void TestCloudConfig::emptyAndHeaderOnly()
{
    QVERIFY(parse("").ok());
    const CloudConfigParse p = parse("#cloud-config\n# nothing yet\n");
    QVERIFY2(p.ok(), qPrintable(dump(p.problems)));
    QVERIFY(p.config.packages.isEmpty());
}

void TestCloudConfig::headerRequired_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("no header") << QByteArray("packages: [nginx]\n");
    QTest::newRow("script") << QByteArray("#!/bin/sh\necho hi\n");
    QTest::newRow("misspelt") << QByteArray("#cloudconfig\npackages: [nginx]\n");
}

void TestCloudConfig::headerRequired()
{
    QFETCH(QByteArray, text);
    const CloudConfigParse p = parseCloudConfig(text);
    QCOMPARE(p.problems.size(), 1);
    QCOMPARE(p.problems.first().line, 1);
}

void TestCloudConfig::packageModules()
{
    const CloudConfigParse p = parse("#cloud-config\npackage_update: yes\npackage_upgrade: true\n");
    QVERIFY2(p.ok(), qPrintable(dump(p.problems)));
    QVERIFY(p.config.packageUpdate);
    QVERIFY(p.config.packageUpgrade);
    // cloud-init's older names.
    const CloudConfigParse old = parse("#cloud-config\napt_update: on\napt_upgrade: off\n");
    QVERIFY2(old.ok(), qPrintable(dump(old.problems)));
    QVERIFY(old.config.packageUpdate);
    QVERIFY(!old.config.packageUpgrade);
}

void TestCloudConfig::packageForms()
{
    const CloudConfigParse p = parse("#cloud-config\n"
                                     "packages:\n"
                                     "  - nginx\n"
                                     "  - [libpython3.11, 3.11.2-6]\n"
                                     "  - [curl]\n"
                                     "  - tzdata=2024a-0+deb12u1\n"
                                     "  - apt: [jq, [less, '590-2']]\n");
    QVERIFY2(p.ok(), qPrintable(dump(p.problems)));
    const QList<PackageSpec> &k = p.config.packages;
    QCOMPARE(k.size(), 6);
    QCOMPARE(k[0].name, QStringLiteral("nginx"));
    QCOMPARE(k[0].line, 3);
    QCOMPARE(k[1].name, QStringLiteral("libpython3.11"));
    QCOMPARE(k[1].version, QStringLiteral("3.11.2-6"));
    QCOMPARE(k[2].version, QString());
    QCOMPARE(k[3].name, QStringLiteral("tzdata"));
    QCOMPARE(k[3].version, QStringLiteral("2024a-0+deb12u1"));
    QCOMPARE(k[4].name, QStringLiteral("jq"));
    QCOMPARE(k[5].version, QStringLiteral("590-2"));

    const CloudConfigParse bad =
        parse("#cloud-config\npackages:\n  - -oDebug=1\n  - snap: [hello]\n  - [a, b, c]\n");
    QCOMPARE(bad.problems.size(), 3);
    QCOMPARE(bad.problems[0].line, 3);
    QCOMPARE(bad.problems[1].line, 4);
    QVERIFY(bad.problems[1].message.contains(QLatin1String("snap")));
    QCOMPARE(bad.problems[2].line, 5);
}

void TestCloudConfig::commandForms()
{
    const CloudConfigParse p = parse("#cloud-config\n"
                                     "bootcmd:\n"
                                     "  - echo boot > /run/boot\n"
                                     "  - [sh, -c, 'echo $HOME']\n"
                                     "runcmd:\n"
                                     "  - ls -l /\n"
                                     "  - [ls, -l, /]\n"
                                     "  -\n"
                                     "  - |\n"
                                     "    a=1\n"
                                     "    echo $a\n");
    QVERIFY2(p.ok(), qPrintable(dump(p.problems)));
    QCOMPARE(p.config.bootcmd.size(), 2);
    QVERIFY(!p.config.bootcmd[0].isArgv);
    QCOMPARE(p.config.bootcmd[0].shell, QStringLiteral("echo boot > /run/boot"));
    QVERIFY(p.config.bootcmd[1].isArgv);
    QCOMPARE(p.config.bootcmd[1].argv.last(), QStringLiteral("echo $HOME"));
    QCOMPARE(p.config.runcmd.size(), 3); // the empty entry is skipped, as cloud-init does
    QCOMPARE(p.config.runcmd[1].argv, (QStringList{"ls", "-l", "/"}));
    QCOMPARE(p.config.runcmd[2].shell, QStringLiteral("a=1\necho $a\n"));
    QCOMPARE(p.config.runcmd[2].line, 9);

    const CloudConfigParse bad = parse("#cloud-config\nruncmd: echo hi\nbootcmd:\n  - []\n"
                                       "  - {a: b}\n");
    QCOMPARE(bad.problems.size(), 3);
    QCOMPARE(bad.problems[0].line, 2);
    QVERIFY(bad.problems[0].message.contains(QLatin1String("runcmd")));
}

void TestCloudConfig::writeFilesForms()
{
    const CloudConfigParse p = parse("#cloud-config\n"
                                     "write_files:\n"
                                     "  - path: /etc/motd\n"
                                     "    content: hello\n"
                                     "  - path: /srv/a b/it's.txt\n"
                                     "    content: |\n"
                                     "      line 1\n"
                                     "    owner: www-data:www-data\n"
                                     "    permissions: '0600'\n"
                                     "    append: true\n"
                                     "    defer: yes\n"
                                     "  - path: /empty\n");
    QVERIFY2(p.ok(), qPrintable(dump(p.problems)));
    const QList<FileSpec> &f = p.config.writeFiles;
    QCOMPARE(f.size(), 3);
    QCOMPARE(f[0].content, QByteArray("hello"));
    QCOMPARE(f[0].permissions, 0644);
    QCOMPARE(f[0].owner, QStringLiteral("root:root"));
    QVERIFY(!f[0].append && !f[0].defer);
    QCOMPARE(f[1].path, QStringLiteral("/srv/a b/it's.txt"));
    QCOMPARE(f[1].content, QByteArray("line 1\n"));
    QCOMPARE(f[1].permissions, 0600);
    QCOMPARE(f[1].owner, QStringLiteral("www-data:www-data"));
    QVERIFY(f[1].append && f[1].defer);
    QCOMPARE(f[1].line, 5);
    QVERIFY(f[2].content.isEmpty());

    const CloudConfigParse bad = parse("#cloud-config\n"
                                       "write_files:\n"
                                       "  - path: relative/file\n"
                                       "  - content: no path\n"
                                       "  - path: /x\n"
                                       "    source: {uri: 'http://example.com/x'}\n"
                                       "    owner: 'root; rm -rf /'\n");
    QCOMPARE(bad.problems.size(), 4);
    QCOMPARE(bad.problems[0].line, 3);
    QCOMPARE(bad.problems[1].line, 4);
    QVERIFY(bad.problems[2].message.contains(QLatin1String("source")));
    QCOMPARE(bad.problems[3].line, 7);
}

void TestCloudConfig::writeFilesEncodings()
{
    const QByteArray binary("\x00\x01\x02\xff'\"$(x)\n", 11);
    const QByteArray b64 = binary.toBase64();
    const QByteArray gz64 = gzip(binary).toBase64();
    const QByteArray text = "#cloud-config\n"
                            "write_files:\n"
                            "  - {path: /a, encoding: b64, content: " +
                            b64 +
                            "}\n"
                            "  - {path: /b, encoding: base64, content: " +
                            b64 +
                            "}\n"
                            "  - {path: /c, encoding: gz+b64, content: " +
                            gz64 +
                            "}\n"
                            "  - {path: /d, encoding: gzip+base64, content: " +
                            gz64 +
                            "}\n"
                            "  - path: /e\n"
                            "    encoding: gzip\n"
                            "    content: !!binary |\n"
                            "      " +
                            gzip(binary).toBase64() +
                            "\n"
                            "  - {path: /f, content: !!binary " +
                            b64 +
                            "}\n"
                            "  - {path: /g, encoding: text/plain, content: plain}\n";
    const CloudConfigParse p = parseCloudConfig(text);
    QVERIFY2(p.ok(), qPrintable(dump(p.problems)));
    QCOMPARE(p.config.writeFiles.size(), 7);
    for (int i = 0; i < 6; ++i)
        QCOMPARE(p.config.writeFiles[i].content, binary);
    QCOMPARE(p.config.writeFiles[6].content, QByteArray("plain"));

    const CloudConfigParse bad = parse("#cloud-config\n"
                                       "write_files:\n"
                                       "  - {path: /a, encoding: rot13, content: x}\n"
                                       "  - {path: /b, encoding: b64, content: '%%%'}\n"
                                       "  - {path: /c, encoding: gz+b64, content: aGVsbG8=}\n");
    QCOMPARE(bad.problems.size(), 3);
    QCOMPARE(bad.problems[0].line, 3);
    QCOMPARE(bad.problems[1].line, 4);
    QCOMPARE(bad.problems[2].line, 5);
}

void TestCloudConfig::permissionForms_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("mode"); // -1: refused
    QTest::newRow("quoted") << QByteArray("'0644'") << 0644;
    QTest::newRow("quoted no zero") << QByteArray("'755'") << 0755;
    QTest::newRow("plain octal") << QByteArray("0600") << 0600;
    QTest::newRow("0o") << QByteArray("'0o640'") << 0640;
    QTest::newRow("setuid") << QByteArray("'4755'") << 04755;
    QTest::newRow("plain decimal") << QByteArray("644") << -1;
    QTest::newRow("symbolic") << QByteArray("u+x") << -1;
    QTest::newRow("too big") << QByteArray("'77777'") << -1;
    QTest::newRow("list") << QByteArray("[1]") << -1;
}

void TestCloudConfig::permissionForms()
{
    QFETCH(QByteArray, value);
    QFETCH(int, mode);
    const CloudConfigParse p = parseCloudConfig(
        "#cloud-config\nwrite_files:\n  - path: /x\n    permissions: " + value + "\n");
    if (mode < 0) {
        QCOMPARE(p.problems.size(), 1);
        QCOMPARE(p.problems.first().line, 4);
        QCOMPARE(p.problems.first().column, 18);
        return;
    }
    QVERIFY2(p.ok(), qPrintable(dump(p.problems)));
    QCOMPARE(p.config.writeFiles.first().permissions, mode);
}

void TestCloudConfig::usersForms()
{
    const CloudConfigParse p = parse("#cloud-config\n"
                                     "users:\n"
                                     "  - default\n"
                                     "  - bob\n"
                                     "  - name: alice\n"
                                     "    gecos: Alice Example\n"
                                     "    groups: [adm, web]\n"
                                     "    primary_group: staff\n"
                                     "    sudo: ALL=(ALL) NOPASSWD:ALL\n"
                                     "    shell: /bin/bash\n"
                                     "    homedir: /srv/alice\n"
                                     "    lock_passwd: false\n"
                                     "    ssh_authorized_keys:\n"
                                     "      - ssh-ed25519 AAAAC3Nza alice@laptop\n"
                                     "  - name: svc\n"
                                     "    groups: 'adm, web'\n"
                                     "    sudo: ['ALL=(ALL) /usr/bin/true', 'ALL=(ALL) /bin/ls']\n"
                                     "    system: true\n"
                                     "    no_create_home: true\n"
                                     "  - name: nosudo\n"
                                     "    sudo: false\n");
    QVERIFY2(p.ok(), qPrintable(dump(p.problems)));
    QVERIFY(p.config.defaultUser);
    const QList<UserSpec> &u = p.config.users;
    QCOMPARE(u.size(), 4);
    QCOMPARE(u[0].name, QStringLiteral("bob"));
    QVERIFY(u[0].lockPasswd);
    QCOMPARE(u[1].groups, (QStringList{"adm", "web"}));
    QCOMPARE(u[1].primaryGroup, QStringLiteral("staff"));
    QCOMPARE(u[1].sudo, QStringList{"ALL=(ALL) NOPASSWD:ALL"});
    QCOMPARE(u[1].shell, QStringLiteral("/bin/bash"));
    QCOMPARE(u[1].homedir, QStringLiteral("/srv/alice"));
    QVERIFY(!u[1].lockPasswd);
    QCOMPARE(u[1].sshAuthorizedKeys.size(), 1);
    QCOMPARE(u[2].groups, (QStringList{"adm", "web"}));
    QCOMPARE(u[2].sudo.size(), 2);
    QVERIFY(u[2].system && u[2].noCreateHome);
    QVERIFY(u[3].sudo.isEmpty());

    const CloudConfigParse comma = parse("#cloud-config\nusers: default, carol\n");
    QVERIFY2(comma.ok(), qPrintable(dump(comma.problems)));
    QCOMPARE(comma.config.users.size(), 1);

    const CloudConfigParse bad = parse("#cloud-config\n"
                                       "users:\n"
                                       "  - name: 'Bad Name'\n"
                                       "  - name: ok\n"
                                       "    passwd: $6$abc\n"
                                       "    sudo: true\n"
                                       "    ssh_authorized_keys: [\"ssh-ed25519 A\\nssh-rsa B\"]\n"
                                       "  - gecos: no name\n");
    QCOMPARE(bad.problems.size(), 5);
    QCOMPARE(bad.problems[0].line, 3);
    QVERIFY(bad.problems[1].message.contains(QLatin1String("passwd")));
    QCOMPARE(bad.problems[2].line, 6);
    QCOMPARE(bad.problems[3].line, 7);
    QCOMPARE(bad.problems[4].line, 8);
}

void TestCloudConfig::groupsForms()
{
    const CloudConfigParse p = parse("#cloud-config\n"
                                     "groups:\n"
                                     "  - web\n"
                                     "  - admins: [root, sys]\n"
                                     "  - ops: 'root, daemon'\n"
                                     "  - empty:\n");
    QVERIFY2(p.ok(), qPrintable(dump(p.problems)));
    QCOMPARE(p.config.groups.size(), 4);
    QCOMPARE(p.config.groups[1].members, (QStringList{"root", "sys"}));
    QCOMPARE(p.config.groups[2].members, (QStringList{"root", "daemon"}));
    QVERIFY(p.config.groups[3].members.isEmpty());
    QCOMPARE(parse("#cloud-config\ngroups: 'a, b'\n").config.groups.size(), 2);
}

void TestCloudConfig::hostTimeKeysMessage()
{
    const CloudConfigParse p = parse("#cloud-config\n"
                                     "hostname: web-1.example.com\n"
                                     "timezone: Europe/Berlin\n"
                                     "ssh_authorized_keys:\n"
                                     "  - ssh-ed25519 AAAA me@host\n"
                                     "final_message: done after $UPTIME s\n");
    QVERIFY2(p.ok(), qPrintable(dump(p.problems)));
    QCOMPARE(p.config.hostname, QStringLiteral("web-1"));
    QCOMPARE(p.config.fqdn, QStringLiteral("web-1.example.com"));
    QCOMPARE(p.config.timezone, QStringLiteral("Europe/Berlin"));
    QCOMPARE(p.config.sshAuthorizedKeys.size(), 1);
    QCOMPARE(p.config.finalMessage, QStringLiteral("done after $UPTIME s"));

    const CloudConfigParse both =
        parse("#cloud-config\nhostname: db\nfqdn: db.lan\npreserve_hostname: false\n");
    QVERIFY2(both.ok(), qPrintable(dump(both.problems)));
    QCOMPARE(both.config.hostname, QStringLiteral("db"));
    QCOMPARE(both.config.fqdn, QStringLiteral("db.lan"));

    const CloudConfigParse bad = parse("#cloud-config\nhostname: 'a b'\ntimezone: ../../etc/x\n"
                                       "preserve_hostname: maybe\n");
    QCOMPARE(bad.problems.size(), 3);
}

void TestCloudConfig::unsupportedModule()
{
    const CloudConfigParse p = parse("#cloud-config\n"
                                     "packages: [nginx]\n"
                                     "apt:\n"
                                     "  sources: {}\n"
                                     "snap:\n"
                                     "  commands: [x]\n");
    QCOMPARE(p.problems.size(), 2);
    QCOMPARE(p.problems[0].line, 3);
    QCOMPARE(p.problems[0].column, 1);
    QVERIFY(p.problems[0].message.contains(QLatin1String("\"apt\"")));
    QVERIFY(p.problems[0].message.contains(QLatin1String("not supported")));
    QCOMPARE(p.problems[1].line, 5);
    QVERIFY(p.problems[1].message.contains(QLatin1String("\"snap\"")));
}

void TestCloudConfig::typeErrorsWithLines_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("update not bool")
        << QByteArray("package_update: please\n") << 2 << 17 << "package_update";
    QTest::newRow("quoted bool") << QByteArray("package_upgrade: 'true'\n") << 2 << 18
                                 << "package_upgrade";
    QTest::newRow("packages map") << QByteArray("packages: {nginx: 1}\n") << 2 << 11 << "packages";
    QTest::newRow("write_files map")
        << QByteArray("write_files:\n  path: /x\n") << 3 << 3 << "write_files";
    QTest::newRow("content list") << QByteArray("write_files:\n  - path: /x\n    content: [1]\n")
                                  << 4 << 14 << "content";
    QTest::newRow("append string")
        << QByteArray("write_files:\n  - path: /x\n    append: 'no'\n") << 4 << 13 << "append";
    QTest::newRow("users number") << QByteArray("users:\n  - 42\n") << 3 << 5 << "users[0]";
    QTest::newRow("hostname list") << QByteArray("hostname: [a]\n") << 2 << 11 << "hostname";
    QTest::newRow("keys string") << QByteArray("ssh_authorized_keys: ssh-rsa AAA\n") << 2 << 22
                                 << "ssh_authorized_keys";
    QTest::newRow("message bool") << QByteArray("final_message: yes\n") << 2 << 16
                                  << "final_message";
    QTest::newRow("argv with map")
        << QByteArray("runcmd:\n  - [ls, {a: 1}]\n") << 3 << 10 << "runcmd[0][1]";
    QTest::newRow("duplicate") << QByteArray("runcmd: []\nruncmd: []\n") << 3 << 1 << "twice";
}

void TestCloudConfig::typeErrorsWithLines()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, mentions);
    const CloudConfigParse p = parseCloudConfig("#cloud-config\n" + text);
    QVERIFY2(p.problems.size() == 1, qPrintable(dump(p.problems)));
    QCOMPARE(p.problems.first().line, line);
    QCOMPARE(p.problems.first().column, column);
    QVERIFY2(p.problems.first().message.contains(mentions), qPrintable(p.problems.first().message));
}

void TestCloudConfig::everyProblemListed()
{
    const CloudConfigParse p = parse("#cloud-config\n"         // 1
                                     "package_update: maybe\n" // 2
                                     "packages:\n"             // 3
                                     "  - nginx\n"             // 4
                                     "  - 'Bad Name'\n"        // 5
                                     "chef: {}\n"              // 6
                                     "write_files:\n"          // 7
                                     "  - path: x\n"           // 8
                                     "    permissions: 644\n"  // 9
                                     "runcmd: [[]]\n");        // 10
    QCOMPARE(p.problems.size(), 6);
    QList<int> lines;
    for (const ValidationProblem &problem : p.problems)
        lines.append(problem.line);
    QCOMPARE(lines, (QList<int>{2, 5, 6, 8, 9, 10}));
    QVERIFY(formatProblem(p.problems.first()).startsWith(QLatin1String("line 2, column 17: ")));
}

void TestCloudConfig::yamlSyntaxError()
{
    const CloudConfigParse p = parse("#cloud-config\npackages:\n  - nginx\n  bad: [\n");
    QCOMPARE(p.problems.size(), 1);
    QVERIFY(p.problems.first().line >= 3);
    QVERIFY(p.problems.first().message.contains(QLatin1String("YAML")));
    const CloudConfigParse twoDocs = parse("#cloud-config\npackages: [a1]\n---\nruncmd: []\n");
    QCOMPARE(twoDocs.problems.size(), 1);
    const CloudConfigParse notMap = parse("#cloud-config\n- a\n");
    QCOMPARE(notMap.problems.size(), 1);
    QCOMPARE(notMap.problems.first().line, 2);
}

// yaml-cpp 0.7's LoadAll went round forever on these, taking memory as it
// went (found by fuzz_cloudconfig; jbeder/yaml-cpp#1040). A watchdog turns
// a hang into a failure.
void TestCloudConfig::inputsThatHangYamlCppEnd()
{
    for (const QByteArray &input :
         {QByteArray("#cloud-config\n,"), QByteArray("#cloud-config\n,\n,"),
          QByteArray("#cloud-config\na: 1\n---\n,")}) {
        auto done = std::make_shared<std::atomic_bool>(false);
        std::thread watchdog([done] {
            for (int i = 0; i < 300 && !*done; ++i)
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
            if (!*done)
                qFatal("parseCloudConfig did not end");
        });
        const CloudConfigParse p = parse(input);
        *done = true;
        watchdog.join();
        QVERIFY(p.problems.size() <= 2);
    }
}

void TestCloudConfig::lineOffset()
{
    const CloudConfigParse p = parseCloudConfig("#cloud-config\nbogus: 1\n", 10);
    QCOMPARE(p.problems.size(), 1);
    QCOMPARE(p.problems.first().line, 12);
    const CloudConfigParse h = parseCloudConfig("nope\n", 10);
    QCOMPARE(h.problems.first().line, 11);
}

QTEST_GUILESS_MAIN(TestCloudConfig)
#include "tst_cloudconfig.moc"
