// Host ports, names and host-key trust of system containers: the pure parts.
#include "instances/hostkeytrust.h"
#include "instances/hostports.h"
#include "instances/systemcontainer.h"
#include "ssh/knownhosts.h"

#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace sloop;
using namespace sloop::instances;

namespace {
// A real ed25519 public key blob (type "ssh-ed25519" + 32 bytes).
const QString kKey = QStringLiteral(
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFqdYdmOh7mrf6rv+q8UA7rkEnX81WMTe1Fj9DvHYj6A");
const QString kOtherKey = QStringLiteral(
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKPI7V9C9fGTGggKP/G8XVBF7Xx6+Nj7pBuO+VB5yuPO");
} // namespace

class TestHostPorts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void preferredIsStableAndInRange();
    void assignSkipsTakenAndBusy();
    void explicitPortInUse();
    void rangeExhausted();
    void encodeDecodeRoundTrip();
    void decodeRejects_data();
    void decodeRejects();
    void validation();
    void localBindProbe();
    void names_data();
    void names();
    void hostnames();
    void authorizedKeys();
    void trustWritesAndReplaces();
    void adoptMovesInstanceKeysOutOfTheUsersFile();
    void trustRejectsJunk();
};

void TestHostPorts::preferredIsStableAndInRange()
{
    const PortRange range;
    const int a = preferredHostPort(QStringLiteral("web-1"), 22, QStringLiteral("tcp"), range);
    QCOMPARE(preferredHostPort(QStringLiteral("web-1"), 22, QStringLiteral("tcp"), range), a);
    QVERIFY(a >= range.first && a <= range.last);
    // Another instance or port starts elsewhere (these do; a clash is allowed
    // by design and resolved by probing on).
    QVERIFY(preferredHostPort(QStringLiteral("web-2"), 22, QStringLiteral("tcp"), range) != a);
    QVERIFY(preferredHostPort(QStringLiteral("web-1"), 80, QStringLiteral("tcp"), range) != a);
    const PortRange tiny{30000, 30000};
    QCOMPARE(preferredHostPort(QStringLiteral("x"), 1, QStringLiteral("udp"), tiny), 30000);
}

void TestHostPorts::assignSkipsTakenAndBusy()
{
    const PortRange range{25000, 25009};
    const int first = preferredHostPort(QStringLiteral("db"), 22, QStringLiteral("tcp"), range);
    const int next = first == range.last ? range.first : first + 1;
    const int third = next == range.last ? range.first : next + 1;
    QSet<QString> taken{portKey(QStringLiteral("tcp"), first)};
    const auto busy = [third](const PortMapping &m) {
        return m.hostPort != third;
    };
    const auto r = assignHostPorts(QStringLiteral("db"),
                                   {{22, 0, QStringLiteral("tcp"), {}},
                                    {53, 0, QStringLiteral("udp"), {}},
                                    {80, 8080, QStringLiteral("tcp"), {}}},
                                   taken, range, busy);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r->at(0).hostPort, next); // first taken: the next one
    QCOMPARE(r->at(2).hostPort, 8080); // explicit ones stay
    QVERIFY(r->at(1).hostPort >= range.first && r->at(1).hostPort <= range.last);
    QVERIFY(taken.contains(portKey(QStringLiteral("tcp"), next)));
    QVERIFY(taken.contains(portKey(QStringLiteral("tcp"), 8080)));

    // The next call skips what the first one chose.
    const auto again = assignHostPorts(QStringLiteral("db"), {{22, 0, QStringLiteral("tcp"), {}}},
                                       taken, range, busy);
    QVERIFY(again.ok());
    QVERIFY(again->at(0).hostPort != next && again->at(0).hostPort != third);
}

void TestHostPorts::explicitPortInUse()
{
    QSet<QString> taken{portKey(QStringLiteral("tcp"), 2222)};
    const auto r = assignHostPorts(QStringLiteral("a"), {{22, 2222, QStringLiteral("tcp"), {}}},
                                   taken, {}, {});
    QVERIFY(!r.ok());
    QVERIFY(r.error().contains(QStringLiteral("2222")));
    // The same number over udp is another port.
    QVERIFY(
        assignHostPorts(QStringLiteral("a"), {{53, 2222, QStringLiteral("udp"), {}}}, taken, {}, {})
            .ok());
}

void TestHostPorts::rangeExhausted()
{
    QSet<QString> taken;
    const auto r = assignHostPorts(QStringLiteral("a"), {{22, 0, QStringLiteral("tcp"), {}}}, taken,
                                   {26000, 26003}, [](const PortMapping &) { return false; });
    QVERIFY(!r.ok());
    QVERIFY(r.error().contains(QStringLiteral("26003")));
}

