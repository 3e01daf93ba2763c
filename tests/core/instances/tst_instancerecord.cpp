#include "instances/instancerecord.h"

#include <QTest>

using namespace sloop;
using namespace sloop::instances;

class TestInstanceRecord : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void statesAndKindsRoundTrip();
    void cidr_data();
    void cidr();
    void firewallRule_data();
    void firewallRule();
    void record_data();
    void record();
    void tags_data();
    void tags();
};

void TestInstanceRecord::statesAndKindsRoundTrip()
{
    for (const InstanceState s :
         {InstanceState::Pending, InstanceState::Provisioning, InstanceState::Running,
          InstanceState::Stopped, InstanceState::Failed, InstanceState::Deleting}) {
        QCOMPARE(instanceStateFromString(instanceStateToString(s)),
                 std::optional<InstanceState>(s));
        QVERIFY(!displayName(s).isEmpty());
    }
    QCOMPARE(instanceStateToString(InstanceState::Provisioning), QStringLiteral("provisioning"));
    QCOMPARE(instanceKindToString(InstanceKind::Server), QStringLiteral("server"));
    QCOMPARE(instanceKindFromString(QStringLiteral("container")),
             std::optional<InstanceKind>(InstanceKind::Container));
    QVERIFY(!instanceStateFromString(QStringLiteral("Running")).has_value());
    QVERIFY(!instanceStateFromString(QString()).has_value());
    QVERIFY(!instanceKindFromString(QStringLiteral("vm")).has_value());
}

void TestInstanceRecord::cidr_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical"); // empty: refused
    QTest::newRow("everyone v4") << "0.0.0.0/0"
                                 << "0.0.0.0/0";
    QTest::newRow("everyone v6") << "::/0"
                                 << "::/0";
    QTest::newRow("network") << "203.0.113.0/24"
                             << "203.0.113.0/24";
    QTest::newRow("single host") << "198.51.100.7/32"
                                 << "198.51.100.7/32";
    QTest::newRow("bare v4 is a host") << "198.51.100.7"
                                       << "198.51.100.7/32";
    QTest::newRow("v6 network") << "2001:DB8:0:0::/32"
                                << "2001:db8::/32";
    QTest::newRow("bare v6") << "2001:db8::1"
                             << "2001:db8::1/128";
    QTest::newRow("v6 odd prefix") << "2001:db8:8000::/33"
                                   << "2001:db8:8000::/33";
    QTest::newRow("mapped v4") << "::ffff:192.0.2.0/120"
                               << "::ffff:192.0.2.0/120";
    QTest::newRow("host bits set") << "10.0.0.1/8"
                                   << "";
    QTest::newRow("v6 host bits set") << "2001:db8::1/64"
                                      << "";
    QTest::newRow("prefix too long") << "10.0.0.0/33"
                                     << "";
    QTest::newRow("v6 prefix too long") << "::/129"
                                        << "";
    QTest::newRow("negative prefix") << "10.0.0.0/-1"
                                     << "";
    QTest::newRow("empty prefix") << "10.0.0.0/"
                                  << "";
    QTest::newRow("netmask") << "10.0.0.0/255.0.0.0"
                             << "";
    QTest::newRow("octet too big") << "256.0.0.0/8"
                                   << "";
    QTest::newRow("leading zero") << "010.0.0.0/8"
                                  << "";
    QTest::newRow("short v4") << "10/8"
                              << "";
    QTest::newRow("hex v4") << "0x0a000000/8"
                            << "";
    QTest::newRow("scope id") << "fe80::1%eth0/128"
                              << "";
    QTest::newRow("name") << "example.org/32"
                          << "";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("shell") << "0.0.0.0/0;reboot"
                           << "";
    QTest::newRow("space") << "10.0.0.0 /8"
                           << "";
}

void TestInstanceRecord::cidr()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    const Result<Cidr> parsed = parseCidr(text);
    if (canonical.isEmpty()) {
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().contains(text), qPrintable(parsed.error()));
        return;
    }
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(parsed->toString(), canonical);
}

