// The service form (docker service create's options), the spec bodies sent
// to the engine and the answers read back, without an engine: malformed
// answers and hostile names included.
#include "swarm/fargatetask.h"
#include "swarm/serviceform.h"
#include "swarm/swarmapi.h"
#include "swarm/swarmjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sloop;
using namespace sloop::swarm;

namespace {

QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestServiceForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void durations()
    {
        QCOMPARE(parseDurationMs(QStringLiteral("10s")), 10000);
        QCOMPARE(parseDurationMs(QStringLiteral("1m30s")), 90000);
        QCOMPARE(parseDurationMs(QStringLiteral("500ms")), 500);
        QCOMPARE(parseDurationMs(QStringLiteral("2h")), 7200000);
        QCOMPARE(parseDurationMs(QStringLiteral("1.5")), 1500);
        QCOMPARE(parseDurationMs(QStringLiteral("0s")), 0);
        QCOMPARE(parseDurationMs(QStringLiteral("10 s")), -1);
        QCOMPARE(parseDurationMs(QStringLiteral("s")), -1);
        QCOMPARE(parseDurationMs(QStringLiteral("-3")), -1);
        QCOMPARE(parseDurationMs(QString()), -1);
    }

    void aWholeFormBecomesTheSpecSwarmReads()
    {
        ServiceForm form;
        form.name = QStringLiteral("web");
        form.image = QStringLiteral("nginx:1.25");
        form.command = {QStringLiteral("nginx"), QStringLiteral("-g"),
                        QStringLiteral("daemon off;")};
        form.replicas = QStringLiteral("3");
        form.publish = {QStringLiteral("8080:80"), QStringLiteral("53/udp"),
                        QStringLiteral("9000:9000,mode=host")};
        form.env = {QStringLiteral("A=1"), QStringLiteral("B=x=y")};
        form.constraints = {QStringLiteral("node.role==worker"),
                            QStringLiteral("node.labels.zone != b")};
        form.mounts = {QStringLiteral("type=volume,src=data,dst=/data,ro")};
        form.cpuLimit = QStringLiteral("0.5");
        form.memoryLimit = QStringLiteral("256m");
        form.healthCommand = QStringLiteral("wget -q -O- localhost");
        form.healthInterval = QStringLiteral("2s");
        form.healthRetries = QStringLiteral("2");
        form.updateParallelism = QStringLiteral("2");
        form.updateDelay = QStringLiteral("1s");
        form.updateFailureAction = QStringLiteral("rollback");
        form.updateOrder = QStringLiteral("start-first");
        const ParsedServiceForm parsed = parseServiceForm(form);
        QVERIFY2(parsed.ok(), qPrintable(parsed.message()));

        const QJsonObject body = object(serviceSpecBody(parsed.spec));
        QCOMPARE(body[QLatin1String("Name")].toString(), QStringLiteral("web"));
        QCOMPARE(body[QLatin1String("Mode")][QLatin1String("Replicated")][QLatin1String("Replicas")]
                     .toInt(),
                 3);
        const QJsonObject task = body[QLatin1String("TaskTemplate")].toObject();
        const QJsonObject container = task[QLatin1String("ContainerSpec")].toObject();
        QCOMPARE(container[QLatin1String("Image")].toString(), QStringLiteral("nginx:1.25"));
        QCOMPARE(container[QLatin1String("Args")].toArray().size(), 3);
        QCOMPARE(container[QLatin1String("Env")].toArray().at(1).toString(),
                 QStringLiteral("B=x=y"));
        QCOMPARE(container[QLatin1String("Healthcheck")][QLatin1String("Interval")].toDouble(),
                 2e9);
        QCOMPARE(
            container[QLatin1String("Mounts")].toArray().at(0)[QLatin1String("ReadOnly")].toBool(),
            true);
        QCOMPARE(
            task[QLatin1String("Resources")][QLatin1String("Limits")][QLatin1String("NanoCPUs")]
                .toDouble(),
            5e8);
        QCOMPARE(task[QLatin1String("Placement")][QLatin1String("Constraints")].toArray().size(),
                 2);
        const QJsonArray ports =
            body[QLatin1String("EndpointSpec")][QLatin1String("Ports")].toArray();
        QCOMPARE(ports.size(), 3);
        QCOMPARE(ports.at(0)[QLatin1String("PublishedPort")].toInt(), 8080);
        QVERIFY(!ports.at(1).toObject().contains(QLatin1String("PublishedPort"))); // swarm picks
        QCOMPARE(ports.at(1)[QLatin1String("Protocol")].toString(), QStringLiteral("udp"));
        QCOMPARE(ports.at(2)[QLatin1String("PublishMode")].toString(), QStringLiteral("host"));
        const QJsonObject update = body[QLatin1String("UpdateConfig")].toObject();
        QCOMPARE(update[QLatin1String("Parallelism")].toInt(), 2);
        QCOMPARE(update[QLatin1String("Delay")].toDouble(), 1e9);
        QCOMPARE(update[QLatin1String("FailureAction")].toString(), QStringLiteral("rollback"));
        QCOMPARE(update[QLatin1String("Order")].toString(), QStringLiteral("start-first"));
    }

