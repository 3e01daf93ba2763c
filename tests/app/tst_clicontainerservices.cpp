// `sloop container-services …` as processes on a private settings folder,
// against a swarm of the two engines of scripts/start-swarm-nodes.sh, with
// `sloop serve` serving the public endpoint: a service's copies spread
// across both nodes, a deployment that answers at its URL, one that fails
// its health check (the one before keeps answering), one whose image does
// not exist, a healthy one taking over without a failed request, scale and
// disable, and bad input (names, powers, deployment files, no swarm).
#include "cliprocess.h"
#include "sloopprocesses.h"
#include "swarmtestenv.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <thread>

using namespace sloop;
using Outcome = test::CliOutcome;
using test::describe;

namespace {

const QString kServer = QStringLiteral(
    "mkdir -p /w && echo %1 $(hostname) > /w/index.html && exec httpd -f -p 8080 -h /w");

} // namespace

class TestCliContainerServices : public QObject
{
    Q_OBJECT

    QString m_binary;
    std::unique_ptr<test::IsolatedXdg> m_xdg;
    QProcessEnvironment m_env;
    test::SloopProcesses m_processes;
    QString m_url;

    Outcome sloop(const QStringList &args, int ms = 240000)
    {
        return test::runCli(m_binary, args, m_env, ms);
    }
    Outcome curl(const QString &url)
    {
        return test::runCli(QStringLiteral("curl"),
                            {QStringLiteral("-sS"), QStringLiteral("-m"), QStringLiteral("5"), url},
                            QProcessEnvironment::systemEnvironment(), 10000);
    }
    Outcome deploy(const QString &version, const QStringList &extra = {})
    {
        return sloop(QStringList{QStringLiteral("container-services"), QStringLiteral("deploy"),
                                 QStringLiteral("web"), QStringLiteral("--image"), test::kBusybox,
                                 QStringLiteral("--port"), QStringLiteral("8080")} +
                     extra +
                     QStringList{QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                                 kServer.arg(version)});
    }
    QJsonObject listed(const QString &name)
    {
        const Outcome o = sloop(
            {QStringLiteral("container-services"), QStringLiteral("ls"), QStringLiteral("--json")});
        for (const QJsonValue v : QJsonDocument::fromJson(o.out).array())
            if (v[QLatin1String("containerServiceName")].toString() == name)
                return v.toObject();
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_binary = qEnvironmentVariable("SLOOP_BINARY");
        QVERIFY2(!m_binary.isEmpty(), "SLOOP_BINARY is not set: run the suite through ctest");
        const auto env = test::loadSwarmTestEnv();
        QVERIFY2(env.ok(), qPrintable(env.error()));
        m_xdg = std::make_unique<test::IsolatedXdg>();
        m_env = QProcessEnvironment::systemEnvironment();
        m_processes.setup(m_binary, m_env);
        for (const test::SwarmTestNode &n : *env) {
            const Outcome added = sloop({QStringLiteral("engines"), QStringLiteral("add"), n.name,
                                         QStringLiteral("unix://") + n.socket});
            QVERIFY2(added.exitCode == 0, qPrintable(describe(added)));
            sloop({QStringLiteral("swarm"), QStringLiteral("leave"), QStringLiteral("--force"),
                   QStringLiteral("--engine"), n.name});
        }
    }

    void cleanupTestCase()
    {
        sloop({QStringLiteral("container-services"), QStringLiteral("rm"), QStringLiteral("web")});
        m_processes.killAll();
        for (const char *e : {"sw2", "sw1"})
            sloop({QStringLiteral("swarm"), QStringLiteral("leave"), QStringLiteral("--force"),
                   QStringLiteral("--engine"), QString::fromLatin1(e)});
    }

