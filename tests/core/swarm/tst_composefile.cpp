// Compose files as docker stack deploy reads them, into Swarm service specs:
// the keys Swarm uses, the ones it ignores (warnings with their lines), bad
// YAML and bad values (errors with their lines), networks and volumes named
// after the stack.
#include "swarm/composefile.h"
#include "swarm/swarmjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sloop;
using namespace sloop::swarm;

namespace {

QStringList messages(const QList<blueprints::ValidationProblem> &problems)
{
    QStringList out;
    for (const auto &p : problems)
        out.append(QStringLiteral("%1: %2").arg(p.line).arg(p.message));
    return out;
}

} // namespace

class TestComposeFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aStackOfTwoServices()
    {
        const QByteArray yaml = R"(version: "3.8"
services:
  web:
    image: nginx:1.25
    command: ["nginx", "-g", "daemon off;"]
    ports:
      - "8080:80"
      - target: 443
        published: 8443
        mode: host
    environment:
      MODE: prod
      EMPTY:
    deploy:
      replicas: 3
      resources:
        limits: {cpus: "0.5", memory: 128M}
      update_config: {parallelism: 2, delay: 5s, failure_action: rollback}
      placement:
        constraints: [node.role==worker]
      labels: {team: web}
    healthcheck:
      test: ["CMD", "wget", "-q", "-O-", "localhost"]
      interval: 10s
      retries: 2
    networks: [front]
    volumes:
      - data:/usr/share/nginx/html:ro
  worker:
    image: busybox
    command: sh -c 'while true; do sleep 1; done'
    deploy: {mode: global}
    depends_on: [web]
    build: .
networks:
  front: {}
volumes:
  data: {}
)";
        const ComposeParse parsed = parseCompose(yaml, QStringLiteral("shop"));
        QVERIFY2(parsed.ok(), qPrintable(messages(parsed.errors).join(QLatin1Char('\n'))));
        QCOMPARE(parsed.stack.services.size(), 2);
        const ServiceSpec &web = parsed.stack.services[0].spec;
        QCOMPARE(web.name, QStringLiteral("shop_web"));
        QCOMPARE(web.replicas, 3);
        QCOMPARE(web.command.size(), 3);
        QVERIFY(web.env.contains(QStringLiteral("MODE=prod")));
        QCOMPARE(web.ports.size(), 2);
        QCOMPARE(web.ports[1].mode, QStringLiteral("host"));
        QCOMPARE(web.ports[1].published, 8443);
        QCOMPARE(web.cpuLimit, 0.5);
        QCOMPARE(web.memoryLimit, 128LL * 1024 * 1024);
        QCOMPARE(web.update.parallelism, 2);
        QCOMPARE(web.update.failureAction, QStringLiteral("rollback"));
        QCOMPARE(web.constraints, QStringList{QStringLiteral("node.role==worker")});
        QCOMPARE(web.labels.value(QStringLiteral("team")), QStringLiteral("web"));
        QCOMPARE(web.labels.value(QString::fromLatin1(kStackLabel)), QStringLiteral("shop"));
        QVERIFY(web.health.has_value());
        QCOMPARE(web.health->test.first(), QStringLiteral("CMD"));
        QCOMPARE(web.health->retries, 2);
        QCOMPARE(web.mounts.size(), 1);
        QCOMPARE(web.mounts[0].source, QStringLiteral("shop_data"));
        QVERIFY(web.mounts[0].readOnly);
        QCOMPARE(web.networks.size(), 1);
        QCOMPARE(web.networks[0].target, QStringLiteral("shop_front"));
        QCOMPARE(web.networks[0].aliases, QStringList{QStringLiteral("web")});

        const ServiceSpec &worker = parsed.stack.services[1].spec;
        QVERIFY(worker.global);
        QCOMPARE(worker.command, (QStringList{QStringLiteral("sh"), QStringLiteral("-c"),
                                              QStringLiteral("while true; do sleep 1; done")}));
        QCOMPARE(worker.networks[0].target, QStringLiteral("shop_default"));
        QCOMPARE(parsed.stack.networks,
                 (QStringList{QStringLiteral("shop_front"), QStringLiteral("shop_default")}));

        // depends_on and build: warned with their lines, not deployed.
        const QStringList warnings = messages(parsed.warnings);
        QCOMPARE(warnings.size(), 3);
        QVERIFY2(warnings[0].contains(QStringLiteral("EMPTY has no value")),
                 qPrintable(warnings.join(QLatin1Char('\n'))));
        QVERIFY2(warnings[1].startsWith(QStringLiteral("33: ")) &&
                     warnings[1].contains(QStringLiteral("depends_on")),
                 qPrintable(warnings.join(QLatin1Char('\n'))));
        QVERIFY(warnings[2].startsWith(QStringLiteral("34: ")));

        // The body Swarm gets names the network with its alias.
        const QJsonObject body = QJsonDocument::fromJson(serviceSpecBody(web)).object();
        const QJsonArray networks =
            body[QLatin1String("TaskTemplate")][QLatin1String("Networks")].toArray();
        QCOMPARE(networks.at(0)[QLatin1String("Target")].toString(), QStringLiteral("shop_front"));
    }

    void errorsStopTheDeploy_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("says");
        QTest::newRow("bad YAML") << QByteArray("services:\n  web:\n    image: [nginx\n") << 4
                                  << QStringLiteral("not valid YAML");
        QTest::newRow("no image") << QByteArray("services:\n  web:\n    command: x\n") << 3
                                  << QStringLiteral("needs an image");
        QTest::newRow("bad port") << QByteArray(
                                         "services:\n  web:\n    image: a\n    ports: [\"http\"]\n")
                                  << 3 << QStringLiteral("not a port");
        QTest::newRow("bad replicas")
            << QByteArray("services:\n  web:\n    image: a\n    deploy: {replicas: many}\n") << 3
            << QStringLiteral("Replicas");
        QTest::newRow("bad duration")
            << QByteArray("services:\n  web:\n    image: a\n    healthcheck:\n      test: x\n      "
                          "interval: soon\n")
            << 6 << QStringLiteral("duration");
        QTest::newRow("no services")
            << QByteArray("version: '3'\n") << 0 << QStringLiteral("no services");
        QTest::newRow("not a mapping")
            << QByteArray("- a\n- b\n") << 1 << QStringLiteral("mapping");
    }

    void errorsStopTheDeploy()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(int, line);
        QFETCH(QString, says);
        const ComposeParse parsed = parseCompose(yaml, QStringLiteral("s"));
        QVERIFY(!parsed.ok());
        const QStringList all = messages(parsed.errors);
        QVERIFY2(all.first().contains(says), qPrintable(all.join(QLatin1Char('\n'))));
        QCOMPARE(parsed.errors.first().line, line);
    }

    void unknownKeysAreWarnings()
    {
        const ComposeParse parsed =
            parseCompose("version: '2.4'\nservices:\n  web:\n    image: a\n    frobnicate: "
                         "1\nsecrets: {}\nx-note: 1\nextra: 2\n",
                         QStringLiteral("s"));
        QVERIFY(parsed.ok());
        const QStringList warnings = messages(parsed.warnings);
        QCOMPARE(warnings.size(), 3); // secrets: is read now
        QVERIFY(warnings.join(QLatin1Char('\n')).contains(QStringLiteral("frobnicate")));
        QVERIFY(warnings.join(QLatin1Char('\n')).contains(QStringLiteral("version 2.4")));
    }

    void secretsAndConfigsAsDockerStackNamesThem()
    {
        const ComposeParse parsed = parseCompose(
            "services:\n  web:\n    image: a\n    secrets: [db]\n    configs:\n      - source: "
            "site\n        target: /etc/site.conf\nsecrets:\n  db:\n    file: ./db.txt\n  "
            "shared:\n    external: true\nconfigs:\n  site:\n    file: site.conf\n    "
            "name: my-site\n",
            QStringLiteral("shop"));
        QVERIFY2(parsed.ok(), qPrintable(messages(parsed.errors).join(QLatin1Char('\n'))));
        const ServiceSpec &web = parsed.stack.services.first().spec;
        QCOMPARE(web.secrets.size(), 1);
        QCOMPARE(web.secrets.first().name, QStringLiteral("shop_db"));
        QCOMPARE(web.configs.first().name, QStringLiteral("my-site"));
        QCOMPARE(web.configs.first().target, QStringLiteral("/etc/site.conf"));
        QCOMPARE(parsed.stack.secrets.size(), 2);
        QVERIFY(parsed.stack.secrets.at(1).external);
        QCOMPARE(parsed.stack.secrets.at(1).swarmName, QStringLiteral("shared"));
        // Naming one the file does not define, or one without a file, is an error.
        QVERIFY(!parseCompose("services: {web: {image: a, secrets: [ghost]}}", QStringLiteral("s"))
                     .ok());
        QVERIFY(!parseCompose("services: {web: {image: a}}\nsecrets: {db: {}}", QStringLiteral("s"))
                     .ok());
    }

    void stackNames()
    {
        QVERIFY(checkStackName(QStringLiteral("shop")).isEmpty());
        QVERIFY(checkStackName(QStringLiteral("my-app_2")).isEmpty());
        for (const char *bad : {"Shop", "-x", "a b", "a/b", "", "x;rm"})
            QVERIFY2(!checkStackName(QString::fromLatin1(bad)).isEmpty(), bad);
        QVERIFY(!parseCompose("services: {web: {image: a}}", QStringLiteral("Bad Name")).ok());
    }
};

QTEST_GUILESS_MAIN(TestComposeFile)
#include "tst_composefile.moc"
