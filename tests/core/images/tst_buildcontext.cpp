// A build context as the docker CLI makes it: .dockerignore's patterns
// (wildcards, "**", exceptions, folders), the tar stream read back by
// Debian's tar, and a Dockerfile's instructions with their lines.
#include "images/buildcontext.h"
#include "images/dockerignore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sloop::images;

class TestBuildContext : public QObject
{
    Q_OBJECT

    static void write(const QString &path, const QByteArray &content)
    {
        QDir().mkpath(QFileInfo(path).path());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }

private Q_SLOTS:
    void patternsMatchAsDockersDo_data()
    {
        QTest::addColumn<QByteArray>("ignore");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("excluded");
        const QByteArray rules = "# comment\n"
                                 "*.log\n"
                                 "/build\n"
                                 "**/*.tmp\n"
                                 "docs/**\n"
                                 "!docs/keep.md\n"
                                 "secret?.txt\n"
                                 "node_modules\n"
                                 "data/[ab].csv\n";
        QTest::newRow("top log") << rules << "app.log" << true;
        QTest::newRow("nested log is not top") << rules << "src/app.log" << false;
        QTest::newRow("folder") << rules << "build/out.o" << true;
        QTest::newRow("deep tmp") << rules << "a/b/c.tmp" << true;
        QTest::newRow("top tmp") << rules << "c.tmp" << true;
        QTest::newRow("under docs") << rules << "docs/x/y.md" << true;
        QTest::newRow("exception") << rules << "docs/keep.md" << false;
        QTest::newRow("question mark") << rules << "secret1.txt" << true;
        QTest::newRow("question mark one only") << rules << "secret12.txt" << false;
        QTest::newRow("folder name") << rules << "node_modules/x/index.js" << true;
        QTest::newRow("range") << rules << "data/a.csv" << true;
        QTest::newRow("range out") << rules << "data/c.csv" << false;
        QTest::newRow("kept") << rules << "src/main.c" << false;
        QTest::newRow("later wins") << QByteArray("!a.txt\n*.txt\n") << "a.txt" << true;
        QTest::newRow("cleaned") << QByteArray("./x/../y\n") << "y" << true;
    }
    void patternsMatchAsDockersDo()
    {
        QFETCH(QByteArray, ignore);
        QFETCH(QString, path);
        QFETCH(bool, excluded);
        QCOMPARE(DockerIgnore::parse(ignore).excluded(path), excluded);
    }

    void contextHonoursDockerignoreAndReadsBackWithTar()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("Dockerfile")), "FROM scratch\nCOPY . /\n");
        write(dir.filePath(QStringLiteral(".dockerignore")), "*.log\nDockerfile\nsecrets\n");
        write(dir.filePath(QStringLiteral("app.sh")), "#!/bin/sh\necho hi\n");
        QFile::setPermissions(dir.filePath(QStringLiteral("app.sh")),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        write(dir.filePath(QStringLiteral("debug.log")), "noise");
        write(dir.filePath(QStringLiteral("secrets/key")), "k");
        const QString longName = QStringLiteral("deep/") + QString(120, QLatin1Char('n'));
        write(dir.filePath(longName), "long");
        QVERIFY(QFile::link(QStringLiteral("app.sh"), dir.filePath(QStringLiteral("run"))));
        const auto context = makeBuildContext(dir.path(), QStringLiteral("Dockerfile"));
        QVERIFY2(context.ok(), qPrintable(context.error()));
        QCOMPARE(context->leftOutCount, 2);
        QTemporaryDir out;
        QFile tarFile(out.filePath(QStringLiteral("c.tar")));
        QVERIFY(tarFile.open(QIODevice::WriteOnly));
        tarFile.write(context->tar);
        tarFile.close();
        QProcess tar;
        tar.start(QStringLiteral("tar"), {QStringLiteral("-tvf"), tarFile.fileName()});
        QVERIFY(tar.waitForFinished(10000));
        const QString listing = QString::fromUtf8(tar.readAllStandardOutput());
        QCOMPARE(tar.exitCode(), 0);
        // The Dockerfile goes even though .dockerignore names it.
        QVERIFY2(listing.contains(QLatin1String(" Dockerfile")), qPrintable(listing));
        QVERIFY(listing.contains(QLatin1String(" .dockerignore")));
        QVERIFY(listing.contains(QLatin1String("-rwxr-xr-x root/root")));
        QVERIFY(listing.contains(QLatin1String("run -> app.sh")));
        QVERIFY(listing.contains(longName));
        QVERIFY(!listing.contains(QLatin1String("debug.log")));
        QVERIFY(!listing.contains(QLatin1String("secrets")));
    }

    void missingFolderOrDockerfileIsSaid()
    {
        QVERIFY(
            !makeBuildContext(QStringLiteral("/nonexistent/x"), QStringLiteral("Dockerfile")).ok());
        QTemporaryDir dir;
        const auto none = makeBuildContext(dir.path(), QStringLiteral("Dockerfile"));
        QCOMPARE(none.kind(), sloop::ErrorKind::NotFound);
        QVERIFY(none.error().contains(QLatin1String("Dockerfile")));
    }

    void instructionsKeepTheirLines()
    {
        const QByteArray dockerfile = "# syntax=docker/dockerfile:1\n"
                                      "FROM busybox AS base\n"
                                      "\n"
                                      "# a comment\n"
                                      "RUN echo a && \\\n"
                                      "    # inside\n"
                                      "    echo b\n"
                                      "COPY . /app\n";
        const auto steps = dockerfileInstructions(dockerfile);
        QCOMPARE(steps.size(), 3);
        QCOMPARE(steps[0].line, 2);
        QCOMPARE(steps[1].line, 5);
        QCOMPARE(steps[1].text, QStringLiteral("RUN echo a && echo b"));
        QCOMPARE(steps[2].line, 8);
    }
};

QTEST_GUILESS_MAIN(TestBuildContext)
#include "tst_buildcontext.moc"