    void badInputIsRefused()
    {
        QCOMPARE(
            sloop({QStringLiteral("container-services"), QStringLiteral("create"),
                   QStringLiteral("Bad_Name"), QStringLiteral("--engine"), QStringLiteral("sw1")})
                .exitCode,
            9);
        const Outcome power =
            sloop({QStringLiteral("container-services"), QStringLiteral("create"),
                   QStringLiteral("web"), QStringLiteral("--power"), QStringLiteral("huge"),
                   QStringLiteral("--engine"), QStringLiteral("sw1")});
        QCOMPARE(power.exitCode, 2);
        QVERIFY2(power.err.contains("nano, micro"), qPrintable(describe(power)));
        QCOMPARE(sloop({QStringLiteral("container-services"), QStringLiteral("create"),
                        QStringLiteral("web"), QStringLiteral("--scale"), QStringLiteral("21"),
                        QStringLiteral("--engine"), QStringLiteral("sw1")})
                     .exitCode,
                 2);
        // An engine not in a swarm: the deployment is refused and says how.
        QCOMPARE(
            sloop({QStringLiteral("container-services"), QStringLiteral("create"),
                   QStringLiteral("lonely"), QStringLiteral("--engine"), QStringLiteral("sw2")})
                .exitCode,
            0);
        const Outcome noSwarm =
            sloop({QStringLiteral("container-services"), QStringLiteral("deploy"),
                   QStringLiteral("lonely"), QStringLiteral("--image"), test::kBusybox});
        QCOMPARE(noSwarm.exitCode, 10);
        QVERIFY2(noSwarm.err.contains("swarm init"), qPrintable(describe(noSwarm)));
        // Deployment files: bad JSON, a public endpoint on a port the
        // container does not have, a hostile container name.
        QTemporaryDir dir;
        const auto file = [&dir](const QByteArray &text) {
            QFile f(dir.filePath(QStringLiteral("d.json")));
            f.open(QIODevice::WriteOnly);
            f.write(text);
            return f.fileName();
        };
        for (const QByteArray &bad :
             {QByteArray("{\"containers\": "),
              QByteArray("{\"containers\": {\"app\": {\"image\": \"x\", \"ports\": {\"80\": "
                         "\"HTTP\"}}}, \"publicEndpoint\": {\"containerName\": \"app\", "
                         "\"containerPort\": 81}}"),
              QByteArray("{\"containers\": {\"a;rm -rf\": {\"image\": \"x\"}}}"),
              QByteArray("{\"containers\": {\"app\": {\"image\": \"x\", \"ports\": {\"80\": "
                         "\"HTTP\"}}}, \"publicEndpoint\": {\"containerName\": \"app\", "
                         "\"containerPort\": 80, \"healthCheck\": {\"intervalSeconds\": 1}}}")}) {
            const Outcome o =
                sloop({QStringLiteral("container-services"), QStringLiteral("deploy"),
                       QStringLiteral("lonely"), QStringLiteral("--file"), file(bad)});
            QVERIFY2(o.exitCode == 2, qPrintable(describe(o)));
        }
        QCOMPARE(sloop({QStringLiteral("container-services"), QStringLiteral("rm"),
                        QStringLiteral("lonely")})
                     .exitCode,
                 0);
        QCOMPARE(sloop({QStringLiteral("container-services"), QStringLiteral("rm"),
                        QStringLiteral("lonely")})
                     .exitCode,
                 3);
    }

