// A function's execution environment on the real dockerd: an image built
// from the Debian test image (python3) with the agent, Sloop's Python
// runtime and the code; a sandboxed container serving invocations through
// the engine's exec stream.
#include "engine/dockerclient.h"
#include "functions/functionenvironment.h"
#include "functions/functionimage.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sloop;
using namespace sloop::functions;

namespace {

const QString kDebian = QStringLiteral("sloop-test/debian:bookworm");

const QByteArray kCode = R"(import json, os, time
def handler(event, context):
    print("handling", context.aws_request_id, "as", os.getuid())
    what = event.get("do")
    if what == "fail":
        raise KeyError("no such thing")
    if what == "write-root":
        open("/var/task/evil.txt", "w").write("x")
    if what == "sleep":
        time.sleep(30)
    with open("/tmp/scratch.txt", "w") as f:
        f.write("ok")
    return {"echo": event, "name": context.function_name,
            "memory": context.memory_limit_in_mb, "tmp": open("/tmp/scratch.txt").read()}
)";

QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestFunctionEnvironment : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void invokesWarmAndCold();
    void handlerErrorKeepsTheEnvironment();
    void sandboxRefusesWritesOutsideTmp();
    void timeoutEndsTheEnvironment();
    void initErrorFailsTheStart();
    void codeThatClimbsOutIsRefused();

private:
    EnvironmentConfig config(const QString &handler = QStringLiteral("app.handler")) const;

    engine::DockerClient *m_client = nullptr;
    QString m_image;
};

void TestFunctionEnvironment::initTestCase()
{
    auto connected = test::connectTestEngine(this);
    QVERIFY2(connected.ok(), qPrintable(connected.error()));
    m_client = connected.value();
    const auto built = test::await(buildImage(m_client, {kDebian,
                                                         Runtime::Python3,
                                                         {{QStringLiteral("app.py"), kCode}},
                                                         QStringLiteral("sloop-test-fn/env"),
                                                         QStringLiteral("1"),
                                                         {}}));
    QVERIFY2(built.ok(), qPrintable(built.error()));
    m_image = *built;
    QCOMPARE(m_image, QStringLiteral("sloop-test-fn/env:1"));
}

void TestFunctionEnvironment::cleanupTestCase()
{
    if (m_client && !m_image.isEmpty())
        test::await(m_client->removeImage(m_image, true));
}

EnvironmentConfig TestFunctionEnvironment::config(const QString &handler) const
{
    EnvironmentConfig c;
    c.functionName = QStringLiteral("env-test");
    c.image = m_image;
    c.handler = handler;
    c.memoryMiB = 128;
    c.ephemeralMiB = 64;
    c.network = false;
    c.functionArn = QStringLiteral("arn:sloop:lambda:local:000000000000:function:env-test");
    return c;
}

void TestFunctionEnvironment::invokesWarmAndCold()
{
    FunctionEnvironment env(m_client, config());
    const VoidResult started = test::await(env.start());
    QVERIFY2(started.ok(), qPrintable(started.error()));

    const auto first =
        test::await(env.invoke(QStringLiteral("r-1"), R"({"hello":"world"})", 10000));
    QVERIFY2(first.ok(), qPrintable(first.error()));
    QVERIFY2(first->ok, first->body.constData());
    const QJsonObject body = object(first->body);
    QCOMPARE(body.value(QLatin1String("echo")).toObject().value(QLatin1String("hello")).toString(),
             QStringLiteral("world"));
    QCOMPARE(body.value(QLatin1String("name")).toString(), QStringLiteral("env-test"));
    QCOMPARE(body.value(QLatin1String("memory")).toString(), QStringLiteral("128"));
    QCOMPARE(body.value(QLatin1String("tmp")).toString(), QStringLiteral("ok"));
    QVERIFY(first->initMs.has_value()); // the cold start is this one's
    QCOMPARE(first->log, QStringList{QStringLiteral("handling r-1 as 65534")});
    QVERIFY2(first->maxMemoryKb > 0, "the agent reads the cgroup's peak");

    const auto second = test::await(env.invoke(QStringLiteral("r-2"), "{}", 10000));
    QVERIFY(second.ok() && second->ok);
    QVERIFY(!second->initMs.has_value()); // warm
}

void TestFunctionEnvironment::handlerErrorKeepsTheEnvironment()
{
    FunctionEnvironment env(m_client, config());
    QVERIFY(test::await(env.start()).ok());
    const auto failed = test::await(env.invoke(QStringLiteral("r-e"), R"({"do":"fail"})", 10000));
    QVERIFY(failed.ok());
    QVERIFY(!failed->ok);
    QCOMPARE(failed->errorType, QStringLiteral("Unhandled"));
    const QJsonObject error = object(failed->body);
    QCOMPARE(error.value(QLatin1String("errorType")).toString(), QStringLiteral("KeyError"));
    QVERIFY(!env.isEnded());
    QVERIFY(test::await(env.invoke(QStringLiteral("r-e2"), "{}", 10000))->ok);
}

void TestFunctionEnvironment::sandboxRefusesWritesOutsideTmp()
{
    FunctionEnvironment env(m_client, config());
    QVERIFY(test::await(env.start()).ok());
    const auto refused =
        test::await(env.invoke(QStringLiteral("r-w"), R"({"do":"write-root"})", 10000));
    QVERIFY(refused.ok());
    QVERIFY(!refused->ok);
    const QString type = object(refused->body).value(QLatin1String("errorType")).toString();
    QVERIFY2(type == QLatin1String("OSError") || type == QLatin1String("PermissionError"),
             refused->body.constData());
}

void TestFunctionEnvironment::timeoutEndsTheEnvironment()
{
    FunctionEnvironment env(m_client, config());
    QVERIFY(test::await(env.start()).ok());
    const auto late = test::await(env.invoke(QStringLiteral("r-t"), R"({"do":"sleep"})", 1500));
    QVERIFY(late.ok());
    QVERIFY(!late->ok);
    QCOMPARE(late->errorType, QStringLiteral("Sandbox.Timedout"));
    QVERIFY2(object(late->body)
                 .value(QLatin1String("errorMessage"))
                 .toString()
                 .startsWith(QLatin1String("Task timed out after 1.5")),
             late->body.constData());
    QTRY_VERIFY_WITH_TIMEOUT(env.isEnded(), 5000);
    const auto after = test::await(env.invoke(QStringLiteral("r-t2"), "{}", 1000));
    QCOMPARE(after.kind(), ErrorKind::Unreachable);
}

void TestFunctionEnvironment::initErrorFailsTheStart()
{
    FunctionEnvironment env(m_client, config(QStringLiteral("app.nothere")));
    const VoidResult started = test::await(env.start());
    QVERIFY(!started.ok());
    QVERIFY2(
        started.error().startsWith(QLatin1String("Runtime.HandlerNotFound: Handler 'nothere'")),
        qPrintable(started.error()));
}

void TestFunctionEnvironment::codeThatClimbsOutIsRefused()
{
    const auto refused =
        test::await(buildImage(m_client, {kDebian,
                                          Runtime::Python3,
                                          {{QStringLiteral("../../etc/passwd"), "x"}},
                                          QStringLiteral("sloop-test-fn/evil"),
                                          QStringLiteral("1"),
                                          {}}));
    QCOMPARE(refused.kind(), ErrorKind::InvalidInput);
}

QTEST_GUILESS_MAIN(TestFunctionEnvironment)
#include "tst_functionenvironment.moc"
