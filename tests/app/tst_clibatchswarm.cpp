// `sloop batch ...` on a Swarm compute environment: the two engines of
// scripts/start-swarm-nodes.sh made one swarm, `sloop serve` dispatching.
// Jobs run as replicated-job services placed by Swarm: an array spreads over
// both nodes without ever holding more vCPUs than the environment allows,
// exit codes drive retries, a missing image and a job bigger than any node
// fail or wait with AWS's reasons, terminate stops a running job, and a
// `kill -9` of the dispatcher mid-run runs every child exactly once.
#include "cliprocess.h"
#include "settings/settings.h"
#include "sloopprocesses.h"
#include "swarmtestenv.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTcpServer>
#include <QTest>

#include <csignal>

using namespace sloop;

using Outcome = test::CliOutcome;
using test::describe;

class TestCliBatchSwarm : public QObject
{
    Q_OBJECT

    QString m_binary;
    std::unique_ptr<test::IsolatedXdg> m_xdg;
    QProcessEnvironment m_env;
    test::SloopProcesses m_processes;
    QString m_sw1Socket;
    QString m_sw2Socket;
    bool m_nodeKilled = false;

    Outcome sloop(const QStringList &args) { return test::runCli(m_binary, args, m_env, 120000); }
    QJsonObject json(const QStringList &args)
    {
        QStringList withJson = args; // before "--": after it, words are the command's
        withJson.insert(args.contains(QStringLiteral("--")) ? args.indexOf(QStringLiteral("--"))
                                                            : args.size(),
                        QStringLiteral("--json"));
        const Outcome o = sloop(withJson);
        if (o.exitCode != 0)
            qWarning("%s", qPrintable(describe(o)));
        return QJsonDocument::fromJson(o.out).object();
    }
    QJsonObject describeJob(const QString &id)
    {
        return json({QStringLiteral("batch"), QStringLiteral("describe"), id});
    }
    QString submit(const QString &definition, const QStringList &extra = {})
    {
        return json(QStringList{QStringLiteral("batch"), QStringLiteral("submit"),
                                QStringLiteral("--queue"), QStringLiteral("sq"),
                                QStringLiteral("--definition"), definition} +
                    extra)
            .value(QStringLiteral("jobId"))
            .toString();
    }
    QString registerDefinition(const QString &name, const QStringList &options,
                               const QString &script)
    {
        const Outcome o = sloop(
            QStringList{QStringLiteral("batch"), QStringLiteral("definitions"),
                        QStringLiteral("register"), name, QStringLiteral("--image"),
                        test::kBusybox} +
            options +
            QStringList{QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"), script});
        return o.exitCode == 0 ? QString() : describe(o);
    }
    static QString status(const QJsonObject &job)
    {
        return job.value(QStringLiteral("status")).toString();
    }
    // Waits until the job has finished; its description then.
    QJsonObject finished(const QString &id, int ms = 180000)
    {
        QDeadlineTimer deadline(ms);
        QJsonObject d;
        while (!deadline.hasExpired()) {
            d = describeJob(id);
            if (status(d) == QLatin1String("SUCCEEDED") || status(d) == QLatin1String("FAILED"))
                return d;
            QTest::qWait(500);
        }
        qWarning("%s still %s", qPrintable(id), qPrintable(status(d)));
        return d;
    }
    bool reaches(const QString &id, const QString &wanted, int ms = 120000)
    {
        QDeadlineTimer deadline(ms);
        while (!deadline.hasExpired()) {
            if (status(describeJob(id)) == wanted)
                return true;
            QTest::qWait(300);
        }
        return false;
    }
    static QJsonObject lastAttempt(const QJsonObject &job)
    {
        return job.value(QStringLiteral("attempts")).toArray().last().toObject();
    }
    // This data folder's job services left on the swarm.
    // `docker ARGS` against the swarm's manager; what it wrote.
    QString onManager(const QStringList &args)
    {
        return QString::fromUtf8(
            test::runCli(
                QStringLiteral("docker"),
                QStringList{QStringLiteral("-H"), QStringLiteral("unix://") + m_sw1Socket} + args,
                QProcessEnvironment::systemEnvironment(), 20000)
                .out.trimmed());
    }
    // The ids of the job services with this label filter.
    QString jobServices(const QString &label)
    {
        return onManager({QStringLiteral("service"), QStringLiteral("ls"), QStringLiteral("-q"),
                          QStringLiteral("--filter"), QStringLiteral("label=") + label});
    }
    // "SIGNAL GRACE" of the one job service on the swarm.
    QByteArray serviceStopSettings()
    {
        return onManager({QStringLiteral("service"), QStringLiteral("inspect"),
                          QStringLiteral("--format"),
                          QStringLiteral("{{.Spec.TaskTemplate.ContainerSpec.StopSignal}} "
                                         "{{.Spec.TaskTemplate.ContainerSpec.StopGracePeriod}}"),
                          jobServices(QStringLiteral("sloop.batch.job"))})
            .toUtf8();
    }
    // The node the job's task is on, as Swarm says (a job's one task: its
    // desired state is "complete", not "running").
    QString nodeRunning(const QString &jobId)
    {
        return onManager({QStringLiteral("service"), QStringLiteral("ps"),
                          QStringLiteral("--format"), QStringLiteral("{{.Node}}"),
                          jobServices(QStringLiteral("sloop.batch.job=") + jobId)})
            .section(QLatin1Char('\n'), 0, 0);
    }

    int servicesLeft()
    {
        const QString ids = jobServices(QStringLiteral("sloop.batch.job"));
        return ids.isEmpty() ? 0 : int(ids.split(QLatin1Char('\n')).size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_binary = qEnvironmentVariable("SLOOP_BINARY");
        QVERIFY2(!m_binary.isEmpty(), "SLOOP_BINARY is not set: run the suite through ctest");
        const auto nodes = test::loadSwarmTestEnv();
        QVERIFY2(nodes.ok(), qPrintable(nodes.error()));
        m_xdg = std::make_unique<test::IsolatedXdg>();
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            Settings settings;
            settings.set(Settings::EndpointPort, int(probe.serverPort()));
            settings.sync();
        }
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        m_env.remove(QStringLiteral("LANGUAGE"));
        m_env.remove(QStringLiteral("LC_ALL"));
        m_processes.setup(m_binary, m_env);
        for (const test::SwarmTestNode &n : *nodes) {
            if (n.name == QLatin1String("sw1"))
                m_sw1Socket = n.socket;
            else
                m_sw2Socket = n.socket;
            const Outcome added = sloop({QStringLiteral("engines"), QStringLiteral("add"), n.name,
                                         QStringLiteral("unix://") + n.socket});
            QVERIFY2(added.exitCode == 0, qPrintable(describe(added)));
            sloop({QStringLiteral("swarm"), QStringLiteral("leave"), QStringLiteral("--force"),
                   QStringLiteral("--engine"), n.name});
        }
    }

    void cleanup() { m_processes.killAll(); }

    void cleanupTestCase()
    {
        m_processes.killAll();
        if (m_nodeKilled) { // sw2 again, for the suites after this one
            QProcessEnvironment reset = QProcessEnvironment::systemEnvironment();
            reset.insert(QStringLiteral("SLOOP_SWARM_RESET"), QStringLiteral("sw2"));
            const Outcome restarted = test::runCli(
                QStringLiteral("bash"),
                {QStringLiteral(QT_TESTCASE_SOURCEDIR "/../scripts/start-swarm-nodes.sh")}, reset,
                120000);
            QVERIFY2(restarted.exitCode == 0, qPrintable(describe(restarted)));
        }
        for (const char *e : {"sw2", "sw1"})
            sloop({QStringLiteral("swarm"), QStringLiteral("leave"), QStringLiteral("--force"),
                   QStringLiteral("--engine"), QString::fromLatin1(e)});
    }

    void anEngineOutsideASwarmIsRefused()
    {
        const Outcome lonely =
            sloop({QStringLiteral("batch"), QStringLiteral("environments"),
                   QStringLiteral("create"), QStringLiteral("sce"), QStringLiteral("--swarm"),
                   QStringLiteral("sw1"), QStringLiteral("--max-vcpus"), QStringLiteral("3")});
        QCOMPARE(lonely.exitCode, 10);
        QVERIFY2(lonely.err.contains("swarm init --engine sw1"), qPrintable(describe(lonely)));
        const Outcome both =
            sloop({QStringLiteral("batch"), QStringLiteral("environments"),
                   QStringLiteral("create"), QStringLiteral("sce"), QStringLiteral("--swarm"),
                   QStringLiteral("sw1"), QStringLiteral("--engine"), QStringLiteral("sw2"),
                   QStringLiteral("--max-vcpus"), QStringLiteral("3")});
        QCOMPARE(both.exitCode, 2);
        const Outcome spelled = sloop({QStringLiteral("batch"), QStringLiteral("environments"),
                                       QStringLiteral("create"), QStringLiteral("sce"),
                                       QStringLiteral("--engine"), QStringLiteral("swarm:sw1"),
                                       QStringLiteral("--max-vcpus"), QStringLiteral("3")});
        QCOMPARE(spelled.exitCode, 2);
        QVERIFY2(spelled.err.contains("--swarm MANAGER"), qPrintable(describe(spelled)));
        QVERIFY2(sloop({QStringLiteral("batch"), QStringLiteral("environments"),
                        QStringLiteral("ls"), QStringLiteral("--json")})
                     .out.contains("[]"),
                 "a refused environment was kept");
    }

    void anArraySpreadsOverTheSwarmWithinItsVcpus()
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
        const QJsonObject ce =
            json({QStringLiteral("batch"), QStringLiteral("environments"), QStringLiteral("create"),
                  QStringLiteral("sce"), QStringLiteral("--swarm"), QStringLiteral("sw1"),
                  QStringLiteral("--max-vcpus"), QStringLiteral("3")});
        const QJsonObject resources = ce.value(QStringLiteral("computeResources")).toObject();
        QCOMPARE(resources.value(QStringLiteral("type")).toString(), QStringLiteral("SWARM"));
        QCOMPARE(resources.value(QStringLiteral("swarmManager")).toString(), QStringLiteral("sw1"));
        const Outcome queue =
            sloop({QStringLiteral("batch"), QStringLiteral("queues"), QStringLiteral("create"),
                   QStringLiteral("sq"), QStringLiteral("--environments"), QStringLiteral("sce")});
        QVERIFY2(queue.exitCode == 0, qPrintable(describe(queue)));
        const QString bad = registerDefinition(
            QStringLiteral("count"),
            {QStringLiteral("--vcpus"), QStringLiteral("1"), QStringLiteral("--memory"),
             QStringLiteral("64")},
            QStringLiteral("echo index $AWS_BATCH_JOB_ARRAY_INDEX of $AWS_BATCH_CE_NAME on "
                           "$(hostname); sleep 2"));
        QVERIFY2(bad.isEmpty(), qPrintable(bad));

        QVERIFY(m_processes.startServe());
        const QString array =
            submit(QStringLiteral("count"), {QStringLiteral("--array-size"), QStringLiteral("6")});
        QVERIFY(!array.isEmpty());
        // Sampled while it runs: never more than 3 one-vCPU children at once.
        int most = 0;
        QJsonObject d;
        QDeadlineTimer deadline(180000);
        while (!deadline.hasExpired()) {
            d = describeJob(array);
            const QJsonObject summary = d.value(QStringLiteral("arrayProperties"))
                                            .toObject()
                                            .value(QStringLiteral("statusSummary"))
                                            .toObject();
            most = qMax(most, summary.value(QStringLiteral("STARTING")).toInt() +
                                  summary.value(QStringLiteral("RUNNING")).toInt());
            if (status(d) == QLatin1String("SUCCEEDED") || status(d) == QLatin1String("FAILED"))
                break;
            QTest::qWait(200);
        }
        QCOMPARE(status(d), QStringLiteral("SUCCEEDED"));
        QVERIFY2(most >= 2 && most <= 3, qPrintable(QString::number(most)));
        // Swarm placed them on both nodes; the attempt says where.
        QSet<QString> where;
        for (int i = 0; i < 6; ++i) {
            const QJsonObject child = describeJob(array + QLatin1Char(':') + QString::number(i));
            QCOMPARE(child.value(QStringLiteral("attempts")).toArray().size(), 1);
            where.insert(lastAttempt(child)
                             .value(QStringLiteral("container"))
                             .toObject()
                             .value(QStringLiteral("containerInstanceArn"))
                             .toString());
        }
        QVERIFY2(where.size() == 2, qPrintable(QStringList(where.values()).join(u' ')));
        for (const QString &w : std::as_const(where))
            QVERIFY2(w.startsWith(QLatin1String("swarm:sw1@")), qPrintable(w));
        const Outcome logs =
            sloop({QStringLiteral("batch"), QStringLiteral("logs"), array + QStringLiteral(":4")});
        QVERIFY2(logs.exitCode == 0 && logs.out.startsWith("index 4 of sce on "),
                 qPrintable(describe(logs)));
        QTRY_COMPARE_WITH_TIMEOUT(servicesLeft(), 0, 30000);
    }

    void exitCodesRetryAndFail()
    {
        const QString bad = registerDefinition(
            QStringLiteral("flaky"),
            {QStringLiteral("--vcpus"), QStringLiteral("0.5"), QStringLiteral("--memory"),
             QStringLiteral("32"), QStringLiteral("--attempts"), QStringLiteral("3"),
             QStringLiteral("--retry-on"), QStringLiteral("3:RETRY"), QStringLiteral("--retry-on"),
             QStringLiteral("1:EXIT")},
            QStringLiteral("echo attempt $AWS_BATCH_JOB_ATTEMPT; exit 3"));
        QVERIFY2(bad.isEmpty(), qPrintable(bad));
        QVERIFY(m_processes.startServe());
        const QString retried = submit(QStringLiteral("flaky"));
        const QString exited =
            json({QStringLiteral("batch"), QStringLiteral("submit"), QStringLiteral("--queue"),
                  QStringLiteral("sq"), QStringLiteral("--definition"), QStringLiteral("flaky"),
                  QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                  QStringLiteral("exit 1")})
                .value(QStringLiteral("jobId"))
                .toString();
        const QJsonObject r = finished(retried);
        QCOMPARE(status(r), QStringLiteral("FAILED"));
        const QJsonArray attempts = r.value(QStringLiteral("attempts")).toArray();
        QCOMPARE(attempts.size(), 3);
        for (const QJsonValue a : attempts)
            QCOMPARE(a[QLatin1String("container")][QLatin1String("exitCode")].toInt(), 3);
        const Outcome lastLog = sloop({QStringLiteral("batch"), QStringLiteral("logs"), retried});
        QCOMPARE(lastLog.out.trimmed(), QByteArray("attempt 3"));
        const QJsonObject e = finished(exited);
        QCOMPARE(status(e), QStringLiteral("FAILED"));
        QCOMPARE(e.value(QStringLiteral("attempts")).toArray().size(), 1);
        QCOMPARE(lastAttempt(e)
                     .value(QStringLiteral("container"))
                     .toObject()
                     .value(QStringLiteral("exitCode")),
                 QJsonValue(1));
        QTRY_COMPARE_WITH_TIMEOUT(servicesLeft(), 0, 30000);
    }

    void aMissingImageAndAnOversizedJobSayWhy()
    {
        QVERIFY(m_processes.startServe());
        const QString bad = registerDefinition(QStringLiteral("big"),
                                               {QStringLiteral("--vcpus"), QStringLiteral("2.5"),
                                                QStringLiteral("--memory"), QStringLiteral("32")},
                                               QStringLiteral("true"));
        QVERIFY2(bad.isEmpty(), qPrintable(bad));
        // 2.5 vCPUs fit the environment's 3 but no node (each has 2): it
        // waits with AWS's reason instead of sitting in Swarm's queue.
        const QString big = submit(QStringLiteral("big"));
        const Outcome missing =
            sloop({QStringLiteral("batch"), QStringLiteral("definitions"),
                   QStringLiteral("register"), QStringLiteral("missing"), QStringLiteral("--image"),
                   QStringLiteral("sloop-test/no-such-image:latest"), QStringLiteral("--vcpus"),
                   QStringLiteral("0.25"), QStringLiteral("--memory"), QStringLiteral("32")});
        QVERIFY2(missing.exitCode == 0, qPrintable(describe(missing)));
        const QJsonObject m = finished(submit(QStringLiteral("missing")));
        QCOMPARE(status(m), QStringLiteral("FAILED"));
        QVERIFY2(m.value(QStringLiteral("statusReason"))
                     .toString()
                     .startsWith(QLatin1String("CannotPullContainerError: ")),
                 qPrintable(m.value(QStringLiteral("statusReason")).toString()));
        const QJsonObject b = describeJob(big);
        QCOMPARE(status(b), QStringLiteral("RUNNABLE"));
        QVERIFY2(b.value(QStringLiteral("statusReason"))
                     .toString()
                     .startsWith(QLatin1String("MISCONFIGURATION:JOB_RESOURCE_REQUIREMENT")),
                 qPrintable(b.value(QStringLiteral("statusReason")).toString()));
        QCOMPARE(sloop({QStringLiteral("batch"), QStringLiteral("cancel"), big}).exitCode, 0);
    }

    void terminateStopsARunningJob()
    {
        const QString bad = registerDefinition(QStringLiteral("long"),
                                               {QStringLiteral("--vcpus"), QStringLiteral("0.25"),
                                                QStringLiteral("--memory"), QStringLiteral("32")},
                                               QStringLiteral("echo started; sleep 300"));
        QVERIFY2(bad.isEmpty(), qPrintable(bad));
        QVERIFY(m_processes.startServe());
        const QString id = submit(QStringLiteral("long"));
        QVERIFY(reaches(id, QStringLiteral("RUNNING")));
        QCOMPARE(servicesLeft(), 1);
        // What it wrote so far, from the service on the manager.
        QTRY_COMPARE_WITH_TIMEOUT(
            sloop({QStringLiteral("batch"), QStringLiteral("logs"), id}).out.trimmed(),
            QByteArray("started"), 20000);
        // Its service stops the container with SIGKILL and no grace, as the
        // engine path kills one.
        const QByteArray stop = serviceStopSettings();
        QCOMPARE(stop, QByteArray("SIGKILL 0s"));
        QCOMPARE(sloop({QStringLiteral("batch"), QStringLiteral("terminate"), id,
                        QStringLiteral("--reason"), QStringLiteral("not needed")})
                     .exitCode,
                 0);
        const QJsonObject t = finished(id, 60000);
        QCOMPARE(status(t), QStringLiteral("FAILED"));
        QCOMPARE(t.value(QStringLiteral("statusReason")).toString(), QStringLiteral("not needed"));
        // A killed attempt's exit code, 137, as on an engine.
        QCOMPARE(t.value(QStringLiteral("attempts"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("container"))
                     .toObject()
                     .value(QStringLiteral("exitCode"))
                     .toInt(),
                 137);
        QTRY_COMPARE_WITH_TIMEOUT(servicesLeft(), 0, 30000);
    }

    void everyChildRunsOnceThroughAKill()
    {
        const QString bad = registerDefinition(QStringLiteral("steady"),
                                               {QStringLiteral("--vcpus"), QStringLiteral("0.5"),
                                                QStringLiteral("--memory"), QStringLiteral("32")},
                                               QStringLiteral("sleep 3; echo ran"));
        QVERIFY2(bad.isEmpty(), qPrintable(bad));
        QProcess *serve = m_processes.startServe();
        QVERIFY(serve);
        const QString array =
            submit(QStringLiteral("steady"), {QStringLiteral("--array-size"), QStringLiteral("8")});
        QTRY_VERIFY_WITH_TIMEOUT(describeJob(array)
                                         .value(QStringLiteral("arrayProperties"))
                                         .toObject()
                                         .value(QStringLiteral("statusSummary"))
                                         .toObject()
                                         .value(QStringLiteral("RUNNING"))
                                         .toInt() > 0,
                                 120000);
        ::kill(pid_t(serve->processId()), SIGKILL);
        QVERIFY(serve->waitForFinished(5000));
        QTest::qWait(4000); // the services it left finish meanwhile
        QVERIFY(m_processes.startServe());
        const QJsonObject done = finished(array);
        QCOMPARE(status(done), QStringLiteral("SUCCEEDED"));
        for (int i = 0; i < 8; ++i) {
            const QJsonObject child = describeJob(array + QLatin1Char(':') + QString::number(i));
            QCOMPARE(status(child), QStringLiteral("SUCCEEDED"));
            QCOMPARE(child.value(QStringLiteral("attempts")).toArray().size(), 1);
        }
        QTRY_COMPARE_WITH_TIMEOUT(servicesLeft(), 0, 30000);
    }

    // A node killed mid-job (its dockerd gets SIGKILL): once Swarm has had
    // it down for the engine-lost wait, its attempts fail with AWS's "Host
    // EC2 (…) terminated." and run again on the node left. Last, since the
    // swarm does not survive it: sw2 comes back out of the swarm, through
    // the script that starts the test engines.
    void aNodeKilledMidJob()
    {
        const QString bad = registerDefinition(
            QStringLiteral("onlyonce"),
            {QStringLiteral("--vcpus"), QStringLiteral("0.5"), QStringLiteral("--memory"),
             QStringLiteral("32"), QStringLiteral("--attempts"), QStringLiteral("2")},
            QStringLiteral("echo on $(hostname); "
                           "if [ \"$AWS_BATCH_JOB_ATTEMPT\" = 1 ]; then sleep 900; fi"));
        QVERIFY2(bad.isEmpty(), qPrintable(bad));
        QVERIFY(m_processes.startServe());
        const QString array = submit(QStringLiteral("onlyonce"),
                                     {QStringLiteral("--array-size"), QStringLiteral("4")});
        auto child = [&](int i) {
            return describeJob(array + QLatin1Char(':') + QString::number(i));
        };
        for (int i = 0; i < 4; ++i)
            QVERIFY(
                reaches(array + QLatin1Char(':') + QString::number(i), QStringLiteral("RUNNING")));
        QList<int> onSw2;
        for (int i = 0; i < 4; ++i)
            qInfo() << "child" << i << "on"
                    << nodeRunning(array + QLatin1Char(':') + QString::number(i));
        for (int i = 0; i < 4; ++i)
            if (nodeRunning(array + QLatin1Char(':') + QString::number(i)) ==
                QLatin1String("sloop-sw2"))
                onSw2 << i;
        // Swarm spreads one-task services by the tasks each node runs.
        QVERIFY2(!onSw2.isEmpty() && onSw2.size() < 4, "the children did not spread");

        QFile pidFile(QFileInfo(m_sw2Socket).dir().filePath(QStringLiteral("pid")));
        QVERIFY(pidFile.open(QIODevice::ReadOnly));
        const pid_t daemon = pid_t(pidFile.readAll().trimmed().toInt());
        QVERIFY(daemon > 1);
        QCOMPARE(::kill(daemon, SIGKILL), 0);
        m_nodeKilled = true;
        for (const int i : std::as_const(onSw2)) {
            const QJsonObject done = finished(array + QLatin1Char(':') + QString::number(i));
            QCOMPARE(status(done), QStringLiteral("SUCCEEDED"));
            const QJsonArray tries = done.value(QStringLiteral("attempts")).toArray();
            QCOMPARE(tries.size(), 2);
            QCOMPARE(tries.first().toObject().value(QStringLiteral("statusReason")).toString(),
                     QStringLiteral("Host EC2 (engine sloop-sw2) terminated."));
            QVERIFY(tries.last()
                        .toObject()
                        .value(QStringLiteral("container"))
                        .toObject()
                        .value(QStringLiteral("containerInstanceArn"))
                        .toString()
                        .endsWith(QLatin1String("@sloop-sw1")));
        }
        // The ones on sw1 still run their first attempt.
        for (int i = 0; i < 4; ++i)
            if (!onSw2.contains(i))
                QCOMPARE(status(child(i)), QStringLiteral("RUNNING"));
        QCOMPARE(sloop({QStringLiteral("batch"), QStringLiteral("terminate"), array}).exitCode, 0);
        QCOMPARE(status(finished(array)), QStringLiteral("FAILED"));
    }
};

QTEST_GUILESS_MAIN(TestCliBatchSwarm)
#include "tst_clibatchswarm.moc"