    void deploymentAnswersAtItsUrlFromBothNodes()
    {
        QCOMPARE(sloop({QStringLiteral("swarm"), QStringLiteral("init"), QStringLiteral("--engine"),
                        QStringLiteral("sw1"), QStringLiteral("--advertise-addr"),
                        QStringLiteral("10.210.0.2")})
                     .exitCode,
                 0);
        const Outcome joined =
            sloop({QStringLiteral("swarm"), QStringLiteral("join"), QStringLiteral("--engine"),
                   QStringLiteral("sw2"), QStringLiteral("--manager"), QStringLiteral("sw1")});
        QVERIFY2(joined.exitCode == 0, qPrintable(describe(joined)));
        const Outcome made = sloop(
            {QStringLiteral("container-services"), QStringLiteral("create"), QStringLiteral("web"),
             QStringLiteral("--power"), QStringLiteral("nano"), QStringLiteral("--scale"),
             QStringLiteral("2"), QStringLiteral("--engine"), QStringLiteral("sw1")});
        QVERIFY2(made.exitCode == 0 && made.out.contains("$14.00"), qPrintable(describe(made)));
        QCOMPARE(listed(QStringLiteral("web"))[QLatin1String("state")].toString(),
                 QStringLiteral("READY"));
        QVERIFY(m_processes.startServe());
        const Outcome first = deploy(QStringLiteral("v1"));
        QVERIFY2(first.exitCode == 0, qPrintable(describe(first)));
        QVERIFY2(first.err.contains("is active"), qPrintable(describe(first)));
        const QJsonObject web = listed(QStringLiteral("web"));
        QCOMPARE(web[QLatin1String("state")].toString(), QStringLiteral("RUNNING"));
        QCOMPARE(web[QLatin1String("running")].toInt(), 2);
        QCOMPARE(web[QLatin1String("desired")].toInt(), 2);
        QCOMPARE(web[QLatin1String("monthlyUsd")].toDouble(), 14.0);
        m_url = web[QLatin1String("url")].toString();
        QVERIFY(m_url.startsWith(QLatin1String("http://127.0.0.1:")));
        // The two copies went to both nodes (their reservations fit either).
        const Outcome ps =
            sloop({QStringLiteral("services"), QStringLiteral("ps"), QStringLiteral("web_v1_app"),
                   QStringLiteral("--engine"), QStringLiteral("sw1"), QStringLiteral("--json")});
        QVERIFY2(ps.out.contains("sloop-sw1") && ps.out.contains("sloop-sw2"),
                 qPrintable(describe(ps)));
        // The serve takes the new deployment within a second or two; then
        // every request answers from one copy or the other.
        QSet<QByteArray> copies;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 30000 && copies.size() < 2) {
            const Outcome got = curl(m_url);
            if (got.exitCode == 0 && got.out.startsWith("v1 "))
                copies.insert(got.out.trimmed());
            else
                QTest::qWait(300);
        }
        QVERIFY2(copies.size() == 2, "the endpoint did not answer from both copies");
    }

    void unhealthyDeploymentKeepsThePreviousOne()
    {
        const Outcome failed = deploy(
            QStringLiteral("v2"), {QStringLiteral("--health-path"), QStringLiteral("/healthz"),
                                   QStringLiteral("--success-codes"), QStringLiteral("200-299")});
        QVERIFY2(failed.exitCode == 4, qPrintable(describe(failed)));
        QVERIFY2(failed.out.contains("FAILED") && failed.out.contains("HTTP 404") &&
                     failed.out.contains("Deployment 1 still serves"),
                 qPrintable(describe(failed)));
        QVERIFY(curl(m_url).out.startsWith("v1 "));
        const Outcome noImage = sloop(
            {QStringLiteral("container-services"), QStringLiteral("deploy"), QStringLiteral("web"),
             QStringLiteral("--image"), QStringLiteral("sloop-test/nosuch:1"),
             QStringLiteral("--port"), QStringLiteral("8080")});
        QVERIFY2(noImage.exitCode == 4 && noImage.out.contains("No such image"),
                 qPrintable(describe(noImage)));
        QVERIFY(curl(m_url).out.startsWith("v1 "));
        // Nothing of the failed ones is left on the swarm.
        const Outcome services = sloop({QStringLiteral("services"), QStringLiteral("ls"),
                                        QStringLiteral("--engine"), QStringLiteral("sw1")});
        QVERIFY2(!services.out.contains("web_v2") && !services.out.contains("web_v3"),
                 qPrintable(describe(services)));
        const Outcome shown = sloop({QStringLiteral("container-services"), QStringLiteral("show"),
                                     QStringLiteral("web"), QStringLiteral("--json")});
        const QJsonArray deployments =
            QJsonDocument::fromJson(shown.out)[QLatin1String("deployments")].toArray();
        QCOMPARE(deployments.size(), 3);
        QCOMPARE(deployments[0][QLatin1String("state")].toString(), QStringLiteral("ACTIVE"));
        QCOMPARE(deployments[1][QLatin1String("state")].toString(), QStringLiteral("FAILED"));
        QCOMPARE(deployments[2][QLatin1String("state")].toString(), QStringLiteral("FAILED"));
    }

    void healthyDeploymentTakesOverWithoutAFailedRequest()
    {
        // Requests all through the deployment, from another thread.
        std::atomic<bool> stop = false;
        std::atomic<int> v4Answers = 0;
        QList<QByteArray> seen; // read here only after the join
        std::thread requests([&stop, &seen, &v4Answers, url = m_url] {
            QList<QByteArray> &out = seen;
            while (!stop) {
                QProcess p;
                p.start(QStringLiteral("curl"),
                        {QStringLiteral("-sf"), QStringLiteral("-m"), QStringLiteral("5"), url});
                p.waitForFinished(10000);
                out.append(p.exitCode() == 0 ? p.readAllStandardOutput().left(2) : "ERR");
                if (out.last() == "v4")
                    ++v4Answers;
                QThread::msleep(100);
            }
        });
        const Outcome good = deploy(QStringLiteral("v4"));
        // Requests go on after the switch: five answers from the new version.
        const int before = v4Answers;
        QTRY_VERIFY_WITH_TIMEOUT(v4Answers >= before + 5, 60000);
        stop = true;
        requests.join();
        QVERIFY2(good.exitCode == 0, qPrintable(describe(good)));
        QVERIFY2(!seen.contains("ERR"), seen.join(' ').constData());
        QVERIFY(seen.contains("v1") && seen.last() == "v4");
        const Outcome services = sloop({QStringLiteral("services"), QStringLiteral("ls"),
                                        QStringLiteral("--engine"), QStringLiteral("sw1")});
        QVERIFY2(!services.out.contains("web_v1"), qPrintable(describe(services)));
    }

    void scaleAndDisable()
    {
        QCOMPARE(sloop({QStringLiteral("container-services"), QStringLiteral("update"),
                        QStringLiteral("web"), QStringLiteral("--scale"), QStringLiteral("3")})
                     .exitCode,
                 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            listed(QStringLiteral("web"))[QLatin1String("running")].toInt() == 3, 60000);
        QCOMPARE(listed(QStringLiteral("web"))[QLatin1String("monthlyUsd")].toDouble(), 21.0);
        QCOMPARE(sloop({QStringLiteral("container-services"), QStringLiteral("update"),
                        QStringLiteral("web"), QStringLiteral("--disable")})
                     .exitCode,
                 0);
        const QJsonObject disabled = listed(QStringLiteral("web"));
        QCOMPARE(disabled[QLatin1String("state")].toString(), QStringLiteral("DISABLED"));
        QCOMPARE(disabled[QLatin1String("url")].toString(), QString());
        QCOMPARE(disabled[QLatin1String("desired")].toInt(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(curl(m_url).exitCode != 0, 10000);
        QCOMPARE(sloop({QStringLiteral("container-services"), QStringLiteral("update"),
                        QStringLiteral("web"), QStringLiteral("--enable")})
                     .exitCode,
                 0);
        QTRY_VERIFY_WITH_TIMEOUT(curl(m_url).out.startsWith("v4 "), 60000);
        QCOMPARE(sloop({QStringLiteral("container-services"), QStringLiteral("rm"),
                        QStringLiteral("web")})
                     .exitCode,
                 0);
        const Outcome services = sloop({QStringLiteral("services"), QStringLiteral("ls"),
                                        QStringLiteral("--engine"), QStringLiteral("sw1")});
        QVERIFY2(!services.out.contains("web_v"), qPrintable(describe(services)));
    }
};

QTEST_GUILESS_MAIN(TestCliContainerServices)
#include "tst_clicontainerservices.moc"