void TestInstanceRecord::firewallRule_data()
{
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("valid");
    QTest::newRow("ssh from anywhere") << "tcp" << 22 << 22 << "0.0.0.0/0" << true;
    QTest::newRow("range") << "udp" << 60000 << 61000 << "2001:db8::/32" << true;
    QTest::newRow("all, ports ignored") << "all" << 0 << 0 << "192.0.2.0/24" << true;
    QTest::newRow("port 0") << "tcp" << 0 << 22 << "0.0.0.0/0" << false;
    QTest::newRow("reversed") << "tcp" << 80 << 22 << "0.0.0.0/0" << false;
    QTest::newRow("above 65535") << "tcp" << 1 << 65536 << "0.0.0.0/0" << false;
    QTest::newRow("icmp") << "icmp" << 0 << 0 << "0.0.0.0/0" << false;
    QTest::newRow("upper case") << "TCP" << 22 << 22 << "0.0.0.0/0" << false;
    QTest::newRow("bad source") << "tcp" << 22 << 22 << "anywhere" << false;
}

void TestInstanceRecord::firewallRule()
{
    QFETCH(QString, protocol);
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(QString, source);
    QFETCH(bool, valid);
    const FirewallRule rule{protocol, from, to, source};
    const VoidResult r = validate(rule);
    QVERIFY2(r.ok() == valid, qPrintable(r.error()));
    if (valid && protocol == QLatin1String("all")) {
        QCOMPARE(normalized(rule).fromPort, 0);
        QCOMPARE(normalized(rule).toPort, 65535);
    }
}

void TestInstanceRecord::record_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("good") << ""
                          << "" << true;
    QTest::newRow("name with dots") << "name"
                                    << "web-1.eu_2" << true;
    QTest::newRow("empty name") << "name"
                                << "" << false;
    QTest::newRow("name with space") << "name"
                                     << "web 1" << false;
    QTest::newRow("name with quote") << "name"
                                     << "web'1" << false;
    QTest::newRow("name with $()") << "name"
                                   << "$(reboot)" << false;
    QTest::newRow("name with newline") << "name"
                                       << "a\nb" << false;
    QTest::newRow("name starting with -") << "name"
                                          << "-rf" << false;
    QTest::newRow("name 65 long") << "name" << QString(65, QLatin1Char('a')) << false;
    QTest::newRow("no location") << "location"
                                 << "" << false;
    QTest::newRow("location with slash") << "location"
                                         << "a/b" << false;
    QTest::newRow("hostile blueprint") << "blueprintId"
                                       << "../etc" << false;
    QTest::newRow("hostile plan") << "planId"
                                  << "small;ls" << false;
    QTest::newRow("address with space") << "address"
                                        << "a b" << false;
    QTest::newRow("address as option") << "address"
                                       << "-oProxyCommand=x" << false;
    QTest::newRow("v6 address") << "address"
                                << "2001:db8::5" << true;
    QTest::newRow("login user") << "loginUser"
                                << "admin" << true;
    QTest::newRow("login user with @") << "loginUser"
                                       << "me@x" << false;
    QTest::newRow("login user with space") << "loginUser"
                                           << "a b" << false;
    QTest::newRow("key file control") << "keyFile"
                                      << "/k\x01" << false;
    QTest::newRow("ssh port 0") << "sshPort"
                                << "0" << false;
    QTest::newRow("ssh port 65536") << "sshPort"
                                    << "65536" << false;
    QTest::newRow("negative steps") << "stepsDone"
                                    << "-1" << false;
    QTest::newRow("bad rule") << "firewall"
                              << "tcp 22 22 nowhere" << false;
    QTest::newRow("port 0 inside") << "ports"
                                   << "0 8080 tcp" << false;
    QTest::newRow("sctp") << "ports"
                          << "80 8080 sctp" << false;
    QTest::newRow("bad host ip") << "ports"
                                 << "80 8080 tcp 1.2.3" << false;
    QTest::newRow("same host port twice") << "ports"
                                          << "80 8080 tcp;81 8080 tcp" << false;
    QTest::newRow("same port udp and tcp") << "ports"
                                           << "53 5353 tcp;53 5353 udp" << true;
    QTest::newRow("same port, other ips") << "ports"
                                          << "80 8080 tcp 127.0.0.1;81 8080 tcp 192.0.2.1" << true;
    QTest::newRow("two to choose") << "ports"
                                   << "80 0 tcp;443 0 tcp" << true;
    QTest::newRow("same inside port twice") << "ports"
                                            << "80 8080 tcp;80 8081 tcp" << false;
}

