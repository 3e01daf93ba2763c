// The function environment's agent with Sloop's Python runtime and a custom
// runtime (a shell `bootstrap` using curl against the Runtime API), run as
// real processes: what Lambda gives a handler (the event, the context, its
// errors' shapes, the deadline) and what Sloop gets back (one JSON line per
// log line, result, error).
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

QJsonObject parse(const QByteArray &line)
{
    return QJsonDocument::fromJson(line).object();
}

} // namespace

class TestLambdaAgent : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pythonHandlerGetsEventAndContext();
    void pythonErrorsHaveLambdasShape();
    void importErrorEndsInit_data();
    void importErrorEndsInit();
    void deadlineKillsTheWholeGroup();
    void floodOfLogIsTruncated();
    void customRuntimeSpeaksTheRuntimeApi();

private:
    // Starts the agent on `bootstrap` in `taskRoot` with `handler`.
    void start(QProcess &agent, const QStringList &bootstrap, const QString &taskRoot,
               const QString &handler = QStringLiteral("app.handler"));
    void invoke(QProcess &agent, const QString &id, const QByteArray &payload,
                int timeoutMs = 10000);
    // Frames until one of `type` (that one included); empty when none came.
    QList<QJsonObject> until(QProcess &agent, const QString &type, int ms = 15000);
    QString writeCode(const QString &name, const QByteArray &code);

    QString m_agent;
    QString m_python;
    QTemporaryDir m_dir;
};

void TestLambdaAgent::initTestCase()
{
    m_agent = qEnvironmentVariable("SLOOP_LAMBDA_AGENT");
    QVERIFY2(QFile::exists(m_agent), "SLOOP_LAMBDA_AGENT is not set: run through ctest");
    m_python =
        qEnvironmentVariable("SLOOP_SOURCE_DIR") + QStringLiteral("/runtime/python/bootstrap.py");
    QVERIFY(QFile::exists(m_python));
    QVERIFY(m_dir.isValid());
}

QString TestLambdaAgent::writeCode(const QString &name, const QByteArray &code)
{
    const QString root = m_dir.filePath(name);
    QDir().mkpath(root);
    QFile f(root + QStringLiteral("/app.py"));
    if (f.open(QIODevice::WriteOnly))
        f.write(code);
    return root;
}

void TestLambdaAgent::start(QProcess &agent, const QStringList &bootstrap, const QString &taskRoot,
                            const QString &handler)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LAMBDA_TASK_ROOT"), taskRoot);
    env.insert(QStringLiteral("_HANDLER"), handler);
    env.insert(QStringLiteral("AWS_LAMBDA_FUNCTION_NAME"), QStringLiteral("demo"));
    env.insert(QStringLiteral("AWS_LAMBDA_FUNCTION_MEMORY_SIZE"), QStringLiteral("256"));
    agent.setProcessEnvironment(env);
    agent.setWorkingDirectory(taskRoot);
    agent.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    agent.start(m_agent, QStringList{QStringLiteral("--port"), QStringLiteral("0")} + bootstrap);
    QVERIFY(agent.waitForStarted());
}

void TestLambdaAgent::invoke(QProcess &agent, const QString &id, const QByteArray &payload,
                             int timeoutMs)
{
    const QJsonObject frame{
        {QStringLiteral("type"), QStringLiteral("invoke")},
        {QStringLiteral("requestId"), id},
        {QStringLiteral("deadlineMs"), QDateTime::currentMSecsSinceEpoch() + timeoutMs},
        {QStringLiteral("functionArn"),
         QStringLiteral("arn:sloop:lambda:local:000000000000:function:demo")},
        {QStringLiteral("payload"), QString::fromUtf8(payload)}};
    agent.write(QJsonDocument(frame).toJson(QJsonDocument::Compact) + '\n');
}

