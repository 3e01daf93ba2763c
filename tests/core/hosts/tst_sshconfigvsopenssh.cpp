// The import of a config written the way people write them, compared host
// by host and field by field with what OpenSSH itself makes of it
// (`ssh -G -F FILE HOST`): HostName, Port, User, the IdentityFile list in
// order, IdentitiesOnly and ProxyJump. Patterns, negation, first value wins,
// Include with a glob, Match blocks (evaluated and not), a jump host chain.
#include "hosts/sshconfigimport.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>
#include <unistd.h>

using namespace sloop;
using namespace sloop::hosts;

namespace {

struct OpenSshView
{
    QString hostName, user, proxyJump;
    int port = 22;
    QStringList identityFiles;
    bool identitiesOnly = false;
};

// OpenSSH's list when a config names no key: Sloop's "empty" means the same.
const QStringList kDefaultKeys = {
    QStringLiteral("~/.ssh/id_rsa"),        QStringLiteral("~/.ssh/id_ecdsa"),
    QStringLiteral("~/.ssh/id_ecdsa_sk"),   QStringLiteral("~/.ssh/id_ed25519"),
    QStringLiteral("~/.ssh/id_ed25519_sk"), QStringLiteral("~/.ssh/id_xmss"),
    QStringLiteral("~/.ssh/id_dsa")};

QString localUser()
{
    const passwd *pw = ::getpwuid(::getuid());
    return pw ? QString::fromLocal8Bit(pw->pw_name) : QString();
}

} // namespace

class TestSshConfigVsOpenSsh : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyHostAsSshDashG_data();
    void everyHostAsSshDashG();
    void skipsWhatItCannotDial();

private:
    std::optional<OpenSshView> sshDashG(const QString &name, QString *error) const;
    void write(const QString &relative, const QByteArray &text);
    QTemporaryDir m_home;
    QString m_config;
    SshConfigImport m_result;
};

void TestSshConfigVsOpenSsh::write(const QString &relative, const QByteArray &text)
{
    QVERIFY(test::writeTestFile(m_home.filePath(relative), text));
}

void TestSshConfigVsOpenSsh::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("ssh")).isEmpty(),
             "ssh (openssh-client) is missing: scripts/deps.sh test installs it");
    qputenv("HOME", QFile::encodeName(m_home.path()));
    // ssh reads a relative Include under the real user's ~/.ssh, not $HOME:
    // the glob is absolute so both read the same files.
    const QByteArray confd = QFile::encodeName(m_home.filePath(QStringLiteral("ssh/conf.d")));
    m_config = m_home.filePath(QStringLiteral("ssh/config"));
    write(QStringLiteral("ssh/config"),
          "# A laptop's config: work hosts behind a bastion, a few personal ones.\n"
          "Include " +
              confd +
              "/*.conf\n"
              "\n"
              "Host bastion\n"
              "    HostName 203.0.113.10\n"
              "    User ops\n"
              "    IdentityFile ~/.ssh/id_bastion\n"
              "    IdentitiesOnly yes\n"
              "\n"
              "Host db-*\n"
              "    User dbadmin\n"
              "    IdentityFile ~/.ssh/id_db\n"
              "    ProxyJump bastion\n"
              "\n"
              "Host db-1\n"
              "    HostName 10.0.0.5\n"
              "    User ignored-first-value-wins\n"
              "\n"
              "Host db-2\n"
              "    HostName 10.0.0.6\n"
              "    Port 2222\n"
              "\n"
              "Host db-3\n"
              "    HostName 10.0.0.7\n"
              "\n"
              "Host web1 web2 web3\n"
              "    HostName %h.example.com\n"
              // Inside a block: what it holds applies to web1-3 only, and
              // the lines after it are the block's again.
              "    Include " +
              confd +
              "/web-extra.inc\n"
              "    User webuser\n"
              "\n"
              "Host !web2 web*\n"
              "    Port 2200\n"
              "\n"
              "Host web2\n"
              "    User deploy\n"
              "    IdentityFile ~/.ssh/web_%r_key\n"
              "\n"
              "Match originalhost web3\n"
              "    IdentityFile ~/.ssh/id_web3_match\n"
              "\n"
              "Match exec \"false\"\n"
              "    IdentityFile ~/.ssh/never\n"
              "\n"
              "Host legacy\n"
              "    HostName 192.0.2.44\n"
              "    IdentityFile ~/.ssh/%h_key\n"
              "    IdentityFile %d/.ssh/id_legacy\n"
              "    IdentityFile ~/.ssh/id_legacy\n"
              "\n"
              "Host nokeys\n"
              "    HostName nokeys.example.org\n"
              "\n"
              "Host *\n"
              "    User fallback\n"
              "    IdentityFile ~/.ssh/id_ed25519\n"
              "    ServerAliveInterval 30\n");
    // Included first: its blocks come before everything in the main file.
    write(QStringLiteral("ssh/conf.d/10-personal.conf"), "Host pi\n"
                                                         "    HostName 192.168.1.20\n"
                                                         "    User pi\n"
                                                         "    Port 2022\n"
                                                         "    IdentityFile ~/.ssh/id_pi\n");
    write(QStringLiteral("ssh/conf.d/web-extra.inc"), "Port 2300\n"
                                                      "Host legacy\n"
                                                      "    User never-from-an-inactive-include\n");
    write(QStringLiteral("ssh/conf.d/20-chain.conf"),
          "Host deep\n"
          "    HostName 172.16.0.9\n"
          "    ProxyJump ops@bastion:22,jump2.internal:2201\n"
          "Host nokeys\n"
          "    IdentityFile none\n");

    const auto result = importSshConfig(m_config);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    m_result = *result;
}

