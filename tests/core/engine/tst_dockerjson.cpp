#include "containers/statssampler.h"
#include "engine/dockerjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <limits>

using namespace sloop::engine;

class TestDockerJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void containerList();
    void hostileNames();
    void malformed_data();
    void malformed();
    void wrongTypesTolerated();
    void inspect();
    void hugeNumbersAreClamped();
    void statsCgroupV2();
    void statsCgroupV1();
    void cpuBetweenSamples();
    void version();
    void podmanVersion();
    void events();
    void createBody();
    void systemContainerBody();
    void inspectLimitsAndConfiguredPorts();
    void execInspect();
    void pullProgress();
};

void TestDockerJson::containerList()
{
    const QByteArray body = R"([{"Id":"abc123","Names":["/web-1"],"Image":"nginx:1.25",
        "ImageID":"sha256:ff","Command":"nginx -g 'daemon off;'","Created":1700000000,
        "State":"running","Status":"Up 5 minutes",
        "Ports":[{"IP":"0.0.0.0","PrivatePort":80,"PublicPort":8080,"Type":"tcp"},
                 {"PrivatePort":443,"Type":"tcp"}],
        "Labels":{"com.docker.compose.project":"shop"}}])";
    const auto list = json::parseContainerList(body);
    QVERIFY2(list.ok(), qPrintable(list.error()));
    QCOMPARE(list->size(), 1);
    const ContainerSummary &c = list->first();
    QCOMPARE(c.id, QStringLiteral("abc123"));
    QCOMPARE(c.name, QStringLiteral("web-1"));
    QCOMPARE(c.state, QStringLiteral("running"));
    QCOMPARE(c.composeProject(), QStringLiteral("shop"));
    QCOMPARE(c.ports.size(), 2);
    QCOMPARE(c.ports[0].publicPort, 8080);
    QCOMPARE(c.ports[1].publicPort, 0);
    QCOMPARE(c.created.toSecsSinceEpoch(), 1700000000);
}

void TestDockerJson::hostileNames()
{
    const QString longValue(10000, QLatin1Char('x'));
    QJsonObject labels{{QStringLiteral("note"), QStringLiteral("line1\nline2\"quoted\"")},
                       {QStringLiteral("rtl"), QStringLiteral("abc\u202Egnp.exe")},
                       {QStringLiteral("long"), longValue},
                       {QStringLiteral("esc"), QStringLiteral("\x1b[31mred")}};
    QJsonObject c{{QStringLiteral("Id"), QStringLiteral("id1")},
                  {QStringLiteral("Names"), QJsonArray{QStringLiteral("/we'ird\"name")}},
                  {QStringLiteral("Labels"), labels}};
    const QByteArray body = QJsonDocument(QJsonArray{c}).toJson();
    const auto list = json::parseContainerList(body);
    QVERIFY(list.ok());
    QCOMPARE(list->first().name, QStringLiteral("we'ird\"name"));
    QCOMPARE(list->first().labels.value(QStringLiteral("long")).size(), 10000);
    QCOMPARE(list->first().labels.value(QStringLiteral("rtl")), QStringLiteral("abc\u202Egnp.exe"));
    QCOMPARE(list->first().labels.value(QStringLiteral("note")),
             QStringLiteral("line1\nline2\"quoted\""));
}

void TestDockerJson::malformed_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("html") << QByteArray("<html>502 Bad Gateway</html>");
    QTest::newRow("truncated") << QByteArray(R"([{"Id":"abc","Names":["/x"])");
    QTest::newRow("object-not-array") << QByteArray(R"({"message":"oops"})");
    QTest::newRow("invalid-utf8") << QByteArray("[{\"Id\":\"\xff\xfe\"}]");
}

void TestDockerJson::malformed()
{
    QFETCH(QByteArray, body);
    const auto list = json::parseContainerList(body);
    QVERIFY(!list.ok());
    QVERIFY(!list.error().isEmpty());
    const auto stats = json::parseStats(body);
    QVERIFY(!stats.ok());
    if (body.startsWith('{')) // an error object: its message is told
        QVERIFY2(stats.error().contains(QLatin1String("oops")), qPrintable(stats.error()));
    QVERIFY(!json::parseVersion(body).ok());
}

