#include "hosts/hostrepository.h"
#include "instances/instancerepository.h"
#include "instances/snapshotrepository.h"
#include "store/database.h"
#include "store/migrations.h"
#include "testsupport.h"
#include "util/paths.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace sloop;
using namespace sloop::instances;

class TestInstanceRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void addFindRoundTrip();
    void namesAreUniqueWhateverTheCase();
    void updateRenamesKeepingHistory();
    void invalidRecordNeverReachesTheStore();
    void setStateAlone();
    void listsByLocationAndTag();
    void historyInOrderWithLimit();
    void longLogKeepsItsEnd();
    void removeTakesTagsAndHistory();
    void snapshotsRoundTripAndOutliveTheInstance();
    void snapshotValidation();
    void migratesFromSchema3();

private:
    InstanceRecord web() const;
    std::unique_ptr<test::IsolatedXdg> m_xdg;
    std::unique_ptr<store::Database> m_db;
};

InstanceRecord TestInstanceRepository::web() const
{
    InstanceRecord r;
    r.name = QStringLiteral("web-1");
    r.kind = InstanceKind::Container;
    r.location = QStringLiteral("local");
    r.blueprintId = QStringLiteral("nginx");
    r.planId = QStringLiteral("small");
    r.containerId = QStringLiteral("0123456789abcdef");
    r.hostName = QStringLiteral("web-1");
    r.address = QStringLiteral("127.0.0.1");
    r.sshPort = 32022;
    r.loginUser = QStringLiteral("root");
    r.keyFile = QStringLiteral("/home/me/.local/share/sloop/keys/web-1");
    r.state = InstanceState::Provisioning;
    r.stateReason = QStringLiteral("installing packages");
    r.stepsDone = 3;
    r.failedStep = QString();
    r.userData = QByteArray("#cloud-config\npackages: [nginx]\n\0binary\xff", 45);
    r.tags = {QStringLiteral("prod"), QStringLiteral("team:web"), QStringLiteral("prod")};
    r.firewall = {{QStringLiteral("tcp"), 22, 22, QStringLiteral("198.51.100.7")},
                  {QStringLiteral("tcp"), 80, 80, QStringLiteral("0.0.0.0/0")},
                  {QStringLiteral("udp"), 60000, 61000, QStringLiteral("2001:DB8::/32")},
                  {QStringLiteral("all"), 0, 0, QStringLiteral("::/0")}};
    r.ports = {{22, 32022, QStringLiteral("tcp"), QStringLiteral("127.0.0.1")},
               {80, 8080, QStringLiteral("tcp"), QString()},
               {53, 0, QStringLiteral("udp"), QString()}};
    r.autoSnapshot = true;
    return r;
}

void TestInstanceRepository::init()
{
    m_xdg = std::make_unique<test::IsolatedXdg>();
    QVERIFY(paths::ensureDir(paths::dataDir()));
    m_db = std::make_unique<store::Database>();
    const VoidResult opened = m_db->open(paths::databaseFile());
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
}

void TestInstanceRepository::cleanup()
{
    m_db.reset();
    m_xdg.reset();
}

