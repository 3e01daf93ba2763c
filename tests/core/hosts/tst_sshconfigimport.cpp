// Import from an OpenSSH client config the test writes under its own HOME:
// what libssh makes of each Host, what is skipped and why; then one imported
// entry pointing at the test sshd connects. A missing sshd is a failure.
#include "../ssh/sshtestenv.h"

#include "hosts/sshconfigimport.h"
#include "ssh/sshsession.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sloop;
using namespace sloop::hosts;

class TestSshConfigImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void importsConcreteHosts();
    void skipsWithReasons_data();
    void skipsWithReasons();
    void listsOptionsLibsshIgnores();
    void missingFileFails();
    void importedHostConnects();

private:
    void write(const QString &relative, const QByteArray &text);
    QString reasonFor(const QString &name) const;
    QString m_ssh;
    QTemporaryDir m_home;
    SshConfigImport m_result;
};

void TestSshConfigImport::write(const QString &relative, const QByteArray &text)
{
    QVERIFY(test::writeTestFile(m_home.filePath(relative), text));
}

QString TestSshConfigImport::reasonFor(const QString &name) const
{
    for (const SkippedEntry &s : m_result.skipped) {
        if (s.name == name)
            return s.reason;
    }
    return {};
}

void TestSshConfigImport::initTestCase()
{
    QVERIFY(m_home.isValid());
    // ~ in the config and relative Includes resolve under this HOME.
    qputenv("HOME", QFile::encodeName(m_home.path()));
    m_ssh = m_home.filePath(QStringLiteral(".ssh"));
    const QByteArray longName(100, 'x');
    // Includes first, as people write them: one inside a Host block would
    // apply only to that block's hosts (as in ssh; tst_sshconfigvsopenssh).
    write(QStringLiteral(".ssh/config"), "# written by tst_sshconfigimport\n"
                                         "Include conf.d/*.conf\n"
                                         "Include missing/*.conf\n"
                                         "Host a b\n"
                                         "    HostName example.org\n"
                                         "    User alice\n"
                                         "    Port 2200\n"
                                         "    IdentityFile ~/.ssh/id_work\n"
                                         "    Frobnicate yes\n"
                                         "    ForwardAgent yes\n"
                                         "\n"
                                         "Host web-* db?\n"
                                         "    User webber\n"
                                         "Host !nope\n"
                                         "Host jumped\n"
                                         "    HostName internal.example\n"
                                         "    ProxyJump bastion.example\n"
                                         "Host piped\n"
                                         "    ProxyCommand nc %h %p\n"
                                         "Host bad;name $(id) " +
                                             longName +
                                             "\n"
                                             "    HostName 192.0.2.1\n"
                                             "Host dup\n"
                                             "    HostName first.example\n"
                                             "Host dup\n"
                                             "    HostName second.example\n"
                                             "Match host a\n"
                                             "    User matched\n"
                                             "Host *\n"
                                             "    User fallback\n");
    write(QStringLiteral(".ssh/conf.d/10-one.conf"), "Host inc1\n"
                                                     "    HostName inc1.example\n"
                                                     "    Port 2022\n");
    write(QStringLiteral(".ssh/conf.d/20-two.conf"), "Host inc2\n"
                                                     "    User incuser\n"
                                                     "    IdentityFile /keys/inc2\n");
    // A folder where a file is expected: unreadable whoever runs the test.
    QVERIFY(QDir().mkpath(m_home.filePath(QStringLiteral(".ssh/conf.d/30-folder.conf"))));

    SshConfigImportOptions options;
    options.existingNames = {QStringLiteral("B")};
    const auto result = importSshConfig(QString(), options);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    m_result = result.value();
}

void TestSshConfigImport::importsConcreteHosts()
{
    QCOMPARE(m_result.file, m_ssh + QStringLiteral("/config"));
    QCOMPARE(m_result.read, (QStringList{m_ssh + QStringLiteral("/config"),
                                         m_ssh + QStringLiteral("/conf.d/10-one.conf"),
                                         m_ssh + QStringLiteral("/conf.d/20-two.conf")}));
    QMap<QString, HostRecord> byName;
    for (const ImportedHost &h : m_result.hosts)
        byName.insert(h.host.name, h.host);
    QCOMPARE(byName.keys(),
             (QStringList{QStringLiteral("a"), QStringLiteral("dup"), QStringLiteral("inc1"),
                          QStringLiteral("inc2"), QStringLiteral("jumped")}));

    const HostRecord a = byName.value(QStringLiteral("a"));
    QCOMPARE(a.address, QStringLiteral("example.org"));
    QCOMPARE(a.user, QStringLiteral("alice")); // the first value wins, as in ssh
    QCOMPARE(a.port, 2200);
    QCOMPARE(a.identityFiles, QStringList{m_ssh + QStringLiteral("/id_work")});
    QVERIFY(a.proxyJump.isEmpty());

    const HostRecord dup = byName.value(QStringLiteral("dup"));
    QCOMPARE(dup.address, QStringLiteral("first.example"));
    QCOMPARE(dup.user, QStringLiteral("fallback")); // from "Host *"
    QCOMPARE(dup.port, 22);
    QCOMPARE(dup.identityFiles, QStringList()); // none named: agent and default keys

    const HostRecord inc1 = byName.value(QStringLiteral("inc1"));
    QCOMPARE(inc1.address, QStringLiteral("inc1.example"));
    QCOMPARE(inc1.port, 2022);
    const HostRecord inc2 = byName.value(QStringLiteral("inc2"));
    QCOMPARE(inc2.address, QStringLiteral("inc2")); // no HostName: the name is dialled
    QCOMPARE(inc2.user, QStringLiteral("incuser"));
    QCOMPARE(inc2.identityFiles, QStringList{QStringLiteral("/keys/inc2")});

    // Reached through a jump host: imported with it, dialled through it.
    const HostRecord jumped = byName.value(QStringLiteral("jumped"));
    QCOMPARE(jumped.address, QStringLiteral("internal.example"));
    QCOMPARE(jumped.proxyJump, QStringLiteral("bastion.example"));

    for (const ImportedHost &h : m_result.hosts)
        QVERIFY2(h.origin.contains(QStringLiteral(".ssh/")), qPrintable(h.origin));
}

