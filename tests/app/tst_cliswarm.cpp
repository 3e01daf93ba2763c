// `sloop engines add`, `sloop swarm …` and `sloop services …` as processes
// on a private settings folder, against the two engines of
// scripts/start-swarm-nodes.sh: a swarm made and joined, a service with
// --json's desired and running, scale, a rolling update that fails its
// health check (exit status and rollback), a good update and a rollback,
// merged logs, usage errors and hostile names.
#include "cliprocess.h"
#include "swarmtestenv.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sloop;
using Outcome = test::CliOutcome;
using test::describe;

class TestCliSwarm : public QObject
{
    Q_OBJECT

    QString m_binary;
    std::unique_ptr<test::IsolatedXdg> m_xdg;
    QProcessEnvironment m_env;

    Outcome sloop(const QStringList &args, int ms = 180000)
    {
        return test::runCli(m_binary, args, m_env, ms);
    }
    QJsonDocument json(const QStringList &args)
    {
        const Outcome o = sloop(args + QStringList{QStringLiteral("--json")});
        if (o.exitCode != 0)
            qWarning("%s", qPrintable(describe(o)));
        return QJsonDocument::fromJson(o.out);
    }
    QJsonObject service(const QString &name)
    {
        for (const QJsonValue v : json({QStringLiteral("services"), QStringLiteral("ls"),
                                        QStringLiteral("--engine"), QStringLiteral("sw1")})
                                      .array())
            if (v[QLatin1String("name")].toString() == name)
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
        for (const test::SwarmTestNode &n : *env) {
            const Outcome added = sloop({QStringLiteral("engines"), QStringLiteral("add"), n.name,
                                         QStringLiteral("unix://") + n.socket});
            QVERIFY2(added.exitCode == 0, qPrintable(describe(added)));
            QVERIFY2(added.out.contains("Docker Engine"), qPrintable(describe(added)));
            sloop({QStringLiteral("swarm"), QStringLiteral("leave"), QStringLiteral("--force"),
                   QStringLiteral("--engine"), n.name});
        }
    }

    void cleanupTestCase()
    {
        for (const char *e : {"sw2", "sw1"})
            sloop({QStringLiteral("swarm"), QStringLiteral("leave"), QStringLiteral("--force"),
                   QStringLiteral("--engine"), QString::fromLatin1(e)});
    }

    void addedEnginesAreListedAndChecked()
    {
        const QJsonArray engines = json({QStringLiteral("engines"), QStringLiteral("ls")}).array();
        QStringList names;
        for (const QJsonValue v : engines) {
            names.append(v[QLatin1String("name")].toString());
            QVERIFY(v[QLatin1String("reachable")].toBool());
        }
        QVERIFY(names.contains(QStringLiteral("sw1")) && names.contains(QStringLiteral("sw2")));
        // Taken names, bad names and addresses that are not sockets are refused.
        QCOMPARE(sloop({QStringLiteral("engines"), QStringLiteral("add"), QStringLiteral("sw1"),
                        QStringLiteral("unix:///tmp/x.sock")})
                     .exitCode,
                 4);
        QCOMPARE(sloop({QStringLiteral("engines"), QStringLiteral("add"), QStringLiteral("a b"),
                        QStringLiteral("unix:///tmp/x.sock")})
                     .exitCode,
                 9);
        QCOMPARE(sloop({QStringLiteral("engines"), QStringLiteral("add"), QStringLiteral("tcp"),
                        QStringLiteral("tcp://10.0.0.1:2375")})
                     .exitCode,
                 9);
        // An engine that does not answer is kept (like a Docker context) and said so.
        const Outcome later =
            sloop({QStringLiteral("engines"), QStringLiteral("add"), QStringLiteral("later"),
                   QStringLiteral("unix:///nonexistent/docker.sock")});
        QCOMPARE(later.exitCode, 0);
        QVERIFY2(later.out.contains("does not answer"), qPrintable(describe(later)));
        QCOMPARE(sloop({QStringLiteral("engines"), QStringLiteral("rm"), QStringLiteral("later")})
                     .exitCode,
                 0);
        QCOMPARE(sloop({QStringLiteral("engines"), QStringLiteral("rm"), QStringLiteral("local")})
                     .exitCode,
                 3);
    }

