// `sloop functions ...` run as processes with private XDG folders against
// the real dockerd: create from a folder, list, show, invoke (cold here,
// warm through a running `sloop serve`), a custom runtime whose bootstrap is
// a shell script calling the Runtime API with curl, logs, deploy, a
// schedule fired by the serve, rm, and the exit status of each kind of bad
// input.
#include "cliprocess.h"
#include "engine/dockerclient.h"
#include "sloopprocesses.h"
#include "testsupport.h"
#include "zipfiles.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sloop;
using test::describe;

namespace {

const QByteArray kHello = R"(def handler(event, context):
    print("hello from", context.function_name)
    if event.get("fail"):
        raise RuntimeError("it failed")
    return {"greeting": "hello " + event.get("name", "world")}
)";

// A custom runtime: Lambda's Runtime API spoken by a shell script with curl.
// (Plain literals: moc reads a raw string's "#!" line as a directive.)
const QByteArray kBootstrap = "#!/bin/sh\n"
                              "set -eu\n"
                              "api=\"http://${AWS_LAMBDA_RUNTIME_API}/2018-06-01/runtime\"\n"
                              "while true; do\n"
                              "    headers=$(mktemp)\n"
                              "    event=$(curl -sS -D \"$headers\" \"$api/invocation/next\")\n"
                              "    id=$(grep -i '^Lambda-Runtime-Aws-Request-Id:' \"$headers\" | "
                              "tr -d '\\r' | cut -d' ' -f2)\n"
                              "    echo \"shell runtime got $event\"\n"
                              "    curl -sS -X POST \"$api/invocation/$id/response\" -d "
                              "\"{\\\"shell\\\":true,\\\"event\\\":$event}\" >/dev/null\n"
                              "done\n";

void write(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

} // namespace

class TestCliFunctions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void createListShow();
    void invokeColdPrintsTheResult();
    void invokeErrorsExitWithTheirKind();
    void invokeThroughServeIsWarm();
    void customRuntimeWithCurl();
    void logsAndDeploy();
    void configureChangesWhatIsAsked();
    void logsFilterAndFollow();
    void publishAliasAndQualifier();
    void asyncWaitsForTheOwner();
    void schedulesFireThroughServe();
    void bucketsAddTriggerRemove();
    void badInput();
    void removeLeavesNothing();

private:
    test::CliOutcome sloop(const QStringList &args, int ms = 120000)
    {
        return test::runCli(m_binary, args, m_env, ms);
    }
    int functionContainers();

    QString m_binary;
    std::unique_ptr<test::IsolatedXdg> m_xdg;
    QProcessEnvironment m_env;
    QTemporaryDir m_code;
    QString m_name;
    engine::DockerClient *m_client = nullptr;
    test::SloopProcesses m_processes;
};

void TestCliFunctions::initTestCase()
{
    m_binary = qEnvironmentVariable("SLOOP_BINARY");
    QVERIFY2(!m_binary.isEmpty(), "SLOOP_BINARY is not set: run the suite through ctest");
    auto connected = test::connectTestEngine(this);
    QVERIFY2(connected.ok(), qPrintable(connected.error()));
    m_client = *connected;
    m_xdg = std::make_unique<test::IsolatedXdg>();
    m_env = QProcessEnvironment::systemEnvironment();
    m_processes.setup(m_binary, m_env);
    write(m_code.filePath(QStringLiteral("hello/app.py")), kHello);
    write(m_code.filePath(QStringLiteral("shell/bootstrap")), kBootstrap);
    m_name = test::uniqueName(QStringLiteral("clifn"));
}

void TestCliFunctions::cleanupTestCase()
{
    m_processes.killAll();
    sloop({QStringLiteral("functions"), QStringLiteral("rm"), m_name,
           m_name + QStringLiteral("-sh")});
}

int TestCliFunctions::functionContainers()
{
    const auto list = test::await(m_client->listContainers(
        true, {{QStringLiteral("label"), {QStringLiteral("sloop.function")}}}));
    if (!list)
        return -1;
    int n = 0;
    for (const auto &c : *list)
        n += c.labels.value(QStringLiteral("sloop.function")).startsWith(m_name) ? 1 : 0;
    return n;
}

