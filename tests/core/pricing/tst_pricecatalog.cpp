#include "pricing/price.h"
#include "pricing/pricecatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sloop;
using namespace sloop::pricing;

class TestPriceCatalog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builtInMirrorsLightsail();
    void findPlanById();
    void loadsAFile();
    void missingFileIsAnError();
    void malformed_data();
    void malformed();
    void formatting_data();
    void formatting();
    void parseAmount_data();
    void parseAmount();
    void sizes();

private:
    static QJsonObject validCatalog();
};

QJsonObject TestPriceCatalog::validCatalog()
{
    QJsonObject plan{{"id", "tiny"},  {"name", "Tiny"},     {"vcpus", 1},       {"memoryMiB", 256},
                     {"diskGiB", 10}, {"transferGiB", 512}, {"priceCents", 350}};
    return QJsonObject{{"format", 1},
                       {"title", "Test prices"},
                       {"source", "https://example.org/prices"},
                       {"takenOn", "2026-01-31"},
                       {"currency", "EUR"},
                       {"plans", QJsonArray{plan}}};
}

void TestPriceCatalog::builtInMirrorsLightsail()
{
    const Result<PriceCatalog> catalog = loadPriceCatalog();
    QVERIFY2(catalog.ok(), qPrintable(catalog.error()));
    QCOMPARE(catalog->currency, QStringLiteral("USD"));
    QCOMPARE(catalog->source, QStringLiteral("https://aws.amazon.com/lightsail/pricing/"));
    QVERIFY(catalog->takenOn.isValid());
    // The figures of issue 4: price, RAM, vCPU, SSD, transfer.
    struct Row
    {
        const char *id;
        qint64 cents, memoryMiB;
        int vcpus;
        qint64 disk, transfer;
    };
    const Row rows[] = {
        {"nano", 500, 512, 2, 20, 1024},         {"micro", 700, 1024, 2, 40, 2048},
        {"small", 1200, 2048, 2, 60, 3072},      {"medium", 2400, 4096, 2, 80, 4096},
        {"large", 4400, 8192, 2, 160, 5120},     {"xlarge", 8400, 16384, 4, 320, 6144},
        {"2xlarge", 16400, 32768, 8, 640, 7168}, {"4xlarge", 38400, 65536, 16, 1280, 8192}};
    QCOMPARE(catalog->plans.size(), qsizetype(std::size(rows)));
    for (qsizetype i = 0; i < catalog->plans.size(); ++i) {
        const Plan &p = catalog->plans.at(i);
        const Row &r = rows[i];
        QCOMPARE(p.id, QString::fromLatin1(r.id));
        QVERIFY(!p.name.isEmpty());
        QCOMPARE(p.priceCents, r.cents);
        QCOMPARE(p.memoryMiB, r.memoryMiB);
        QCOMPARE(p.vcpus, r.vcpus);
        QCOMPARE(p.diskGiB, r.disk);
        QCOMPARE(p.transferGiB, r.transfer);
    }
}

void TestPriceCatalog::findPlanById()
{
    const PriceCatalog catalog = loadPriceCatalog().value();
    const auto small = catalog.plan(QStringLiteral("small"));
    QVERIFY(small.has_value());
    QCOMPARE(small->priceCents, 1200);
    QVERIFY(!catalog.plan(QStringLiteral("SMALL")).has_value());
    QVERIFY(!catalog.plan(QStringLiteral("huge")).has_value());
}

void TestPriceCatalog::loadsAFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mine.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(validCatalog()).toJson());
    f.close();
    const auto catalog = loadPriceCatalog(path);
    QVERIFY2(catalog.ok(), qPrintable(catalog.error()));
    QCOMPARE(catalog->currency, QStringLiteral("EUR"));
    QCOMPARE(catalog->takenOn, QDate(2026, 1, 31));
    QCOMPARE(catalog->plans.size(), 1);
    QCOMPARE(catalog->plans.first().memoryMiB, 256);
}