void TestDockerJson::wrongTypesTolerated()
{
    // A fork or proxy that sends numbers as strings, nulls and nested junk
    // gives partial data, never a crash.
    const QByteArray body = R"([{"Id":"x1","Names":null,"Created":"yesterday","State":7,
        "Ports":"none","Labels":[1,2]},{"Names":["/no-id"]},42])";
    const auto list = json::parseContainerList(body);
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 1); // entries without an id are dropped
    QCOMPARE(list->first().id, QStringLiteral("x1"));
    QVERIFY(list->first().name.isEmpty());
    QVERIFY(list->first().state.isEmpty());
}

void TestDockerJson::inspect()
{
    const QByteArray body = R"({"Id":"abc","Name":"/db","Created":"2026-11-27T10:00:00.5Z",
        "Image":"sha256:1","Config":{"Image":"postgres:15","Env":["A=1","B=two words"],
        "Cmd":["postgres"],"Tty":true,"Labels":{"k":"v"}},
        "State":{"Status":"exited","ExitCode":3,"StartedAt":"2026-11-27T10:00:01Z",
                 "FinishedAt":"0001-01-01T00:00:00Z"},
        "HostConfig":{"Memory":268435456,"NanoCpus":500000000,"RestartPolicy":{"Name":"always"}},
        "Mounts":[{"Type":"volume","Name":"pgdata","Source":"/var/lib/docker/volumes/pgdata/_data",
                   "Destination":"/var/lib/postgresql/data","RW":true}],
        "NetworkSettings":{"Ports":{"5432/tcp":[{"HostIp":"127.0.0.1","HostPort":"15432"}],
                                    "9/udp":null},
                           "Networks":{"bridge":{"IPAddress":"172.17.0.3"}}}})";
    const auto d = json::parseContainerInspect(body);
    QVERIFY2(d.ok(), qPrintable(d.error()));
    QCOMPARE(d->summary.name, QStringLiteral("db"));
    QCOMPARE(d->summary.image, QStringLiteral("postgres:15"));
    QCOMPARE(d->env, (QStringList{QStringLiteral("A=1"), QStringLiteral("B=two words")}));
    QVERIFY(d->tty);
    QCOMPARE(d->exitCode, 3);
    QVERIFY(!d->finishedAt.isValid()); // Go's zero time means "never"
    QCOMPARE(d->memoryLimit, 268435456);
    QCOMPARE(d->restartPolicy, QStringLiteral("always"));
    QCOMPARE(d->mounts.size(), 1);
    QCOMPARE(d->mounts[0].source, QStringLiteral("pgdata"));
    QCOMPARE(d->summary.ports.size(), 2);
    QCOMPARE(d->networks.value(QStringLiteral("bridge")), QStringLiteral("172.17.0.3"));
    QVERIFY(!d->sizeRw && !d->sizeRootFs); // not asked for

    // ?size=1: the sizes; a negative or non-number one is not a size.
    const auto sized = json::parseContainerInspect(R"({"Id":"abc","SizeRw":6291456,
        "SizeRootFs":7340032})");
    QCOMPARE(sized->sizeRw, std::optional<qint64>(6291456));
    QCOMPARE(sized->sizeRootFs, std::optional<qint64>(7340032));
    const auto odd = json::parseContainerInspect(R"({"Id":"abc","SizeRw":-5,"SizeRootFs":"7"})");
    QCOMPARE(odd->sizeRw, std::optional<qint64>(0));
    QVERIFY(!odd->sizeRootFs);
}