void TestCliFunctions::createListShow()
{
    const auto created =
        sloop({QStringLiteral("functions"), QStringLiteral("create"), m_name,
               QStringLiteral("--code"), m_code.filePath(QStringLiteral("hello")),
               QStringLiteral("--memory"), QStringLiteral("256"), QStringLiteral("-e"),
               QStringLiteral("GREETING=hi"), QStringLiteral("--json")});
    QVERIFY2(created.exitCode == 0, qPrintable(describe(created)));
    const QJsonArray made = QJsonDocument::fromJson(created.out).array();
    QCOMPARE(made.size(), 1);
    QCOMPARE(made.at(0)[QLatin1String("memoryMiB")].toInt(), 256);
    QCOMPARE(made.at(0)[QLatin1String("runtime")].toString(), QStringLiteral("python3"));

    const auto listed = sloop({QStringLiteral("functions"), QStringLiteral("ls")});
    QVERIFY2(listed.exitCode == 0 && listed.out.contains(m_name.toUtf8()) &&
                 listed.out.contains("256 MB"),
             qPrintable(describe(listed)));
    const auto shown = sloop(
        {QStringLiteral("functions"), QStringLiteral("show"), m_name, QStringLiteral("--json")});
    QVERIFY2(shown.exitCode == 0, qPrintable(describe(shown)));
    const QJsonObject o = QJsonDocument::fromJson(shown.out).object();
    QCOMPARE(o[QLatin1String("environment")][QLatin1String("GREETING")].toString(),
             QStringLiteral("hi"));
    QCOMPARE(o[QLatin1String("arn")].toString(),
             QStringLiteral("arn:sloop:lambda:local:000000000000:function:") + m_name);

    const auto again = sloop({QStringLiteral("functions"), QStringLiteral("create"), m_name,
                              QStringLiteral("--code"), m_code.filePath(QStringLiteral("hello"))});
    QCOMPARE(again.exitCode, 4); // conflict
}

void TestCliFunctions::invokeColdPrintsTheResult()
{
    const auto done = sloop({QStringLiteral("functions"), QStringLiteral("invoke"), m_name,
                             QStringLiteral("--payload"), QStringLiteral(R"({"name":"cli"})"),
                             QStringLiteral("--log")});
    QVERIFY2(done.exitCode == 0, qPrintable(describe(done)));
    QCOMPARE(QJsonDocument::fromJson(done.out).object()[QLatin1String("greeting")].toString(),
             QStringLiteral("hello cli"));
    QVERIFY2(done.err.startsWith("START RequestId: ") && done.err.contains("hello from ") &&
                 done.err.contains("\nREPORT RequestId: ") && done.err.contains("Init Duration: "),
             qPrintable(describe(done)));
    // The environment it started went with it.
    QCOMPARE(functionContainers(), 0);
    // What it would cost on Lambda this month.
    const auto cost = sloop(
        {QStringLiteral("functions"), QStringLiteral("cost"), m_name, QStringLiteral("--json")});
    QVERIFY2(cost.exitCode == 0, qPrintable(describe(cost)));
    const QJsonObject row = QJsonDocument::fromJson(cost.out).array()[0].toObject();
    QCOMPARE(row[QLatin1String("requests")].toInt(), 1);
    QVERIFY(row[QLatin1String("lambdaX86")].toDouble() > 0);
    QCOMPARE(row[QLatin1String("afterFreeTierX86")].toDouble(), 0.0);
    QVERIFY(row[QLatin1String("here")].isNull()); // no cost stated for the engine
}

void TestCliFunctions::invokeErrorsExitWithTheirKind()
{
    const auto failed = sloop({QStringLiteral("functions"), QStringLiteral("invoke"), m_name,
                               QStringLiteral("--payload"), QStringLiteral(R"({"fail":1})")});
    QCOMPARE(failed.exitCode, 1);
    const QJsonObject error = QJsonDocument::fromJson(failed.out).object();
    QCOMPARE(error[QLatin1String("errorType")].toString(), QStringLiteral("RuntimeError"));
    QCOMPARE(error[QLatin1String("errorMessage")].toString(), QStringLiteral("it failed"));

    const auto notJson = sloop({QStringLiteral("functions"), QStringLiteral("invoke"), m_name,
                                QStringLiteral("--payload"), QStringLiteral("{nope")});
    QVERIFY2(notJson.exitCode == 9 && notJson.err.contains("Could not parse request body"),
             qPrintable(describe(notJson)));
    const auto missing = sloop({QStringLiteral("functions"), QStringLiteral("invoke"),
                                QStringLiteral("no-such-function")});
    QVERIFY2(missing.exitCode == 3 && missing.err.contains("Function not found"),
             qPrintable(describe(missing)));
}