void TestPriceCatalog::missingFileIsAnError()
{
    const auto catalog = loadPriceCatalog(QStringLiteral("/nonexistent/prices.json"));
    QVERIFY(!catalog.ok());
    QVERIFY2(catalog.error().contains(QLatin1String("/nonexistent/prices.json")),
             qPrintable(catalog.error()));
}

void TestPriceCatalog::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected"); // a part of the message

    const auto with = [](const std::function<void(QJsonObject &)> &change) {
        QJsonObject o = validCatalog();
        change(o);
        return QJsonDocument(o).toJson();
    };
    const auto withPlan = [&](const std::function<void(QJsonObject &)> &change) {
        return with([&](QJsonObject &o) {
            QJsonObject plan = o.value("plans").toArray().first().toObject();
            change(plan);
            o["plans"] = QJsonArray{plan};
        });
    };

    QTest::newRow("not json") << QByteArray("{\n  \"format\": 1,\n  oops\n}") << "line 3";
    QTest::newRow("array") << QByteArray("[]") << "one JSON object";
    QTest::newRow("no plans key") << with([](QJsonObject &o) { o.remove("plans"); }) << "plans";
    QTest::newRow("empty plans") << with([](QJsonObject &o) { o["plans"] = QJsonArray(); })
                                 << "at least one plan";
    QTest::newRow("unknown key") << with([](QJsonObject &o) { o["prices"] = 1; }) << "prices";
    QTest::newRow("format 2") << with([](QJsonObject &o) { o["format"] = 2; }) << "format 2";
    QTest::newRow("bad date") << with([](QJsonObject &o) { o["takenOn"] = "31.01.2026"; })
                              << "takenOn";
    QTest::newRow("impossible date")
        << with([](QJsonObject &o) { o["takenOn"] = "2026-02-30"; }) << "takenOn";
    QTest::newRow("source not a url")
        << with([](QJsonObject &o) { o["source"] = "the web"; }) << "source";
    QTest::newRow("ftp source") << with([](QJsonObject &o) { o["source"] = "ftp://example.org/x"; })
                                << "source";
    QTest::newRow("currency") << with([](QJsonObject &o) { o["currency"] = "$"; }) << "currency";
    QTest::newRow("plan not object")
        << with([](QJsonObject &o) { o["plans"] = QJsonArray{1}; }) << "plan 1";
    QTest::newRow("price as text")
        << withPlan([](QJsonObject &p) { p["priceCents"] = "5"; }) << "priceCents";
    QTest::newRow("fractional price")
        << withPlan([](QJsonObject &p) { p["priceCents"] = 3.5; }) << "whole number";
    QTest::newRow("negative price")
        << withPlan([](QJsonObject &p) { p["priceCents"] = -1; }) << "at least 0";
    QTest::newRow("zero cpus") << withPlan([](QJsonObject &p) { p["vcpus"] = 0; }) << "vcpus";
    QTest::newRow("tiny memory") << withPlan([](QJsonObject &p) { p["memoryMiB"] = 1; })
                                 << "memoryMiB";
    QTest::newRow("missing disk") << withPlan([](QJsonObject &p) { p.remove("diskGiB"); })
                                  << "diskGiB";
    QTest::newRow("typo key") << withPlan([](QJsonObject &p) { p["memoryMib"] = 1; })
                              << "memoryMib";
    QTest::newRow("hostile id") << withPlan([](QJsonObject &p) { p["id"] = "a b;rm"; }) << "a b;rm";
    QTest::newRow("empty name") << withPlan([](QJsonObject &p) { p["name"] = " "; }) << "name";
    QTest::newRow("duplicate id") << with([](QJsonObject &o) {
        const QJsonValue plan = o.value("plans").toArray().first();
        o["plans"] = QJsonArray{plan, plan};
    }) << "more than one plan";
}

void TestPriceCatalog::malformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const auto catalog = parsePriceCatalog(json, QStringLiteral("test.json"));
    QVERIFY(!catalog.ok());
    QVERIFY2(catalog.error().contains(QLatin1String("test.json")), qPrintable(catalog.error()));
    QVERIFY2(catalog.error().contains(expected), qPrintable(catalog.error()));
}

