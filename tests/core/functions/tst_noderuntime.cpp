// Sloop's Node.js runtime on the real dockerd (the runtime image's node):
// CommonJS and ES module handlers, async and callback forms, console lines
// in Lambda's shape, a thrown error's errorType/errorMessage/trace, and the
// init errors of a missing file, a missing export and a syntax error.
#include "functionservicefixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace sloop;
using namespace sloop::functions;

namespace {

QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestNodeRuntime : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void commonJsAsync();
    void esModuleCallback();
    void thrownErrorAsLambdaShowsIt();
    void initErrors_data();
    void initErrors();

private:
    Result<Invocation> createAndInvoke(const QString &file, const QByteArray &code,
                                       const QByteArray &payload,
                                       const QString &handler = QStringLiteral("index.handler"));

    test::FunctionServiceFixture m_fixture;
    FunctionService *m_service = nullptr;
    QStringList m_made;
};

void TestNodeRuntime::initTestCase()
{
    const QString problem = m_fixture.setUp(this);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_service = m_fixture.service.get();
}

void TestNodeRuntime::cleanupTestCase()
{
    m_fixture.tearDown(m_made);
}

Result<Invocation> TestNodeRuntime::createAndInvoke(const QString &file, const QByteArray &code,
                                                    const QByteArray &payload,
                                                    const QString &handler)
{
    FunctionRecord record;
    record.name = test::uniqueName(QStringLiteral("node"));
    record.runtime = Runtime::NodeJs;
    record.handler = handler;
    m_made << record.name;
    const auto created = test::await(m_service->create(record, {{file, code}}), 120000);
    if (!created)
        return Result<Invocation>::failure(created.problem());
    return test::await(m_service->invoke(record.name, payload));
}

void TestNodeRuntime::commonJsAsync()
{
    const auto done = createAndInvoke(QStringLiteral("index.js"), R"(
exports.handler = async (event, context) => {
  console.log('hello', event.who);
  await new Promise((r) => setTimeout(r, 10));
  return { who: event.who, name: context.functionName, memory: context.memoryLimitInMB,
           left: context.getRemainingTimeInMillis() > 0 };
};
)",
                                      R"({"who":"cjs"})");
    QVERIFY2(done.ok(), qPrintable(done.error()));
    QVERIFY2(done->result.ok, done->result.body.constData());
    const QJsonObject r = object(done->result.body);
    QCOMPARE(r[QLatin1String("who")].toString(), QStringLiteral("cjs"));
    QCOMPARE(r[QLatin1String("memory")].toString(), QStringLiteral("128"));
    QVERIFY(r[QLatin1String("left")].toBool());
    static const QRegularExpression line(
        QStringLiteral(
            "\\n\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z\\t%1\\tINFO\\thello cjs\\n")
            .arg(QRegularExpression::escape(done->record.requestId)));
    QVERIFY2(line.match(done->record.log).hasMatch(), qPrintable(done->record.log));
}

void TestNodeRuntime::esModuleCallback()
{
    const auto done = createAndInvoke(QStringLiteral("index.mjs"), R"(
export const handler = (event, context, callback) => {
  setTimeout(() => callback(null, { esm: true, n: event.n * 2 }), 5);
};
)",
                                      R"({"n":21})");
    QVERIFY2(done.ok(), qPrintable(done.error()));
    QVERIFY2(done->result.ok, done->result.body.constData());
    QCOMPARE(object(done->result.body)[QLatin1String("n")].toInt(), 42);
}

void TestNodeRuntime::thrownErrorAsLambdaShowsIt()
{
    const auto done = createAndInvoke(QStringLiteral("index.js"), R"(
class QuotaError extends Error { constructor(m) { super(m); this.name = 'QuotaError'; } }
exports.handler = async () => { throw new QuotaError('over the quota'); };
)",
                                      "{}");
    QVERIFY2(done.ok(), qPrintable(done.error()));
    QVERIFY(!done->result.ok);
    const QJsonObject e = object(done->result.body);
    QCOMPARE(e[QLatin1String("errorType")].toString(), QStringLiteral("QuotaError"));
    QCOMPARE(e[QLatin1String("errorMessage")].toString(), QStringLiteral("over the quota"));
    const QJsonArray trace = e[QLatin1String("trace")].toArray();
    QVERIFY(!trace.isEmpty());
    for (const auto &frame : trace)
        QVERIFY2(!frame.toString().contains(QLatin1String("/opt/sloop/")),
                 qPrintable(frame.toString()));
}

void TestNodeRuntime::initErrors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<QString>("type");
    QTest::newRow("no such file") << QStringLiteral("other.js") << QByteArray("exports.x = 1;")
                                  << QStringLiteral("Runtime.ImportModuleError");
    QTest::newRow("not exported") << QStringLiteral("index.js")
                                  << QByteArray("exports.other = () => 1;")
                                  << QStringLiteral("Runtime.HandlerNotFound");
    QTest::newRow("syntax error") << QStringLiteral("index.mjs")
                                  << QByteArray("export const handler = (;")
                                  << QStringLiteral("Runtime.UserCodeSyntaxError");
}

void TestNodeRuntime::initErrors()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, code);
    QFETCH(QString, type);
    const auto done = createAndInvoke(file, code, "{}");
    QVERIFY2(done.ok(), qPrintable(done.error()));
    QVERIFY(!done->result.ok);
    QCOMPARE(done->result.errorType, type);
    QCOMPARE(object(done->result.body)[QLatin1String("errorType")].toString(), type);
}

QTEST_GUILESS_MAIN(TestNodeRuntime)
#include "tst_noderuntime.moc"
