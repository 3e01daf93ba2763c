#include "hosts/hostrepository.h"
#include "store/database.h"
#include "testsupport.h"
#include "util/paths.h"

#include <QSqlQuery>
#include <QTest>

using namespace sloop;
using namespace sloop::hosts;

class TestHostRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void validation_data();
    void validation();
    void addFindRoundTrip();
    void namesAreUniqueWhateverTheCase();
    void updateRenamesAndRetags();
    void removeTakesTagsAlong();
    void tagsGroupHosts();
    void invalidRecordNeverReachesTheStore();
    void parsesProxyJump_data();
    void parsesProxyJump();
    void jumpHostsResolveThroughTheStore();

private:
    HostRecord web() const;
    std::unique_ptr<test::IsolatedXdg> m_xdg;
    std::unique_ptr<store::Database> m_db;
};

HostRecord TestHostRepository::web() const
{
    HostRecord h;
    h.name = QStringLiteral("web-1");
    h.address = QStringLiteral("192.0.2.10");
    h.port = 2222;
    h.user = QStringLiteral("deploy");
    h.identityFiles = {QStringLiteral("/home/me/.ssh/id_web"),
                       QStringLiteral("/home/me/.ssh/id_ed25519")};
    h.identitiesOnly = true;
    h.tags = {QStringLiteral("prod"), QStringLiteral("eu")};
    return h;
}

void TestHostRepository::init()
{
    m_xdg = std::make_unique<test::IsolatedXdg>();
    QVERIFY(paths::ensureDir(paths::dataDir()));
    m_db = std::make_unique<store::Database>();
    const VoidResult opened = m_db->open(paths::databaseFile());
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
}

void TestHostRepository::cleanup()
{
    m_db.reset();
    m_xdg.reset();
}

void TestHostRepository::validation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<bool>("valid");
    const QStringList none;
    QTest::newRow("plain") << "web-1"
                           << "example.org" << 22 << "me" << none << true;
    QTest::newRow("ipv6") << "db_2.eu"
                          << "2001:db8::1" << 65535 << "" << none << true;
    QTest::newRow("port 1") << "a"
                            << "10.0.0.1" << 1 << "" << QStringList{"x"} << true;
    QTest::newRow("empty name") << ""
                                << "h" << 22 << "" << none << false;
    QTest::newRow("leading dash") << "-web"
                                  << "h" << 22 << "" << none << false;
    QTest::newRow("space in name") << "web 1"
                                   << "h" << 22 << "" << none << false;
    QTest::newRow("slash in name") << "a/b"
                                   << "h" << 22 << "" << none << false;
    QTest::newRow("65 chars") << QString(65, QLatin1Char('a')) << "h" << 22 << "" << none << false;
    QTest::newRow("port 0") << "a"
                            << "h" << 0 << "" << none << false;
    QTest::newRow("port 65536") << "a"
                                << "h" << 65536 << "" << none << false;
    QTest::newRow("empty address") << "a"
                                   << "" << 22 << "" << none << false;
    QTest::newRow("blank address") << "a"
                                   << "   " << 22 << "" << none << false;
    QTest::newRow("space in address") << "a"
                                      << "h h" << 22 << "" << none << false;
    QTest::newRow("newline in address") << "a"
                                        << "h\nx" << 22 << "" << none << false;
    QTest::newRow("control in address")
        << "a" << QStringLiteral("h\u0007") << 22 << "" << none << false;
    QTest::newRow("option as address") << "a"
                                       << "-oProxyCommand=x" << 22 << "" << none << false;
    QTest::newRow("user with @") << "a"
                                 << "h" << 22 << "me@x" << none << false;
    QTest::newRow("tag with comma") << "a"
                                    << "h" << 22 << "" << QStringList{"a,b"} << false;
    QTest::newRow("empty tag") << "a"
                               << "h" << 22 << "" << QStringList{" "} << false;
}

void TestHostRepository::validation()
{
    QFETCH(QString, name);
    QFETCH(QString, address);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(QStringList, tags);
    QFETCH(bool, valid);
    HostRecord h;
    h.name = name;
    h.address = address;
    h.port = port;
    h.user = user;
    h.tags = tags;
    const VoidResult r = validate(h);
    QCOMPARE(r.ok(), valid);
    if (!valid)
        QVERIFY(!r.error().isEmpty());
}

