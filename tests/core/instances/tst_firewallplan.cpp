// The server firewall's plan: where Sloop's connection arrives, the rule
// that keeps it, refusals, and the script checked by the real nft.

#include "instances/firewallplan.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTest>

using namespace sloop;
using namespace sloop::instances;

class TestFirewallPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesSshConnection_data();
    void parsesSshConnection();
    void refusesRulesWithoutSloopsPort();
    void keepsSloopsAddressFirst();
    void scriptPassesNft();
    void applyStepRefusesABadToken();
    void defaultsOpenTheSshPort();
};

void TestFirewallPlan::parsesSshConnection_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("client"); // empty: refused
    QTest::addColumn<int>("port");
    QTest::newRow("ipv4") << QByteArray("10.203.7.1 55378 10.203.7.2 2201\n")
                          << QStringLiteral("10.203.7.1") << 2201;
    QTest::newRow("ipv6") << QByteArray("2001:db8::5 40000 2001:db8::1 22")
                          << QStringLiteral("2001:db8::5") << 22;
    QTest::newRow("mapped") << QByteArray("::ffff:192.0.2.9 40000 ::ffff:192.0.2.1 22")
                            << QStringLiteral("192.0.2.9") << 22;
    QTest::newRow("empty (sudo cleared it)") << QByteArray() << QString() << 0;
    QTest::newRow("three fields") << QByteArray("10.0.0.1 1 10.0.0.2") << QString() << 0;
    QTest::newRow("not an address") << QByteArray("evil;rm 1 2 22") << QString() << 0;
    QTest::newRow("port out of range") << QByteArray("10.0.0.1 1 10.0.0.2 70000") << QString() << 0;
    QTest::newRow("port not a number") << QByteArray("10.0.0.1 1 10.0.0.2 ssh") << QString() << 0;
}

void TestFirewallPlan::parsesSshConnection()
{
    QFETCH(QByteArray, value);
    QFETCH(QString, client);
    QFETCH(int, port);
    const auto parsed = parseSshConnection(value);
    if (client.isEmpty()) {
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().contains(QStringLiteral("SSH_CONNECTION")),
                 qPrintable(parsed.error()));
        return;
    }
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(parsed->client.toString(), client);
    QCOMPARE(parsed->serverPort, port);
}

void TestFirewallPlan::refusesRulesWithoutSloopsPort()
{
    const SshArrival sloop{QHostAddress(QStringLiteral("10.0.0.9")), 2201};
    const QList<FirewallRule> only22{{QStringLiteral("tcp"), 22, 22, QStringLiteral("0.0.0.0/0")}};
    const auto refused = nftablesScript(only22, sloop);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("2201")), qPrintable(refused.error()));
    QVERIFY(
        !keepsSshOpen({{QStringLiteral("udp"), 2201, 2201, QStringLiteral("0.0.0.0/0")}}, 2201));
    QVERIFY(
        keepsSshOpen({{QStringLiteral("tcp"), 2000, 2300, QStringLiteral("10.0.0.0/8")}}, 2201));
    QVERIFY(keepsSshOpen({{QStringLiteral("all"), 0, 65535, QStringLiteral("0.0.0.0/0")}}, 2201));
}

void TestFirewallPlan::keepsSloopsAddressFirst()
{
    const QList<FirewallRule> office{
        {QStringLiteral("tcp"), 22, 22, QStringLiteral("192.0.2.0/24")}};
    auto v4 = nftablesScript(office, {QHostAddress(QStringLiteral("10.0.0.9")), 22});
    QVERIFY2(v4.ok(), qPrintable(v4.error()));
    const qsizetype own = v4->indexOf("ip saddr 10.0.0.9 tcp dport 22 accept");
    QVERIFY2(own > 0, v4->constData());
    QVERIFY(own < v4->indexOf("192.0.2.0/24"));
    auto v6 = nftablesScript(office, {QHostAddress(QStringLiteral("2001:db8::5")), 22});
    QVERIFY2(v6.ok() && v6->contains("ip6 saddr 2001:db8::5 tcp dport 22 accept"),
             v6.ok() ? v6->constData() : qPrintable(v6.error()));
}

void TestFirewallPlan::scriptPassesNft()
{
    if (QStandardPaths::findExecutable(QStringLiteral("nft")).isEmpty() ||
        QStandardPaths::findExecutable(QStringLiteral("unshare")).isEmpty())
        QFAIL("nft and unshare are needed: scripts/deps.sh test installs nftables");
    const QList<FirewallRule> rules{
        {QStringLiteral("tcp"), 22, 22, QStringLiteral("192.0.2.0/24")},
        {QStringLiteral("tcp"), 8000, 8100, QStringLiteral("0.0.0.0/0")},
        {QStringLiteral("udp"), 51820, 51820, QStringLiteral("::/0")},
        {QStringLiteral("all"), 0, 65535, QStringLiteral("2001:db8::/32")}};
    for (const QString &client : {QStringLiteral("10.0.0.9"), QStringLiteral("2001:db8::5")}) {
        auto script = nftablesScript(rules, {QHostAddress(client), 22});
        QVERIFY2(script.ok(), qPrintable(script.error()));
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(*script);
        file.flush();
        // A network namespace of its own (as a mapped root, so no real root
        // is needed): checked by the kernel's parser, loaded nowhere.
        QProcess nft;
        nft.setProcessChannelMode(QProcess::MergedChannels);
        nft.start(QStringLiteral("unshare"),
                  {QStringLiteral("-n"), QStringLiteral("nft"), QStringLiteral("-c"),
                   QStringLiteral("-f"), file.fileName()});
        QVERIFY(nft.waitForFinished(10000));
        QVERIFY2(nft.exitCode() == 0, QByteArray(nft.readAll() + "\n" + *script).constData());
    }
}

void TestFirewallPlan::applyStepRefusesABadToken()
{
    const QList<FirewallRule> rules{{QStringLiteral("tcp"), 22, 22, QStringLiteral("0.0.0.0/0")}};
    const SshArrival sloop{QHostAddress(QStringLiteral("10.0.0.9")), 22};
    QVERIFY(!applyNftablesStep(rules, sloop, 60, "'; reboot; '").ok());
    QVERIFY(!applyNftablesStep(rules, sloop, 0, "00112233445566778899aabbccddeeff").ok());
    auto step = applyNftablesStep(rules, sloop, 60, "00112233445566778899aabbccddeeff");
    QVERIFY2(step.ok(), qPrintable(step.error()));
    QVERIFY(step->contains("sleep 60; exec sh /etc/sloop/firewall-rollback.sh "
                           "00112233445566778899aabbccddeeff"));
    QCOMPARE(confirmNftablesCommand("nonsense").last().contains(QStringLiteral("nonsense")), false);
}

void TestFirewallPlan::defaultsOpenTheSshPort()
{
    const auto rules = defaultFirewall({80, 2201}, {}, 2201);
    QCOMPARE(rules.size(), 2);
    QCOMPARE(rules.first().fromPort, 2201);
    QCOMPARE(rules.last().fromPort, 80);
    QCOMPARE(defaultFirewall({80}).first().fromPort, 22);
}

QTEST_GUILESS_MAIN(TestFirewallPlan)
#include "tst_firewallplan.moc"