    void initJoinAndNodes()
    {
        const Outcome early =
            sloop({QStringLiteral("swarm"), QStringLiteral("join"), QStringLiteral("--engine"),
                   QStringLiteral("sw2"), QStringLiteral("--manager"), QStringLiteral("sw1")});
        QVERIFY2(early.exitCode != 0 && early.err.contains("swarm init"),
                 qPrintable(describe(early)));
        QCOMPARE(sloop({QStringLiteral("swarm"), QStringLiteral("join"), QStringLiteral("--engine"),
                        QStringLiteral("sw2")})
                     .exitCode,
                 2);
        const Outcome init =
            sloop({QStringLiteral("swarm"), QStringLiteral("init"), QStringLiteral("--engine"),
                   QStringLiteral("sw1"), QStringLiteral("--advertise-addr"),
                   QStringLiteral("10.210.0.2")});
        QVERIFY2(init.exitCode == 0, qPrintable(describe(init)));
        const Outcome join =
            sloop({QStringLiteral("swarm"), QStringLiteral("join"), QStringLiteral("--engine"),
                   QStringLiteral("sw2"), QStringLiteral("--manager"), QStringLiteral("sw1"),
                   QStringLiteral("--verbose")});
        QVERIFY2(join.exitCode == 0, qPrintable(describe(join)));
        // The token went from one engine to the other and was never printed.
        const QJsonObject state = json({QStringLiteral("swarm"), QStringLiteral("status"),
                                        QStringLiteral("--engine"), QStringLiteral("sw1")})
                                      .object();
        QVERIFY(state[QLatin1String("manager")].toBool());
        QVERIFY(!join.err.contains("SWMTKN") && !join.out.contains("SWMTKN"));
        QTRY_COMPARE_WITH_TIMEOUT(json({QStringLiteral("swarm"), QStringLiteral("nodes"),
                                        QStringLiteral("--engine"), QStringLiteral("sw1")})
                                      .array()
                                      .size(),
                                  2, 30000);
        const QJsonArray nodes = json({QStringLiteral("swarm"), QStringLiteral("nodes"),
                                       QStringLiteral("--engine"), QStringLiteral("sw1")})
                                     .array();
        QStringList hostnames;
        for (const QJsonValue n : nodes)
            hostnames.append(n[QLatin1String("hostname")].toString());
        hostnames.sort();
        QCOMPARE(hostnames,
                 (QStringList{QStringLiteral("sloop-sw1"), QStringLiteral("sloop-sw2")}));
    }

