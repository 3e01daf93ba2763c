// Container services without an engine: Lightsail's deployment JSON read and
// written, its limits and health-check ranges, success codes, states, the
// price file, and the table (ports, conflicts, history kept).
#include "containerservices/containerservice.h"
#include "containerservices/containerservicerepository.h"
#include "pricing/containerpowers.h"
#include "store/database.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

using namespace sloop;
using namespace sloop::containerservices;

class TestContainerService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsLightsailsDeploymentShape()
    {
        // As `aws lightsail create-container-service-deployment --containers
        // … --public-endpoint …` takes them, in one object.
        const QByteArray json = R"J({
            "containers": {
                "web": {"image": "nginx:stable", "command": ["nginx", "-g", "daemon off;"],
                        "environment": {"MODE": "prod"}, "ports": {"80": "HTTP", "9000": "tcp"}},
                "cache": {"image": "redis:7"}
            },
            "publicEndpoint": {"containerName": "web", "containerPort": 80,
                               "healthCheck": {"path": "/up", "successCodes": "200,302",
                                               "intervalSeconds": 10}}
        })J";
        const auto spec = deploymentSpecFromJson(json);
        QVERIFY2(spec.ok(), qPrintable(spec.error()));
        QCOMPARE(spec->containers.size(), 2);
        const Container *web = spec->container(QStringLiteral("web"));
        QVERIFY(web);
        QCOMPARE(web->command.last(), QStringLiteral("daemon off;"));
        QCOMPARE(web->environment.value(QStringLiteral("MODE")), QStringLiteral("prod"));
        QCOMPARE(web->ports.value(9000), QStringLiteral("TCP"));
        QCOMPARE(spec->publicEndpoint->healthCheck.intervalSeconds, 10);
        QCOMPARE(spec->publicEndpoint->healthCheck.healthyThreshold, 2); // Lightsail's default
        QVERIFY(validate(*spec).ok());
        const auto again = deploymentSpecFromJson(deploymentSpecToJson(*spec));
        QVERIFY(again.ok());
        QCOMPARE(*again, *spec);
    }

    void refusesWhatLightsailRefuses_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("said");
        QTest::newRow("not json") << QByteArray("{\"containers\": [") << "JSON object";
        QTest::newRow("no containers") << QByteArray("{\"containers\": {}}") << "at least one";
        QTest::newRow("hostile name")
            << QByteArray(R"J({"containers": {"$(reboot)": {"image": "x"}}})J") << "container name";
        QTest::newRow("no image") << QByteArray(R"J({"containers": {"a": {}}})J")
                                  << "needs an image";
        QTest::newRow("bad protocol")
            << QByteArray(R"J({"containers": {"a": {"image": "x", "ports": {"80": "SCTP"}}}})J")
            << "HTTP, HTTPS, TCP";
        QTest::newRow("bad port")
            << QByteArray(R"J({"containers": {"a": {"image": "x", "ports": {"http": "HTTP"}}}})J")
            << "not a port";
        QTest::newRow("endpoint elsewhere") << QByteArray(R"J({"containers": {"a": {"image": "x"}},
                             "publicEndpoint": {"containerName": "b", "containerPort": 80}})J")
                                            << "does not have";
        QTest::newRow("endpoint on tcp")
            << QByteArray(R"J({"containers": {"a": {"image": "x", "ports": {"5432": "TCP"}}},
                             "publicEndpoint": {"containerName": "a", "containerPort": 5432}})J")
            << "HTTP or HTTPS";
        QTest::newRow("interval")
            << QByteArray(R"J({"containers": {"a": {"image": "x", "ports": {"80": "HTTP"}}},
                             "publicEndpoint": {"containerName": "a", "containerPort": 80,
                                                "healthCheck": {"intervalSeconds": 4}}})J")
            << "5 to 300";
        QTest::newRow("codes")
            << QByteArray(R"J({"containers": {"a": {"image": "x", "ports": {"80": "HTTP"}}},
                             "publicEndpoint": {"containerName": "a", "containerPort": 80,
                                                "healthCheck": {"successCodes": "2xx"}}})J")
            << "Success codes";
        QByteArray eleven = "{\"containers\": {";
        for (int i = 0; i < 11; ++i)
            eleven += (i ? "," : "") + QByteArray("\"c") + QByteArray::number(i) +
                      "\": {\"image\": \"x\"}";
        QTest::newRow("eleven") << (eleven + "}}") << "at most 10";
    }
    void refusesWhatLightsailRefuses()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, said);
        const auto spec = deploymentSpecFromJson(json);
        const QString error = spec ? validate(*spec).error() : spec.error();
        QVERIFY2(error.contains(said), qPrintable(error));
    }

    void successCodesAndStates()
    {
        QVERIFY(successCode(QStringLiteral("200-499"), 404));
        QVERIFY(!successCode(QStringLiteral("200-499"), 500));
        QVERIFY(successCode(QStringLiteral("200,302"), 302));
        QVERIFY(!successCode(QStringLiteral("200,302"), 301));
        ContainerService s;
        QCOMPARE(s.state(), ServiceState::Ready);
        s.deployments.append({1, DeploymentState::Activating, 0, {}, {}});
        QCOMPARE(serviceStateName(s.state()), QStringLiteral("DEPLOYING"));
        s.deployments[0].state = DeploymentState::Active;
        s.deployments.append({2, DeploymentState::Activating, 0, {}, {}});
        QCOMPARE(serviceStateName(s.state()), QStringLiteral("UPDATING"));
        s.deployments[1].state = DeploymentState::Failed;
        QCOMPARE(serviceStateName(s.state()), QStringLiteral("RUNNING"));
        QCOMPARE(s.nextVersion(), 3);
        s.disabled = true;
        QCOMPARE(serviceStateName(s.state()), QStringLiteral("DISABLED"));
    }

    void aDeploymentLeftActivatingIsNotForever()
    {
        ContainerService s;
        Deployment d;
        d.version = 1;
        d.state = DeploymentState::Activating;
        d.deadlineMs = QDateTime::currentMSecsSinceEpoch() + 60000;
        s.deployments.append(d);
        QVERIFY(s.activating());
        QCOMPARE(serviceStateName(s.state()), QStringLiteral("DEPLOYING"));
        // Its process ended long ago: the next deploy marks it FAILED.
        s.deployments[0].deadlineMs = QDateTime::currentMSecsSinceEpoch() - 1;
        QVERIFY(!s.activating());
        QCOMPARE(s.staleVersions(), QList<int>{1});
        QCOMPARE(serviceStateName(s.state()), QStringLiteral("READY"));
        // The deadline is kept with the definition.
        ContainerService back;
        QVERIFY(definitionFromJson(definitionToJson(s), back).ok());
        QCOMPARE(back.deployments.first().deadlineMs, s.deployments.first().deadlineMs);
    }

    void powersFromThePriceFile()
    {
        const auto powers = pricing::loadContainerPowers();
        QVERIFY2(powers.ok(), qPrintable(powers.error()));
        QCOMPARE(powers->ids(), QStringList({QStringLiteral("nano"), QStringLiteral("micro"),
                                             QStringLiteral("small"), QStringLiteral("medium"),
                                             QStringLiteral("large"), QStringLiteral("xlarge")}));
        QCOMPARE(powers->find(QStringLiteral("NANO"))->memoryMiB, 512);
        QVERIFY(!powers->takenOn.isEmpty());
        QTemporaryDir dir;
        QFile bad(dir.filePath(QStringLiteral("p.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(R"J({"format": 1, "powers": [{"id": "x", "vcpus": 0}]})J");
        bad.close();
        QVERIFY(!pricing::loadContainerPowers(bad.fileName()).ok());
    }

    void tableKeepsServicesAndTheirHistory()
    {
        QTemporaryDir dir;
        store::Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("sloop.db"))).ok());
        ContainerServiceRepository repo(db);
        ContainerService a;
        a.name = QStringLiteral("alpha");
        a.engine = QStringLiteral("local");
        const auto made = repo.create(a);
        QVERIFY2(made.ok(), qPrintable(made.error()));
        QCOMPARE(made->port, ContainerServiceRepository::kFirstPort);
        a.name = QStringLiteral("beta");
        QCOMPARE(repo.create(a)->port, quint16(ContainerServiceRepository::kFirstPort + 1));
        a.name = QStringLiteral("alpha");
        QCOMPARE(repo.create(a).kind(), ErrorKind::Conflict);
        a.name = QStringLiteral("-x");
        QCOMPARE(repo.create(a).kind(), ErrorKind::InvalidInput);
        ContainerService s = *repo.require(QStringLiteral("alpha"));
        for (int v = 1; v <= kMaxDeploymentsKept + 5; ++v)
            s.deployments.append({v,
                                  v == 3 ? DeploymentState::Active : DeploymentState::Failed,
                                  v,
                                  {},
                                  QStringLiteral("bad %1").arg(v)});
        QVERIFY(repo.save(s).ok());
        const ContainerService back = *repo.require(QStringLiteral("alpha"));
        QCOMPARE(back.deployments.size(), kMaxDeploymentsKept);
        QCOMPARE(back.active()->version, 3); // the active one stays, the oldest others go
        QCOMPARE(back.deployments.last().version, kMaxDeploymentsKept + 5);
        QVERIFY(repo.remove(QStringLiteral("alpha")).ok());
        QCOMPARE(repo.remove(QStringLiteral("alpha")).kind(), ErrorKind::NotFound);
        QCOMPARE(repo.all()->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestContainerService)
#include "tst_containerservice.moc"