void TestCliFunctions::invokeThroughServeIsWarm()
{
    QProcess *serve = m_processes.startServe();
    QVERIFY(serve);
    const QStringList invoke{QStringLiteral("functions"), QStringLiteral("invoke"), m_name,
                             QStringLiteral("--json"), QStringLiteral("--verbose")};
    const auto first = sloop(invoke);
    QVERIFY2(first.exitCode == 0 && first.err.contains("asked the owner"),
             qPrintable(describe(first)));
    QVERIFY(QJsonDocument::fromJson(first.out).object().contains(QLatin1String("initMs")));
    const auto second = sloop(invoke);
    QVERIFY2(second.exitCode == 0, qPrintable(describe(second)));
    const QJsonObject warm = QJsonDocument::fromJson(second.out).object();
    QVERIFY2(!warm.contains(QLatin1String("initMs")), qPrintable(describe(second)));
    QCOMPARE(warm[QLatin1String("ok")].toBool(), true);
    // The serve keeps it warm; when it ends, its environments go.
    QCOMPARE(functionContainers(), 1);
    serve->terminate();
    QVERIFY(serve->waitForFinished(20000));
    QTRY_COMPARE_WITH_TIMEOUT(functionContainers(), 0, 20000);
}

void TestCliFunctions::customRuntimeWithCurl()
{
    const QString name = m_name + QStringLiteral("-sh");
    const auto created = sloop(
        {QStringLiteral("functions"), QStringLiteral("create"), name, QStringLiteral("--runtime"),
         QStringLiteral("provided"), QStringLiteral("--handler"), QStringLiteral("unused"),
         QStringLiteral("--code"), m_code.filePath(QStringLiteral("shell"))});
    QVERIFY2(created.exitCode == 0, qPrintable(describe(created)));
    const auto done =
        sloop({QStringLiteral("functions"), QStringLiteral("invoke"), name,
               QStringLiteral("--payload"), QStringLiteral(R"({"n":7})"), QStringLiteral("--log")});
    QVERIFY2(done.exitCode == 0, qPrintable(describe(done)));
    const QJsonObject o = QJsonDocument::fromJson(done.out).object();
    QCOMPARE(o[QLatin1String("shell")].toBool(), true);
    QCOMPARE(o[QLatin1String("event")][QLatin1String("n")].toInt(), 7);
    QVERIFY2(done.err.contains("shell runtime got {\"n\":7}"), qPrintable(describe(done)));
}

void TestCliFunctions::logsAndDeploy()
{
    const auto logs = sloop({QStringLiteral("functions"), QStringLiteral("logs"), m_name,
                             QStringLiteral("--limit"), QStringLiteral("2")});
    QVERIFY2(logs.exitCode == 0, qPrintable(describe(logs)));
    QCOMPARE(logs.out.count("START RequestId: "), 2);
    QCOMPARE(logs.out.count("REPORT RequestId: "), 2);

    // From a .zip, as it would be uploaded to Lambda, then from a folder.
    QByteArray v3 = kHello;
    v3.replace("hello ", "hola ");
    const QString zip = m_code.filePath(QStringLiteral("hello3.zip"));
    QVERIFY(test::makeZip(zip, QStringLiteral("app.py"), v3));
    const auto zipped = sloop({QStringLiteral("functions"), QStringLiteral("deploy"), m_name,
                               QStringLiteral("--code"), zip});
    QVERIFY2(zipped.exitCode == 0, qPrintable(describe(zipped)));
    const auto again = sloop({QStringLiteral("functions"), QStringLiteral("invoke"), m_name});
    QVERIFY2(again.exitCode == 0, qPrintable(describe(again)));
    QCOMPARE(QJsonDocument::fromJson(again.out).object()[QLatin1String("greeting")].toString(),
             QStringLiteral("hola world"));

    QByteArray v2 = kHello;
    v2.replace("hello ", "bonjour ");
    write(m_code.filePath(QStringLiteral("hello2/app.py")), v2);
    const auto deployed =
        sloop({QStringLiteral("functions"), QStringLiteral("deploy"), m_name,
               QStringLiteral("--code"), m_code.filePath(QStringLiteral("hello2"))});
    QVERIFY2(deployed.exitCode == 0, qPrintable(describe(deployed)));
    const auto done = sloop({QStringLiteral("functions"), QStringLiteral("invoke"), m_name});
    QVERIFY2(done.exitCode == 0, qPrintable(describe(done)));
    QCOMPARE(QJsonDocument::fromJson(done.out).object()[QLatin1String("greeting")].toString(),
             QStringLiteral("bonjour world"));
}