void TestHostRepository::addFindRoundTrip()
{
    HostRepository repo(*m_db);
    const Result<HostRecord> added = repo.add(web());
    QVERIFY2(added.ok(), qPrintable(added.error()));
    QVERIFY(added->id > 0);
    QCOMPARE(added->tags, (QStringList{QStringLiteral("eu"), QStringLiteral("prod")}));

    const auto found = repo.find(QStringLiteral("WEB-1"));
    QVERIFY2(found.ok(), qPrintable(found.error()));
    QVERIFY(found->has_value());
    QCOMPARE(**found, *added);

    const auto missing = repo.find(QStringLiteral("nope"));
    QVERIFY(missing.ok());
    QVERIFY(!missing->has_value());

    // Survives closing and reopening the database.
    m_db->close();
    QVERIFY(m_db->open(paths::databaseFile()).ok());
    const auto all = HostRepository(*m_db).all();
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 1);
    QCOMPARE(all->first(), *added);
}

void TestHostRepository::namesAreUniqueWhateverTheCase()
{
    HostRepository repo(*m_db);
    QVERIFY(repo.add(web()).ok());
    HostRecord twin = web();
    twin.name = QStringLiteral("Web-1");
    const Result<HostRecord> again = repo.add(twin);
    QVERIFY(!again.ok());
    QVERIFY2(again.error().contains(QLatin1String("already")), qPrintable(again.error()));
}

void TestHostRepository::updateRenamesAndRetags()
{
    HostRepository repo(*m_db);
    HostRecord h = repo.add(web()).value();
    h.name = QStringLiteral("web-2");
    h.port = 22;
    h.tags = {QStringLiteral("staging"), QStringLiteral("staging")};
    const Result<HostRecord> updated = repo.update(h);
    QVERIFY2(updated.ok(), qPrintable(updated.error()));
    QCOMPARE(updated->tags, QStringList{QStringLiteral("staging")});
    QVERIFY(!repo.find(QStringLiteral("web-1"))->has_value());
    const auto found = repo.find(QStringLiteral("web-2"));
    QVERIFY(found->has_value());
    QCOMPARE((*found)->id, h.id);
    QCOMPARE((*found)->port, 22);
    QCOMPARE((*found)->tags, QStringList{QStringLiteral("staging")});

    HostRecord ghost = h;
    ghost.id = 9999;
    QVERIFY(!repo.update(ghost).ok());
}

void TestHostRepository::removeTakesTagsAlong()
{
    HostRepository repo(*m_db);
    QVERIFY(repo.add(web()).ok());
    const VoidResult removed = repo.remove(QStringLiteral("web-1"));
    QVERIFY2(removed.ok(), qPrintable(removed.error()));
    QVERIFY(!repo.remove(QStringLiteral("web-1")).ok());
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM host_tags")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestHostRepository::tagsGroupHosts()
{
    HostRepository repo(*m_db);
    QVERIFY(repo.add(web()).ok());
    HostRecord db = web();
    db.name = QStringLiteral("db-1");
    db.tags = {QStringLiteral("prod")};
    QVERIFY(repo.add(db).ok());
    HostRecord lab = web();
    lab.name = QStringLiteral("lab");
    lab.tags = {};
    QVERIFY(repo.add(lab).ok());

    const auto prod = repo.withTag(QStringLiteral("prod"));
    QVERIFY(prod.ok());
    QCOMPARE(prod->size(), 2);
    QCOMPARE(prod->at(0).name, QStringLiteral("db-1"));
    QCOMPARE(prod->at(1).name, QStringLiteral("web-1"));
    QCOMPARE(repo.withTag(QStringLiteral("eu"))->size(), 1);
    QCOMPARE(repo.all()->size(), 3);
}

void TestHostRepository::invalidRecordNeverReachesTheStore()
{
    HostRepository repo(*m_db);
    HostRecord bad = web();
    bad.port = 70000;
    QVERIFY(!repo.add(bad).ok());
    QCOMPARE(repo.all()->size(), 0);
}

void TestHostRepository::parsesProxyJump_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("parsed"); // user@host:port per hop, or "error"
    QTest::newRow("name") << "bastion"
                          << "@bastion:0";
    QTest::newRow("user and port") << "ops@bastion:2200"
                                   << "ops@bastion:2200";
    QTest::newRow("chain") << "a,ops@b:22"
                           << "@a:0 ops@b:22";
    QTest::newRow("uri") << "ssh://ops@bastion:2200"
                         << "ops@bastion:2200";
    QTest::newRow("ipv6 with port") << "[2001:db8::1]:2200"
                                    << "@2001:db8::1:2200";
    QTest::newRow("ipv6 bare") << "2001:db8::1"
                               << "@2001:db8::1:0";
    QTest::newRow("empty hop") << "a,,b"
                               << "error";
    QTest::newRow("space") << "a b"
                           << "error";
    QTest::newRow("bad port") << "a:99999"
                              << "error";
    QTest::newRow("option injection") << "-oProxyCommand=x"
                                      << "error";
    QTest::newRow("unclosed bracket") << "[::1:22"
                                      << "error";
}