void TestInstanceRepository::addFindRoundTrip()
{
    InstanceRepository repo(*m_db);
    const Result<InstanceRecord> added = repo.add(web());
    QVERIFY2(added.ok(), qPrintable(added.error()));
    QVERIFY(added->id > 0);
    QVERIFY(added->createdMs > 0);
    QCOMPARE(added->updatedMs, added->createdMs);
    // As stored: tags normalized, sources canonical, "all" as 0-65535.
    QCOMPARE(added->tags, (QStringList{QStringLiteral("prod"), QStringLiteral("team:web")}));
    QCOMPARE(added->firewall.at(0).source, QStringLiteral("198.51.100.7/32"));
    QCOMPARE(added->firewall.at(2).source, QStringLiteral("2001:db8::/32"));
    QCOMPARE(added->firewall.at(3).toPort, 65535);

    const auto found = repo.find(QStringLiteral("WEB-1"));
    QVERIFY2(found.ok(), qPrintable(found.error()));
    QVERIFY(found->has_value());
    QCOMPARE(**found, *added);
    QCOMPARE((*found)->userData.size(), 45);

    QVERIFY(!repo.find(QStringLiteral("nope"))->has_value());

    // A bare record (only what validate() requires) round-trips too.
    InstanceRecord bare;
    bare.name = QStringLiteral("bare");
    bare.kind = InstanceKind::Server;
    bare.location = QStringLiteral("box");
    const auto bareAdded = repo.add(bare);
    QVERIFY2(bareAdded.ok(), qPrintable(bareAdded.error()));
    QCOMPARE(**repo.find(QStringLiteral("bare")), *bareAdded);
    QCOMPARE((*repo.find(QStringLiteral("bare")))->kind, InstanceKind::Server);

    // Survives closing and reopening the database.
    m_db->close();
    QVERIFY(m_db->open(paths::databaseFile()).ok());
    const auto all = InstanceRepository(*m_db).all();
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0), *bareAdded);
    QCOMPARE(all->at(1), *added);
}

void TestInstanceRepository::namesAreUniqueWhateverTheCase()
{
    InstanceRepository repo(*m_db);
    QVERIFY(repo.add(web()).ok());
    InstanceRecord twin = web();
    twin.name = QStringLiteral("Web-1");
    const auto again = repo.add(twin);
    QVERIFY(!again.ok());
    QVERIFY2(again.error().contains(QLatin1String("already")), qPrintable(again.error()));
    QCOMPARE(repo.all()->size(), 1);
}

void TestInstanceRepository::updateRenamesKeepingHistory()
{
    InstanceRepository repo(*m_db);
    InstanceRecord r = repo.add(web()).value();
    QVERIFY(repo.appendEvent(r.name, QStringLiteral("create"), true, QStringLiteral("ok")).ok());
    QTest::qWait(2); // so updatedMs moves
    r.name = QStringLiteral("web-2");
    r.state = InstanceState::Failed;
    r.failedStep = QStringLiteral("runcmd 2");
    r.tags = {QStringLiteral("staging")};
    r.firewall = {};
    r.ports = {{443, 8443, QStringLiteral("tcp"), QString()}};
    const auto updated = repo.update(r);
    QVERIFY2(updated.ok(), qPrintable(updated.error()));
    QVERIFY(updated->updatedMs > updated->createdMs);
    QCOMPARE(updated->createdMs, r.createdMs);
    QVERIFY(!repo.find(QStringLiteral("web-1"))->has_value());
    const auto found = repo.find(QStringLiteral("web-2"));
    QVERIFY(found->has_value());
    QCOMPARE(**found, *updated);
    QCOMPARE(repo.events(QStringLiteral("web-2"))->size(), 1);

    InstanceRecord ghost = r;
    ghost.id = 9999;
    ghost.name = QStringLiteral("ghost");
    QVERIFY(!repo.update(ghost).ok());

    // A rename onto another instance's name is refused.
    InstanceRecord other = web();
    other.name = QStringLiteral("other");
    QVERIFY(repo.add(other).ok());
    r.name = QStringLiteral("OTHER");
    const auto clash = repo.update(r);
    QVERIFY(!clash.ok());
    QVERIFY2(clash.error().contains(QLatin1String("already")), qPrintable(clash.error()));
}

void TestInstanceRepository::invalidRecordNeverReachesTheStore()
{
    InstanceRepository repo(*m_db);
    InstanceRecord bad = web();
    bad.tags = {QStringLiteral("a$(reboot)")};
    QVERIFY(!repo.add(bad).ok());
    bad = web();
    bad.firewall = {{QStringLiteral("tcp"), 22, 22, QStringLiteral("10.0.0.1/8")}};
    const auto refused = repo.add(bad);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QLatin1String("10.0.0.0/8")), qPrintable(refused.error()));
    QCOMPARE(repo.all()->size(), 0);

    InstanceRecord good = repo.add(web()).value();
    good.sshPort = 0;
    QVERIFY(!repo.update(good).ok());
    QCOMPARE((*repo.find(QStringLiteral("web-1")))->sshPort, 32022);
}