// Numbers outside an integer's range (an engine's bug, a hostile proxy):
// clamped, not cast (undefined behaviour; the sanitized build of this
// suite stops at such a cast).
void TestDockerJson::hugeNumbersAreClamped()
{
    const QByteArray inspectBody = R"({"Id":"abc","Name":"/x","State":{"ExitCode":1e300,
        "Pid":-1e300},"HostConfig":{"Memory":1e300,"NanoCpus":-1e300,"PidsLimit":3.5}})";
    const auto d = json::parseContainerInspect(inspectBody);
    QVERIFY2(d.ok(), qPrintable(d.error()));
    QCOMPARE(d->memoryLimit, std::numeric_limits<qint64>::max());
    QCOMPARE(d->nanoCpus, std::numeric_limits<qint64>::min());
    QCOMPARE(d->pidsLimit, qint64(3));
    const QByteArray statsBody = R"({"read":"2026-11-27T10:00:00Z","id":"c1",
        "cpu_stats":{"cpu_usage":{"total_usage":1e30},"system_cpu_usage":-5e30,"online_cpus":1e300},
        "precpu_stats":{"cpu_usage":{"total_usage":0},"system_cpu_usage":0},
        "memory_stats":{"usage":1e40,"limit":2.5e19}})";
    const auto st = json::parseStats(statsBody);
    QVERIFY2(st.ok(), qPrintable(st.error()));
    QCOMPARE(st->memoryLimit, std::numeric_limits<quint64>::max());
    QCOMPARE(st->systemCpu, quint64(0));
}

void TestDockerJson::statsCgroupV2()
{
    // Figures as the docker CLI computes them: memory minus inactive_file,
    // CPU% = (cpu delta / system delta) * online CPUs * 100.
    const QByteArray body = R"({"read":"2026-11-27T10:00:00Z","id":"c1",
        "cpu_stats":{"cpu_usage":{"total_usage":2000000000},"system_cpu_usage":20000000000,
                     "online_cpus":2},
        "precpu_stats":{"cpu_usage":{"total_usage":1000000000},"system_cpu_usage":10000000000},
        "memory_stats":{"usage":104857600,"limit":1073741824,
                        "stats":{"inactive_file":4857600}},
        "networks":{"eth0":{"rx_bytes":1000,"tx_bytes":200},"eth1":{"rx_bytes":24,"tx_bytes":2}},
        "blkio_stats":{"io_service_bytes_recursive":[{"op":"read","value":4096},
                       {"op":"write","value":8192},{"op":"Read","value":4}]},
        "pids_stats":{"current":7}})";
    const auto s = json::parseStats(body);
    QVERIFY(s.ok());
    QCOMPARE(s->cpuPercent, 20.0);
    QCOMPARE(s->memoryUsage, quint64(100000000));
    QCOMPARE(s->memoryLimit, quint64(1073741824));
    QVERIFY(qAbs(s->memoryPercent - 9.3132) < 0.001);
    QCOMPARE(s->netRx, quint64(1024));
    QCOMPARE(s->netTx, quint64(202));
    QCOMPARE(s->blockRead, quint64(4100));
    QCOMPARE(s->blockWrite, quint64(8192));
    QCOMPARE(s->pids, quint64(7));
}

void TestDockerJson::statsCgroupV1()
{
    const QByteArray body = R"({"cpu_stats":{"cpu_usage":{"total_usage":5,
        "percpu_usage":[1,2,1,1]},"system_cpu_usage":100},
        "precpu_stats":{},
        "memory_stats":{"usage":5000,"limit":0,"stats":{"total_inactive_file":1000,
                                                         "inactive_file":10}}})";
    const auto s = json::parseStats(body);
    QVERIFY(s.ok());
    QCOMPARE(s->onlineCpus, 4);              // from percpu_usage when online_cpus is absent
    QCOMPARE(s->cpuPercent, -1.0);           // no previous sample: unknown, not 0
    QCOMPARE(s->memoryUsage, quint64(4000)); // v1 uses total_inactive_file
    QCOMPARE(s->memoryPercent, 0.0);         // no limit
}

void TestDockerJson::cpuBetweenSamples()
{
    StatsSample a;
    a.cpuTotal = 1'000'000'000;
    a.systemCpu = 100'000'000'000;
    StatsSample b = a;
    b.cpuTotal += 500'000'000;
    b.systemCpu += 4'000'000'000;
    b.onlineCpus = 4;
    QCOMPARE(sloop::containers::cpuPercentBetween(a, b), 50.0);
    // A restarted container's counter goes back: unknown, not negative.
    StatsSample restarted = b;
    restarted.cpuTotal = 10;
    QCOMPARE(sloop::containers::cpuPercentBetween(b, restarted), -1.0);
}