    void everyBadFieldIsNamed()
    {
        ServiceForm form;
        form.name = QStringLiteral("web;rm -rf /");
        form.image = QStringLiteral("nginx latest");
        form.replicas = QStringLiteral("-1");
        form.publish = {QStringLiteral("80:99999"), QStringLiteral("http")};
        form.env = {QStringLiteral("=x"), QStringLiteral("NOEQUALS")};
        form.constraints = {QStringLiteral("role=worker")};
        form.mounts = {QStringLiteral("type=bind,dst=/data"), QStringLiteral("src=x,dst=relative")};
        form.memoryLimit = QStringLiteral("1k");
        form.cpuLimit = QStringLiteral("lots");
        form.restartCondition = QStringLiteral("sometimes");
        form.healthCommand = QStringLiteral("true");
        form.healthInterval = QStringLiteral("soon");
        form.updateFailureAction = QStringLiteral("panic");
        form.updateOrder = QStringLiteral("random");
        const ParsedServiceForm parsed = parseServiceForm(form);
        QStringList fields;
        for (const FormProblem &p : parsed.problems)
            fields.append(p.field);
        for (const char *f : {"name", "image", "replicas", "publish", "env", "constraints",
                              "mounts", "memoryLimit", "cpuLimit", "restartCondition",
                              "healthInterval", "updateFailureAction", "updateOrder"})
            QVERIFY2(fields.contains(QString::fromLatin1(f)), f);
        QCOMPARE(fields.count(QStringLiteral("publish")), 2);
        QCOMPARE(fields.count(QStringLiteral("env")), 2);
        QCOMPARE(fields.count(QStringLiteral("mounts")), 2);
        // A hostile name is quoted back cut short, never sent.
        QVERIFY(parsed.message().contains(QStringLiteral("web;rm -rf /")));

        ServiceForm global;
        global.name = QStringLiteral("agent");
        global.image = QStringLiteral("busybox");
        global.global = true;
        global.replicas = QStringLiteral("2");
        QCOMPARE(parseServiceForm(global).problems.size(), 1);
        global.replicas.clear();
        const ParsedServiceForm ok = parseServiceForm(global);
        QVERIFY(ok.ok());
        QVERIFY(object(serviceSpecBody(ok.spec))[QLatin1String("Mode")].toObject().contains(
            QLatin1String("Global")));
    }