void TestCliFunctions::configureChangesWhatIsAsked()
{
    const QString fn = QStringLiteral("functions");
    const auto configured =
        sloop({fn, QStringLiteral("configure"), m_name, QStringLiteral("--memory"),
               QStringLiteral("192"), QStringLiteral("-e"), QStringLiteral("COLOR=blue"),
               QStringLiteral("--unset-env"), QStringLiteral("GREETING"),
               QStringLiteral("--concurrency"), QStringLiteral("3"), QStringLiteral("--json")});
    QVERIFY2(configured.exitCode == 0, qPrintable(describe(configured)));
    const QJsonObject o = QJsonDocument::fromJson(configured.out).array().at(0).toObject();
    QCOMPARE(o[QLatin1String("memoryMiB")].toInt(), 192);
    QCOMPARE(o[QLatin1String("reservedConcurrency")].toInt(), 3);
    QCOMPARE(o[QLatin1String("environment")][QLatin1String("COLOR")].toString(),
             QStringLiteral("blue"));
    QVERIFY(!o[QLatin1String("environment")].toObject().contains(QLatin1String("GREETING")));
    // The environment sees the new variable at once.
    const auto done = sloop({fn, QStringLiteral("invoke"), m_name, QStringLiteral("--log")});
    QVERIFY2(done.exitCode == 0, qPrintable(describe(done)));
    QVERIFY2(done.err.contains("Memory Size: 192 MB"), qPrintable(describe(done)));
    // A network the engine lacks, and the runtime (the image's), are refused.
    const auto lost = sloop({fn, QStringLiteral("configure"), m_name, QStringLiteral("--network"),
                             QStringLiteral("no-such-network-here")});
    QVERIFY2(lost.exitCode == 3 && lost.err.contains("no-such-network-here"),
             qPrintable(describe(lost)));
    const auto runtime = sloop({fn, QStringLiteral("configure"), m_name,
                                QStringLiteral("--runtime"), QStringLiteral("nodejs")});
    QCOMPARE(runtime.exitCode, 2);
    const auto back = sloop({fn, QStringLiteral("configure"), m_name, QStringLiteral("--unreserve"),
                             QStringLiteral("--memory"), QStringLiteral("128")});
    QVERIFY2(back.exitCode == 0, qPrintable(describe(back)));
}

void TestCliFunctions::logsFilterAndFollow()
{
    const QString fn = QStringLiteral("functions");
    // kHello prints "hello from NAME" (deployed since as "bonjour from NAME").
    const auto some = sloop({fn, QStringLiteral("logs"), m_name, QStringLiteral("--filter"),
                             QStringLiteral("\"hello from\" -nothing"), QStringLiteral("--json")});
    QVERIFY2(some.exitCode == 0, qPrintable(describe(some)));
    QVERIFY(!QJsonDocument::fromJson(some.out).array().isEmpty());
    const auto none = sloop({fn, QStringLiteral("logs"), m_name, QStringLiteral("--filter"),
                             QStringLiteral("no-line-says-this"), QStringLiteral("--json")});
    QVERIFY2(none.exitCode == 0, qPrintable(describe(none)));
    QCOMPARE(QJsonDocument::fromJson(none.out).array().size(), 0);
    const auto since = sloop(
        {fn, QStringLiteral("logs"), m_name, QStringLiteral("--since"), QStringLiteral("soon")});
    QCOMPARE(since.exitCode, 2);

    // Followed: what comes after the start is printed as it is stored.
    QProcess *tail = m_processes.start({fn, QStringLiteral("logs"), m_name, QStringLiteral("-f"),
                                        QStringLiteral("--filter"), QStringLiteral("from"),
                                        QStringLiteral("--limit"), QStringLiteral("1")});
    QVERIFY(tail);
    // It prints the latest matching one first (as tail -f does), then waits.
    QByteArray before;
    QTRY_VERIFY_WITH_TIMEOUT(
        (before += tail->readAllStandardOutput()).contains("REPORT RequestId:"), 10000);
    QVERIFY2(before.contains(" from "), before.constData());
    const auto done = sloop({fn, QStringLiteral("invoke"), m_name});
    QVERIFY2(done.exitCode == 0, qPrintable(describe(done)));
    QByteArray seen;
    QDeadlineTimer deadline(15000);
    while (!seen.contains("REPORT RequestId:") && !deadline.hasExpired()) {
        tail->waitForReadyRead(200);
        seen += tail->readAllStandardOutput();
    }
    QVERIFY2(seen.contains("bonjour from") && seen.contains("REPORT RequestId:"),
             QByteArray(seen + tail->readAllStandardError() + describe(done).toUtf8()).constData());
    QCOMPARE(seen.count("START RequestId:"), 1);
    tail->terminate();
    QVERIFY(tail->waitForFinished(10000));
    QCOMPARE(tail->exitCode(), 0);
}