void TestDockerJson::version()
{
    const auto v = json::parseVersion(R"({"Platform":{"Name":"Docker Engine - Community"},
        "Version":"20.10.24","ApiVersion":"1.41","MinAPIVersion":"1.12","Os":"linux"})");
    QVERIFY(v.ok());
    QCOMPARE(v->apiVersion, QStringLiteral("1.41"));
    QCOMPARE(v->product, QStringLiteral("Docker Engine - Community"));
    QVERIFY(!json::parseVersion(R"({"Version":"1"})").ok());
}

void TestDockerJson::podmanVersion()
{
    const auto v = json::parseVersion(R"({"Platform":{"Name":"linux/amd64/debian-12"},
        "Components":[{"Name":"Podman Engine","Version":"4.3.1"}],
        "Version":"4.3.1","ApiVersion":"1.41","MinAPIVersion":"1.24"})");
    QVERIFY(v.ok());
    QCOMPARE(v->product, QStringLiteral("Podman Engine"));
}

void TestDockerJson::events()
{
    const auto e = json::parseEvent(R"({"status":"start","id":"abc","Type":"container",
        "Action":"start","Actor":{"ID":"abc","Attributes":{"name":"web"}},"timeNano":17})");
    QVERIFY(e.ok());
    QCOMPARE(e->action, QStringLiteral("start"));
    QCOMPARE(e->attributes.value(QStringLiteral("name")), QStringLiteral("web"));
    const auto exec = json::parseEvent(R"({"Type":"container","Action":"exec_start: sh -c ls",
        "Actor":{"ID":"abc"}})");
    QCOMPARE(exec->action, QStringLiteral("exec_start"));
    QVERIFY(!json::parseEvent("{\"Type\":\"contai").ok());
}