void TestHostRepository::parsesProxyJump()
{
    QFETCH(QString, value);
    QFETCH(QString, parsed);
    const Result<QList<JumpSpec>> hops = parseProxyJump(value);
    if (parsed == QLatin1String("error")) {
        QVERIFY(!hops.ok());
        QVERIFY(hops.error().contains(QLatin1Char('"')));
        return;
    }
    QVERIFY2(hops.ok(), qPrintable(hops.error()));
    QStringList out;
    for (const JumpSpec &h : *hops)
        out << QStringLiteral("%1@%2:%3").arg(h.user, h.host).arg(h.port);
    QCOMPARE(out.join(u' '), parsed);
}

// A hop that names a host in the store is dialled with its address, user
// and keys (the spec's user and port win); the first hop's own jump comes
// in front; a loop is not followed; an unknown name is dialled as written.
void TestHostRepository::jumpHostsResolveThroughTheStore()
{
    HostRepository repo(*m_db);
    HostRecord outer;
    outer.name = QStringLiteral("outer");
    outer.address = QStringLiteral("198.51.100.1");
    outer.user = QStringLiteral("gate");
    outer.proxyJump = QStringLiteral("target"); // a loop back
    QVERIFY(repo.add(outer));
    HostRecord bastion = web();
    bastion.name = QStringLiteral("bastion");
    bastion.proxyJump = QStringLiteral("outer");
    QVERIFY(repo.add(bastion));
    HostRecord target;
    target.name = QStringLiteral("target");
    target.address = QStringLiteral("10.0.0.5");
    target.proxyJump = QStringLiteral("root@bastion:2200,inner.example");
    QVERIFY(repo.add(target));

    const ssh::SshTarget t = sshTargetOf(target, repo.lookup());
    QCOMPARE(t.jumps.size(), 3);
    QCOMPARE(t.jumps.at(0).name, QStringLiteral("outer"));
    QCOMPARE(t.jumps.at(0).address, QStringLiteral("198.51.100.1"));
    QCOMPARE(t.jumps.at(1).name, QStringLiteral("bastion"));
    QCOMPARE(t.jumps.at(1).address, QStringLiteral("192.0.2.10"));
    QCOMPARE(t.jumps.at(1).user, QStringLiteral("root"));
    QCOMPARE(t.jumps.at(1).port, quint16(2200));
    QCOMPARE(t.jumps.at(1).identityFiles, bastion.identityFiles);
    QVERIFY(t.jumps.at(1).identitiesOnly);
    QCOMPARE(t.jumps.at(2).address, QStringLiteral("inner.example"));
    QCOMPARE(t.jumps.at(2).port, quint16(22));
    QVERIFY(t.jumps.at(2).identityFiles.isEmpty());

    // Without a store the names are dialled as written.
    QCOMPARE(sshTargetOf(target).jumps.at(0).address, QStringLiteral("bastion"));

    HostRecord self = target;
    self.proxyJump = QStringLiteral("TARGET");
    QVERIFY(!validate(self).ok());
}

QTEST_GUILESS_MAIN(TestHostRepository)
#include "tst_hostrepository.moc"