void TestSshConfigImport::skipsWithReasons_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("reason");
    QTest::newRow("wildcard") << "web-*"
                              << "a pattern";
    QTest::newRow("single-char wildcard") << "db?"
                                          << "a pattern";
    QTest::newRow("negation") << "!nope"
                              << "a pattern";
    QTest::newRow("catch-all") << "*"
                               << "a pattern";
    QTest::newRow("already in Sloop") << "b"
                                      << "already in Sloop";
    QTest::newRow("ProxyCommand") << "piped"
                                  << "ProxyCommand nc %h %p";
    QTest::newRow("metacharacters") << "bad;name"
                                    << "not a valid host name";
    QTest::newRow("command substitution") << "$(id)"
                                          << "not a valid host name";
    QTest::newRow("too long") << QString(100, QLatin1Char('x')) << "not a valid host name";
    QTest::newRow("Match") << "Match host a"
                           << "Match block";
    QTest::newRow("glob without files") << "Include missing/*.conf"
                                        << "no file matches";
    QTest::newRow("unreadable include") << "Include conf.d/*.conf"
                                        << "cannot be read";
}

void TestSshConfigImport::skipsWithReasons()
{
    QFETCH(QString, name);
    QFETCH(QString, reason);
    const QString got = reasonFor(name);
    QVERIFY2(got.contains(reason), qPrintable(QStringLiteral("%1: \"%2\"").arg(name, got)));
}

void TestSshConfigImport::listsOptionsLibsshIgnores()
{
    QMap<QString, QString> ignored;
    for (const SkippedEntry &s : m_result.ignored)
        ignored.insert(s.name, s.reason);
    QCOMPARE(ignored.keys(),
             (QStringList{QStringLiteral("ForwardAgent"), QStringLiteral("Frobnicate")}));
    QVERIFY(ignored.value(QStringLiteral("Frobnicate")).contains(QStringLiteral("not an option")));
    QVERIFY(ignored.value(QStringLiteral("ForwardAgent")).contains(QStringLiteral("not support")));
}

void TestSshConfigImport::missingFileFails()
{
    const auto result = importSshConfig(m_home.filePath(QStringLiteral("nothing-here")));
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(QStringLiteral("nothing-here")), qPrintable(result.error()));
}

void TestSshConfigImport::importedHostConnects()
{
    const auto env = test::loadSshTestEnv();
    QVERIFY2(env.ok(), qPrintable(env.error()));
    const QString file = m_home.filePath(QStringLiteral("integration.conf"));
    write(QStringLiteral("integration.conf"),
          QStringLiteral("Host sshtest\n  HostName %1\n  Port %2\n  User %3\n  IdentityFile %4\n")
              .arg(env->host)
              .arg(env->port)
              .arg(env->user, env->key)
              .toUtf8());
    const auto result = importSshConfig(file);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result->hosts.size(), 1);
    const HostRecord host = result->hosts.first().host;

    ssh::SshTarget target;
    target.name = host.name;
    target.address = host.address;
    target.port = quint16(host.port);
    target.user = host.user;
    target.identityFiles = host.identityFiles;
    ssh::SshOptions options;
    options.knownHostsFile = m_home.filePath(QStringLiteral("known_hosts"));
    options.useAgent = false;
    options.tryDefaultKeys = false;
    ssh::SshSession session(target, options);
    const auto connected = test::await(session.connectHost(ssh::HostKeyPolicy::AcceptNew));
    QVERIFY2(connected.ok(), qPrintable(connected.error().message));
    const auto ran =
        test::await(session.exec(ssh::RemoteCommand::argv({QStringLiteral("echo"), host.name})));
    QVERIFY2(ran.ok(), qPrintable(ran.error().message));
    QCOMPARE(ran->stdOut, QByteArray("sshtest\n"));
}

QTEST_GUILESS_MAIN(TestSshConfigImport)
#include "tst_sshconfigimport.moc"
