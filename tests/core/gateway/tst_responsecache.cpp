// The stage cache's bookkeeping: expiry, flushes, least recently used
// eviction under a byte capacity, and what goes into a key.
#include "gateway/responsecache.h"

#include <QTest>

using namespace sloop;
using namespace sloop::gateway;

namespace {

http::HttpResponse answer(const QByteArray &body, int status = 200)
{
    http::HttpResponse r;
    r.status = status;
    r.body = body;
    return r;
}

} // namespace

class TestResponseCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void expiresAndFlushes();
    void evictsTheLeastRecentlyUsed();
    void keysHoldWhatWasChosen();
    void whatMayBeKept();
};

void TestResponseCache::expiresAndFlushes()
{
    ResponseCache cache(1 << 20);
    cache.insert(QStringLiteral("a"), answer("1"), 1000, 2000);
    QCOMPARE(cache.find(QStringLiteral("a"), 1999, 0)->body, QByteArray("1"));
    QVERIFY(!cache.find(QStringLiteral("a"), 2000, 0)); // expired, and gone
    QCOMPARE(cache.size(), 0);
    QCOMPARE(cache.bytes(), 0);
    cache.insert(QStringLiteral("b"), answer("2"), 1000, 5000);
    QVERIFY(!cache.find(QStringLiteral("b"), 1500, 1001)); // stored before a flush
    cache.insert(QStringLiteral("c"), answer("3"), 1000, 5000);
    cache.insert(QStringLiteral("c"), answer("4"), 1100, 5000); // replaced, counted once
    QCOMPARE(cache.size(), 1);
    QCOMPARE(cache.bytes(), ResponseCache::costOf(QStringLiteral("c"), answer("4")));
}

void TestResponseCache::evictsTheLeastRecentlyUsed()
{
    const QByteArray kb(1000, 'x');
    const qint64 one = ResponseCache::costOf(QStringLiteral("k0"), answer(kb));
    ResponseCache cache(3 * one);
    for (int i = 0; i < 3; ++i)
        cache.insert(QStringLiteral("k%1").arg(i), answer(kb), 0, 1000);
    QVERIFY(cache.find(QStringLiteral("k0"), 1, 0)); // k1 is now the least recent
    cache.insert(QStringLiteral("k3"), answer(kb), 0, 1000);
    QCOMPARE(cache.size(), 3);
    QVERIFY(!cache.find(QStringLiteral("k1"), 1, 0));
    QVERIFY(cache.find(QStringLiteral("k0"), 1, 0));
    QVERIFY(cache.bytes() <= 3 * one);
    // Larger than the whole cache: not kept, nothing else lost.
    cache.insert(QStringLiteral("huge"), answer(QByteArray(4 * one, 'y')), 0, 1000);
    QCOMPARE(cache.size(), 3);
    cache.setCapacity(one);
    QCOMPARE(cache.size(), 1);
}

void TestResponseCache::keysHoldWhatWasChosen()
{
    Stage stage;
    stage.deploymentId = QStringLiteral("d1");
    stage.cache.keyQueryStrings = {QStringLiteral("q")};
    stage.cache.keyHeaders = {QStringLiteral("x-lang")};
    GatewayRequest r;
    r.path = "/items";
    r.rawQuery = "q=1&page=2";
    r.headers = {{QByteArray("x-lang"), QByteArray("de")},
                 {QByteArray("x-other"), QByteArray("1")}};
    const QString key = responseCacheKey(stage, r);
    GatewayRequest other = r;
    other.rawQuery = "page=3&q=1";
    other.headers = {{QByteArray("x-lang"), QByteArray("de")}};
    QCOMPARE(responseCacheKey(stage, other), key);
    other.rawQuery = "q=2";
    QVERIFY(responseCacheKey(stage, other) != key);
    other = r;
    other.headers = {};
    QVERIFY(responseCacheKey(stage, other) != key);
    Stage redeployed = stage;
    redeployed.deploymentId = QStringLiteral("d2");
    QVERIFY(responseCacheKey(redeployed, r) != key);
    // Two callers an authorizer told apart never share an answer.
    GatewayRequest alice = r;
    alice.authorization.kind = Authorization::Kind::Function;
    alice.authorization.principalId = QStringLiteral("alice");
    GatewayRequest bob = alice;
    bob.authorization.principalId = QStringLiteral("bob");
    QVERIFY(responseCacheKey(stage, alice) != responseCacheKey(stage, bob));
}

void TestResponseCache::whatMayBeKept()
{
    QVERIFY(cacheable(answer("ok")));
    QVERIFY(!cacheable(answer("gone", 404)));
    QVERIFY(!cacheable(answer("oops", 502)));
    http::HttpResponse cookie = answer("ok");
    cookie.headers.append({QByteArray("Set-Cookie"), QByteArray("s=1")});
    QVERIFY(!cacheable(cookie));
    GatewayRequest r;
    QVERIFY(!asksForFresh(r));
    r.headers = {{QByteArray("cache-control"), QByteArray("no-store, Max-Age=0")}};
    QVERIFY(asksForFresh(r));
}

QTEST_GUILESS_MAIN(TestResponseCache)
#include "tst_responsecache.moc"
