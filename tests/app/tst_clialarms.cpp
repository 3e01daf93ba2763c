// `sloop alarms ...`, run as a process on a private store: add with every
// option, ls as a table and JSON, refusals that say why, rm, history,
// defaults created once.
#include "cliprocess.h"

#include "alarms/alarmrepository.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sloop;

using Outcome = test::CliOutcome;
using test::describe;

class TestCliAlarms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void addListRemove();
    void refusals_data();
    void refusals();
    void duplicateName();
    void history();
    void defaultsOnce();
    void help();

private:
    Outcome sloop(const QStringList &args);
    QJsonArray listJson();

    QString m_binary;
    QTemporaryDir m_home;
    QProcessEnvironment m_env;
};

Outcome TestCliAlarms::sloop(const QStringList &args)
{
    return test::runCli(m_binary, args, m_env, 60000);
}

QJsonArray TestCliAlarms::listJson()
{
    const Outcome o =
        sloop({QStringLiteral("alarms"), QStringLiteral("ls"), QStringLiteral("--json")});
    if (o.exitCode != 0)
        qWarning("alarms ls failed: %s", qPrintable(describe(o)));
    return QJsonDocument::fromJson(o.out).array();
}

void TestCliAlarms::initTestCase()
{
    m_binary = qEnvironmentVariable("SLOOP_BINARY");
    QVERIFY2(!m_binary.isEmpty(), "SLOOP_BINARY is not set: run the suite through ctest");
    QVERIFY(m_home.isValid());
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(QStringLiteral("HOME"), m_home.path());
    m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    m_env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home.filePath(QStringLiteral("run")));
    m_env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    m_env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    m_env.remove(QStringLiteral("LANGUAGE"));
    m_env.remove(QStringLiteral("LC_ALL"));
}

void TestCliAlarms::addListRemove()
{
    const Outcome added = sloop({QStringLiteral("alarms"),
                                 QStringLiteral("add"),
                                 QStringLiteral("web1 CPU over 80%"),
                                 QStringLiteral("--target"),
                                 QStringLiteral("host/web1"),
                                 QStringLiteral("--metric"),
                                 QStringLiteral("cpu"),
                                 QStringLiteral("--statistic"),
                                 QStringLiteral("max"),
                                 QStringLiteral("--comparison"),
                                 QStringLiteral(">="),
                                 QStringLiteral("--threshold"),
                                 QStringLiteral("80.5"),
                                 QStringLiteral("--period"),
                                 QStringLiteral("60"),
                                 QStringLiteral("--evaluation-periods"),
                                 QStringLiteral("5"),
                                 QStringLiteral("--datapoints"),
                                 QStringLiteral("3"),
                                 QStringLiteral("--missing"),
                                 QStringLiteral("not-breaching"),
                                 QStringLiteral("--command"),
                                 QStringLiteral("echo \"$SLOOP_ALARM_STATE\""),
                                 QStringLiteral("--json")});
    QVERIFY2(added.exitCode == 0, qPrintable(describe(added)));
    const QJsonObject a = QJsonDocument::fromJson(added.out).array().first().toObject();
    QCOMPARE(a.value(QLatin1String("name")).toString(), QStringLiteral("web1 CPU over 80%"));
    QCOMPARE(a.value(QLatin1String("statistic")).toString(), QStringLiteral("max"));
    QCOMPARE(a.value(QLatin1String("comparison")).toString(), QStringLiteral(">="));
    QCOMPARE(a.value(QLatin1String("threshold")).toDouble(), 80.5);
    QCOMPARE(a.value(QLatin1String("periodSeconds")).toInt(), 60);
    QCOMPARE(a.value(QLatin1String("evaluationPeriods")).toInt(), 5);
    QCOMPARE(a.value(QLatin1String("datapointsToAlarm")).toInt(), 3);
    QCOMPARE(a.value(QLatin1String("missingData")).toString(), QStringLiteral("not-breaching"));
    QCOMPARE(a.value(QLatin1String("command")).toString(),
             QStringLiteral("echo \"$SLOOP_ALARM_STATE\""));
    QCOMPARE(a.value(QLatin1String("state")).toString(), QStringLiteral("INSUFFICIENT_DATA"));

    // Defaults: avg, '>', 300 s, 1 of 1, missing.
    const Outcome plain =
        sloop({QStringLiteral("alarms"), QStringLiteral("add"), QStringLiteral("disk"),
               QStringLiteral("--target"), QStringLiteral("host/web1"), QStringLiteral("--metric"),
               QStringLiteral("disk"), QStringLiteral("--threshold"), QStringLiteral("90")});
    QVERIFY2(plain.exitCode == 0, qPrintable(describe(plain)));
    QVERIFY2(plain.out.contains("disk") && plain.out.contains("INSUFFICIENT_DATA"),
             qPrintable(describe(plain)));

    const QJsonArray list = listJson();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).toObject().value(QLatin1String("name")).toString(), QStringLiteral("disk"));
    const QJsonObject disk = list.at(0).toObject();
    QCOMPARE(disk.value(QLatin1String("statistic")).toString(), QStringLiteral("avg"));
    QCOMPARE(disk.value(QLatin1String("periodSeconds")).toInt(), 300);
    QCOMPARE(disk.value(QLatin1String("evaluationPeriods")).toInt(), 1);
    QCOMPARE(disk.value(QLatin1String("datapointsToAlarm")).toInt(), 1);

    const Outcome table = sloop({QStringLiteral("alarms"), QStringLiteral("ls")});
    QVERIFY2(table.exitCode == 0, qPrintable(describe(table)));
    QVERIFY(table.out.contains("NAME") && table.out.contains("web1 CPU over 80%") &&
            table.out.contains("3 of 5"));

    const Outcome removed = sloop({QStringLiteral("alarms"), QStringLiteral("rm"),
                                   QStringLiteral("disk"), QStringLiteral("web1 CPU over 80%")});
    QVERIFY2(removed.exitCode == 0, qPrintable(describe(removed)));
    QCOMPARE(listJson().size(), 0);
    const Outcome again =
        sloop({QStringLiteral("alarms"), QStringLiteral("rm"), QStringLiteral("disk")});
    QCOMPARE(again.exitCode, 3); // not found
    QVERIFY2(again.err.contains("no alarm named"), qPrintable(describe(again)));
}