std::optional<OpenSshView> TestSshConfigVsOpenSsh::sshDashG(const QString &name,
                                                            QString *error) const
{
    QProcess ssh;
    ssh.start(QStringLiteral("ssh"), {QStringLiteral("-G"), QStringLiteral("-F"), m_config, name});
    if (!ssh.waitForFinished(10000) || ssh.exitCode() != 0) {
        *error = QString::fromUtf8(ssh.readAllStandardError());
        return std::nullopt;
    }
    OpenSshView view;
    for (const QByteArray &line : ssh.readAllStandardOutput().split('\n')) {
        const qsizetype space = line.indexOf(' ');
        if (space < 0)
            continue;
        const QByteArray key = line.left(space);
        const QString value = QString::fromUtf8(line.mid(space + 1));
        if (key == "hostname")
            view.hostName = value;
        else if (key == "user")
            view.user = value;
        else if (key == "port")
            view.port = value.toInt();
        else if (key == "identityfile")
            view.identityFiles << value;
        else if (key == "identitiesonly")
            view.identitiesOnly = value == QLatin1String("yes");
        else if (key == "proxyjump")
            view.proxyJump = value;
    }
    return view;
}

void TestSshConfigVsOpenSsh::everyHostAsSshDashG_data()
{
    QTest::addColumn<int>("index");
    for (qsizetype i = 0; i < m_result.hosts.size(); ++i)
        QTest::newRow(qPrintable(m_result.hosts.at(i).host.name)) << int(i);
    QCOMPARE(m_result.hosts.size(), 11);
}

void TestSshConfigVsOpenSsh::everyHostAsSshDashG()
{
    QFETCH(int, index);
    const HostRecord host = m_result.hosts.at(index).host;
    QString error;
    const std::optional<OpenSshView> ssh = sshDashG(host.name, &error);
    QVERIFY2(ssh, qPrintable(error));

    QCOMPARE(host.address.toLower(), ssh->hostName.toLower());
    QCOMPARE(host.port, ssh->port);
    QCOMPARE(host.user.isEmpty() ? localUser() : host.user, ssh->user);
    QCOMPARE(host.identitiesOnly, ssh->identitiesOnly);
    QCOMPARE(host.proxyJump, ssh->proxyJump);

    // ssh -G prints the files as written; Sloop stores them expanded, once
    // each (ssh would offer a file named twice twice), and "none" is no file.
    const QStringList written =
        ssh->identityFiles == kDefaultKeys ? QStringList() : ssh->identityFiles;
    const QString home = m_home.path();
    QStringList expected;
    for (QString file : written) {
        if (file == QLatin1String("none"))
            continue;
        if (file.startsWith(QLatin1String("~/")))
            file = home + file.mid(1);
        file.replace(QLatin1String("%d"), home);
        file.replace(QLatin1String("%h"), ssh->hostName);
        file.replace(QLatin1String("%r"), ssh->user);
        if (!expected.contains(file))
            expected << file;
    }
    QCOMPARE(host.identityFiles, expected);
}

void TestSshConfigVsOpenSsh::skipsWhatItCannotDial()
{
    QStringList skipped;
    for (const SkippedEntry &s : std::as_const(m_result.skipped))
        skipped << s.name;
    QVERIFY2(skipped.contains(QStringLiteral("db-*")), qPrintable(skipped.join(u',')));
    QVERIFY2(skipped.contains(QStringLiteral("Match exec \"false\"")) ||
                 skipped.contains(QStringLiteral("Match exec false")),
             qPrintable(skipped.join(u',')));
}

QTEST_GUILESS_MAIN(TestSshConfigVsOpenSsh)
#include "tst_sshconfigvsopenssh.moc"
