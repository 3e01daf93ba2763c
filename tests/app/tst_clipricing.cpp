// `sloop plans ...` and `sloop costs ...`, run as a process. They need no
// service: the catalogue is built in, the store is a temporary folder's.
#include "cliprocess.h"
#include "instances/instancerepository.h"
#include "pricing/costmodel.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sloop;

using Outcome = test::CliOutcome;
using test::describe;

class TestCliPricing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void plansJson();
    void plansTable();
    void plansFromAFile();
    void malformedCatalogueFails();
    void costsSetListRemove();
    void costsForAHost();
    void costsShareByMemory();
    void costsRefuseBadInput_data();
    void costsRefuseBadInput();
    void help();

private:
    Outcome sloop(const QStringList &args);
    QJsonArray costsJson();

    QString m_binary;
    QTemporaryDir m_home;
    QProcessEnvironment m_env;
};

Outcome TestCliPricing::sloop(const QStringList &args)
{
    return test::runCli(m_binary, args, m_env, 60000);
}

QJsonArray TestCliPricing::costsJson()
{
    const Outcome o =
        sloop({QStringLiteral("costs"), QStringLiteral("ls"), QStringLiteral("--json")});
    if (o.exitCode != 0)
        qWarning("costs ls failed: %s", qPrintable(describe(o)));
    return QJsonDocument::fromJson(o.out).array();
}

void TestCliPricing::initTestCase()
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
    m_env.remove(QStringLiteral("LC_MESSAGES"));
}

void TestCliPricing::plansJson()
{
    const Outcome o =
        sloop({QStringLiteral("plans"), QStringLiteral("ls"), QStringLiteral("--json")});
    QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
    const QJsonObject doc = QJsonDocument::fromJson(o.out).object();
    QCOMPARE(doc.value(QLatin1String("source")).toString(),
             QStringLiteral("https://aws.amazon.com/lightsail/pricing/"));
    QCOMPARE(doc.value(QLatin1String("currency")).toString(), QStringLiteral("USD"));
    QVERIFY(
        QDate::fromString(doc.value(QLatin1String("takenOn")).toString(), Qt::ISODate).isValid());
    const QJsonArray plans = doc.value(QLatin1String("plans")).toArray();
    QCOMPARE(plans.size(), 8);
    const QJsonObject nano = plans.first().toObject();
    QCOMPARE(nano.value(QLatin1String("id")).toString(), QStringLiteral("nano"));
    QCOMPARE(nano.value(QLatin1String("vcpus")).toInt(), 2);
    QCOMPARE(nano.value(QLatin1String("memoryMiB")).toInt(), 512);
    QCOMPARE(nano.value(QLatin1String("diskGiB")).toInt(), 20);
    QCOMPARE(nano.value(QLatin1String("transferGiB")).toInt(), 1024);
    QCOMPARE(nano.value(QLatin1String("priceCents")).toInt(), 500);
    QCOMPARE(nano.value(QLatin1String("monthly")).toString(), QStringLiteral("$5/month"));
    QCOMPARE(nano.value(QLatin1String("hourly")).toString(), QStringLiteral("$0.0067/hour"));
    QCOMPARE(plans.last().toObject().value(QLatin1String("id")).toString(),
             QStringLiteral("4xlarge"));
    QCOMPARE(plans.last().toObject().value(QLatin1String("priceCents")).toInt(), 38400);
}

void TestCliPricing::plansTable()
{
    const Outcome o = sloop({QStringLiteral("plans"), QStringLiteral("ls")});
    QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
    const QString out = QString::fromUtf8(o.out);
    for (const char *expected :
         {"ID", "nano", "0.5 GB", "1 TB", "$5/month", "$0.0067/hour", "4xlarge", "1280 GB",
          "$384/month", "https://aws.amazon.com/lightsail/pricing/"})
        QVERIFY2(out.contains(QLatin1String(expected)), qPrintable(out));
}

void TestCliPricing::plansFromAFile()
{
    const QString path = m_home.filePath(QStringLiteral("mine.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"format": 1, "title": "Home lab", "source": "https://example.org/",
                "takenOn": "2026-01-02", "currency": "EUR",
                "plans": [{"id": "pi", "name": "Pi", "vcpus": 4, "memoryMiB": 8192,
                           "diskGiB": 64, "transferGiB": 0, "priceCents": 150}]})");
    f.close();
    const Outcome o = sloop({QStringLiteral("plans"), QStringLiteral("ls"),
                             QStringLiteral("--file"), path, QStringLiteral("--json")});
    QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
    const QJsonObject doc = QJsonDocument::fromJson(o.out).object();
    QCOMPARE(doc.value(QLatin1String("currency")).toString(), QStringLiteral("EUR"));
    const QJsonObject pi = doc.value(QLatin1String("plans")).toArray().first().toObject();
    QCOMPARE(pi.value(QLatin1String("monthly")).toString(), QStringLiteral("1.50 EUR/month"));
}