    void createListScale()
    {
        const Outcome made =
            sloop({QStringLiteral("services"),
                   QStringLiteral("create"),
                   QStringLiteral("hello"),
                   QStringLiteral("--engine"),
                   QStringLiteral("sw1"),
                   QStringLiteral("--image"),
                   QString::fromLatin1(test::kBusybox),
                   QStringLiteral("--replicas"),
                   QStringLiteral("3"),
                   QStringLiteral("--health-cmd"),
                   QStringLiteral("test -f /tmp/ok"),
                   QStringLiteral("--health-interval"),
                   QStringLiteral("1s"),
                   QStringLiteral("--health-retries"),
                   QStringLiteral("1"),
                   QStringLiteral("--update-failure-action"),
                   QStringLiteral("rollback"),
                   QStringLiteral("--update-monitor"),
                   QStringLiteral("3s"),
                   QStringLiteral("--"),
                   QStringLiteral("sh"),
                   QStringLiteral("-c"),
                   QStringLiteral("trap 'exit 0' TERM; [ \"$BAD\" = 1 ] || touch /tmp/ok; "
                                  "while true; do echo hi from $(hostname); sleep 1; done")});
        QVERIFY2(made.exitCode == 0, qPrintable(describe(made)));
        QVERIFY2(made.err.contains("3 of 3 tasks running"), qPrintable(describe(made)));
        QTRY_COMPARE_WITH_TIMEOUT(
            service(QStringLiteral("hello"))[QLatin1String("running")].toInt(), 3, 20000);
        QCOMPARE(service(QStringLiteral("hello"))[QLatin1String("desired")].toInt(), 3);

        const Outcome scaled =
            sloop({QStringLiteral("services"), QStringLiteral("scale"), QStringLiteral("hello=5"),
                   QStringLiteral("--engine"), QStringLiteral("sw1")});
        QVERIFY2(scaled.exitCode == 0, qPrintable(describe(scaled)));
        const QJsonArray tasks =
            json({QStringLiteral("services"), QStringLiteral("ps"), QStringLiteral("hello"),
                  QStringLiteral("--engine"), QStringLiteral("sw1")})
                .array();
        QSet<QString> nodes;
        int running = 0;
        for (const QJsonValue t : tasks) {
            running += t[QLatin1String("state")].toString() == QLatin1String("running");
            nodes.insert(t[QLatin1String("node")].toString());
        }
        QCOMPARE(running, 5);
        QCOMPARE(nodes.size(), 2); // spread over both engines
        QCOMPARE(
            sloop({QStringLiteral("services"), QStringLiteral("scale"),
                   QStringLiteral("hello=lots"), QStringLiteral("--engine"), QStringLiteral("sw1")})
                .exitCode,
            2);
    }

    void failedUpdateExitsNonZeroAndRollsBack()
    {
        const Outcome bad =
            sloop({QStringLiteral("services"), QStringLiteral("update"), QStringLiteral("hello"),
                   QStringLiteral("-e"), QStringLiteral("BAD=1"), QStringLiteral("--engine"),
                   QStringLiteral("sw1")});
        QCOMPARE(bad.exitCode, 4);
        QVERIFY2(bad.err.contains("rolled the update back"), qPrintable(describe(bad)));
        QCOMPARE(service(QStringLiteral("hello"))[QLatin1String("updateState")].toString(),
                 QStringLiteral("rollback_completed"));

        const Outcome good =
            sloop({QStringLiteral("services"), QStringLiteral("update"), QStringLiteral("hello"),
                   QStringLiteral("-e"), QStringLiteral("GOOD=1"), QStringLiteral("--engine"),
                   QStringLiteral("sw1")});
        QVERIFY2(good.exitCode == 0, qPrintable(describe(good)));
        const Outcome back =
            sloop({QStringLiteral("services"), QStringLiteral("rollback"), QStringLiteral("hello"),
                   QStringLiteral("--engine"), QStringLiteral("sw1")});
        QVERIFY2(back.exitCode == 0 && back.out.contains("rolled back"),
                 qPrintable(describe(back)));
    }

