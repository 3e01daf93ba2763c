// Swarm secrets and configs through `sloop swarm secrets|configs`,
// `services create --secret/--config` and a stack's Compose file, on a
// one-node swarm of scripts/start-swarm-nodes.sh: the files where the tasks
// read them, listings without data, a secret in use refused, a missing one
// named, and a stack's removed with it.
#include "cliprocess.h"
#include "swarmtestenv.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sloop;
using Outcome = test::CliOutcome;
using test::describe;

class TestCliSwarmSecrets : public QObject
{
    Q_OBJECT

    QString m_binary;
    std::unique_ptr<test::IsolatedXdg> m_xdg;
    QProcessEnvironment m_env;
    QTemporaryDir m_dir;

    Outcome sloop(QStringList args, int ms = 180000)
    {
        // Before a "--": what follows it is the task's command.
        const qsizetype dashes = args.indexOf(QStringLiteral("--"));
        args.insert(dashes < 0 ? args.size() : dashes, QStringLiteral("sw1"));
        args.insert(dashes < 0 ? args.size() - 1 : dashes, QStringLiteral("--engine"));
        return test::runCli(m_binary, args, m_env, ms);
    }
    QString file(const QString &name, const QByteArray &content)
    {
        QFile f(m_dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(content);
        return f.fileName();
    }
    QByteArray logsOf(const QString &service)
    {
        QByteArray out;
        for (int i = 0; i < 30 && !out.contains("conf-line"); ++i) {
            out = sloop({QStringLiteral("services"), QStringLiteral("logs"), service}).out;
            QTest::qWait(500);
        }
        return out;
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
        for (const test::SwarmTestNode &n : *env)
            QCOMPARE(test::runCli(m_binary,
                                  {QStringLiteral("engines"), QStringLiteral("add"), n.name,
                                   QStringLiteral("unix://") + n.socket},
                                  m_env, 30000)
                         .exitCode,
                     0);
        sloop({QStringLiteral("swarm"), QStringLiteral("leave"), QStringLiteral("--force")});
        const Outcome init =
            sloop({QStringLiteral("swarm"), QStringLiteral("init"),
                   QStringLiteral("--advertise-addr"), QStringLiteral("10.210.0.2")});
        QVERIFY2(init.exitCode == 0, qPrintable(describe(init)));
    }

    void cleanupTestCase()
    {
        sloop({QStringLiteral("swarm"), QStringLiteral("leave"), QStringLiteral("--force")});
    }

    void secretsAndConfigsReachTheTasks()
    {
        // A secret from standard input, a config from a file.
        QProcess in;
        in.setProcessEnvironment(m_env);
        in.start(m_binary,
                 {QStringLiteral("swarm"), QStringLiteral("secrets"), QStringLiteral("create"),
                  QStringLiteral("db-pass"), QStringLiteral("-"), QStringLiteral("--engine"),
                  QStringLiteral("sw1")});
        in.write("s3cret-value");
        in.closeWriteChannel();
        QVERIFY(in.waitForFinished(30000));
        QCOMPARE(in.exitCode(), 0);
        QCOMPARE(sloop({QStringLiteral("swarm"), QStringLiteral("configs"),
                        QStringLiteral("create"), QStringLiteral("app-conf"),
                        QStringLiteral("--file"), file(QStringLiteral("app.conf"), "conf-line\n")})
                     .exitCode,
                 0);
        const Outcome listed = sloop({QStringLiteral("swarm"), QStringLiteral("secrets"),
                                      QStringLiteral("ls"), QStringLiteral("--json")});
        const QJsonArray secrets = QJsonDocument::fromJson(listed.out).array();
        QCOMPARE(secrets.size(), 1);
        QCOMPARE(secrets[0][QLatin1String("name")].toString(), QStringLiteral("db-pass"));
        QVERIFY(!listed.out.contains("s3cret"));
        const Outcome made =
            sloop({QStringLiteral("services"), QStringLiteral("create"), QStringLiteral("reader"),
                   QStringLiteral("--image"), test::kBusybox, QStringLiteral("--secret"),
                   QStringLiteral("db-pass"), QStringLiteral("--config"),
                   QStringLiteral("app-conf:/etc/app.conf"), QStringLiteral("--"),
                   QStringLiteral("sh"), QStringLiteral("-c"),
                   QStringLiteral("cat /run/secrets/db-pass; echo; cat /etc/app.conf; sleep 600")});
        QVERIFY2(made.exitCode == 0, qPrintable(describe(made)));
        const QByteArray logs = logsOf(QStringLiteral("reader"));
        QVERIFY2(logs.contains("s3cret-value") && logs.contains("conf-line"), logs.constData());
        // In use: the engine refuses to remove it, and says why.
        const Outcome inUse = sloop({QStringLiteral("swarm"), QStringLiteral("secrets"),
                                     QStringLiteral("rm"), QStringLiteral("db-pass")});
        QVERIFY2(inUse.exitCode != 0 && inUse.err.contains("in use"), qPrintable(describe(inUse)));
        // A secret that does not exist is named before anything is made.
        const Outcome missing =
            sloop({QStringLiteral("services"), QStringLiteral("create"), QStringLiteral("lost"),
                   QStringLiteral("--image"), test::kBusybox, QStringLiteral("--secret"),
                   QStringLiteral("nope")});
        QVERIFY2(missing.exitCode == 3 && missing.err.contains("no secret called \"nope\""),
                 qPrintable(describe(missing)));
        QCOMPARE(sloop({QStringLiteral("services"), QStringLiteral("rm"), QStringLiteral("reader")})
                     .exitCode,
                 0);
        // Its task takes a moment to go (sleep ignores the stop signal).
        int removed = -1;
        for (int i = 0; i < 30 && removed != 0; ++i) {
            removed = sloop({QStringLiteral("swarm"), QStringLiteral("secrets"),
                             QStringLiteral("rm"), QStringLiteral("db-pass")})
                          .exitCode;
            if (removed != 0)
                QTest::qWait(1000);
        }
        QCOMPARE(removed, 0);
        QCOMPARE(sloop({QStringLiteral("swarm"), QStringLiteral("configs"), QStringLiteral("rm"),
                        QStringLiteral("app-conf")})
                     .exitCode,
                 0);
        QCOMPARE(sloop({QStringLiteral("swarm"), QStringLiteral("secrets"),
                        QStringLiteral("create"), QStringLiteral("empty"), QStringLiteral("--file"),
                        file(QStringLiteral("empty"), "")})
                     .exitCode,
                 9);
    }

    void aStacksSecretsComeAndGoWithIt()
    {
        file(QStringLiteral("token.txt"), "stack-token");
        file(QStringLiteral("site.conf"), "conf-line from the stack\n");
        const QString compose = file(
            QStringLiteral("stack.yml"),
            "version: \"3.8\"\n"
            "services:\n"
            "  app:\n"
            "    image: " +
                QByteArray(test::kBusybox) +
                "\n"
                "    command: [\"sh\", \"-c\", \"cat /run/secrets/token; echo; cat /site.conf; "
                "sleep 600\"]\n"
                "    secrets: [token]\n"
                "    configs:\n"
                "      - source: site\n"
                "        target: /site.conf\n"
                "secrets:\n"
                "  token:\n"
                "    file: ./token.txt\n"
                "    name: api-token\n"
                "configs:\n"
                "  site:\n"
                "    file: site.conf\n");
        // From another folder: the files are found beside the Compose file.
        const Outcome deployed =
            test::runCli(m_binary,
                         {QStringLiteral("stacks"), QStringLiteral("deploy"),
                          QStringLiteral("shop"), QStringLiteral("--compose"), compose,
                          QStringLiteral("--engine"), QStringLiteral("sw1")},
                         m_env, 180000);
        QVERIFY2(deployed.exitCode == 0, qPrintable(describe(deployed)));
        const QByteArray logs = logsOf(QStringLiteral("shop_app"));
        QVERIFY2(logs.contains("stack-token") && logs.contains("conf-line from the stack"),
                 logs.constData());
        const Outcome configs =
            sloop({QStringLiteral("swarm"), QStringLiteral("configs"), QStringLiteral("ls")});
        QVERIFY2(configs.out.contains("shop_site"), qPrintable(describe(configs)));
        QCOMPARE(sloop({QStringLiteral("stacks"), QStringLiteral("rm"), QStringLiteral("shop")})
                     .exitCode,
                 0);
        // stacks rm waits for them to be free, then removes them.
        QVERIFY(!sloop({QStringLiteral("swarm"), QStringLiteral("secrets"), QStringLiteral("ls")})
                     .out.contains("api-token"));
        // A service naming a secret the file does not define.
        const QString bad = file(QStringLiteral("bad.yml"),
                                 "services:\n  app:\n    image: x\n    secrets: [ghost]\n");
        const Outcome refused = sloop({QStringLiteral("stacks"), QStringLiteral("deploy"),
                                       QStringLiteral("bad"), QStringLiteral("--compose"), bad});
        QVERIFY2(refused.exitCode != 0 && refused.err.contains("ghost"),
                 qPrintable(describe(refused)));
    }
};

QTEST_GUILESS_MAIN(TestCliSwarmSecrets)
#include "tst_cliswarmsecrets.moc"