void TestCliPricing::malformedCatalogueFails()
{
    const QString path = m_home.filePath(QStringLiteral("broken.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"format": 1, "title": "x", "source": "https://example.org/",
                "takenOn": "2026-01-02", "currency": "USD",
                "plans": [{"id": "a", "name": "A", "vcpus": 1, "memoryMiB": 512,
                           "diskGiB": 10, "transferGiB": 0, "priceCents": "five"}]})");
    f.close();
    const Outcome o =
        sloop({QStringLiteral("plans"), QStringLiteral("ls"), QStringLiteral("--file"), path});
    QVERIFY2(o.exitCode == 1, qPrintable(describe(o)));
    QVERIFY(o.out.isEmpty());
    QVERIFY2(o.err.contains("broken.json") && o.err.contains("priceCents"),
             qPrintable(describe(o)));

    const Outcome missing =
        sloop({QStringLiteral("plans"), QStringLiteral("ls"), QStringLiteral("--file"),
               m_home.filePath(QStringLiteral("no"))});
    QVERIFY2(missing.exitCode == 1, qPrintable(describe(missing)));
}

void TestCliPricing::costsSetListRemove()
{
    QCOMPARE(costsJson().size(), 0);
    const Outcome set = sloop({QStringLiteral("costs"), QStringLiteral("set"),
                               QStringLiteral("local"), QStringLiteral("12.50")});
    QVERIFY2(set.exitCode == 0, qPrintable(describe(set)));
    QVERIFY2(set.out.contains("$12.50/month"), qPrintable(describe(set)));

    QJsonArray list = costsJson();
    QCOMPARE(list.size(), 1);
    QJsonObject local = list.first().toObject();
    QCOMPARE(local.value(QLatin1String("location")).toString(), QStringLiteral("local"));
    QCOMPARE(local.value(QLatin1String("monthlyCents")).toInt(), 1250);
    QCOMPARE(local.value(QLatin1String("currency")).toString(), QStringLiteral("USD"));
    QCOMPARE(local.value(QLatin1String("instances")).toInt(), 0);

    // Setting again replaces.
    QCOMPARE(sloop({QStringLiteral("costs"), QStringLiteral("set"), QStringLiteral("LOCAL"),
                    QStringLiteral("$3")})
                 .exitCode,
             0);
    list = costsJson();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().toObject().value(QLatin1String("monthlyCents")).toInt(), 300);

    const Outcome rm =
        sloop({QStringLiteral("costs"), QStringLiteral("rm"), QStringLiteral("local")});
    QVERIFY2(rm.exitCode == 0, qPrintable(describe(rm)));
    QCOMPARE(costsJson().size(), 0);
    const Outcome again =
        sloop({QStringLiteral("costs"), QStringLiteral("rm"), QStringLiteral("local")});
    QVERIFY2(again.exitCode == 1, qPrintable(describe(again)));
}

void TestCliPricing::costsForAHost()
{
    // Nothing is dialled: adding a host only writes the store.
    const Outcome added =
        sloop({QStringLiteral("hosts"), QStringLiteral("add"), QStringLiteral("box"),
               QStringLiteral("--address"), QStringLiteral("192.0.2.1")});
    QVERIFY2(added.exitCode == 0, qPrintable(describe(added)));
    const Outcome set =
        sloop({QStringLiteral("costs"), QStringLiteral("set"), QStringLiteral("box"),
               QStringLiteral("20"), QStringLiteral("--currency"), QStringLiteral("eur"),
               QStringLiteral("--json")});
    QVERIFY2(set.exitCode == 0, qPrintable(describe(set)));
    const QJsonObject box = QJsonDocument::fromJson(set.out).array().first().toObject();
    QCOMPARE(box.value(QLatin1String("currency")).toString(), QStringLiteral("EUR"));
    QCOMPARE(box.value(QLatin1String("monthly")).toString(), QStringLiteral("20 EUR/month"));
    QCOMPARE(costsJson().size(), 1);
    QCOMPARE(sloop({QStringLiteral("costs"), QStringLiteral("rm"), QStringLiteral("box")}).exitCode,
             0);
}

