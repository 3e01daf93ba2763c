// AlarmRepository on a temporary store: round trips, validation with the
// reason, unique names whatever the case, state changes with history.
#include "alarms/alarmrepository.h"
#include "store/database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sloop;
using namespace sloop::alarms;

class TestAlarmRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void tablesExist();
    void roundTrip();
    void refusesInvalid_data();
    void refusesInvalid();
    void namesAreUniqueWhateverTheCase();
    void updateKeepsState();
    void transitionsWriteStateAndHistory();
    void removeTakesHistory();
    void pruneHistory();

private:
    static AlarmDefinition cpuAlarm(const QString &name);
    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;
};

AlarmDefinition TestAlarmRepository::cpuAlarm(const QString &name)
{
    AlarmDefinition a;
    a.name = name;
    a.target = QStringLiteral("host/web1");
    a.metric = QStringLiteral("cpu");
    a.statistic = metrics::Statistic::Maximum;
    a.comparison = Comparison::GreaterOrEqual;
    a.threshold = 80.5;
    a.periodSeconds = 300;
    a.evaluationPeriods = 3;
    a.datapointsToAlarm = 2;
    a.missingData = MissingData::NotBreaching;
    a.command = QStringLiteral("echo \"$SLOOP_ALARM_NAME\" >> /tmp/x\nexit 0");
    return a;
}

void TestAlarmRepository::init()
{
    QVERIFY(m_dir.isValid());
    m_db = std::make_unique<store::Database>();
    const QString file = m_dir.filePath(QStringLiteral("%1.db").arg(QTest::currentTestFunction()));
    const VoidResult opened = m_db->open(file);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
}

void TestAlarmRepository::cleanup()
{
    m_db.reset();
}

void TestAlarmRepository::tablesExist()
{
    QCOMPARE(m_db->schemaVersion(), store::Database::latestSchemaVersion());
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM alarms")) && q.next());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM alarm_history")) && q.next());
}

void TestAlarmRepository::roundTrip()
{
    AlarmRepository repo(m_db.get());
    const auto added = repo.add(cpuAlarm(QStringLiteral("web1 CPU over 80%")));
    QVERIFY2(added.ok(), qPrintable(added.error()));
    QVERIFY(added->id > 0);
    QCOMPARE(toString(added->state), toString(AlarmState::InsufficientData));
    QVERIFY(added->stateSinceMs > 0);

    const auto found = repo.find(QStringLiteral("WEB1 cpu over 80%"));
    QVERIFY(found.ok() && found->has_value());
    QVERIFY(**found == added.value());

    const auto all = repo.list();
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 1);
    QCOMPARE(repo.forTarget(QStringLiteral("host/web1"))->size(), 1);
    QCOMPARE(repo.forTarget(QStringLiteral("host/web2"))->size(), 0);
    QVERIFY(!repo.find(QStringLiteral("nope"))->has_value());
}

void TestAlarmRepository::refusesInvalid_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty name") << "name"
                                << ""
                                << "needs a name";
    QTest::newRow("control in name") << "name"
                                     << "bad\x1b[2Jname"
                                     << "control";
    QTest::newRow("bidi override in name")
        << "name" << QStringLiteral("evil\u202Eeman") << "text-direction";
    QTest::newRow("dash first") << "name"
                                << "-rf"
                                << "'-'";
    QTest::newRow("too long") << "name" << QString(256, QLatin1Char('a')) << "255";
    QTest::newRow("bad target") << "target"
                                << "web1"
                                << "not a target";
    QTest::newRow("unknown metric") << "metric"
                                    << "cpu_magic"
                                    << "not a metric";
    QTest::newRow("period 30 s") << "period"
                                 << "30"
                                 << "whole minutes";
    QTest::newRow("datapoints > periods") << "datapoints"
                                          << "4"
                                          << "Datapoints to alarm";
    QTest::newRow("zero periods") << "periods"
                                  << "0"
                                  << "Evaluation periods";
    QTest::newRow("threshold nan") << "threshold"
                                   << "nan"
                                   << "number";
    QTest::newRow("command with escape") << "command"
                                         << "echo \x1b]0;x\x07"
                                         << "control";
}

void TestAlarmRepository::refusesInvalid()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, reason);
    AlarmDefinition a = cpuAlarm(QStringLiteral("ok name"));
    if (field == QLatin1String("name"))
        a.name = value;
    else if (field == QLatin1String("target"))
        a.target = value;
    else if (field == QLatin1String("metric"))
        a.metric = value;
    else if (field == QLatin1String("period"))
        a.periodSeconds = value.toInt();
    else if (field == QLatin1String("datapoints"))
        a.datapointsToAlarm = value.toInt();
    else if (field == QLatin1String("periods"))
        a.evaluationPeriods = value.toInt();
    else if (field == QLatin1String("threshold"))
        a.threshold = std::numeric_limits<double>::quiet_NaN();
    else if (field == QLatin1String("command"))
        a.command = value;
    AlarmRepository repo(m_db.get());
    const auto added = repo.add(a);
    QVERIFY(!added.ok());
    QVERIFY2(added.error().contains(reason), qPrintable(added.error()));
    QCOMPARE(repo.list()->size(), 0);
}