void TestCliFunctions::publishAliasAndQualifier()
{
    const QString fn = QStringLiteral("functions");
    const auto published = sloop({fn, QStringLiteral("publish"), m_name});
    QVERIFY2(published.exitCode == 0 && published.out.trimmed() == "1",
             qPrintable(describe(published)));
    const auto alias = sloop({fn, QStringLiteral("alias"), m_name, QStringLiteral("live"),
                              QStringLiteral("--version"), QStringLiteral("1")});
    QVERIFY2(alias.exitCode == 0, qPrintable(describe(alias)));
    // $LATEST moves on; the alias stays on version 1's code.
    const auto deployed = sloop({fn, QStringLiteral("deploy"), m_name, QStringLiteral("--code"),
                                 m_code.filePath(QStringLiteral("hello"))});
    QVERIFY2(deployed.exitCode == 0, qPrintable(describe(deployed)));
    const auto viaAlias = sloop({fn, QStringLiteral("invoke"), m_name, QStringLiteral("-q"),
                                 QStringLiteral("live"), QStringLiteral("--json")});
    QVERIFY2(viaAlias.exitCode == 0, qPrintable(describe(viaAlias)));
    const QJsonObject o = QJsonDocument::fromJson(viaAlias.out).object();
    QCOMPARE(o[QLatin1String("version")].toString(), QStringLiteral("1"));
    QVERIFY(o[QLatin1String("result")].toString().contains(QLatin1String("bonjour world")));
    const auto latest = sloop({fn, QStringLiteral("invoke"), m_name});
    QCOMPARE(QJsonDocument::fromJson(latest.out).object()[QLatin1String("greeting")].toString(),
             QStringLiteral("hello world"));
    const auto versions = sloop({fn, QStringLiteral("versions"), m_name, QStringLiteral("--json")});
    const QJsonObject v = QJsonDocument::fromJson(versions.out).object();
    QCOMPARE(v[QLatin1String("versions")].toArray().size(), 1);
    QCOMPARE(v[QLatin1String("aliases")].toArray().at(0)[QLatin1String("name")].toString(),
             QStringLiteral("live"));
    const auto missing =
        sloop({fn, QStringLiteral("invoke"), m_name, QStringLiteral("-q"), QStringLiteral("beta")});
    QCOMPARE(missing.exitCode, 3);
}