void TestPriceCatalog::formatting_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("monthly");
    QTest::addColumn<QString>("hourly");
    QTest::newRow("nano") << qint64(500) << "USD"
                          << "$5/month"
                          << "$0.0067/hour";
    QTest::newRow("micro") << qint64(700) << "USD"
                           << "$7/month"
                           << "$0.0094/hour";
    QTest::newRow("4xlarge") << qint64(38400) << "USD"
                             << "$384/month"
                             << "$0.5161/hour";
    QTest::newRow("cents") << qint64(1250) << "USD"
                           << "$12.50/month"
                           << "$0.0168/hour";
    QTest::newRow("one cent") << qint64(1) << "USD"
                              << "$0.01/month"
                              << "$0.0000/hour";
    QTest::newRow("free") << qint64(0) << "USD"
                          << "$0/month"
                          << "$0.0000/hour";
    QTest::newRow("euro") << qint64(499) << "EUR"
                          << "4.99 EUR/month"
                          << "0.0067 EUR/hour";
}

void TestPriceCatalog::formatting()
{
    QFETCH(qint64, cents);
    QFETCH(QString, currency);
    QFETCH(QString, monthly);
    QFETCH(QString, hourly);
    QCOMPARE(formatMonthly(cents, currency), monthly);
    QCOMPARE(formatHourly(cents, currency), hourly);
    QCOMPARE(formatAmount(-705, QStringLiteral("USD")), QStringLiteral("-$7.05"));
}

void TestPriceCatalog::parseAmount_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("cents"); // -1: refused
    QTest::newRow("whole") << "5" << qint64(500);
    QTest::newRow("one decimal") << "12.5" << qint64(1250);
    QTest::newRow("two decimals") << "12.05" << qint64(1205);
    QTest::newRow("dollar sign") << "$7" << qint64(700);
    QTest::newRow("zero") << "0" << qint64(0);
    QTest::newRow("spaces") << " 3.20 " << qint64(320);
    QTest::newRow("million") << "1000000" << qint64(100000000);
    QTest::newRow("too much") << "1000000.01" << qint64(-1);
    QTest::newRow("negative") << "-5" << qint64(-1);
    QTest::newRow("three decimals") << "1.005" << qint64(-1);
    QTest::newRow("comma") << "1,50" << qint64(-1);
    QTest::newRow("grouping") << "1,234.56" << qint64(-1);
    QTest::newRow("word") << "five" << qint64(-1);
    QTest::newRow("empty") << "" << qint64(-1);
    QTest::newRow("exponent") << "1e3" << qint64(-1);
    QTest::newRow("trailing dot") << "5." << qint64(-1);
}

void TestPriceCatalog::parseAmount()
{
    QFETCH(QString, text);
    QFETCH(qint64, cents);
    const Result<qint64> parsed = pricing::parseAmount(text);
    if (cents < 0) {
        QVERIFY(!parsed.ok());
        QVERIFY(!parsed.error().isEmpty());
    } else {
        QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
        QCOMPARE(*parsed, cents);
    }
}

void TestPriceCatalog::sizes()
{
    QCOMPARE(formatMemory(512), QStringLiteral("0.5 GB"));
    QCOMPARE(formatMemory(2048), QStringLiteral("2 GB"));
    QCOMPARE(formatMemory(1536), QStringLiteral("1.5 GB"));
    QCOMPARE(formatMemory(65536), QStringLiteral("64 GB"));
    QCOMPARE(formatStorage(20), QStringLiteral("20 GB"));
    QCOMPARE(formatStorage(1280), QStringLiteral("1280 GB"));
    QCOMPARE(formatStorage(1024), QStringLiteral("1 TB"));
    QCOMPARE(formatStorage(8192), QStringLiteral("8 TB"));
}

QTEST_GUILESS_MAIN(TestPriceCatalog)
#include "tst_pricecatalog.moc"