QList<QJsonObject> TestLambdaAgent::until(QProcess &agent, const QString &type, int ms)
{
    QList<QJsonObject> frames;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < ms) {
        if (!agent.canReadLine() && !agent.waitForReadyRead(200) && !agent.canReadLine())
            continue;
        while (agent.canReadLine()) {
            frames.append(parse(agent.readLine()));
            if (frames.last().value(QLatin1String("type")).toString() == type)
                return frames;
        }
    }
    return {};
}

void TestLambdaAgent::pythonHandlerGetsEventAndContext()
{
    const QString root = writeCode(QStringLiteral("ctx"), R"(import json, os
def handler(event, context):
    print("log line for", context.aws_request_id)
    return {
        "event": event,
        "name": context.function_name,
        "memory": context.memory_limit_in_mb,
        "arn": context.invoked_function_arn,
        "left": context.get_remaining_time_in_millis(),
        "api": os.environ["AWS_LAMBDA_RUNTIME_API"].startswith("127.0.0.1:"),
    }
)");
    QProcess agent;
    start(agent, {QStringLiteral("python3"), m_python}, root);
    const auto ready = until(agent, QStringLiteral("ready"));
    QVERIFY(!ready.isEmpty());
    QVERIFY(ready.last().value(QLatin1String("initMs")).toInt() >= 0);

    invoke(agent, QStringLiteral("req-1"), R"({"key":"value","n":[1,2,3]})", 5000);
    const auto frames = until(agent, QStringLiteral("result"));
    QVERIFY(!frames.isEmpty());
    // The handler's log line comes before its result.
    QCOMPARE(frames.first().value(QLatin1String("text")).toString(),
             QStringLiteral("log line for req-1"));
    const QJsonObject result = frames.last();
    QCOMPARE(result.value(QLatin1String("requestId")).toString(), QStringLiteral("req-1"));
    const QJsonObject body =
        QJsonDocument::fromJson(result.value(QLatin1String("body")).toString().toUtf8()).object();
    QCOMPARE(body.value(QLatin1String("event")).toObject().value(QLatin1String("key")).toString(),
             QStringLiteral("value"));
    QCOMPARE(body.value(QLatin1String("name")).toString(), QStringLiteral("demo"));
    QCOMPARE(body.value(QLatin1String("memory")).toString(), QStringLiteral("256"));
    QVERIFY(body.value(QLatin1String("arn")).toString().endsWith(QLatin1String(":function:demo")));
    const int left = body.value(QLatin1String("left")).toInt();
    QVERIFY2(left > 3000 && left <= 5000, qPrintable(QString::number(left)));
    QVERIFY(body.value(QLatin1String("api")).toBool());

    // Warm: the same process serves the next one.
    invoke(agent, QStringLiteral("req-2"), "42");
    const auto second = until(agent, QStringLiteral("result"));
    QVERIFY(!second.isEmpty());
    QCOMPARE(second.last().value(QLatin1String("requestId")).toString(), QStringLiteral("req-2"));
    agent.closeWriteChannel(); // Sloop ends the environment
    QVERIFY(agent.waitForFinished(5000));
    QCOMPARE(agent.exitCode(), 0);
}

void TestLambdaAgent::pythonErrorsHaveLambdasShape()
{
    const QString root = writeCode(QStringLiteral("errors"), R"(
class OutOfStock(Exception):
    pass
def handler(event, context):
    raise OutOfStock("no more " + event["item"])
)");
    QProcess agent;
    start(agent, {QStringLiteral("python3"), m_python}, root);
    invoke(agent, QStringLiteral("req-e"), R"({"item":"apples"})");
    const auto frames = until(agent, QStringLiteral("error"));
    QVERIFY(!frames.isEmpty());
    const QJsonObject error = frames.last();
    QCOMPARE(error.value(QLatin1String("errorType")).toString(), QStringLiteral("Unhandled"));
    const QJsonObject body =
        QJsonDocument::fromJson(error.value(QLatin1String("body")).toString().toUtf8()).object();
    QCOMPARE(body.value(QLatin1String("errorType")).toString(), QStringLiteral("OutOfStock"));
    QCOMPARE(body.value(QLatin1String("errorMessage")).toString(),
             QStringLiteral("no more apples"));
    const QString trace =
        body.value(QLatin1String("stackTrace")).toVariant().toStringList().join(QLatin1Char('\n'));
    QVERIFY2(trace.contains(QLatin1String("app.py")), qPrintable(trace));
    QVERIFY2(!trace.contains(QLatin1String("bootstrap.py")), qPrintable(trace));
    // The environment lives on after a handler's error.
    invoke(agent, QStringLiteral("req-e2"), R"({"item":"pears"})");
    QVERIFY(!until(agent, QStringLiteral("error")).isEmpty());
}