// The instances' share of an engine's cost comes from the same CostEstimator
// as the window's: the engine's memory (GET /info of the real local dockerd)
// and the plan's.
void TestCliPricing::costsShareByMemory()
{
    QVERIFY(sloop({QStringLiteral("costs"), QStringLiteral("set"), QStringLiteral("local"),
                   QStringLiteral("12.50")})
                .exitCode == 0);
    {
        store::Database db;
        QVERIFY(db.open(m_home.filePath(QStringLiteral("data/sloop/sloop.db"))).ok());
        instances::InstanceRecord r;
        r.name = QStringLiteral("priced");
        r.location = QStringLiteral("local");
        r.blueprintId = QStringLiteral("nginx");
        r.planId = QStringLiteral("nano"); // 512 MiB
        r.state = instances::InstanceState::Stopped;
        const auto added = instances::InstanceRepository(db).add(r);
        QVERIFY2(added.ok(), qPrintable(added.error()));
    }
    const QJsonObject local = costsJson().first().toObject();
    QCOMPARE(local.value(QLatin1String("instances")).toInt(), 1);
    const qint64 memory = local.value(QLatin1String("memoryMiB")).toInteger();
    QVERIFY2(memory > 512, qPrintable(QJsonDocument(local).toJson()));
    QCOMPARE(local.value(QLatin1String("instancesShareCents")).toInteger(),
             *pricing::instanceEstimateCents(1250, memory, 512));
    QCOMPARE(local.value(QLatin1String("lightsailCents")).toInt(), 500);

    const Outcome table = sloop({QStringLiteral("costs"), QStringLiteral("ls")});
    QVERIFY2(table.out.contains("THEIR SHARE") && table.out.contains(" GB"),
             qPrintable(describe(table)));
    {
        store::Database db;
        QVERIFY(db.open(m_home.filePath(QStringLiteral("data/sloop/sloop.db"))).ok());
        QVERIFY(instances::InstanceRepository(db).remove(QStringLiteral("priced")).ok());
    }
    QVERIFY(
        sloop({QStringLiteral("costs"), QStringLiteral("rm"), QStringLiteral("local")}).exitCode ==
        0);
}

void TestCliPricing::costsRefuseBadInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    const QString set = QStringLiteral("set");
    QTest::newRow("unknown place")
        << QStringList{set, QStringLiteral("nowhere"), QStringLiteral("5")} << 1;
    QTest::newRow("amount with comma")
        << QStringList{set, QStringLiteral("local"), QStringLiteral("5,50")} << 2;
    QTest::newRow("negative amount")
        << QStringList{set, QStringLiteral("local"), QStringLiteral("-5")} << 2;
    QTest::newRow("hostile name") << QStringList{set, QStringLiteral("a;reboot"),
                                                 QStringLiteral("5")}
                                  << 2;
    QTest::newRow("bad currency") << QStringList{set, QStringLiteral("local"), QStringLiteral("5"),
                                                 QStringLiteral("--currency"), QStringLiteral("$")}
                                  << 2;
    QTest::newRow("no amount") << QStringList{set, QStringLiteral("local")} << 2;
    QTest::newRow("ls with a name") << QStringList{QStringLiteral("ls"), QStringLiteral("x")} << 2;
    QTest::newRow("rm without a name") << QStringList{QStringLiteral("rm")} << 2;
    QTest::newRow("unknown verb") << QStringList{QStringLiteral("add")} << 2;
}

void TestCliPricing::costsRefuseBadInput()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    const Outcome o = sloop(QStringList{QStringLiteral("costs")} + args);
    QVERIFY2(o.exitCode == exitCode, qPrintable(describe(o)));
    QVERIFY2(!o.err.isEmpty(), qPrintable(describe(o)));
    QCOMPARE(costsJson().size(), 0);
}

void TestCliPricing::help()
{
    for (const QStringList &args :
         {QStringList{QStringLiteral("help"), QStringLiteral("plans")},
          QStringList{QStringLiteral("help"), QStringLiteral("costs")},
          QStringList{QStringLiteral("costs"), QStringLiteral("--help")},
          QStringList{QStringLiteral("plans"), QStringLiteral("ls"), QStringLiteral("--help")}}) {
        const Outcome o = sloop(args);
        QVERIFY2(o.exitCode == 0 && o.out.startsWith("Usage: sloop "), qPrintable(describe(o)));
    }
    const Outcome main = sloop({QStringLiteral("--help")});
    QVERIFY(main.out.contains("plans ls") && main.out.contains("costs set"));
}

QTEST_GUILESS_MAIN(TestCliPricing)
#include "tst_clipricing.moc"