void TestInstanceRepository::setStateAlone()
{
    InstanceRepository repo(*m_db);
    const InstanceRecord r = repo.add(web()).value();
    QVERIFY(repo.setState(QStringLiteral("WEB-1"), InstanceState::Failed,
                          QStringLiteral("runcmd step 2 exited with 1"))
                .ok());
    const InstanceRecord after = **repo.find(QStringLiteral("web-1"));
    QCOMPARE(after.state, InstanceState::Failed);
    QCOMPARE(after.stateReason, QStringLiteral("runcmd step 2 exited with 1"));
    QCOMPARE(after.stepsDone, r.stepsDone);
    QVERIFY(repo.setState(QStringLiteral("web-1"), InstanceState::Running).ok());
    QCOMPARE((*repo.find(QStringLiteral("web-1")))->stateReason, QString());
    const VoidResult missing = repo.setState(QStringLiteral("nope"), InstanceState::Running);
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().contains(QLatin1String("nope")), qPrintable(missing.error()));
}

void TestInstanceRepository::listsByLocationAndTag()
{
    InstanceRepository repo(*m_db);
    QVERIFY(repo.add(web()).ok());
    InstanceRecord db = web();
    db.name = QStringLiteral("db-1");
    db.location = QStringLiteral("Box");
    db.kind = InstanceKind::Server;
    db.tags = {QStringLiteral("prod")};
    QVERIFY(repo.add(db).ok());
    InstanceRecord lab = web();
    lab.name = QStringLiteral("lab");
    lab.tags = {};
    QVERIFY(repo.add(lab).ok());

    const auto local = repo.onLocation(QStringLiteral("LOCAL"));
    QVERIFY(local.ok());
    QCOMPARE(local->size(), 2);
    QCOMPARE(local->at(0).name, QStringLiteral("lab"));
    QCOMPARE(repo.onLocation(QStringLiteral("box"))->size(), 1);
    const auto prod = repo.withTag(QStringLiteral(" prod "));
    QCOMPARE(prod->size(), 2);
    QCOMPARE(prod->at(0).name, QStringLiteral("db-1"));
    QCOMPARE(repo.withTag(QStringLiteral("team:web"))->size(), 1);
    QCOMPARE(repo.all()->size(), 3);
}

void TestInstanceRepository::historyInOrderWithLimit()
{
    InstanceRepository repo(*m_db);
    QVERIFY(repo.add(web()).ok());
    const auto first = repo.appendEvent(QStringLiteral("web-1"), QStringLiteral("create"), true,
                                        QStringLiteral("container 0123 created\n"));
    QVERIFY2(first.ok(), qPrintable(first.error()));
    QVERIFY(first->id > 0);
    QVERIFY(first->timeMs > 0);
    QVERIFY(repo.appendEvent(QStringLiteral("WEB-1"), QStringLiteral("provision: runcmd"), false,
                             QStringLiteral("E: Unable to locate package nope\n"))
                .ok());
    QVERIFY(
        repo.appendEvent(QStringLiteral("web-1"), QStringLiteral("retry"), true, QString()).ok());

    const auto events = repo.events(QStringLiteral("web-1"));
    QVERIFY(events.ok());
    QCOMPARE(events->size(), 3);
    QCOMPARE(events->at(0), *first);
    QCOMPARE(events->at(1).action, QStringLiteral("provision: runcmd"));
    QCOMPARE(events->at(1).ok, false);
    QCOMPARE(events->at(1).log, QStringLiteral("E: Unable to locate package nope\n"));
    QCOMPARE(events->at(2).log, QString());

    const auto newest = repo.events(QStringLiteral("web-1"), 2);
    QCOMPARE(newest->size(), 2);
    QCOMPARE(newest->at(0).action, QStringLiteral("provision: runcmd"));
    QCOMPARE(newest->at(1).action, QStringLiteral("retry"));

    QVERIFY(!repo.appendEvent(QStringLiteral("nope"), QStringLiteral("x"), true, {}).ok());
    QVERIFY(!repo.events(QStringLiteral("nope")).ok());
}