void TestCliAlarms::refusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("reason");
    const QStringList base = {QStringLiteral("--target"),    QStringLiteral("host/web1"),
                              QStringLiteral("--metric"),    QStringLiteral("cpu"),
                              QStringLiteral("--threshold"), QStringLiteral("80")};
    auto with = [&](const QString &name, const QStringList &extra) {
        QStringList out = {QStringLiteral("alarms"), QStringLiteral("add"), name};
        return out + base + extra;
    };
    QTest::newRow("escape in name") << with(QStringLiteral("bad\x1b]0;owned\x07"), {}) << "control";
    QTest::newRow("bidi override in name")
        << with(QStringLiteral("cpu\u202Egnp.exe"), {}) << "text-direction";
    QTest::newRow("unknown metric")
        << with(QStringLiteral("x"), {QStringLiteral("--metric"), QStringLiteral("cpu_magic")})
        << "not a metric";
    QTest::newRow("datapoints > periods")
        << with(QStringLiteral("x"), {QStringLiteral("--evaluation-periods"), QStringLiteral("2"),
                                      QStringLiteral("--datapoints"), QStringLiteral("3")})
        << "Datapoints to alarm";
    QTest::newRow("bad target") << with(QStringLiteral("x"),
                                        {QStringLiteral("--target"), QStringLiteral("web1")})
                                << "not a target";
    QTest::newRow("bad comparison")
        << with(QStringLiteral("x"), {QStringLiteral("--comparison"), QStringLiteral("=>")})
        << "--comparison";
    QTest::newRow("bad statistic")
        << with(QStringLiteral("x"), {QStringLiteral("--statistic"), QStringLiteral("sum")})
        << "--statistic";
    QTest::newRow("bad missing") << with(QStringLiteral("x"),
                                         {QStringLiteral("--missing"), QStringLiteral("zero")})
                                 << "--missing";
    QTest::newRow("threshold text")
        << with(QStringLiteral("x"), {QStringLiteral("--threshold"), QStringLiteral("lots")})
        << "--threshold";
    QTest::newRow("period seconds")
        << with(QStringLiteral("x"), {QStringLiteral("--period"), QStringLiteral("90")})
        << "whole minutes";
    QTest::newRow("no threshold") << QStringList{QStringLiteral("alarms"),
                                                 QStringLiteral("add"),
                                                 QStringLiteral("x"),
                                                 QStringLiteral("--target"),
                                                 QStringLiteral("host/web1"),
                                                 QStringLiteral("--metric"),
                                                 QStringLiteral("cpu")}
                                  << "--threshold";
}

void TestCliAlarms::refusals()
{
    QFETCH(QStringList, args);
    QFETCH(QString, reason);
    const Outcome o = sloop(args);
    QVERIFY2(o.exitCode == 2, qPrintable(describe(o)));
    QVERIFY2(QString::fromUtf8(o.err).contains(reason), qPrintable(describe(o)));
    // The refusal is one line with the control characters made visible.
    QVERIFY(!o.err.contains('\x1b') && !o.err.contains("\u202E"));
    QVERIFY(o.out.isEmpty());
    QCOMPARE(listJson().size(), 0);
}

void TestCliAlarms::duplicateName()
{
    const QStringList add = {
        QStringLiteral("alarms"),   QStringLiteral("add"),         QStringLiteral("Same"),
        QStringLiteral("--target"), QStringLiteral("host/web1"),   QStringLiteral("--metric"),
        QStringLiteral("memory"),   QStringLiteral("--threshold"), QStringLiteral("90")};
    QVERIFY(sloop(add).exitCode == 0);
    QStringList again = add;
    again[2] = QStringLiteral("SAME");
    const Outcome o = sloop(again);
    QCOMPARE(o.exitCode, 4); // conflict
    QVERIFY2(o.err.contains("already an alarm"), qPrintable(describe(o)));
    QVERIFY(
        sloop({QStringLiteral("alarms"), QStringLiteral("rm"), QStringLiteral("same")}).exitCode ==
        0);
}

