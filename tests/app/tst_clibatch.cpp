// `sloop batch ...` as processes on a private data folder and the real
// dockerd: environments, queues, definitions, submit/describe/ls/logs with
// --json in AWS Batch's shapes, refusals with their exit statuses, and the
// issue's durability case: `sloop serve` killed with SIGKILL in the middle of
// hundreds of jobs, started again, and every job run exactly once.
#include "cliprocess.h"
#include "settings/settings.h"
#include "sloopprocesses.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace sloop;

using Outcome = test::CliOutcome;
using test::describe;

class TestCliBatch : public QObject
{
    Q_OBJECT

    QString m_binary;
    std::unique_ptr<test::IsolatedXdg> m_xdg;
    QProcessEnvironment m_env;
    test::SloopProcesses m_processes;
    QTemporaryDir m_out;

    Outcome sloop(const QStringList &args) { return test::runCli(m_binary, args, m_env, 60000); }
    QJsonObject json(const QStringList &args)
    {
        const Outcome o = sloop(args + QStringList{QStringLiteral("--json")});
        if (o.exitCode != 0)
            qWarning("%s", qPrintable(describe(o)));
        return QJsonDocument::fromJson(o.out).object();
    }
    QJsonObject describeJob(const QString &id)
    {
        return json({QStringLiteral("batch"), QStringLiteral("describe"), id});
    }
    // Waits until the job has finished; its description then.
    QJsonObject finished(const QString &id, int ms = 120000)
    {
        QDeadlineTimer deadline(ms);
        QJsonObject d;
        while (!deadline.hasExpired()) {
            d = describeJob(id);
            const QString status = d.value(QStringLiteral("status")).toString();
            if (status == QLatin1String("SUCCEEDED") || status == QLatin1String("FAILED"))
                return d;
            QTest::qWait(300);
        }
        qWarning("%s still %s", qPrintable(id),
                 qPrintable(d.value(QStringLiteral("status")).toString()));
        return d;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_binary = qEnvironmentVariable("SLOOP_BINARY");
        QVERIFY2(!m_binary.isEmpty(), "SLOOP_BINARY is not set: run the suite through ctest");
        auto connected = test::connectTestEngine(this);
        QVERIFY2(connected.ok(), qPrintable(connected.error()));
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
        // The containers write here (dockerd runs as root; anyone may write).
        QFile::setPermissions(m_out.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                                QFileDevice::WriteOther | QFileDevice::ExeOther);

        const Outcome env = sloop(
            {QStringLiteral("batch"), QStringLiteral("environments"), QStringLiteral("create"),
             QStringLiteral("ce"), QStringLiteral("--engine"), QStringLiteral("local"),
             QStringLiteral("--max-vcpus"), QStringLiteral("2"), QStringLiteral("--json")});
        QVERIFY2(env.exitCode == 0, qPrintable(describe(env)));
        QCOMPARE(
            QJsonDocument::fromJson(env.out).object().value(QStringLiteral("state")).toString(),
            QStringLiteral("ENABLED"));
        const Outcome queue =
            sloop({QStringLiteral("batch"), QStringLiteral("queues"), QStringLiteral("create"),
                   QStringLiteral("work"), QStringLiteral("--environments"), QStringLiteral("ce"),
                   QStringLiteral("--priority"), QStringLiteral("5")});
        QVERIFY2(queue.exitCode == 0, qPrintable(describe(queue)));
        const Outcome def =
            sloop({QStringLiteral("batch"),
                   QStringLiteral("definitions"),
                   QStringLiteral("register"),
                   QStringLiteral("note"),
                   QStringLiteral("--image"),
                   QString::fromLatin1(test::kBusybox),
                   QStringLiteral("--vcpus"),
                   QStringLiteral("0.25"),
                   QStringLiteral("--memory"),
                   QStringLiteral("32"),
                   QStringLiteral("--retry-on"),
                   QStringLiteral("137:RETRY"),
                   QStringLiteral("--attempts"),
                   QStringLiteral("2"),
                   QStringLiteral("-v"),
                   m_out.path() + QStringLiteral(":/out"),
                   QStringLiteral("--param"),
                   QStringLiteral("pause=0.3"),
                   QStringLiteral("--"),
                   QStringLiteral("sh"),
                   QStringLiteral("-c"),
                   QStringLiteral(
                       "sleep $0; echo $AWS_BATCH_JOB_ID >> /out/ran; echo done $AWS_BATCH_JOB_ID"),
                   QStringLiteral("Ref::pause")});
        QVERIFY2(def.exitCode == 0, qPrintable(describe(def)));
        QCOMPARE(def.out.trimmed(), QByteArray("note:1"));
    }