void TestHostPorts::encodeDecodeRoundTrip()
{
    const QList<PortMapping> ports{{22, 20022, QStringLiteral("tcp"), QStringLiteral("127.0.0.1")},
                                   {80, 20080, QStringLiteral("tcp"), {}},
                                   {53, 20053, QStringLiteral("udp"), QStringLiteral("::1")}};
    const QString text = encodePortMappings(ports);
    QCOMPARE(text, QStringLiteral("127.0.0.1:20022:22/tcp 20080:80/tcp [::1]:20053:53/udp"));
    const auto back = decodePortMappings(text);
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QCOMPARE(*back, ports);
    QVERIFY(decodePortMappings(QString())->isEmpty());
}

void TestHostPorts::decodeRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("garbage") << QStringLiteral("hello");
    QTest::newRow("no protocol") << QStringLiteral("20022:22");
    QTest::newRow("bad protocol") << QStringLiteral("20022:22/sctp");
    QTest::newRow("port too big") << QStringLiteral("70000:22/tcp");
    QTest::newRow("bad address") << QStringLiteral("300.1.1.1:20022:22/tcp");
    QTest::newRow("twice") << QStringLiteral("20022:22/tcp 20023:22/tcp");
    QTest::newRow("shell") << QStringLiteral("$(reboot):22/tcp");
}

void TestHostPorts::decodeRejects()
{
    QFETCH(QString, text);
    QVERIFY(!decodePortMappings(text).ok());
}

void TestHostPorts::validation()
{
    QVERIFY(validatePortMappings({{22, 0, QStringLiteral("tcp"), {}}}).ok());
    QVERIFY(!validatePortMappings({{0, 0, QStringLiteral("tcp"), {}}}).ok());
    QVERIFY(!validatePortMappings({{22, -1, QStringLiteral("tcp"), {}}}).ok());
    QVERIFY(!validatePortMappings({{22, 0, QStringLiteral("TCP; rm"), {}}}).ok());
    QVERIFY(
        !validatePortMappings({{22, 0, QStringLiteral("tcp"), QStringLiteral("host name")}}).ok());
    QVERIFY(!validatePortMappings(
                 {{22, 2000, QStringLiteral("tcp"), {}}, {23, 2000, QStringLiteral("tcp"), {}}})
                 .ok());
}

void TestHostPorts::localBindProbe()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const int port = server.serverPort();
    QVERIFY(!canBindLocally(QStringLiteral("127.0.0.1"), port, QStringLiteral("tcp")));
    QVERIFY(!canBindLocally(QString(), port, QStringLiteral("tcp"))); // every address
    QVERIFY(canBindLocally(QStringLiteral("127.0.0.1"), port, QStringLiteral("udp")));
    server.close();
    QVERIFY(canBindLocally(QStringLiteral("127.0.0.1"), port, QStringLiteral("tcp")));
}

void TestHostPorts::names_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("ok");
    QTest::newRow("plain") << QStringLiteral("web-1") << true;
    QTest::newRow("dots and underscores") << QStringLiteral("My_App.v2") << true;
    QTest::newRow("63") << QString(63, QLatin1Char('a')) << true;
    QTest::newRow("64") << QString(64, QLatin1Char('a')) << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("one character") << QStringLiteral("a") << false;
    QTest::newRow("leading dash") << QStringLiteral("-rf") << false;
    QTest::newRow("space") << QStringLiteral("web 1") << false;
    QTest::newRow("semicolon") << QStringLiteral("x;reboot") << false;
    QTest::newRow("substitution") << QStringLiteral("$(reboot)") << false;
    QTest::newRow("slash") << QStringLiteral("../etc") << false;
    QTest::newRow("newline") << QStringLiteral("a\nb") << false;
    QTest::newRow("quote") << QStringLiteral("a'b") << false;
    QTest::newRow("not ascii") << QStringLiteral("caf\u00e9") << false;
}

void TestHostPorts::names()
{
    QFETCH(QString, name);
    QFETCH(bool, ok);
    QCOMPARE(validateContainerName(name).ok(), ok);
}

void TestHostPorts::hostnames()
{
    QVERIFY(validateHostname(QStringLiteral("web-1")).ok());
    QVERIFY(validateHostname(QStringLiteral("web-1.example")).ok());
    QVERIFY(!validateHostname(QStringLiteral("web_1")).ok());
    QVERIFY(!validateHostname(QStringLiteral("-web")).ok());
    QVERIFY(!validateHostname(QStringLiteral("a..b")).ok());
    QVERIFY(!validateHostname(QString(64, QLatin1Char('a'))).ok());
    QCOMPARE(hostnameFor(QStringLiteral("My_App.v2")), QStringLiteral("my-app-v2"));
    QCOMPARE(hostnameFor(QStringLiteral("_x_")), QStringLiteral("x"));
    QVERIFY(validateHostname(hostnameFor(QString(63, QLatin1Char('_')))).ok());
}