void TestInstanceRepository::longLogKeepsItsEnd()
{
    InstanceRepository repo(*m_db);
    QVERIFY(repo.add(web()).ok());
    // Multi-byte characters across the cut, and the failure at the end.
    QString log;
    while (log.toUtf8().size() < kMaxEventLogBytes + 1000)
        log += QStringLiteral("Größe ünd Maß: apt output line\n");
    log += QStringLiteral("E: the real error\n");
    const auto event =
        repo.appendEvent(QStringLiteral("web-1"), QStringLiteral("provision"), false, log);
    QVERIFY(event.ok());
    const QString stored = repo.events(QStringLiteral("web-1"))->first().log;
    QVERIFY(stored.toUtf8().size() <= kMaxEventLogBytes + 100);
    QVERIFY(stored.endsWith(QLatin1String("E: the real error\n")));
    QVERIFY2(stored.startsWith(QLatin1String("[")), qPrintable(stored.left(80)));
    QVERIFY(!stored.contains(QChar::ReplacementCharacter));
}

void TestInstanceRepository::removeTakesTagsAndHistory()
{
    InstanceRepository repo(*m_db);
    QVERIFY(repo.add(web()).ok());
    QVERIFY(repo.appendEvent(QStringLiteral("web-1"), QStringLiteral("create"), true, {}).ok());
    QVERIFY(repo.remove(QStringLiteral("Web-1")).ok());
    QVERIFY(!repo.remove(QStringLiteral("web-1")).ok());
    QSqlQuery q(m_db->connection());
    for (const char *table : {"instance_tags", "instance_events"}) {
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table)) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
    // A new instance of the same name starts with an empty history.
    QVERIFY(repo.add(web()).ok());
    QVERIFY(repo.events(QStringLiteral("web-1"))->isEmpty());
}

void TestInstanceRepository::snapshotsRoundTripAndOutliveTheInstance()
{
    InstanceRepository instances(*m_db);
    QVERIFY(instances.add(web()).ok());
    SnapshotRepository repo(*m_db);

    SnapshotRecord image;
    image.name = QStringLiteral("web-1-daily-1");
    image.instanceName = QStringLiteral("web-1");
    image.kind = SnapshotKind::Image;
    image.location = QStringLiteral("local");
    image.image = QStringLiteral("sloop-snapshots/web-1:daily-1");
    image.sizeBytes = 123456789;
    image.planId = QStringLiteral("small");
    image.blueprintId = QStringLiteral("nginx");
    image.automatic = true;
    image.createdMs = 1700000000000;
    const auto addedImage = repo.add(image);
    QVERIFY2(addedImage.ok(), qPrintable(addedImage.error()));
    QVERIFY(addedImage->id > 0);

    SnapshotRecord archive;
    archive.name = QStringLiteral("web-1-before-upgrade");
    archive.instanceName = QStringLiteral("WEB-1");
    archive.kind = SnapshotKind::Archive;
    archive.location = QStringLiteral("box");
    archive.archivePath = QStringLiteral("/home/me/.local/share/sloop/snapshots/a b.tar.gz");
    archive.paths = {QStringLiteral("/etc"), QStringLiteral("/var/www/it's here")};
    const auto addedArchive = repo.add(archive);
    QVERIFY2(addedArchive.ok(), qPrintable(addedArchive.error()));
    QVERIFY(addedArchive->createdMs > image.createdMs); // set by the store

    QCOMPARE(**repo.find(QStringLiteral("WEB-1-DAILY-1")), *addedImage);
    QCOMPARE(**repo.find(QStringLiteral("web-1-before-upgrade")), *addedArchive);
    QVERIFY(!repo.find(QStringLiteral("nope"))->has_value());

    const auto forWeb = repo.forInstance(QStringLiteral("web-1"));
    QVERIFY(forWeb.ok());
    QCOMPARE(forWeb->size(), 2);
    QCOMPARE(forWeb->at(0).name, addedArchive->name); // newest first
    QCOMPARE(forWeb->at(1).name, addedImage->name);

    SnapshotRecord twin = image;
    twin.name = QStringLiteral("WEB-1-daily-1");
    QVERIFY(!repo.add(twin).ok());

    // Deleting the instance keeps its snapshots: they restore it.
    QVERIFY(instances.remove(QStringLiteral("web-1")).ok());
    QCOMPARE(repo.all()->size(), 2);
    QVERIFY(repo.remove(QStringLiteral("web-1-daily-1")).ok());
    QVERIFY(!repo.remove(QStringLiteral("web-1-daily-1")).ok());
    QCOMPARE(repo.all()->size(), 1);
}