    void cleanup() { m_processes.killAll(); }

    void submitDescribeListLogs()
    {
        const QJsonObject submitted =
            json({QStringLiteral("batch"), QStringLiteral("submit"), QStringLiteral("--queue"),
                  QStringLiteral("work"), QStringLiteral("--definition"), QStringLiteral("note"),
                  QStringLiteral("--name"), QStringLiteral("first")});
        const QString id = submitted.value(QStringLiteral("jobId")).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(describeJob(id).value(QStringLiteral("status")).toString(),
                 QStringLiteral("SUBMITTED")); // nobody runs jobs yet
        const QString array =
            json({QStringLiteral("batch"), QStringLiteral("submit"), QStringLiteral("-q"),
                  QStringLiteral("work"), QStringLiteral("-d"), QStringLiteral("note:1"),
                  QStringLiteral("--array-size"), QStringLiteral("3")})
                .value(QStringLiteral("jobId"))
                .toString();
        QVERIFY(m_processes.startServe());
        const QJsonObject done = finished(id);
        QCOMPARE(done.value(QStringLiteral("status")).toString(), QStringLiteral("SUCCEEDED"));
        QCOMPARE(done.value(QStringLiteral("statusReason")).toString(),
                 QStringLiteral("Essential container in task exited"));
        const QJsonArray attempts = done.value(QStringLiteral("attempts")).toArray();
        QCOMPARE(attempts.size(), 1);
        QCOMPARE(attempts[0]
                     .toObject()
                     .value(QStringLiteral("container"))
                     .toObject()
                     .value(QStringLiteral("exitCode"))
                     .toInt(),
                 0);
        const QJsonObject arrayDone = finished(array);
        QCOMPARE(arrayDone.value(QStringLiteral("arrayProperties"))
                     .toObject()
                     .value(QStringLiteral("statusSummary"))
                     .toObject()
                     .value(QStringLiteral("SUCCEEDED"))
                     .toInt(),
                 3);
        const Outcome logs =
            sloop({QStringLiteral("batch"), QStringLiteral("logs"), array + QStringLiteral(":2")});
        QVERIFY2(logs.exitCode == 0, qPrintable(describe(logs)));
        QCOMPARE(logs.out.trimmed(),
                 (QStringLiteral("done ") + array + QStringLiteral(":2")).toUtf8());
        const Outcome table = sloop({QStringLiteral("batch"), QStringLiteral("ls"),
                                     QStringLiteral("--queue"), QStringLiteral("work"),
                                     QStringLiteral("--status"), QStringLiteral("succeeded")});
        QVERIFY2(table.exitCode == 0, qPrintable(describe(table)));
        QVERIFY(table.out.contains(id.toUtf8()));
        QVERIFY(table.out.contains("array of 3: SUCCEEDED 3"));
        const QJsonArray listed =
            json({QStringLiteral("batch"), QStringLiteral("ls"), QStringLiteral("--array"), array})
                .value(QStringLiteral("jobSummaryList"))
                .toArray();
        QCOMPARE(listed.size(), 3);
        QCOMPARE(listed[1]
                     .toObject()
                     .value(QStringLiteral("arrayProperties"))
                     .toObject()
                     .value(QStringLiteral("index"))
                     .toInt(),
                 1);
        const QJsonArray queues =
            json({QStringLiteral("batch"), QStringLiteral("queues"), QStringLiteral("ls")})
                .value(QStringLiteral("jobQueues"))
                .toArray();
        QCOMPARE(queues[0]
                     .toObject()
                     .value(QStringLiteral("jobCounts"))
                     .toObject()
                     .value(QStringLiteral("SUCCEEDED"))
                     .toInt(),
                 4);
        // What those attempts would cost on AWS Batch.
        const QJsonObject cost = json({QStringLiteral("batch"), QStringLiteral("cost"),
                                       QStringLiteral("--queue"), QStringLiteral("work")});
        QCOMPARE(cost.value(QStringLiteral("attempts")).toInt(), 4);
        QVERIFY(cost.value(QStringLiteral("fargateUsd")).toDouble() > 0);
        QCOMPARE(cost.value(QStringLiteral("ec2Types")).toString(), QStringLiteral("c5.large"));
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        const QStringList submit = {QStringLiteral("batch"), QStringLiteral("submit"),
                                    QStringLiteral("-q"),    QStringLiteral("work"),
                                    QStringLiteral("-d"),    QStringLiteral("note")};
        QTest::newRow("unknown queue")
            << QStringList{QStringLiteral("batch"), QStringLiteral("submit"),
                           QStringLiteral("-q"),    QStringLiteral("nope"),
                           QStringLiteral("-d"),    QStringLiteral("note")}
            << 3 << "nope";
        QTest::newRow("10,001 children")
            << submit + QStringList{QStringLiteral("--array-size"), QStringLiteral("10001")} << 9
            << "10000";
        QTest::newRow("no such dependency")
            << submit + QStringList{QStringLiteral("--depends-on"),
                                    QStringLiteral("1b4e28ba-2fa1-11d2-883f-0016d3cca427")}
            << 3 << "1b4e28ba";
        QTest::newRow("absurd vCPUs")
            << submit + QStringList{QStringLiteral("--vcpus"), QStringLiteral("-4")} << 9
            << "vcpus";
        QTest::newRow("a rule without an action")
            << submit + QStringList{QStringLiteral("--retry-on"), QStringLiteral("137")} << 2
            << "RETRY";
        QTest::newRow("a definition without an image")
            << QStringList{QStringLiteral("batch"), QStringLiteral("definitions"),
                           QStringLiteral("register"), QStringLiteral("x")}
            << 2 << "--image";
        QTest::newRow("no such job")
            << QStringList{QStringLiteral("batch"), QStringLiteral("describe"),
                           QStringLiteral("nope")}
            << 3 << "nope";
        QTest::newRow("an environment a queue uses")
            << QStringList{QStringLiteral("batch"), QStringLiteral("environments"),
                           QStringLiteral("rm"), QStringLiteral("ce")}
            << 4 << "work";
    }
    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        const Outcome o = sloop(args);
        QVERIFY2(o.exitCode == exitCode, qPrintable(describe(o)));
        QVERIFY2(QString::fromUtf8(o.err).contains(says), qPrintable(describe(o)));
    }

    // Debian's awscli against the AWS-compatible endpoint: register, submit,
    // describe, list, queues, and Batch's error for a job that is not there.
    // `aws batch ARGS` against this data folder's endpoint, with a new key.
    std::function<Outcome(const QStringList &)> awsBatch()
    {
        const Outcome key = sloop(
            {QStringLiteral("credentials"), QStringLiteral("create"), QStringLiteral("--json")});
        if (key.exitCode != 0)
            qWarning("%s", qPrintable(describe(key)));
        const QJsonObject k = QJsonDocument::fromJson(key.out).object();
        const QString url = QString::fromUtf8(sloop({QStringLiteral("endpoint")}).out).trimmed();
        QProcessEnvironment awsEnv = m_env;
        awsEnv.insert(QStringLiteral("AWS_ACCESS_KEY_ID"),
                      k.value(QStringLiteral("accessKeyId")).toString());
        awsEnv.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"),
                      k.value(QStringLiteral("secretAccessKey")).toString());
        awsEnv.insert(QStringLiteral("AWS_REGION"), QStringLiteral("local"));
        awsEnv.insert(QStringLiteral("AWS_PAGER"), QString());
        awsEnv.insert(QStringLiteral("AWS_EC2_METADATA_DISABLED"), QStringLiteral("true"));
        return [awsEnv, url](const QStringList &args) {
            return test::runCli(QStringLiteral("/usr/bin/aws"),
                                QStringList{QStringLiteral("batch")} + args +
                                    QStringList{QStringLiteral("--endpoint-url"), url,
                                                QStringLiteral("--output"), QStringLiteral("json")},
                                awsEnv, 60000);
        };
    }

    void awsCliSubmitsAndDescribes()
    {
        const auto aws = awsBatch();
        QVERIFY(m_processes.startServe());
        const QString props =
            QStringLiteral("{\"image\":\"%1\",\"command\":[\"sh\",\"-c\",\"echo from aws "
                           "$AWS_BATCH_JQ_NAME\"],\"resourceRequirements\":[{\"type\":\"VCPU\","
                           "\"value\":\"0.25\"},{\"type\":\"MEMORY\",\"value\":\"32\"}]}")
                .arg(QString::fromLatin1(test::kBusybox));
        Outcome o =
            aws({QStringLiteral("register-job-definition"), QStringLiteral("--job-definition-name"),
                 QStringLiteral("viaaws"), QStringLiteral("--type"), QStringLiteral("container"),
                 QStringLiteral("--container-properties"), props});
        QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
        QCOMPARE(QJsonDocument::fromJson(o.out).object().value(QStringLiteral("revision")).toInt(),
                 1);
        o = aws({QStringLiteral("submit-job"), QStringLiteral("--job-name"),
                 QStringLiteral("fromaws"), QStringLiteral("--job-queue"), QStringLiteral("work"),
                 QStringLiteral("--job-definition"), QStringLiteral("viaaws:1")});
        QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
        const QString id =
            QJsonDocument::fromJson(o.out).object().value(QStringLiteral("jobId")).toString();
        QVERIFY(!id.isEmpty());
        QJsonObject job;
        QDeadlineTimer deadline(60000);
        while (!deadline.hasExpired()) {
            o = aws({QStringLiteral("describe-jobs"), QStringLiteral("--jobs"), id});
            QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
            job = QJsonDocument::fromJson(o.out)
                      .object()
                      .value(QStringLiteral("jobs"))
                      .toArray()
                      .first()
                      .toObject();
            if (job.value(QStringLiteral("status")).toString() == QLatin1String("SUCCEEDED"))
                break;
            QTest::qWait(300);
        }
        QCOMPARE(job.value(QStringLiteral("status")).toString(), QStringLiteral("SUCCEEDED"));
        QCOMPARE(job.value(QStringLiteral("jobName")).toString(), QStringLiteral("fromaws"));
        QCOMPARE(job.value(QStringLiteral("attempts")).toArray().size(), 1);
        const Outcome logs = sloop({QStringLiteral("batch"), QStringLiteral("logs"), id});
        QCOMPARE(logs.out.trimmed(), QByteArray("from aws work"));
        o = aws({QStringLiteral("list-jobs"), QStringLiteral("--job-queue"), QStringLiteral("work"),
                 QStringLiteral("--job-status"), QStringLiteral("SUCCEEDED")});
        QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
        QVERIFY(o.out.contains(id.toUtf8()));
        o = aws({QStringLiteral("describe-job-queues")});
        QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
        QCOMPARE(QJsonDocument::fromJson(o.out)
                     .object()
                     .value(QStringLiteral("jobQueues"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("priority"))
                     .toInt(),
                 5);
        o = aws({QStringLiteral("terminate-job"), QStringLiteral("--job-id"),
                 QStringLiteral("nope"), QStringLiteral("--reason"), QStringLiteral("x")});
        QVERIFY(o.exitCode != 0);
        QVERIFY2(o.err.contains("ClientException") && o.err.contains("nope"),
                 qPrintable(describe(o)));
    }

    // Fair share from both ends: the CLI makes a policy and a queue that
    // uses it, `aws batch` makes its own, and jobs name their share.
    void fairShareFromTheCliAndTheAwsCli()
    {
        const QString batch = QStringLiteral("batch");
        QJsonObject policy =
            json({batch, QStringLiteral("policies"), QStringLiteral("create"),
                  QStringLiteral("fair"), QStringLiteral("--share"), QStringLiteral("ml*=0.25"),
                  QStringLiteral("--share"), QStringLiteral("etl=1"), QStringLiteral("--decay"),
                  QStringLiteral("600"), QStringLiteral("--reservation"), QStringLiteral("10")});
        const QJsonObject fair = policy.value(QStringLiteral("fairsharePolicy")).toObject();
        QCOMPARE(fair.value(QStringLiteral("shareDistribution")).toArray().size(), 2);
        QCOMPARE(fair.value(QStringLiteral("computeReservation")).toInt(), 10);
        QVERIFY(policy.value(QStringLiteral("arn"))
                    .toString()
                    .endsWith(QStringLiteral("scheduling-policy/fair")));
        Outcome o =
            sloop({batch, QStringLiteral("policies"), QStringLiteral("create"),
                   QStringLiteral("bad"), QStringLiteral("--share"), QStringLiteral("x=0")});
        QVERIFY2(o.exitCode != 0 && o.err.contains("weightFactor"), qPrintable(describe(o)));
        o = sloop({batch, QStringLiteral("queues"), QStringLiteral("create"),
                   QStringLiteral("shared"), QStringLiteral("--environments"), QStringLiteral("ce"),
                   QStringLiteral("--policy"), QStringLiteral("fair")});
        QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
        o = sloop({batch, QStringLiteral("queues"), QStringLiteral("ls")});
        QVERIFY2(o.out.contains("fair share (fair)"), qPrintable(describe(o)));
        o = sloop({batch, QStringLiteral("policies"), QStringLiteral("ls")});
        QVERIFY2(o.out.contains("ml*=0.25, etl=1") && o.out.contains("600 s"),
                 qPrintable(describe(o)));

        o = sloop({batch, QStringLiteral("submit"), QStringLiteral("--queue"),
                   QStringLiteral("shared"), QStringLiteral("--definition"),
                   QStringLiteral("note")});
        QVERIFY2(o.exitCode != 0 && o.err.contains("share identifier"), qPrintable(describe(o)));
        const QString id =
            json({batch, QStringLiteral("submit"), QStringLiteral("--queue"),
                  QStringLiteral("shared"), QStringLiteral("--definition"), QStringLiteral("note"),
                  QStringLiteral("--share-identifier"), QStringLiteral("ml-a"),
                  QStringLiteral("--scheduling-priority"), QStringLiteral("7")})
                .value(QStringLiteral("jobId"))
                .toString();
        QVERIFY(!id.isEmpty());
        const QJsonObject described = describeJob(id);
        QCOMPARE(described.value(QStringLiteral("shareIdentifier")).toString(),
                 QStringLiteral("ml-a"));
        QCOMPARE(described.value(QStringLiteral("schedulingPriority")).toInt(), 7);
        o = sloop(
            {batch, QStringLiteral("policies"), QStringLiteral("rm"), QStringLiteral("fair")});
        QVERIFY2(o.exitCode != 0 && o.err.contains("shared"), qPrintable(describe(o)));

        // The same through `aws batch`.
        const auto aws = awsBatch();
        QVERIFY(m_processes.startServe());
        o = aws({QStringLiteral("create-scheduling-policy"), QStringLiteral("--name"),
                 QStringLiteral("awsfair"), QStringLiteral("--fairshare-policy"),
                 QStringLiteral("{\"shareDecaySeconds\":0,\"computeReservation\":20,"
                                "\"shareDistribution\":[{\"shareIdentifier\":\"a\","
                                "\"weightFactor\":0.5}]}")});
        QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
        const QString arn =
            QJsonDocument::fromJson(o.out).object().value(QStringLiteral("arn")).toString();
        QVERIFY(arn.endsWith(QStringLiteral("scheduling-policy/awsfair")));
        o = aws({QStringLiteral("list-scheduling-policies")});
        QVERIFY2(o.exitCode == 0 && o.out.contains(arn.toUtf8()), qPrintable(describe(o)));
        o = aws({QStringLiteral("create-job-queue"), QStringLiteral("--job-queue-name"),
                 QStringLiteral("awsq"), QStringLiteral("--priority"), QStringLiteral("1"),
                 QStringLiteral("--scheduling-policy-arn"), arn,
                 QStringLiteral("--compute-environment-order"),
                 QStringLiteral("order=1,computeEnvironment=ce")});
        QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
        o = aws({QStringLiteral("submit-job"), QStringLiteral("--job-name"),
                 QStringLiteral("shared-one"), QStringLiteral("--job-queue"),
                 QStringLiteral("awsq"), QStringLiteral("--job-definition"), QStringLiteral("note"),
                 QStringLiteral("--share-identifier"), QStringLiteral("a"),
                 QStringLiteral("--scheduling-priority-override"), QStringLiteral("3")});
        QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
        const QString awsJob =
            QJsonDocument::fromJson(o.out).object().value(QStringLiteral("jobId")).toString();
        const QJsonObject done = finished(awsJob);
        QCOMPARE(done.value(QStringLiteral("status")).toString(), QStringLiteral("SUCCEEDED"));
        QCOMPARE(done.value(QStringLiteral("shareIdentifier")).toString(), QStringLiteral("a"));
        QCOMPARE(done.value(QStringLiteral("schedulingPriority")).toInt(), 3);
        o = aws({QStringLiteral("update-scheduling-policy"), QStringLiteral("--arn"), arn,
                 QStringLiteral("--fairshare-policy"),
                 QStringLiteral("{\"shareDistribution\":[{\"shareIdentifier\":\"a\","
                                "\"weightFactor\":2}]}")});
        QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
        o = aws({QStringLiteral("describe-scheduling-policies"), QStringLiteral("--arns"), arn});
        QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
        const QJsonObject updated = QJsonDocument::fromJson(o.out)
                                        .object()
                                        .value(QStringLiteral("schedulingPolicies"))
                                        .toArray()
                                        .first()
                                        .toObject()
                                        .value(QStringLiteral("fairsharePolicy"))
                                        .toObject();
        QCOMPARE(updated.value(QStringLiteral("shareDistribution"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("weightFactor"))
                     .toDouble(),
                 2.0);
        // What the update left out stays as it was.
        QCOMPARE(updated.value(QStringLiteral("computeReservation")).toInt(), 20);
        o = aws({QStringLiteral("delete-scheduling-policy"), QStringLiteral("--arn"), arn});
        QVERIFY2(o.exitCode != 0 && o.err.contains("ClientException") && o.err.contains("awsq"),
                 qPrintable(describe(o)));
        o = aws({QStringLiteral("submit-job"), QStringLiteral("--job-name"), QStringLiteral("x"),
                 QStringLiteral("--job-queue"), QStringLiteral("awsq"),
                 QStringLiteral("--job-definition"), QStringLiteral("note")});
        QVERIFY2(o.exitCode != 0 && o.err.contains("share identifier"), qPrintable(describe(o)));
        // The job the CLI submitted ran too, once `sloop serve` was there.
        QCOMPARE(finished(id).value(QStringLiteral("status")).toString(),
                 QStringLiteral("SUCCEEDED"));
    }

    // EventBridge Scheduler's Batch target: a schedule submits the job, and
    // its run settles when the job ends.
    void aScheduleSubmitsJobs()
    {
        QVERIFY(m_processes.startServe());
        const Outcome added = sloop(
            {QStringLiteral("schedules"), QStringLiteral("add"), QStringLiteral("nightly.notes"),
             QStringLiteral("-e"), QStringLiteral("rate(1 hour)"), QStringLiteral("--batch-queue"),
             QStringLiteral("work"), QStringLiteral("--batch-definition"), QStringLiteral("note")});
        QVERIFY2(added.exitCode == 0, qPrintable(describe(added)));
        const Outcome listed = sloop({QStringLiteral("schedules"), QStringLiteral("ls")});
        QVERIFY2(listed.out.contains("batch job note on work"), qPrintable(describe(listed)));
        QJsonObject run;
        QDeadlineTimer deadline(60000);
        while (!deadline.hasExpired()) {
            const Outcome runs = sloop({QStringLiteral("schedules"), QStringLiteral("runs"),
                                        QStringLiteral("nightly.notes"), QStringLiteral("--json")});
            const QJsonArray all = QJsonDocument::fromJson(runs.out).array();
            run = all.isEmpty() ? QJsonObject() : all.first().toObject();
            if (run.value(QStringLiteral("outcome")).toString() == QLatin1String("succeeded"))
                break;
            QTest::qWait(300);
        }
        QCOMPARE(run.value(QStringLiteral("outcome")).toString(), QStringLiteral("succeeded"));
        const QString jobId = run.value(QStringLiteral("requestId")).toString();
        const QJsonObject job = describeJob(jobId);
        QCOMPARE(job.value(QStringLiteral("jobName")).toString(), QStringLiteral("nightly-notes"));
        QCOMPARE(job.value(QStringLiteral("status")).toString(), QStringLiteral("SUCCEEDED"));
        // A target that is not there is refused when the schedule is made.
        const Outcome refused = sloop(
            {QStringLiteral("schedules"), QStringLiteral("add"), QStringLiteral("x"),
             QStringLiteral("-e"), QStringLiteral("rate(1 hour)"), QStringLiteral("--batch-queue"),
             QStringLiteral("nope"), QStringLiteral("--batch-definition"), QStringLiteral("note")});
        QCOMPARE(refused.exitCode, 3);
        QVERIFY(sloop({QStringLiteral("schedules"), QStringLiteral("rm"),
                       QStringLiteral("nightly.notes")})
                    .exitCode == 0);

        // A job the schedule submitted and this CLI cancelled: `sloop serve`
        // never moved it, yet the run settles with the cancel's reason.
        const QString batch = QStringLiteral("batch");
        QVERIFY(sloop({batch, QStringLiteral("queues"), QStringLiteral("create"),
                       QStringLiteral("held"), QStringLiteral("--environments"),
                       QStringLiteral("ce"), QStringLiteral("--disabled")})
                    .exitCode == 0);
        QVERIFY(
            sloop({QStringLiteral("schedules"), QStringLiteral("add"), QStringLiteral("held.notes"),
                   QStringLiteral("-e"), QStringLiteral("rate(1 hour)"),
                   QStringLiteral("--batch-queue"), QStringLiteral("held"),
                   QStringLiteral("--batch-definition"), QStringLiteral("note")})
                .exitCode == 0);
        auto newestRun = [&] {
            const Outcome runs = sloop({QStringLiteral("schedules"), QStringLiteral("runs"),
                                        QStringLiteral("held.notes"), QStringLiteral("--json")});
            const QJsonArray all = QJsonDocument::fromJson(runs.out).array();
            return all.isEmpty() ? QJsonObject() : all.first().toObject();
        };
        QTRY_COMPARE_WITH_TIMEOUT(newestRun().value(QStringLiteral("outcome")).toString(),
                                  QStringLiteral("queued"), 30000);
        const QString held = newestRun().value(QStringLiteral("requestId")).toString();
        QVERIFY(sloop({batch, QStringLiteral("cancel"), held, QStringLiteral("--reason"),
                       QStringLiteral("not tonight")})
                    .exitCode == 0);
        QTRY_COMPARE_WITH_TIMEOUT(newestRun().value(QStringLiteral("outcome")).toString(),
                                  QStringLiteral("function-error"), 10000);
        QVERIFY2(newestRun()
                     .value(QStringLiteral("message"))
                     .toString()
                     .contains(QStringLiteral("not tonight")),
                 qPrintable(newestRun().value(QStringLiteral("message")).toString()));
        QVERIFY(
            sloop({QStringLiteral("schedules"), QStringLiteral("rm"), QStringLiteral("held.notes")})
                .exitCode == 0);
    }

    void everyJobRunsOnceThroughAKill()
    {
        QFile::remove(m_out.filePath(QStringLiteral("ran")));
        // 300 jobs: an array of 240 and 60 single jobs, 0.3 s each, 8 at once.
        const QString array =
            json({QStringLiteral("batch"), QStringLiteral("submit"), QStringLiteral("-q"),
                  QStringLiteral("work"), QStringLiteral("-d"), QStringLiteral("note"),
                  QStringLiteral("--array-size"), QStringLiteral("240")})
                .value(QStringLiteral("jobId"))
                .toString();
        QVERIFY(!array.isEmpty());
        QStringList ids;
        for (int i = 0; i < 60; ++i)
            ids << json({QStringLiteral("batch"), QStringLiteral("submit"), QStringLiteral("-q"),
                         QStringLiteral("work"), QStringLiteral("-d"), QStringLiteral("note")})
                       .value(QStringLiteral("jobId"))
                       .toString();
        QProcess *serve = m_processes.startServe();
        QVERIFY(serve);
        // Mid-run: some done, some running, most waiting.
        QDeadlineTimer deadline(120000);
        QJsonObject summary;
        while (!deadline.hasExpired()) {
            summary = describeJob(array)
                          .value(QStringLiteral("arrayProperties"))
                          .toObject()
                          .value(QStringLiteral("statusSummary"))
                          .toObject();
            if (summary.value(QStringLiteral("SUCCEEDED")).toInt() >= 40 &&
                summary.value(QStringLiteral("RUNNING")).toInt() +
                        summary.value(QStringLiteral("STARTING")).toInt() >
                    0)
                break;
            QTest::qWait(100);
        }
        ::kill(pid_t(serve->processId()), SIGKILL);
        QVERIFY(serve->waitForFinished(5000));
        const QJsonObject before = describeJob(array)
                                       .value(QStringLiteral("arrayProperties"))
                                       .toObject()
                                       .value(QStringLiteral("statusSummary"))
                                       .toObject();
        qInfo("killed with: %s", QJsonDocument(before).toJson(QJsonDocument::Compact).constData());
        QVERIFY(before.value(QStringLiteral("RUNNING")).toInt() +
                    before.value(QStringLiteral("STARTING")).toInt() >
                0);
        QVERIFY(before.value(QStringLiteral("RUNNABLE")).toInt() > 0);

        QVERIFY(m_processes.startServe());
        const QJsonObject done = finished(array, 240000);
        const QJsonObject after = done.value(QStringLiteral("arrayProperties"))
                                      .toObject()
                                      .value(QStringLiteral("statusSummary"))
                                      .toObject();
        qInfo("after the restart: %s",
              QJsonDocument(after).toJson(QJsonDocument::Compact).constData());
        QCOMPARE(after.value(QStringLiteral("SUCCEEDED")).toInt(), 240);
        for (const QString &id : std::as_const(ids))
            QCOMPARE(finished(id).value(QStringLiteral("status")).toString(),
                     QStringLiteral("SUCCEEDED"));
        // Each job wrote its id once: none lost, none run twice.
        QFile ran(m_out.filePath(QStringLiteral("ran")));
        QVERIFY(ran.open(QIODevice::ReadOnly));
        QStringList lines =
            QString::fromUtf8(ran.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 300);
        lines.removeDuplicates();
        QCOMPARE(lines.size(), 300);
        // And one attempt each, as the store says.
        for (const QString &id :
             QStringList{array + QStringLiteral(":0"), array + QStringLiteral(":239"), ids.first()})
            QCOMPARE(describeJob(id).value(QStringLiteral("attempts")).toArray().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliBatch)
#include "tst_clibatch.moc"