void TestLambdaAgent::importErrorEndsInit_data()
{
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<QString>("handler");
    QTest::addColumn<QString>("errorType");
    QTest::addColumn<QString>("message");
    QTest::newRow("no module") << QByteArray("x = 1\n") << QStringLiteral("nothere.handler")
                               << QStringLiteral("Runtime.ImportModuleError")
                               << QStringLiteral("Unable to import module 'nothere'");
    QTest::newRow("no function") << QByteArray("x = 1\n") << QStringLiteral("app.handler")
                                 << QStringLiteral("Runtime.HandlerNotFound")
                                 << QStringLiteral("Handler 'handler' missing on module 'app'");
    QTest::newRow("syntax") << QByteArray("def handler(:\n") << QStringLiteral("app.handler")
                            << QStringLiteral("Runtime.UserCodeSyntaxError")
                            << QStringLiteral("Syntax error in module 'app'");
    QTest::newRow("malformed") << QByteArray("x = 1\n") << QStringLiteral("handler")
                               << QStringLiteral("Runtime.MalformedHandlerName")
                               << QStringLiteral("Bad handler 'handler'");
}

void TestLambdaAgent::importErrorEndsInit()
{
    QFETCH(QByteArray, code);
    QFETCH(QString, handler);
    QFETCH(QString, errorType);
    QFETCH(QString, message);
    const QString root =
        writeCode(QStringLiteral("init-") + QString::fromLatin1(QTest::currentDataTag())
                                                .replace(QLatin1Char(' '), QLatin1Char('-')),
                  code);
    QProcess agent;
    start(agent, {QStringLiteral("python3"), m_python}, root, handler);
    const auto frames = until(agent, QStringLiteral("exit"));
    QVERIFY(!frames.isEmpty());
    QJsonObject initError;
    for (const QJsonObject &f : frames)
        if (f.value(QLatin1String("type")).toString() == QLatin1String("initError"))
            initError = f;
    QCOMPARE(initError.value(QLatin1String("errorType")).toString(), errorType);
    const QJsonObject body =
        QJsonDocument::fromJson(initError.value(QLatin1String("body")).toString().toUtf8())
            .object();
    QVERIFY2(body.value(QLatin1String("errorMessage")).toString().startsWith(message),
             qPrintable(body.value(QLatin1String("errorMessage")).toString()));
    QVERIFY(agent.waitForFinished(5000));
}

void TestLambdaAgent::deadlineKillsTheWholeGroup()
{
    // The handler starts a child that would outlive it; both go.
    const QString marker = m_dir.filePath(QStringLiteral("child-alive"));
    const QString root = writeCode(QStringLiteral("slow"), QStringLiteral(R"(import subprocess, time
def handler(event, context):
    subprocess.Popen(["sh", "-c", "sleep 3; touch %1"])
    time.sleep(30)
)")
                                                               .arg(marker)
                                                               .toUtf8());
    QProcess agent;
    start(agent, {QStringLiteral("python3"), m_python}, root);
    QVERIFY(!until(agent, QStringLiteral("ready")).isEmpty());
    invoke(agent, QStringLiteral("req-t"), "{}", 1000);
    const auto frames = until(agent, QStringLiteral("exit"));
    QVERIFY(!frames.isEmpty());
    QJsonObject error;
    for (const QJsonObject &f : frames)
        if (f.value(QLatin1String("type")).toString() == QLatin1String("error"))
            error = f;
    QCOMPARE(error.value(QLatin1String("errorType")).toString(),
             QStringLiteral("Sandbox.Timedout"));
    const QString text =
        QJsonDocument::fromJson(error.value(QLatin1String("body")).toString().toUtf8())
            .object()
            .value(QLatin1String("errorMessage"))
            .toString();
    QVERIFY2(text.startsWith(QLatin1String("Task timed out after 1.0")), qPrintable(text));
    QVERIFY(agent.waitForFinished(5000));
    // The child (sh -c "sleep 3; touch MARKER") is gone with its group.
    const auto childAlive = [&marker] {
        for (const QString &pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
            QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
            if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains(marker.toUtf8()))
                return true;
        }
        return false;
    };
    QTRY_VERIFY2_WITH_TIMEOUT(!childAlive(), "the handler's child outlived the timeout", 10000);
    QVERIFY(!QFile::exists(marker));
}