void TestCliFunctions::asyncWaitsForTheOwner()
{
    const QString functions = QStringLiteral("functions");
    const auto config =
        sloop({functions, QStringLiteral("async-config"), m_name, QStringLiteral("--retries"),
               QStringLiteral("1"), QStringLiteral("--on-failure"), QStringLiteral("dead"),
               QStringLiteral("--json")});
    QVERIFY2(config.exitCode == 9 && config.err.contains("absolute"), qPrintable(describe(config)));
    const auto set =
        sloop({functions, QStringLiteral("async-config"), m_name, QStringLiteral("--retries"),
               QStringLiteral("1"), QStringLiteral("--json")});
    QVERIFY2(set.exitCode == 0, qPrintable(describe(set)));
    QCOMPARE(
        QJsonDocument::fromJson(set.out).object()[QLatin1String("maximumRetryAttempts")].toInt(),
        1);

    // No owner: queued in the store, and said so.
    const auto queued = sloop({functions, QStringLiteral("invoke"), m_name,
                               QStringLiteral("--async"), QStringLiteral("--payload"),
                               QStringLiteral(R"({"name":"later"})"), QStringLiteral("--json")});
    QVERIFY2(queued.exitCode == 0 && queued.err.contains("queued"), qPrintable(describe(queued)));
    const QJsonObject reply = QJsonDocument::fromJson(queued.out).object();
    QCOMPARE(reply[QLatin1String("statusCode")].toInt(), 202);
    QVERIFY(reply[QLatin1String("waitsForOwner")].toBool());
    const QStringList queue{functions, QStringLiteral("queue"), QStringLiteral("--json")};
    const QJsonArray waiting = QJsonDocument::fromJson(sloop(queue).out).array();
    QCOMPARE(waiting.size(), 1);
    QCOMPARE(waiting[0].toObject()[QLatin1String("requestId")].toString(),
             reply[QLatin1String("requestId")].toString());
    const auto bad = sloop({functions, QStringLiteral("invoke"), m_name, QStringLiteral("--async"),
                            QStringLiteral("--payload"), QStringLiteral("nope")});
    QCOMPARE(bad.exitCode, 9);

    // A serve takes the data folder and runs it.
    QProcess *serve = m_processes.startServe();
    QVERIFY(serve);
    QTRY_VERIFY_WITH_TIMEOUT(QJsonDocument::fromJson(sloop(queue).out).array().isEmpty(), 60000);
    const auto logs = sloop({functions, QStringLiteral("logs"), m_name, QStringLiteral("--limit"),
                             QStringLiteral("1")});
    QVERIFY2(logs.out.contains("hello from"), qPrintable(describe(logs)));
    // With the owner there, --async goes through it.
    const auto direct = sloop({functions, QStringLiteral("invoke"), m_name,
                               QStringLiteral("--async"), QStringLiteral("--json")});
    QVERIFY2(direct.exitCode == 0 && !direct.err.contains("queued"), qPrintable(describe(direct)));
    QVERIFY(!QJsonDocument::fromJson(direct.out).object()[QLatin1String("waitsForOwner")].toBool());
    QTRY_VERIFY_WITH_TIMEOUT(QJsonDocument::fromJson(sloop(queue).out).array().isEmpty(), 60000);
    serve->terminate();
    QVERIFY(serve->waitForFinished(20000));
    // What the serve ran is in the metric store, as Lambda's metrics (the
    // minute in progress is written when the serve stops).
    const auto metrics = sloop({QStringLiteral("metrics"), QStringLiteral("function/") + m_name,
                                QStringLiteral("--metric"), QStringLiteral("invocations"),
                                QStringLiteral("--json")});
    QVERIFY2(metrics.exitCode == 0, qPrintable(describe(metrics)));
    QVERIFY2(metrics.out.contains("\"points\""), qPrintable(describe(metrics)));
    double invocations = 0;
    for (const QJsonValue &p :
         QJsonDocument::fromJson(metrics.out).object()[QLatin1String("points")].toArray())
        invocations += p.toObject()[QLatin1String("avg")].toDouble();
    QVERIFY2(invocations >= 2, qPrintable(describe(metrics)));
}