    void fargateSizes()
    {
        QVERIFY(checkFargateSize(0.25, 512).isEmpty());
        QVERIFY(checkFargateSize(0.25, 2048).isEmpty());
        QVERIFY(!checkFargateSize(0.25, 3072).isEmpty());
        QVERIFY(checkFargateSize(1, 8192).isEmpty());
        QVERIFY(!checkFargateSize(1, 1024).isEmpty());
        QVERIFY(checkFargateSize(8, 20 * 1024).isEmpty());
        QVERIFY(!checkFargateSize(8, 18 * 1024).isEmpty()); // 4 GB steps from 16
        QVERIFY(checkFargateSize(0.3, 1024).contains(QStringLiteral("0.25")));
        // A job's body has no update policy (Swarm refuses one).
        ServiceSpec job;
        job.name = QStringLiteral("t");
        job.image = QStringLiteral("busybox");
        job.job = true;
        const QJsonObject body = object(serviceSpecBody(job));
        QVERIFY(body[QLatin1String("Mode")].toObject().contains(QLatin1String("ReplicatedJob")));
        QVERIFY(!body.contains(QLatin1String("UpdateConfig")));
    }

    void names()
    {
        QVERIFY(checkServiceName(QStringLiteral("web")).isEmpty());
        QVERIFY(checkServiceName(QStringLiteral("a.b_c-1")).isEmpty());
        QVERIFY(checkServiceName(QString(63, QLatin1Char('a'))).isEmpty());
        QVERIFY(!checkServiceName(QString(64, QLatin1Char('a'))).isEmpty());
        QVERIFY(!checkServiceName(QStringLiteral("-web")).isEmpty());
        QVERIFY(!checkServiceName(QStringLiteral("../etc")).isEmpty());
        QVERIFY(!checkServiceName(QStringLiteral("web\nx")).isEmpty());
        QVERIFY(!checkServiceName(QStringLiteral("wéb")).isEmpty());
        QVERIFY(!checkServiceName(QString()).isEmpty());
    }