    void logsMergeTheNodes()
    {
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QSet<QString> nodes;
                for (const QJsonValue l :
                     json({QStringLiteral("services"), QStringLiteral("logs"),
                           QStringLiteral("hello"), QStringLiteral("--tail"), QStringLiteral("3"),
                           QStringLiteral("--engine"), QStringLiteral("sw1")})
                         .array())
                    nodes.insert(l[QLatin1String("node")].toString());
                return nodes.size() == 2;
            }(),
            20000);
        const Outcome text =
            sloop({QStringLiteral("services"), QStringLiteral("logs"), QStringLiteral("hello"),
                   QStringLiteral("--tail"), QStringLiteral("1"), QStringLiteral("--engine"),
                   QStringLiteral("sw1")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("@sloop-sw2 | hi from"), qPrintable(describe(text)));
    }

    void stackFromACompose()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("shop.yml"));
        auto write = [&](int replicas) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(QStringLiteral(
                        "version: \"3.8\"\n"
                        "services:\n"
                        "  web:\n"
                        "    image: %1\n"
                        "    command: sh -c 'trap \"exit 0\" TERM; while true; do sleep 1; done'\n"
                        "    deploy: {replicas: %2}\n"
                        "    container_name: not-for-swarm\n"
                        "  agent:\n"
                        "    image: %1\n"
                        "    command: [\"sh\", \"-c\", \"trap 'exit 0' TERM; while true; do sleep "
                        "1; done\"]\n"
                        "    deploy: {mode: global}\n")
                        .arg(QString::fromLatin1(test::kBusybox))
                        .arg(replicas)
                        .toUtf8());
        };
        write(2);
        const Outcome deployed = sloop({QStringLiteral("stacks"), QStringLiteral("deploy"),
                                        QStringLiteral("shop"), QStringLiteral("--compose"), file,
                                        QStringLiteral("--engine"), QStringLiteral("sw1")});
        QVERIFY2(deployed.exitCode == 0, qPrintable(describe(deployed)));
        QVERIFY2(deployed.err.contains("line 7") && deployed.err.contains("container_name"),
                 qPrintable(describe(deployed)));
        QVERIFY(deployed.out.contains("Creating service shop_web"));
        QVERIFY(deployed.out.contains("Creating network shop_default"));
        QTRY_COMPARE_WITH_TIMEOUT(
            service(QStringLiteral("shop_web"))[QLatin1String("running")].toInt(), 2, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(
            service(QStringLiteral("shop_agent"))[QLatin1String("running")].toInt(), 2,
            60000); // one on each node
        const QJsonArray stacks = json({QStringLiteral("stacks"), QStringLiteral("ls"),
                                        QStringLiteral("--engine"), QStringLiteral("sw1")})
                                      .array();
        QCOMPARE(stacks.size(), 1);
        QCOMPARE(stacks.at(0)[QLatin1String("services")].toInt(), 2);
        // Deployed again with another count: updated in place.
        write(3);
        const Outcome again =
            sloop({QStringLiteral("stacks"), QStringLiteral("deploy"), QStringLiteral("shop"),
                   QStringLiteral("-c"), file, QStringLiteral("--engine"), QStringLiteral("sw1")});
        QVERIFY2(again.exitCode == 0 && again.out.contains("Updating service shop_web"),
                 qPrintable(describe(again)));
        QTRY_COMPARE_WITH_TIMEOUT(
            service(QStringLiteral("shop_web"))[QLatin1String("running")].toInt(), 3, 60000);
        // A broken file deploys nothing and says where.
        QFile broken(file);
        QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
        broken.write("services:\n  web:\n    image: [x\n");
        broken.close();
        const Outcome bad =
            sloop({QStringLiteral("stacks"), QStringLiteral("deploy"), QStringLiteral("shop"),
                   QStringLiteral("-c"), file, QStringLiteral("--engine"), QStringLiteral("sw1")});
        QCOMPARE(bad.exitCode, 9);
        QVERIFY2(bad.err.contains("not valid YAML"), qPrintable(describe(bad)));
        QCOMPARE(sloop({QStringLiteral("stacks"), QStringLiteral("rm"), QStringLiteral("shop"),
                        QStringLiteral("--engine"), QStringLiteral("sw1")})
                     .exitCode,
                 0);
        QTRY_VERIFY_WITH_TIMEOUT(service(QStringLiteral("shop_web")).isEmpty(), 20000);
        QCOMPARE(sloop({QStringLiteral("stacks"), QStringLiteral("rm"), QStringLiteral("shop"),
                        QStringLiteral("--engine"), QStringLiteral("sw1")})
                     .exitCode,
                 3);
    }

    void fargateStyleTask()
    {
        // A size, not a machine: Swarm places it; the log, node and price come back.
        const Outcome ran =
            sloop({QStringLiteral("tasks"), QStringLiteral("run"), QStringLiteral("--engine"),
                   QStringLiteral("sw1"), QStringLiteral("--cpu"), QStringLiteral("0.25"),
                   QStringLiteral("--memory"), QStringLiteral("512m"), QStringLiteral("--json"),
                   QString::fromLatin1(test::kBusybox), QStringLiteral("sh"), QStringLiteral("-c"),
                   QStringLiteral("echo counted 42; sleep 1")});
        QVERIFY2(ran.exitCode == 0, qPrintable(describe(ran)));
        const QJsonObject o = QJsonDocument::fromJson(ran.out).object();
        QCOMPARE(o[QLatin1String("state")].toString(), QStringLiteral("complete"));
        QVERIFY(o[QLatin1String("log")].toArray().contains(QStringLiteral("counted 42")));
        QVERIFY(o[QLatin1String("node")].toString().startsWith(QStringLiteral("sloop-sw")));
        QVERIFY(o[QLatin1String("fargateUsd")].toDouble() > 0);
        // The job is gone afterwards; a failing one says so with its exit code.
        QVERIFY(service(o[QLatin1String("task")].toString()).isEmpty());
        const Outcome failed = sloop(
            {QStringLiteral("tasks"), QStringLiteral("run"), QStringLiteral("--engine"),
             QStringLiteral("sw1"), QStringLiteral("--json"), QString::fromLatin1(test::kBusybox),
             QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("exit 3")});
        QCOMPARE(failed.exitCode, 1);
        QCOMPARE(QJsonDocument::fromJson(failed.out).object()[QLatin1String("exitCode")].toInt(),
                 3);
        // Sizes Fargate does not offer are refused before anything runs.
        const Outcome odd =
            sloop({QStringLiteral("tasks"), QStringLiteral("run"), QStringLiteral("--engine"),
                   QStringLiteral("sw1"), QStringLiteral("--cpu"), QStringLiteral("0.5"),
                   QStringLiteral("--memory"), QStringLiteral("512m"),
                   QString::fromLatin1(test::kBusybox)});
        QCOMPARE(odd.exitCode, 2);
        QVERIFY(odd.err.contains("1 to 4 GB"));
    }

    void refusals()
    {
        const Outcome hostile =
            sloop({QStringLiteral("services"), QStringLiteral("create"), QStringLiteral("x;reboot"),
                   QStringLiteral("--image"), QStringLiteral("busybox"), QStringLiteral("--engine"),
                   QStringLiteral("sw1")});
        QCOMPARE(hostile.exitCode, 2);
        QCOMPARE(sloop({QStringLiteral("services"), QStringLiteral("rm"), QStringLiteral("nope"),
                        QStringLiteral("--engine"), QStringLiteral("sw1")})
                     .exitCode,
                 3);
        // A worker cannot list services: the engine's words come back.
        const Outcome worker = sloop({QStringLiteral("services"), QStringLiteral("ls"),
                                      QStringLiteral("--engine"), QStringLiteral("sw2")});
        QVERIFY(worker.exitCode != 0);
        QVERIFY2(worker.err.contains("manager"), qPrintable(describe(worker)));
        QCOMPARE(
            sloop({QStringLiteral("services"), QStringLiteral("create"), QStringLiteral("y"),
                   QStringLiteral("--engine"), QStringLiteral("sw1"), QStringLiteral("--image"),
                   QStringLiteral("busybox"), QStringLiteral("--publish"), QStringLiteral("http")})
                .exitCode,
            2);
    }

    void removeAndLeave()
    {
        const Outcome removed =
            sloop({QStringLiteral("services"), QStringLiteral("rm"), QStringLiteral("hello"),
                   QStringLiteral("--engine"), QStringLiteral("sw1")});
        QVERIFY2(removed.exitCode == 0, qPrintable(describe(removed)));
        for (const char *e : {"sw2", "sw1"}) {
            const Outcome left =
                sloop({QStringLiteral("swarm"), QStringLiteral("leave"), QStringLiteral("--force"),
                       QStringLiteral("--engine"), QString::fromLatin1(e)});
            QVERIFY2(left.exitCode == 0, qPrintable(describe(left)));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliSwarm)
#include "tst_cliswarm.moc"
