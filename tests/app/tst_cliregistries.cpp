// `sloop registries …` and `sloop images push|pull` as processes, against
// Debian's docker-registry (plain on :5000, basic auth on :5001) and the
// real dockerd, passwords in a private Secret Service: a push whose digest
// equals the docker CLI's for the same image, a pull back, tags with
// --json, a delete, a wrong password, refusals.
#include "cliprocess.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sloop;
using Outcome = test::CliOutcome;
using test::describe;

class TestCliRegistries : public QObject
{
    Q_OBJECT

    QString m_binary;
    std::unique_ptr<test::IsolatedXdg> m_xdg;
    QProcessEnvironment m_env;
    QString m_repo;

    Outcome sloop(const QStringList &args, const QByteArray &input = {})
    {
        if (input.isEmpty())
            return test::runCli(m_binary, args, m_env, 120000);
        QProcess p;
        p.setProcessEnvironment(m_env);
        p.start(m_binary, args);
        p.write(input);
        p.closeWriteChannel();
        Outcome o;
        if (!p.waitForFinished(120000))
            return o;
        o.out = p.readAllStandardOutput();
        o.err = p.readAllStandardError();
        o.exitCode = p.exitCode();
        return o;
    }
    static QByteArray docker(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral("docker"), args);
        p.waitForFinished(120000);
        return p.readAllStandardOutput() + p.readAllStandardError();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_binary = qEnvironmentVariable("SLOOP_BINARY");
        QVERIFY2(!m_binary.isEmpty(), "SLOOP_BINARY is not set: run the suite through ctest");
        auto engine = test::connectTestEngine(this);
        QVERIFY2(engine.ok(), qPrintable(engine.error()));
        m_xdg = std::make_unique<test::IsolatedXdg>();
        m_env = QProcessEnvironment::systemEnvironment();
        m_repo = test::uniqueName(QStringLiteral("push"));
    }

    void cleanupTestCase()
    {
        docker({QStringLiteral("rmi"),
                QStringLiteral("127.0.0.1:5001/") + m_repo + QStringLiteral(":1")});
        docker({QStringLiteral("rmi"),
                QStringLiteral("127.0.0.1:5001/cli-") + m_repo + QStringLiteral(":1")});
    }

    void addAndRefuse()
    {
        const Outcome plain =
            sloop({QStringLiteral("registries"), QStringLiteral("add"), QStringLiteral("plain"),
                   QStringLiteral("http://127.0.0.1:5000")});
        QVERIFY2(plain.exitCode == 0 && plain.out.contains("it answers"),
                 qPrintable(describe(plain)));
        const Outcome authed =
            sloop({QStringLiteral("registries"), QStringLiteral("add"), QStringLiteral("private"),
                   QStringLiteral("http://127.0.0.1:5001"), QStringLiteral("--user"),
                   QStringLiteral("sloop"), QStringLiteral("--password-stdin")},
                  "sloop-test-pw\n");
        QVERIFY2(authed.exitCode == 0 && authed.out.contains("it answers"),
                 qPrintable(describe(authed)));
        // Plain HTTP to another machine, a taken name, a missing password.
        QCOMPARE(sloop({QStringLiteral("registries"), QStringLiteral("add"), QStringLiteral("far"),
                        QStringLiteral("http://192.0.2.1:5000")})
                     .exitCode,
                 9);
        QCOMPARE(sloop({QStringLiteral("registries"), QStringLiteral("add"),
                        QStringLiteral("plain"), QStringLiteral("http://127.0.0.1:5000")})
                     .exitCode,
                 4);
        QCOMPARE(sloop({QStringLiteral("registries"), QStringLiteral("add"), QStringLiteral("x"),
                        QStringLiteral("http://127.0.0.1:5001"), QStringLiteral("--user"),
                        QStringLiteral("sloop")})
                     .exitCode,
                 2);
        const QJsonArray listed =
            QJsonDocument::fromJson(sloop({QStringLiteral("registries"), QStringLiteral("ls"),
                                           QStringLiteral("--json")})
                                        .out)
                .array();
        QCOMPARE(listed.size(), 2);
        // The password is in the keychain, not in the settings file.
        QFile settings(m_xdg->path() + QStringLiteral("/config/sloop/sloop.conf"));
        QVERIFY(settings.open(QIODevice::ReadOnly));
        QVERIFY(!settings.readAll().contains("sloop-test-pw"));
    }

    void pushGivesTheDockerClisDigest()
    {
        const Outcome pushed = sloop(
            {QStringLiteral("images"), QStringLiteral("push"), QString::fromLatin1(test::kBusybox),
             QStringLiteral("--registry"), QStringLiteral("private"), QStringLiteral("--as"),
             m_repo + QStringLiteral(":1"), QStringLiteral("--json")});
        QVERIFY2(pushed.exitCode == 0, qPrintable(describe(pushed)));
        const QString digest =
            QJsonDocument::fromJson(pushed.out).object().value(QLatin1String("digest")).toString();
        QVERIFY2(digest.startsWith(QLatin1String("sha256:")), pushed.out.constData());
        // The docker CLI pushing the same image gets the same digest.
        QProcess login;
        login.start(QStringLiteral("docker"),
                    {QStringLiteral("login"), QStringLiteral("-u"), QStringLiteral("sloop"),
                     QStringLiteral("--password-stdin"), QStringLiteral("127.0.0.1:5001")});
        login.write("sloop-test-pw\n");
        login.closeWriteChannel();
        QVERIFY(login.waitForFinished(30000) && login.exitCode() == 0);
        const QString cliName =
            QStringLiteral("127.0.0.1:5001/cli-") + m_repo + QStringLiteral(":1");
        docker({QStringLiteral("tag"), QString::fromLatin1(test::kBusybox), cliName});
        const QByteArray cliPush = docker({QStringLiteral("push"), cliName});
        QVERIFY2(cliPush.contains(digest.toLatin1()), cliPush.constData());

        const QJsonArray tags =
            QJsonDocument::fromJson(
                sloop({QStringLiteral("registries"), QStringLiteral("tags"),
                       QStringLiteral("private"), m_repo, QStringLiteral("--json")})
                    .out)
                .array();
        QCOMPARE(tags.size(), 1);
        QCOMPARE(tags.at(0)[QLatin1String("digest")].toString(), digest);
        QVERIFY(tags.at(0)[QLatin1String("size")].toInteger() > 100000);

        // Pulled back (after the local tag is gone), the engine knows it by that digest.
        docker({QStringLiteral("rmi"),
                QStringLiteral("127.0.0.1:5001/") + m_repo + QStringLiteral(":1")});
        const Outcome pulled =
            sloop({QStringLiteral("images"), QStringLiteral("pull"), m_repo + QStringLiteral(":1"),
                   QStringLiteral("--registry"), QStringLiteral("private")});
        QVERIFY2(pulled.exitCode == 0 && pulled.out.contains(digest.toLatin1()),
                 qPrintable(describe(pulled)));
        QVERIFY(docker({QStringLiteral("inspect"), QStringLiteral("-f"),
                        QStringLiteral("{{.RepoDigests}}"),
                        QStringLiteral("127.0.0.1:5001/") + m_repo + QStringLiteral(":1")})
                    .contains(digest.toLatin1()));
        const Outcome repos = sloop(
            {QStringLiteral("registries"), QStringLiteral("repos"), QStringLiteral("private")});
        QVERIFY2(repos.out.contains(m_repo.toUtf8()), qPrintable(describe(repos)));
    }

    void lifecycleExpiresWhatEcrWould()
    {
        // Four images (a label each, so four digests), made one after another.
        const QString repo = m_repo + QStringLiteral("-lc");
        const QStringList tags{QStringLiteral("v1"), QStringLiteral("v2"), QStringLiteral("v3"),
                               QStringLiteral("dev-1")};
        for (const QString &tag : tags) {
            const QString name = QStringLiteral("127.0.0.1:5001/%1:%2").arg(repo, tag);
            QProcess build;
            build.start(QStringLiteral("docker"),
                        {QStringLiteral("build"), QStringLiteral("-q"), QStringLiteral("-t"), name,
                         QStringLiteral("-")});
            build.write("FROM " + QByteArray(test::kBusybox) + "\nLABEL made=" + tag.toUtf8() +
                        "\n");
            build.closeWriteChannel();
            QVERIFY(build.waitForFinished(60000) && build.exitCode() == 0);
            docker({QStringLiteral("push"), name});
            docker({QStringLiteral("rmi"), name});
            QTest::qWait(1100); // creation times a second apart
        }
        QTemporaryDir dir;
        QFile policy(dir.filePath(QStringLiteral("policy.json")));
        QVERIFY(policy.open(QIODevice::WriteOnly));
        policy.write("{\"rules\": ["
                     "{\"rulePriority\": 1, \"description\": \"two releases\", \"selection\": "
                     "{\"tagStatus\": \"tagged\", \"tagPrefixList\": [\"v\"], \"countType\": "
                     "\"imageCountMoreThan\", \"countNumber\": 2}, \"action\": {\"type\": "
                     "\"expire\"}},"
                     "{\"rulePriority\": 2, \"selection\": {\"tagStatus\": \"any\", "
                     "\"countType\": \"imageCountMoreThan\", \"countNumber\": 5}, \"action\": "
                     "{\"type\": \"expire\"}}]}");
        policy.close();
        const Outcome dry = sloop({QStringLiteral("images"), QStringLiteral("lifecycle"),
                                   QStringLiteral("private"), repo, QStringLiteral("--policy"),
                                   policy.fileName(), QStringLiteral("--dry-run")});
        QVERIFY2(dry.exitCode == 0 && dry.out.contains("1 of 4 images would expire") &&
                     dry.out.contains(" v1 ") && !dry.out.contains("v2"),
                 qPrintable(describe(dry)));
        const auto tagsNow = [&] {
            return QJsonDocument::fromJson(
                       sloop({QStringLiteral("registries"), QStringLiteral("tags"),
                              QStringLiteral("private"), repo, QStringLiteral("--names-only"),
                              QStringLiteral("--json")})
                           .out)
                .array()
                .size();
        };
        QCOMPARE(tagsNow(), 4);
        const Outcome run = sloop({QStringLiteral("registries"), QStringLiteral("lifecycle"),
                                   QStringLiteral("private"), repo, QStringLiteral("--policy"),
                                   policy.fileName(), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QCOMPARE(QJsonDocument::fromJson(run.out)[QLatin1String("deleted")].toArray().size(), 1);
        QCOMPARE(tagsNow(), 3);
        // The one-rule forms, and a policy ECR would refuse.
        const Outcome keep =
            sloop({QStringLiteral("images"), QStringLiteral("lifecycle"), QStringLiteral("private"),
                   repo, QStringLiteral("--keep-last"), QStringLiteral("1"),
                   QStringLiteral("--prefix"), QStringLiteral("v"), QStringLiteral("--dry-run")});
        QVERIFY2(keep.out.contains("1 of 3 images would expire") && keep.out.contains(" v2 "),
                 qPrintable(describe(keep)));
        policy.open(QIODevice::WriteOnly | QIODevice::Truncate);
        policy.write("{\"rules\": [{\"rulePriority\": 1, \"selection\": {\"tagStatus\": "
                     "\"any\", \"countType\": \"imageCountMoreThan\", \"countNumber\": 1}, "
                     "\"action\": {\"type\": \"expire\"}}, {\"rulePriority\": 2, "
                     "\"selection\": {\"tagStatus\": \"tagged\", \"tagPrefixList\": [\"v\"], "
                     "\"countType\": \"imageCountMoreThan\", \"countNumber\": 1}, \"action\": "
                     "{\"type\": \"expire\"}}]}");
        policy.close();
        const Outcome refused =
            sloop({QStringLiteral("images"), QStringLiteral("lifecycle"), QStringLiteral("private"),
                   repo, QStringLiteral("--policy"), policy.fileName()});
        QVERIFY2(refused.exitCode == 2 && refused.err.contains("must come last"),
                 qPrintable(describe(refused)));
        QCOMPARE(tagsNow(), 3);
    }

    void deleteAndMistakes()
    {
        const Outcome deleted = sloop({QStringLiteral("registries"), QStringLiteral("delete"),
                                       QStringLiteral("private"), m_repo + QStringLiteral(":1")});
        QVERIFY2(deleted.exitCode == 0, qPrintable(describe(deleted)));
        const Outcome gone = sloop({QStringLiteral("registries"), QStringLiteral("tags"),
                                    QStringLiteral("private"), m_repo, QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(gone.out).array().size(), 0);
        // The plain one does not allow deletes: exit 10 (unsupported), said why.
        const Outcome refused =
            sloop({QStringLiteral("registries"), QStringLiteral("delete"), QStringLiteral("plain"),
                   QStringLiteral("sloop/busybox:latest")});
        QCOMPARE(refused.exitCode, 10);
        QVERIFY(refused.err.contains("storage.delete.enabled"));
        // A wrong password: exit 6, once, not a loop.
        m_env.insert(QStringLiteral("SLOOP_REGISTRY_PASSWORD"), QStringLiteral("wrong"));
        const Outcome wrong = sloop(
            {QStringLiteral("registries"), QStringLiteral("repos"), QStringLiteral("private")});
        m_env.remove(QStringLiteral("SLOOP_REGISTRY_PASSWORD"));
        QCOMPARE(wrong.exitCode, 6);
        QCOMPARE(sloop({QStringLiteral("registries"), QStringLiteral("tags"),
                        QStringLiteral("plain"), QStringLiteral("Bad/Name")})
                     .exitCode,
                 9);
        QCOMPARE(sloop({QStringLiteral("images"), QStringLiteral("push"), QStringLiteral("nope:1"),
                        QStringLiteral("--registry"), QStringLiteral("plain")})
                     .exitCode,
                 3);
        QCOMPARE(sloop({QStringLiteral("registries"), QStringLiteral("rm"),
                        QStringLiteral("private"), QStringLiteral("plain")})
                     .exitCode,
                 0);
        QCOMPARE(
            sloop({QStringLiteral("registries"), QStringLiteral("repos"), QStringLiteral("plain")})
                .exitCode,
            3);
    }
};

QTEST_GUILESS_MAIN(TestCliRegistries)
#include "tst_cliregistries.moc"