    void changesKeepWhatTheyDoNotName()
    {
        const QByteArray spec =
            R"({"Name":"web","Labels":{"team":"a"},"Mode":{"Replicated":{"Replicas":2}},
                "TaskTemplate":{"ContainerSpec":{"Image":"busybox:1","Env":["A=1","B=2"],
                "Args":["sleep","1000"]},"ForceUpdate":3,"Unknown":{"kept":true}},
                "EndpointSpec":{"Ports":[{"TargetPort":80}]}})";
        ServiceChange change;
        change.replicas = 5;
        change.image = QStringLiteral("busybox:2");
        change.envAdd = {QStringLiteral("A=9"), QStringLiteral("C=3")};
        change.envRemove = {QStringLiteral("B")};
        change.forceUpdate = true;
        const Result<QByteArray> changed = changedSpec(spec, change);
        QVERIFY2(changed.ok(), qPrintable(changed.error()));
        const QJsonObject doc = object(*changed);
        QCOMPARE(doc[QLatin1String("Mode")][QLatin1String("Replicated")][QLatin1String("Replicas")]
                     .toInt(),
                 5);
        const QJsonObject task = doc[QLatin1String("TaskTemplate")].toObject();
        QCOMPARE(task[QLatin1String("ForceUpdate")].toInt(), 4);
        QVERIFY(task[QLatin1String("Unknown")][QLatin1String("kept")].toBool());
        const QJsonObject container = task[QLatin1String("ContainerSpec")].toObject();
        QCOMPARE(container[QLatin1String("Image")].toString(), QStringLiteral("busybox:2"));
        QCOMPARE(container[QLatin1String("Env")].toArray(),
                 (QJsonArray{QStringLiteral("A=9"), QStringLiteral("C=3")}));
        QCOMPARE(container[QLatin1String("Args")].toArray().size(), 2);
        QCOMPARE(doc[QLatin1String("Labels")][QLatin1String("team")].toString(),
                 QStringLiteral("a"));

        // A global service has no count; a spec that is not JSON is refused.
        ServiceChange scale;
        scale.replicas = 2;
        QVERIFY(!changedSpec(R"({"Mode":{"Global":{}}})", scale).ok());
        QVERIFY(!changedSpec("not json", scale).ok());
        QVERIFY(!nodeSpecWithAvailability("[1,2]", QStringLiteral("drain")).ok());
        const auto drained = nodeSpecWithAvailability(
            R"({"Role":"worker","Availability":"active"})", QStringLiteral("drain"));
        QVERIFY(drained.ok());
        QCOMPARE(object(*drained)[QLatin1String("Availability")].toString(),
                 QStringLiteral("drain"));
        QCOMPARE(object(*drained)[QLatin1String("Role")].toString(), QStringLiteral("worker"));
    }

    void malformedAnswersAreErrorsThatSaySo()
    {
        for (const QByteArray &bad :
             {QByteArray(), QByteArray("{"), QByteArray("<html>502</html>"), QByteArray("null")}) {
            QVERIFY(!parseServices(bad).ok());
            QVERIFY(!parseNodes(bad).ok());
            QVERIFY(!parseTasks(bad).ok());
            QVERIFY(!parseSwarmState(bad).ok());
            QVERIFY(!parseService(bad).ok());
        }
        QVERIFY(parseServices("{").error().contains(QStringLiteral("malformed JSON")));
        // Fields of the wrong type read as empty; entries without an id are skipped.
        const auto services = parseServices(
            R"([{"ID":"s1","Spec":{"Name":7,"Mode":{"Replicated":{"Replicas":"x"}}}},{"Spec":{}}])");
        QVERIFY(services.ok());
        QCOMPARE(services->size(), 1);
        QCOMPARE(services->first().name, QString());
        QCOMPARE(services->first().desired, 1);
        QVERIFY(!parseJoinTokens(R"({"JoinTokens":{}})").ok());
        const auto inactive = parseSwarmState(R"({"Swarm":{"LocalNodeState":"inactive"}})");
        QVERIFY(inactive.ok());
        QVERIFY(!inactive->active());
    }

    void serviceLogsAreMergedByTimeWithTaskNames()
    {
        auto frame = [](char kind, const QByteArray &line) -> QByteArray {
            QByteArray f(8, '\0');
            f[0] = kind;
            const quint32 n = quint32(line.size());
            f[4] = char(n >> 24);
            f[5] = char(n >> 16);
            f[6] = char(n >> 8);
            f[7] = char(n);
            return f + line;
        };
        const QByteArray body =
            frame(1, "2026-12-07T10:00:02.000000000Z com.docker.swarm.node.id=n2,"
                     "com.docker.swarm.service.id=s,com.docker.swarm.task.id=t2 second\n") +
            frame(2, "2026-12-07T10:00:01.000000000Z com.docker.swarm.node.id=n1,"
                     "com.docker.swarm.service.id=s,com.docker.swarm.task.id=t1 first\n") +
            frame(1, "2026-12-07T10:00:03.000000000Z com.docker.swarm.node.id=n1,"
                     "com.docker.swarm.service.id=s,com.docker.swarm.task.id=gone third\n");
        SwarmTask t1, t2;
        t1.id = QStringLiteral("t1");
        t1.slot = 1;
        t2.id = QStringLiteral("t2");
        t2.slot = 2;
        const QList<ServiceLogLine> lines = parseServiceLogs(body, QStringLiteral("web"), {t1, t2});
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0].text, QStringLiteral("first"));
        QCOMPARE(lines[0].task, QStringLiteral("web.1"));
        QCOMPARE(lines[0].nodeId, QStringLiteral("n1"));
        QVERIFY(lines[0].stderrStream);
        QCOMPARE(lines[1].task, QStringLiteral("web.2"));
        QCOMPARE(lines[2].task, QStringLiteral("web.gone"));
        // A cut stream keeps what arrived whole.
        QCOMPARE(parseServiceLogs(body.left(body.size() - 5), QStringLiteral("web"), {}).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestServiceForm)
#include "tst_serviceform.moc"