void TestCliAlarms::history()
{
    QVERIFY(
        sloop({QStringLiteral("alarms"), QStringLiteral("add"), QStringLiteral("h"),
               QStringLiteral("--target"), QStringLiteral("host/web1"), QStringLiteral("--metric"),
               QStringLiteral("cpu"), QStringLiteral("--threshold"), QStringLiteral("1")})
            .exitCode == 0);
    // A state change as the evaluation writes it, straight into the store.
    {
        store::Database db;
        QVERIFY(db.open(m_home.filePath(QStringLiteral("data/sloop/sloop.db"))).ok());
        alarms::AlarmRepository repo(&db);
        const auto a = repo.find(QStringLiteral("h"));
        QVERIFY(a.ok() && a->has_value());
        QVERIFY(
            repo.recordTransition({0, a->value().id, QStringLiteral("h"), 1700000000000,
                                   alarms::AlarmState::InsufficientData, alarms::AlarmState::Alarm,
                                   QStringLiteral("Threshold crossed"),
                                   QStringLiteral("Command exited with status 0.")})
                .ok());
    }
    const Outcome json = sloop({QStringLiteral("alarms"), QStringLiteral("history"),
                                QStringLiteral("h"), QStringLiteral("--json")});
    QVERIFY2(json.exitCode == 0, qPrintable(describe(json)));
    const QJsonArray entries = QJsonDocument::fromJson(json.out).array();
    QCOMPARE(entries.size(), 1);
    const QJsonObject e = entries.first().toObject();
    QCOMPARE(e.value(QLatin1String("from")).toString(), QStringLiteral("INSUFFICIENT_DATA"));
    QCOMPARE(e.value(QLatin1String("to")).toString(), QStringLiteral("ALARM"));
    QCOMPARE(e.value(QLatin1String("time")).toString(), QStringLiteral("2023-11-14T22:13:20.000Z"));
    QCOMPARE(e.value(QLatin1String("note")).toString(),
             QStringLiteral("Command exited with status 0."));
    QCOMPARE(listJson().first().toObject().value(QLatin1String("state")).toString(),
             QStringLiteral("ALARM"));

    const Outcome table = sloop({QStringLiteral("alarms"), QStringLiteral("history")});
    QVERIFY2(table.exitCode == 0 && table.out.contains("Threshold crossed"),
             qPrintable(describe(table)));
    const Outcome unknown =
        sloop({QStringLiteral("alarms"), QStringLiteral("history"), QStringLiteral("nope")});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(sloop({QStringLiteral("alarms"), QStringLiteral("rm"), QStringLiteral("h")}).exitCode ==
            0);
}

void TestCliAlarms::defaultsOnce()
{
    const Outcome first = sloop({QStringLiteral("alarms"), QStringLiteral("defaults"),
                                 QStringLiteral("host/web1"), QStringLiteral("--json")});
    QVERIFY2(first.exitCode == 0, qPrintable(describe(first)));
    const QJsonArray made = QJsonDocument::fromJson(first.out).array();
    QCOMPARE(made.size(), 3);
    QStringList names;
    for (const QJsonValue &v : made)
        names << v.toObject().value(QLatin1String("name")).toString();
    QVERIFY2(names.contains(QStringLiteral("web1 CPU over 80%")), qPrintable(names.join(u'|')));
    QVERIFY(names.contains(QStringLiteral("web1 status check failed")));
    QVERIFY(names.contains(QStringLiteral("web1 disk over 90%")));
    const Outcome second = sloop({QStringLiteral("alarms"), QStringLiteral("defaults"),
                                  QStringLiteral("host/web1"), QStringLiteral("--json")});
    QVERIFY2(second.exitCode == 0, qPrintable(describe(second)));
    QCOMPARE(QJsonDocument::fromJson(second.out).array().size(), 0);
    QCOMPARE(listJson().size(), 3);
    const Outcome engine = sloop(
        {QStringLiteral("alarms"), QStringLiteral("defaults"), QStringLiteral("engine/local")});
    QCOMPARE(engine.exitCode, 2);
    QVERIFY(sloop({QStringLiteral("alarms"), QStringLiteral("rm"), names.at(0), names.at(1),
                   names.at(2)})
                .exitCode == 0);
}

void TestCliAlarms::help()
{
    const Outcome o = sloop({QStringLiteral("help"), QStringLiteral("alarms")});
    QCOMPARE(o.exitCode, 0);
    QVERIFY(o.out.contains("--evaluation-periods") && o.out.contains("SLOOP_ALARM_NAME"));
    const Outcome none = sloop({QStringLiteral("alarms")});
    QCOMPARE(none.exitCode, 2);
    const Outcome main = sloop({QStringLiteral("--help")});
    QVERIFY(main.out.contains("alarms ls|add|rm|history"));
}

QTEST_GUILESS_MAIN(TestCliAlarms)
#include "tst_clialarms.moc"