void TestLambdaAgent::floodOfLogIsTruncated()
{
    const QString root = writeCode(QStringLiteral("flood"), R"(import sys
def handler(event, context):
    for i in range(200000):
        print("x" * 60, i)
    return "done"
)");
    QProcess agent;
    start(agent, {QStringLiteral("python3"), m_python}, root);
    invoke(agent, QStringLiteral("req-f"), "{}", 30000);
    const auto frames = until(agent, QStringLiteral("result"), 30000);
    QVERIFY(!frames.isEmpty());
    int logs = 0;
    bool truncated = false;
    for (const QJsonObject &f : frames) {
        if (f.value(QLatin1String("type")).toString() != QLatin1String("log"))
            continue;
        ++logs;
        truncated = truncated ||
                    f.value(QLatin1String("text")).toString().contains(QLatin1String("truncated"));
    }
    QVERIFY(truncated);
    QVERIFY2(logs < 20000, qPrintable(QString::number(logs))); // 1 MiB of 64-byte lines
    QCOMPARE(frames.last().value(QLatin1String("body")).toString(), QStringLiteral("\"done\""));
}

void TestLambdaAgent::customRuntimeSpeaksTheRuntimeApi()
{
    // A `bootstrap` as AWS documents custom runtimes: a shell loop with curl.
    const QString root = m_dir.filePath(QStringLiteral("custom"));
    QDir().mkpath(root);
    QFile bootstrap(root + QStringLiteral("/bootstrap"));
    QVERIFY(bootstrap.open(QIODevice::WriteOnly));
    bootstrap.write(R"(#!/bin/sh
set -eu
api="http://${AWS_LAMBDA_RUNTIME_API}/2018-06-01/runtime"
while true; do
    headers=$(mktemp)
    event=$(curl -sS -D "$headers" "$api/invocation/next")
    id=$(grep -i '^Lambda-Runtime-Aws-Request-Id:' "$headers" | tr -d '\r' | cut -d' ' -f2)
    echo "handling $id"
    upper=$(printf '%s' "$event" | tr 'a-z' 'A-Z')
    curl -sS -X POST -d "$upper" "$api/invocation/$id/response" >/dev/null
done
)");
    bootstrap.close();
    QVERIFY(bootstrap.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    QProcess agent;
    start(agent, {root + QStringLiteral("/bootstrap")}, root, QStringLiteral("function.handler"));
    invoke(agent, QStringLiteral("req-c"), R"({"word":"shout"})");
    const auto frames = until(agent, QStringLiteral("result"));
    QVERIFY(!frames.isEmpty());
    QCOMPARE(frames.last().value(QLatin1String("body")).toString(),
             QStringLiteral(R"({"WORD":"SHOUT"})"));
    bool logged = false;
    for (const QJsonObject &f : frames)
        logged =
            logged || f.value(QLatin1String("text")).toString() == QLatin1String("handling req-c");
    QVERIFY(logged);
}

QTEST_GUILESS_MAIN(TestLambdaAgent)
#include "tst_lambdaagent.moc"