void TestCliFunctions::schedulesFireThroughServe()
{
    const QString schedules = QStringLiteral("schedules");
    // The next fires of an expression, without storing anything.
    const auto next =
        sloop({schedules, QStringLiteral("next"), QStringLiteral("cron(30 2 * * ? *)"),
               QStringLiteral("--timezone"), QStringLiteral("Europe/Berlin"), QStringLiteral("-n"),
               QStringLiteral("3"), QStringLiteral("--json")});
    QVERIFY2(next.exitCode == 0, qPrintable(describe(next)));
    const QJsonArray fires = QJsonDocument::fromJson(next.out).array();
    QCOMPARE(fires.size(), 3);
    QVERIFY2(
        fires[0].toObject()[QLatin1String("local")].toString().contains(QLatin1String("T02:30")),
        qPrintable(describe(next)));

    // Unix cron's five fields, and a function that is not there.
    const auto unix =
        sloop({schedules, QStringLiteral("add"), QStringLiteral("bad"), QStringLiteral("-e"),
               QStringLiteral("cron(0 2 * * *)"), QStringLiteral("-f"), m_name});
    QVERIFY2(unix.exitCode == 9 && unix.err.contains("six fields"), qPrintable(describe(unix)));
    const auto nobody = sloop({schedules, QStringLiteral("add"), QStringLiteral("bad"),
                               QStringLiteral("-e"), QStringLiteral("rate(1 hour)"),
                               QStringLiteral("-f"), m_name + QStringLiteral("-none")});
    QCOMPARE(nobody.exitCode, 3);

    // With a serve owning the data folder, a new rate schedule fires at
    // once (a rate's first fire is its start): the serve is told and
    // invokes the function for real.
    QProcess *serve = m_processes.startServe();
    QVERIFY(serve);
    const auto added = sloop({schedules, QStringLiteral("add"), QStringLiteral("hourly"),
                              QStringLiteral("-e"), QStringLiteral("rate(1 hour)"),
                              QStringLiteral("-f"), m_name, QStringLiteral("--input"),
                              QStringLiteral("{\"name\":\"schedule\"}"), QStringLiteral("--json")});
    QVERIFY2(added.exitCode == 0, qPrintable(describe(added)));
    QCOMPARE(
        QJsonDocument::fromJson(added.out).object()[QLatin1String("nextFires")].toArray().size(),
        3);
    const QStringList runs{schedules, QStringLiteral("runs"), QStringLiteral("hourly"),
                           QStringLiteral("--json")};
    // Queued as an Event invocation, then settled by the serve's dispatcher.
    QTRY_VERIFY_WITH_TIMEOUT(QJsonDocument::fromJson(sloop(runs).out)
                                     .array()
                                     .first()
                                     .toObject()[QLatin1String("outcome")]
                                     .toString() == QLatin1String("succeeded"),
                             60000);
    QCOMPARE(QJsonDocument::fromJson(sloop(runs).out).array().size(), 1);
    const QJsonObject run = QJsonDocument::fromJson(sloop(runs).out).array()[0].toObject();
    QVERIFY(!run[QLatin1String("requestId")].toString().isEmpty());

    const auto off = sloop({schedules, QStringLiteral("disable"), QStringLiteral("hourly")});
    QVERIFY2(off.exitCode == 0, qPrintable(describe(off)));
    const auto listed = sloop({schedules, QStringLiteral("ls"), QStringLiteral("--json")});
    const QJsonArray all = QJsonDocument::fromJson(listed.out).array();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all[0].toObject()[QLatin1String("enabled")].toBool(), false);
    const auto table = sloop({schedules, QStringLiteral("ls")});
    QVERIFY2(table.out.contains("disabled") && table.out.contains("succeeded"),
             qPrintable(describe(table)));

    const auto removed = sloop({schedules, QStringLiteral("rm"), QStringLiteral("hourly")});
    QVERIFY2(removed.exitCode == 0, qPrintable(describe(removed)));
    QCOMPARE(sloop({schedules, QStringLiteral("rm"), QStringLiteral("hourly")}).exitCode, 3);
    serve->terminate();
    QVERIFY(serve->waitForFinished(20000));
}

void TestCliFunctions::bucketsAddTriggerRemove()
{
    const QString buckets = QStringLiteral("buckets");
    const QString folder = m_code.filePath(QStringLiteral("bucket"));
    QCOMPARE(sloop({buckets, QStringLiteral("add"), QStringLiteral("Bad_Name"),
                    QStringLiteral("--folder"), folder})
                 .exitCode,
             9);
    const auto added = sloop({buckets, QStringLiteral("add"), QStringLiteral("inbox"),
                              QStringLiteral("--folder"), folder, QStringLiteral("--json")});
    QVERIFY2(added.exitCode == 0, qPrintable(describe(added)));
    QCOMPARE(QJsonDocument::fromJson(added.out).object()[QLatin1String("arn")].toString(),
             QStringLiteral("arn:aws:s3:::inbox"));
    write(folder + QStringLiteral("/a/b.txt"), "x");
    QCOMPARE(sloop({buckets, QStringLiteral("trigger"), QStringLiteral("inbox"),
                    QStringLiteral("--function"), m_name + QStringLiteral("-none")})
                 .exitCode,
             3);
    QCOMPARE(sloop({buckets, QStringLiteral("trigger"), QStringLiteral("inbox"),
                    QStringLiteral("--function"), m_name, QStringLiteral("--events"),
                    QStringLiteral("sometimes")})
                 .exitCode,
             2);
    const auto trigger = sloop({buckets, QStringLiteral("trigger"), QStringLiteral("inbox"),
                                QStringLiteral("--function"), m_name, QStringLiteral("--suffix"),
                                QStringLiteral(".txt"), QStringLiteral("--events"),
                                QStringLiteral("all"), QStringLiteral("--json")});
    QVERIFY2(trigger.exitCode == 0, qPrintable(describe(trigger)));
    const QString id =
        QString::number(QJsonDocument::fromJson(trigger.out).object()[QLatin1String("id")].toInt());
    const QJsonArray listed =
        QJsonDocument::fromJson(
            sloop({buckets, QStringLiteral("ls"), QStringLiteral("--json")}).out)
            .array();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed[0].toObject()[QLatin1String("objects")].toInt(), 1);
    QCOMPARE(listed[0].toObject()[QLatin1String("triggers")].toArray().size(), 1);
    QVERIFY(sloop({buckets, QStringLiteral("triggers")}).out.contains("ObjectRemoved:*"));
    QCOMPARE(sloop({buckets, QStringLiteral("untrigger"), id}).exitCode, 0);
    QCOMPARE(sloop({buckets, QStringLiteral("untrigger"), id}).exitCode, 3);
    QCOMPARE(sloop({buckets, QStringLiteral("rm"), QStringLiteral("inbox")}).exitCode, 0);
    QVERIFY(QFile::exists(folder + QStringLiteral("/a/b.txt"))); // the files stay
    QCOMPARE(sloop({buckets, QStringLiteral("rm"), QStringLiteral("inbox")}).exitCode, 3);
}