void TestDockerJson::createBody()
{
    ContainerSpec spec;
    spec.image = QStringLiteral("nginx:1.25");
    spec.command = {QStringLiteral("sh"), QStringLiteral("-c"),
                    QStringLiteral("echo \"$HOME\"; rm -rf /")};
    spec.ports = {{8080, 80, QStringLiteral("tcp"), {}}};
    spec.env = {QStringLiteral("A=b c")};
    spec.volumes = {{QStringLiteral("/srv"), QStringLiteral("/data"), true}};
    spec.restartPolicy = QStringLiteral("unless-stopped");
    spec.cpus = 1.5;
    spec.memoryBytes = 512 * 1024 * 1024;
    spec.labels.insert(QStringLiteral("k"), QStringLiteral("line\nbreak"));
    const QJsonObject o = QJsonDocument::fromJson(json::containerCreateBody(spec)).object();
    QCOMPARE(o.value(QStringLiteral("Cmd")).toArray().at(2).toString(), spec.command.at(2));
    const QJsonObject host = o.value(QStringLiteral("HostConfig")).toObject();
    QCOMPARE(host.value(QStringLiteral("NanoCpus")).toDouble(), 1.5e9);
    QCOMPARE(host.value(QStringLiteral("Memory")).toDouble(), 512.0 * 1024 * 1024);
    QCOMPARE(host.value(QStringLiteral("Binds")).toArray().at(0).toString(),
             QStringLiteral("/srv:/data:ro"));
    QCOMPARE(host.value(QStringLiteral("PortBindings"))
                 .toObject()
                 .value(QStringLiteral("80/tcp"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("HostPort"))
                 .toString(),
             QStringLiteral("8080"));
    QCOMPARE(o.value(QStringLiteral("Labels")).toObject().value(QStringLiteral("k")).toString(),
             QStringLiteral("line\nbreak"));
}

void TestDockerJson::systemContainerBody()
{
    ContainerSpec spec;
    spec.image = QStringLiteral("debian:bookworm");
    spec.hostname = QStringLiteral("web-1");
    spec.init = true;
    spec.pidsLimit = 512;
    spec.ports = {{20022, 22, QStringLiteral("tcp"), QStringLiteral("127.0.0.1")}};
    const QJsonObject o = QJsonDocument::fromJson(json::containerCreateBody(spec)).object();
    QCOMPARE(o.value(QStringLiteral("Hostname")).toString(), QStringLiteral("web-1"));
    const QJsonObject host = o.value(QStringLiteral("HostConfig")).toObject();
    QCOMPARE(host.value(QStringLiteral("Init")).toBool(), true);
    QCOMPARE(host.value(QStringLiteral("PidsLimit")).toInt(), 512);
    const QJsonObject binding = host.value(QStringLiteral("PortBindings"))
                                    .toObject()
                                    .value(QStringLiteral("22/tcp"))
                                    .toArray()
                                    .at(0)
                                    .toObject();
    QCOMPARE(binding.value(QStringLiteral("HostIp")).toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(binding.value(QStringLiteral("HostPort")).toString(), QStringLiteral("20022"));

    // Without them, the keys stay out: the engine's defaults apply.
    const QJsonObject plain =
        QJsonDocument::fromJson(json::containerCreateBody(ContainerSpec{})).object();
    QVERIFY(!plain.contains(QStringLiteral("Hostname")));
    QVERIFY(!plain.value(QStringLiteral("HostConfig")).toObject().contains(QStringLiteral("Init")));
    QVERIFY(!plain.value(QStringLiteral("HostConfig"))
                 .toObject()
                 .contains(QStringLiteral("PidsLimit")));
}

void TestDockerJson::inspectLimitsAndConfiguredPorts()
{
    const QByteArray body = R"({"Id":"abc","Name":"/vm","Config":{"Hostname":"vm"},
        "State":{"Status":"exited"},
        "HostConfig":{"Init":true,"PidsLimit":256,"NanoCpus":2000000000,
                      "PortBindings":{"22/tcp":[{"HostIp":"127.0.0.1","HostPort":"20022"}],
                                      "80/tcp":[{"HostIp":"","HostPort":"20080"}],
                                      "53/udp":null}},
        "NetworkSettings":{"Ports":{}}})";
    const auto d = json::parseContainerInspect(body);
    QVERIFY2(d.ok(), qPrintable(d.error()));
    QVERIFY(d->init);
    QCOMPARE(d->pidsLimit, 256);
    QCOMPARE(d->hostname, QStringLiteral("vm"));
    QVERIFY(d->summary.ports.isEmpty()); // stopped: nothing bound now
    QCOMPARE(d->configuredPorts.size(), 2);
    const PortBinding ssh = d->configuredPorts.at(0).privatePort == 22 ? d->configuredPorts.at(0)
                                                                       : d->configuredPorts.at(1);
    QCOMPARE(ssh.publicPort, 20022);
    QCOMPARE(ssh.ip, QStringLiteral("127.0.0.1"));
    QCOMPARE(ssh.protocol, QStringLiteral("tcp"));
}

void TestDockerJson::execInspect()
{
    const auto done = json::parseExecInspect(R"({"ID":"e1","Running":false,"ExitCode":3})");
    QVERIFY(done.ok());
    QVERIFY(!done->running);
    QCOMPARE(done->exitCode, 3);
    const auto running = json::parseExecInspect(R"({"ID":"e1","Running":true,"ExitCode":null})");
    QVERIFY(running.ok());
    QVERIFY(running->running);
    QCOMPARE(running->exitCode, -1);
    QVERIFY(!json::parseExecInspect("not json").ok());
}

void TestDockerJson::pullProgress()
{
    const auto p = json::parsePullProgress(R"({"status":"Downloading","progressDetail":
        {"current":512,"total":1024},"id":"layer1"})");
    QVERIFY(p.ok());
    QCOMPARE(p->current, 512);
    const auto e = json::parsePullProgress(R"({"error":"manifest unknown"})");
    QVERIFY(!e.ok());
    QCOMPARE(e.error(), QStringLiteral("manifest unknown"));
}

QTEST_GUILESS_MAIN(TestDockerJson)
#include "tst_dockerjson.moc"