void TestInstanceRepository::snapshotValidation()
{
    SnapshotRepository repo(*m_db);
    SnapshotRecord s;
    s.name = QStringLiteral("snap");
    s.instanceName = QStringLiteral("web-1");
    s.location = QStringLiteral("local");
    s.kind = SnapshotKind::Image;
    QVERIFY(!validate(s).ok()); // no image
    s.image = QStringLiteral("repo/x:1 2");
    QVERIFY(!validate(s).ok());
    s.image = QStringLiteral("repo/x:1");
    QVERIFY(validate(s).ok());
    s.name = QStringLiteral("snap;rm");
    QVERIFY(!validate(s).ok());
    s.name = QStringLiteral("snap");
    s.kind = SnapshotKind::Archive;
    QVERIFY(!validate(s).ok()); // no archive, no paths
    s.archivePath = QStringLiteral("/tmp/a.tar");
    QVERIFY(!validate(s).ok()); // no paths
    s.paths = {QStringLiteral("relative/path")};
    QVERIFY(!validate(s).ok());
    s.paths = {QStringLiteral("/srv")};
    QVERIFY(validate(s).ok());
    s.sizeBytes = -1;
    QVERIFY(!repo.add(s).ok());
    QCOMPARE(repo.all()->size(), 0);
    QCOMPARE(snapshotKindToString(SnapshotKind::Archive), QStringLiteral("archive"));
    QCOMPARE(snapshotKindFromString(QStringLiteral("image")),
             std::optional<SnapshotKind>(SnapshotKind::Image));
    QVERIFY(!snapshotKindFromString(QStringLiteral("Image")).has_value());
}

void TestInstanceRepository::migratesFromSchema3()
{
    // A store as the previous Sloop left it: steps 1-3 and a host.
    const QString file = m_xdg->path() + QStringLiteral("/schema3.db");
    {
        const QString connection = QStringLiteral("schema3");
        {
            QSqlDatabase old = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            old.setDatabaseName(file);
            QVERIFY(old.open());
            QSqlQuery q(old);
            for (int step = 0; step < 3; ++step) {
                for (const QString &sql : store::migrations().at(step))
                    QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
            }
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=3")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO hosts(name, address, port, user, identity_file, added_ms, updated_ms)"
                " VALUES ('box', '192.0.2.1', 22, 'me', '', 1, 1)")));
            QVERIFY(
                q.exec(QStringLiteral("INSERT INTO host_tags(host_id, tag) VALUES (1, 'lab')")));
            old.close();
        }
        QSqlDatabase::removeDatabase(connection);
    }
    store::Database db;
    const VoidResult opened = db.open(file);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    // Brought to the newest schema (later steps add tables of their own).
    QVERIFY(store::Database::latestSchemaVersion() >= 4);
    QCOMPARE(db.schemaVersion(), store::Database::latestSchemaVersion());

    const auto hosts = hosts::HostRepository(db).all();
    QVERIFY(hosts.ok());
    QCOMPARE(hosts->size(), 1);
    QCOMPARE(hosts->first().name, QStringLiteral("box"));
    QCOMPARE(hosts->first().tags, QStringList{QStringLiteral("lab")});

    InstanceRecord onBox = web();
    onBox.kind = InstanceKind::Server;
    onBox.location = QStringLiteral("box");
    InstanceRepository repo(db);
    QVERIFY(repo.add(onBox).ok());
    QCOMPARE(repo.onLocation(QStringLiteral("box"))->size(), 1);
}

QTEST_GUILESS_MAIN(TestInstanceRepository)
#include "tst_instancerepository.moc"