void TestCliFunctions::badInput()
{
    // A .zip whose entry climbs out of the function's folder.
    const QString escaping = m_code.filePath(QStringLiteral("escaping.zip"));
    QVERIFY(
        test::makeZip(escaping, QStringLiteral("../../etc/cron.d/evil"), "* * * * * root id\n"));
    const auto climbs = sloop({QStringLiteral("functions"), QStringLiteral("create"),
                               m_name + QStringLiteral("-w"), QStringLiteral("--code"), escaping});
    QVERIFY2(climbs.exitCode == 9 && climbs.err.contains("outside the function's folder"),
             qPrintable(describe(climbs)));
    // A name Lambda refuses, a folder with a link out of it, no folder.
    const auto badName =
        sloop({QStringLiteral("functions"), QStringLiteral("create"), QStringLiteral("../evil"),
               QStringLiteral("--code"), m_code.filePath(QStringLiteral("hello"))});
    QCOMPARE(badName.exitCode, 9);
    QDir().mkpath(m_code.filePath(QStringLiteral("linked")));
    QVERIFY(QFile::link(QStringLiteral("/etc/passwd"),
                        m_code.filePath(QStringLiteral("linked/passwd"))));
    const auto linked =
        sloop({QStringLiteral("functions"), QStringLiteral("create"), m_name + QStringLiteral("-x"),
               QStringLiteral("--code"), m_code.filePath(QStringLiteral("linked"))});
    QVERIFY2(linked.exitCode == 9 && linked.err.contains("symbolic link"),
             qPrintable(describe(linked)));
    const auto noCode =
        sloop({QStringLiteral("functions"), QStringLiteral("create"), m_name + QStringLiteral("-y"),
               QStringLiteral("--code"), QStringLiteral("/nonexistent")});
    QCOMPARE(noCode.exitCode, 3);
    const auto badMemory =
        sloop({QStringLiteral("functions"), QStringLiteral("create"), m_name + QStringLiteral("-z"),
               QStringLiteral("--code"), m_code.filePath(QStringLiteral("hello")),
               QStringLiteral("--memory"), QStringLiteral("64")});
    QVERIFY2(badMemory.exitCode == 9 && badMemory.err.contains("128"),
             qPrintable(describe(badMemory)));
    const auto usage = sloop({QStringLiteral("functions"), QStringLiteral("create"), m_name});
    QCOMPARE(usage.exitCode, 2);
}

void TestCliFunctions::removeLeavesNothing()
{
    const auto removed = sloop({QStringLiteral("functions"), QStringLiteral("rm"), m_name,
                                m_name + QStringLiteral("-sh")});
    QVERIFY2(removed.exitCode == 0, qPrintable(describe(removed)));
    const auto listed =
        sloop({QStringLiteral("functions"), QStringLiteral("ls"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), 0);
    const auto images = test::await(m_client->listImages());
    QVERIFY(images.ok());
    for (const auto &image : *images)
        for (const QString &tag : image.repoTags)
            QVERIFY2(!tag.contains(m_name), qPrintable(tag));
    const auto again = sloop({QStringLiteral("functions"), QStringLiteral("rm"), m_name});
    QCOMPARE(again.exitCode, 3);
}

QTEST_GUILESS_MAIN(TestCliFunctions)
#include "tst_clifunctions.moc"