void TestInstanceRecord::record()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(bool, valid);
    InstanceRecord r;
    r.name = QStringLiteral("web-1");
    r.location = QStringLiteral("local");
    r.blueprintId = QStringLiteral("nginx");
    r.planId = QStringLiteral("small");
    r.address = QStringLiteral("127.0.0.1");
    r.sshPort = 2222;
    r.firewall = {{QStringLiteral("tcp"), 22, 22, QStringLiteral("0.0.0.0/0")}};
    r.ports = {{22, 2222, QStringLiteral("tcp"), QStringLiteral("127.0.0.1")}};
    if (field == QLatin1String("name"))
        r.name = value;
    else if (field == QLatin1String("location"))
        r.location = value;
    else if (field == QLatin1String("blueprintId"))
        r.blueprintId = value;
    else if (field == QLatin1String("planId"))
        r.planId = value;
    else if (field == QLatin1String("address"))
        r.address = value;
    else if (field == QLatin1String("loginUser"))
        r.loginUser = value;
    else if (field == QLatin1String("keyFile"))
        r.keyFile = value;
    else if (field == QLatin1String("sshPort"))
        r.sshPort = value.toInt();
    else if (field == QLatin1String("stepsDone"))
        r.stepsDone = value.toInt();
    else if (field == QLatin1String("firewall")) {
        const QStringList w = value.split(QLatin1Char(' '));
        r.firewall = {{w[0], w[1].toInt(), w[2].toInt(), w[3]}};
    } else if (field == QLatin1String("ports")) {
        r.ports.clear();
        for (const QString &one : value.split(QLatin1Char(';'))) {
            const QStringList w = one.split(QLatin1Char(' '));
            r.ports.append({w[0].toInt(), w[1].toInt(), w[2], w.value(3)});
        }
    }
    const VoidResult result = validate(r);
    QVERIFY2(result.ok() == valid, qPrintable(result.error()));
    if (!valid)
        QVERIFY(!result.error().isEmpty());
}

void TestInstanceRecord::tags_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << "prod" << true;
    QTest::newRow("key:value") << "team:web" << true;
    QTest::newRow("key=value") << "env=prod" << true;
    QTest::newRow("path-like") << "eu/west-1" << true;
    QTest::newRow("unicode letters") << QStringLiteral("größe") << true;
    QTest::newRow("64") << QString(64, QLatin1Char('t')) << true;
    QTest::newRow("65") << QString(65, QLatin1Char('t')) << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("space") << "a b" << false;
    QTest::newRow("comma breaks a label list") << "a,b" << false;
    QTest::newRow("quote") << "a'b" << false;
    QTest::newRow("double quote") << "a\"b" << false;
    QTest::newRow("dollar") << "$HOME" << false;
    QTest::newRow("command substitution") << "a$(reboot)" << false;
    QTest::newRow("backtick") << "a`id`" << false;
    QTest::newRow("semicolon") << "a;b" << false;
    QTest::newRow("newline") << "a\nb" << false;
    QTest::newRow("leading dash") << "-x" << false;
    QTest::newRow("glob") << "a*" << false;
    QTest::newRow("backslash") << "a\\b" << false;
}

void TestInstanceRecord::tags()
{
    QFETCH(QString, tag);
    QFETCH(bool, valid);
    QCOMPARE(isValidTag(tag), valid);
    InstanceRecord r;
    r.name = QStringLiteral("a");
    r.location = QStringLiteral("local");
    r.tags = {tag};
    QCOMPARE(validate(r).ok(), valid);
}

QTEST_GUILESS_MAIN(TestInstanceRecord)
#include "tst_instancerecord.moc"
