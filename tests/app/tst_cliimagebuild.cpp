// `sloop images build` as a process against the real dockerd: a folder with
// a .dockerignore, build arguments, labels and a target stage; a failing
// step told by its Dockerfile line; a Dockerfile the parser refuses; a bad
// tag; and --push to Debian's docker-registry with the digest the docker
// CLI gets for the same image.
#include "cliprocess.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sloop;
using Outcome = test::CliOutcome;
using test::describe;

class TestCliImageBuild : public QObject
{
    Q_OBJECT

    QString m_binary;
    std::unique_ptr<test::IsolatedXdg> m_xdg;
    QProcessEnvironment m_env;
    QTemporaryDir m_dir;
    QString m_tag;

    Outcome sloop(const QStringList &args, int ms = 240000)
    {
        return test::runCli(m_binary, args, m_env, ms);
    }
    Outcome docker(const QStringList &args)
    {
        return test::runCli(QStringLiteral("docker"), args, m_env, 120000);
    }
    void write(const QString &name, const QByteArray &content)
    {
        QDir().mkpath(QFileInfo(m_dir.filePath(name)).path());
        QFile f(m_dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_binary = qEnvironmentVariable("SLOOP_BINARY");
        QVERIFY2(!m_binary.isEmpty(), "SLOOP_BINARY is not set: run the suite through ctest");
        m_xdg = std::make_unique<test::IsolatedXdg>();
        m_env = QProcessEnvironment::systemEnvironment();
        m_tag = QStringLiteral("sloop-test/built-%1:1").arg(test::uniqueName(QStringLiteral("b")));
        write(QStringLiteral("Dockerfile"), "FROM sloop-test/busybox:latest AS base\n"
                                            "ARG GREETING=hello\n"
                                            "COPY . /ctx/\n"
                                            "RUN echo \"$GREETING\" > /greeting\n"
                                            "\n"
                                            "FROM base AS final\n"
                                            "RUN echo final > /final\n");
        write(QStringLiteral(".dockerignore"), "*.log\nsecret/\n");
        write(QStringLiteral("a.txt"), "a");
        write(QStringLiteral("debug.log"), "noise");
        write(QStringLiteral("secret/key"), "k");
        write(QStringLiteral("Dockerfile.bad"), "FROM sloop-test/busybox:latest\n"
                                                "# the next line fails\n"
                                                "RUN echo before && \\\n"
                                                "    false\n");
        write(QStringLiteral("Dockerfile.typo"), "FROM sloop-test/busybox:latest\nFORM x\n");
    }

    void cleanupTestCase()
    {
        docker({QStringLiteral("rmi"), QStringLiteral("-f"), m_tag,
                QStringLiteral("127.0.0.1:5000/") + m_tag});
    }

    void buildsWithArgsLabelsTargetAndIgnore()
    {
        const Outcome built =
            sloop({QStringLiteral("images"), QStringLiteral("build"), m_dir.path(),
                   QStringLiteral("--tag"), m_tag, QStringLiteral("--build-arg"),
                   QStringLiteral("GREETING=hi there"), QStringLiteral("--label"),
                   QStringLiteral("team=web"), QStringLiteral("--target"), QStringLiteral("base"),
                   QStringLiteral("--json")});
        QVERIFY2(built.exitCode == 0, qPrintable(describe(built)));
        const QJsonObject o = QJsonDocument::fromJson(built.out).object();
        QVERIFY(o[QLatin1String("id")].toString().startsWith(QLatin1String("sha256:")));
        QCOMPARE(o[QLatin1String("leftOut")].toInt(), 2);
        const Outcome inside =
            docker({QStringLiteral("run"), QStringLiteral("--rm"), m_tag, QStringLiteral("sh"),
                    QStringLiteral("-c"),
                    QStringLiteral("cat /greeting; ls -A /ctx; test -e /final || echo no-final")});
        QVERIFY2(inside.exitCode == 0, qPrintable(describe(inside)));
        QCOMPARE(inside.out, QByteArray("hi there\n.dockerignore\nDockerfile\nDockerfile.bad\n"
                                        "Dockerfile.typo\na.txt\nno-final\n"));
        const Outcome label =
            docker({QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("-f"),
                    QStringLiteral("{{index .Config.Labels \"team\"}}"), m_tag});
        QCOMPARE(label.out.trimmed(), QByteArray("web"));
        // Without --json the builder's steps stream to stderr.
        const Outcome plain = sloop({QStringLiteral("images"), QStringLiteral("build"),
                                     m_dir.path(), QStringLiteral("--tag"), m_tag});
        QVERIFY2(plain.exitCode == 0, qPrintable(describe(plain)));
        QVERIFY2(plain.err.contains("Step 1/") && plain.out.startsWith("Built sha256:"),
                 qPrintable(describe(plain)));
    }

    void aFailingStepNamesItsLine()
    {
        const Outcome failed = sloop({QStringLiteral("images"), QStringLiteral("build"),
                                      m_dir.path(), QStringLiteral("--tag"), m_tag,
                                      QStringLiteral("--file"), QStringLiteral("Dockerfile.bad")});
        QVERIFY2(failed.exitCode != 0, qPrintable(describe(failed)));
        QVERIFY2(failed.err.contains("Dockerfile.bad line 3 (RUN echo before &&") &&
                     failed.err.contains("non-zero code: 1"),
                 qPrintable(describe(failed)));
        const Outcome typo = sloop({QStringLiteral("images"), QStringLiteral("build"), m_dir.path(),
                                    QStringLiteral("--tag"), m_tag, QStringLiteral("--file"),
                                    QStringLiteral("Dockerfile.typo")});
        QVERIFY2(typo.exitCode != 0 && typo.err.contains("line 2") &&
                     typo.err.contains("unknown instruction"),
                 qPrintable(describe(typo)));
        const Outcome badTag =
            sloop({QStringLiteral("images"), QStringLiteral("build"), m_dir.path(),
                   QStringLiteral("--tag"), QStringLiteral("Bad Tag;rm")});
        QCOMPARE(badTag.exitCode, 9);
        QCOMPARE(sloop({QStringLiteral("images"), QStringLiteral("build"),
                        QStringLiteral("/nonexistent/ctx"), QStringLiteral("--tag"), m_tag})
                     .exitCode,
                 3);
    }

    void buildAndPushGivesDockersDigest()
    {
        QCOMPARE(sloop({QStringLiteral("registries"), QStringLiteral("add"),
                        QStringLiteral("plain"), QStringLiteral("http://127.0.0.1:5000")})
                     .exitCode,
                 0);
        const Outcome pushed =
            sloop({QStringLiteral("images"), QStringLiteral("build"), m_dir.path(),
                   QStringLiteral("--tag"), m_tag, QStringLiteral("--push"),
                   QStringLiteral("plain"), QStringLiteral("--json")});
        QVERIFY2(pushed.exitCode == 0, qPrintable(describe(pushed)));
        const QJsonObject o = QJsonDocument::fromJson(pushed.out).object();
        const QString digest = o[QLatin1String("digest")].toString();
        QVERIFY2(digest.startsWith(QLatin1String("sha256:")), pushed.out.constData());
        QCOMPARE(o[QLatin1String("pushed")].toString(), QStringLiteral("127.0.0.1:5000/") + m_tag);
        // The docker CLI pushing the same image gets the same digest.
        const Outcome theirs =
            docker({QStringLiteral("push"), QStringLiteral("127.0.0.1:5000/") + m_tag});
        QVERIFY2(theirs.exitCode == 0, qPrintable(describe(theirs)));
        QVERIFY2(theirs.out.contains(digest.toUtf8()), qPrintable(describe(theirs)));
    }
};

QTEST_GUILESS_MAIN(TestCliImageBuild)
#include "tst_cliimagebuild.moc"
