// API Gateway's prices from the shipped, dated file, and what a month's
// use costs: per million HTTP and REST requests, WebSocket messages and
// connection minutes, cache hours at the size that holds what was asked,
// and after the free tier.
#include "pricing/apigatewayprice.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sloop;
using namespace sloop::pricing;

class TestApiGatewayPrice : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theShippedFileLoads();
    void bills_data();
    void bills();
    void badFilesAreErrors();
};

void TestApiGatewayPrice::theShippedFileLoads()
{
    const auto p = loadApiGatewayPrices();
    QVERIFY2(p.ok(), qPrintable(p.error()));
    QVERIFY(p->source.startsWith(QLatin1String("https://aws.amazon.com/")));
    QVERIFY(!p->takenOn.isEmpty());
    QCOMPARE(p->httpPerMillion, 1.00);
    QCOMPARE(p->restPerMillion, 3.50);
    QCOMPARE(p->cacheHour.first().first, 0.5);
}

void TestApiGatewayPrice::bills_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<qint64>("requests");
    QTest::addColumn<double>("minutes");
    QTest::addColumn<double>("cacheHours");
    QTest::addColumn<double>("cacheGb");
    QTest::addColumn<double>("total");
    QTest::addColumn<double>("afterFree");
    const int http = int(ApiUsage::Kind::Http);
    const int rest = int(ApiUsage::Kind::Rest);
    const int ws = int(ApiUsage::Kind::WebSocket);
    QTest::newRow("http 2M") << http << qint64(2'000'000) << 0.0 << 0.0 << 0.5 << 2.0 << 1.0;
    QTest::newRow("rest 2M") << rest << qint64(2'000'000) << 0.0 << 0.0 << 0.5 << 7.0 << 3.5;
    QTest::newRow("http within free") << http << qint64(500'000) << 0.0 << 0.0 << 0.5 << 0.5 << 0.0;
    QTest::newRow("websocket") << ws << qint64(3'000'000) << 1'000'000.0 << 0.0 << 0.5 << 3.25
                               << 2.0625;
    QTest::newRow("cache 0.5 GB") << http << qint64(0) << 0.0 << 10.0 << 0.5 << 0.2 << 0.2;
    QTest::newRow("cache 1 GB bills 1.6")
        << http << qint64(0) << 0.0 << 10.0 << 1.0 << 0.38 << 0.38;
    QTest::newRow("cache past the largest")
        << http << qint64(0) << 0.0 << 1.0 << 500.0 << 3.8 << 3.8;
}

void TestApiGatewayPrice::bills()
{
    QFETCH(int, kind);
    QFETCH(qint64, requests);
    QFETCH(double, minutes);
    QFETCH(double, cacheHours);
    QFETCH(double, cacheGb);
    QFETCH(double, total);
    QFETCH(double, afterFree);
    const auto p = loadApiGatewayPrices();
    QVERIFY(p.ok());
    ApiUsage use;
    use.kind = ApiUsage::Kind(kind);
    use.requests = requests;
    use.connectionMinutes = minutes;
    use.cacheHours = cacheHours;
    use.cacheGb = cacheGb;
    const ApiBill b = apiGatewayBill(*p, use);
    QVERIFY2(qAbs(b.total - total) < 1e-9, qPrintable(QString::number(b.total)));
    QVERIFY2(qAbs(b.afterFreeTier - afterFree) < 1e-9,
             qPrintable(QString::number(b.afterFreeTier)));
}

void TestApiGatewayPrice::badFilesAreErrors()
{
    QTemporaryDir dir;
    const auto write = [&](const QByteArray &text) {
        const QString path = dir.filePath(QStringLiteral("p.json"));
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(text);
        return path;
    };
    QCOMPARE(loadApiGatewayPrices(dir.filePath(QStringLiteral("none.json"))).kind(),
             ErrorKind::NotFound);
    QCOMPARE(loadApiGatewayPrices(write("not json")).kind(), ErrorKind::InvalidInput);
    QCOMPARE(loadApiGatewayPrices(write(R"({"format": 2})")).kind(), ErrorKind::InvalidInput);
    QCOMPARE(loadApiGatewayPrices(write(R"({"format": 1, "httpRequestsPerMillionUsd": 1})")).kind(),
             ErrorKind::InvalidInput);
}

QTEST_GUILESS_MAIN(TestApiGatewayPrice)
#include "tst_apigatewayprice.moc"