void TestHostPorts::authorizedKeys()
{
    QVERIFY(validateAuthorizedKey(kKey + QStringLiteral(" me@laptop")).ok());
    QVERIFY(validateAuthorizedKey(kKey).ok());
    QVERIFY(!validateAuthorizedKey(QString()).ok());
    QVERIFY(!validateAuthorizedKey(kKey + QStringLiteral("\nssh-rsa AAAA x")).ok());
    QVERIFY(!validateAuthorizedKey(QStringLiteral("ssh-ed25519 !!!!")).ok());
    // The blob says ed25519; the line claims rsa.
    QVERIFY(!validateAuthorizedKey(QStringLiteral("ssh-rsa ") + kKey.section(QLatin1Char(' '), 1))
                 .ok());
    QVERIFY(!validateAuthorizedKey(QStringLiteral("command=\"rm -rf /\" ") + kKey).ok());
}

void TestHostPorts::trustWritesAndReplaces()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("sub/known_hosts"));
    QVERIFY(trustHostKey(file, QStringLiteral("127.0.0.1"), 20022, kKey + QStringLiteral(" root@x"))
                .ok());
    QVERIFY(trustHostKey(file, QStringLiteral("127.0.0.1"), 20023, kOtherKey).ok());
    auto records = ssh::knownHostsRecords(file, QStringLiteral("127.0.0.1"), 20022);
    QVERIFY(records.ok());
    QCOMPARE(records->size(), 1);
    QCOMPARE(records->first().keyType + QLatin1Char(' ') + records->first().keyBase64, kKey);

    // A new key for the same address and port replaces the old one only.
    QVERIFY(trustHostKey(file, QStringLiteral("127.0.0.1"), 20022, kOtherKey).ok());
    records = ssh::knownHostsRecords(file, QStringLiteral("127.0.0.1"), 20022);
    QCOMPARE(records->size(), 1);
    QCOMPARE(records->first().keyType + QLatin1Char(' ') + records->first().keyBase64, kOtherKey);
    QCOMPARE(ssh::knownHostsRecords(file, QStringLiteral("127.0.0.1"), 20023)->size(), 1);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll().count('\n'), 2);
}

// Keys Sloop once filed in ~/.ssh/known_hosts move to its own file; the
// user's other lines stay byte for byte.
void TestHostPorts::adoptMovesInstanceKeysOutOfTheUsersFile()
{
    QTemporaryDir dir;
    const QString user = dir.filePath(QStringLiteral("user_known_hosts"));
    const QString mine = dir.filePath(QStringLiteral("sloop/known_hosts"));
    const QByteArray theirs = "github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIG\n# a comment\n";
    QFile f(user);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(theirs);
    f.close();
    QVERIFY(trustHostKey(user, QStringLiteral("127.0.0.1"), 20022, kKey).ok());
    QVERIFY(trustHostKey(user, QStringLiteral("127.0.0.1"), 20023, kKey).ok());
    QVERIFY(trustHostKey(mine, QStringLiteral("127.0.0.1"), 20023, kOtherKey).ok());

    const QList<KeyEndpoint> endpoints{{QStringLiteral("127.0.0.1"), 20022},
                                       {QStringLiteral("127.0.0.1"), 20023},
                                       {QStringLiteral("127.0.0.1"), 20024}};
    const auto moved = adoptHostKeys(user, mine, endpoints);
    QVERIFY2(moved.ok(), qPrintable(moved.error()));
    QCOMPARE(*moved, 1);
    const auto filed = ssh::knownHostsRecords(mine, QStringLiteral("127.0.0.1"), 20022);
    QCOMPARE(filed->size(), 1);
    QCOMPARE(filed->first().keyType + QLatin1Char(' ') + filed->first().keyBase64, kKey);
    // Sloop's own file already had 20023: that key stays, the user's too.
    QCOMPARE(ssh::knownHostsRecords(mine, QStringLiteral("127.0.0.1"), 20023)->first().keyBase64,
             kOtherKey.section(QLatin1Char(' '), 1));
    QCOMPARE(ssh::knownHostsRecords(user, QStringLiteral("127.0.0.1"), 20023)->size(), 1);
    QVERIFY(ssh::knownHostsRecords(user, QStringLiteral("127.0.0.1"), 20022)->isEmpty());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().startsWith(theirs));
    f.close();
    QCOMPARE(*adoptHostKeys(user, mine, endpoints), 0);
}

void TestHostPorts::trustRejectsJunk()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("known_hosts"));
    QVERIFY(!trustHostKey(file, QStringLiteral("127.0.0.1"), 22, QStringLiteral("junk")).ok());
    QVERIFY(!trustHostKey(file, QStringLiteral("127.0.0.1"), 22,
                          QStringLiteral("ssh-ed25519 AAAA\n[evil]:22 ssh-rsa AAAA"))
                 .ok());
    QVERIFY(!trustHostKey(file, QStringLiteral("a host,evil"), 22, kKey).ok());
    QVERIFY(!QFile::exists(file));
    QVERIFY(!parseHostKeyLine(QStringLiteral("ssh-rsa ") + kKey.section(QLatin1Char(' '), 1)).ok());
    QCOMPARE(*parseHostKeyLine(kKey + QStringLiteral(" root@web-1\n")), kKey);
}

QTEST_GUILESS_MAIN(TestHostPorts)
#include "tst_hostports.moc"