void TestAlarmRepository::namesAreUniqueWhateverTheCase()
{
    AlarmRepository repo(m_db.get());
    QVERIFY(repo.add(cpuAlarm(QStringLiteral("Disk full"))).ok());
    const auto again = repo.add(cpuAlarm(QStringLiteral("disk FULL")));
    QVERIFY(!again.ok());
    QVERIFY2(again.error().contains(QLatin1String("already an alarm")), qPrintable(again.error()));
}

void TestAlarmRepository::updateKeepsState()
{
    AlarmRepository repo(m_db.get());
    auto added = repo.add(cpuAlarm(QStringLiteral("a")));
    QVERIFY(added.ok());
    QVERIFY(repo.setState(added->id, AlarmState::Alarm, QStringLiteral("hot"), 1234).ok());
    AlarmDefinition changed = added.value();
    changed.name = QStringLiteral("renamed");
    changed.threshold = 95;
    changed.enabled = false;
    changed.state = AlarmState::Ok; // ignored: update keeps the state
    const auto updated = repo.update(changed);
    QVERIFY2(updated.ok(), qPrintable(updated.error()));
    QCOMPARE(updated->name, QStringLiteral("renamed"));
    QCOMPARE(updated->threshold, 95.0);
    QVERIFY(!updated->enabled);
    QCOMPARE(toString(updated->state), toString(AlarmState::Alarm));
    QCOMPARE(updated->stateReason, QStringLiteral("hot"));
    QCOMPARE(updated->stateSinceMs, 1234);

    QVERIFY(repo.add(cpuAlarm(QStringLiteral("b"))).ok());
    changed.name = QStringLiteral("B");
    QVERIFY(!repo.update(changed).ok());
    changed.id = 999;
    changed.name = QStringLiteral("c");
    QVERIFY(!repo.update(changed).ok());
}

void TestAlarmRepository::transitionsWriteStateAndHistory()
{
    AlarmRepository repo(m_db.get());
    const auto a = repo.add(cpuAlarm(QStringLiteral("web1 CPU over 80%")));
    const auto b = repo.add(cpuAlarm(QStringLiteral("other")));
    QVERIFY(a.ok() && b.ok());
    AlarmHistoryEntry e{0,
                        a->id,
                        a->name,
                        1000,
                        AlarmState::InsufficientData,
                        AlarmState::Ok,
                        QStringLiteral("fine"),
                        {}};
    QVERIFY(repo.recordTransition(e).ok());
    e.timeMs = 2000;
    e.from = AlarmState::Ok;
    e.to = AlarmState::Alarm;
    e.reason = QStringLiteral("hot");
    const auto second = repo.recordTransition(e);
    QVERIFY(second.ok() && second->id > 0);
    QVERIFY(repo.setHistoryNote(second->id, QStringLiteral("command exited with 0")).ok());
    QVERIFY(repo.recordTransition({0,
                                   b->id,
                                   b->name,
                                   1500,
                                   AlarmState::InsufficientData,
                                   AlarmState::Alarm,
                                   QStringLiteral("b"),
                                   {}})
                .ok());

    const auto stored = repo.find(a->name);
    QCOMPARE(toString(stored->value().state), toString(AlarmState::Alarm));
    QCOMPARE(stored->value().stateReason, QStringLiteral("hot"));
    QCOMPARE(stored->value().stateSinceMs, 2000);

    const auto mine = repo.history(a->name);
    QVERIFY(mine.ok());
    QCOMPARE(mine->size(), 2);
    QCOMPARE(toString(mine->first().to), toString(AlarmState::Alarm)); // newest first
    QCOMPARE(mine->first().note, QStringLiteral("command exited with 0"));
    QCOMPARE(mine->first().alarmName, a->name);
    QCOMPARE(toString(mine->last().from), toString(AlarmState::InsufficientData));
    QCOMPARE(repo.history()->size(), 3);
    QCOMPARE(repo.history({}, 1)->size(), 1);
    QCOMPARE(repo.history({}, 1)->first().timeMs, 2000);
}

void TestAlarmRepository::removeTakesHistory()
{
    AlarmRepository repo(m_db.get());
    const auto a = repo.add(cpuAlarm(QStringLiteral("gone")));
    QVERIFY(repo.recordTransition({0,
                                   a->id,
                                   a->name,
                                   1,
                                   AlarmState::InsufficientData,
                                   AlarmState::Ok,
                                   QStringLiteral("x"),
                                   {}})
                .ok());
    QVERIFY(repo.remove(QStringLiteral("GONE")).ok());
    QVERIFY(!repo.find(QStringLiteral("gone"))->has_value());
    QCOMPARE(repo.history()->size(), 0);
    const VoidResult again = repo.remove(QStringLiteral("gone"));
    QVERIFY(!again.ok());
    QVERIFY(again.error().contains(QLatin1String("no alarm named")));
}

void TestAlarmRepository::pruneHistory()
{
    AlarmRepository repo(m_db.get());
    const auto a = repo.add(cpuAlarm(QStringLiteral("p")));
    for (qint64 t : {100, 200, 300})
        QVERIFY(repo.appendHistory({0,
                                    a->id,
                                    a->name,
                                    t,
                                    AlarmState::Ok,
                                    AlarmState::Alarm,
                                    QStringLiteral("r"),
                                    {}})
                    .ok());
    QCOMPARE(repo.pruneHistory(250).value(), 2);
    QCOMPARE(repo.history()->size(), 1);
}

QTEST_GUILESS_MAIN(TestAlarmRepository)
#include "tst_alarmrepository.moc"
