// The `sloop` binary as a person (or a script) runs it, against the real
// dockerd that scripts/test-services.sh starts. No mocks: every container
// made here is removed in cleanup()/cleanupTestCase(), pass or fail.
#include "testsupport.h"

#include "engine/dockerclient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "cliprocess.h"

using namespace sloop;

using Outcome = test::CliOutcome;
using test::describe;

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void version();
    void help();
    void enginesList();
    void detachedLifecycle();
    void foregroundExitCode();
    void wordsAfterImageBelongToTheContainer();
    void validationErrors_data();
    void validationErrors();
    void hostileLabel();
    void engineNotRunning();
    void unknownEngine();
    void permissionDeniedExplainsDockerGroup();
    void verboseShowsCalls();

private:
    Outcome sloop(const QStringList &args, const QProcessEnvironment &env = {}, int ms = 60000);
    QString track(const QString &tag);
    QJsonArray listJson(bool all);
    static QJsonObject findByName(const QJsonArray &list, const QString &name);

    QString m_binary;
    engine::DockerClient *m_client = nullptr;
    QStringList m_created; // names to remove, whatever happens
};

Outcome TestCli::sloop(const QStringList &args, const QProcessEnvironment &env, int ms)
{
    return test::runCli(m_binary, args,
                        env.isEmpty() ? QProcessEnvironment::systemEnvironment() : env, ms);
}

QString TestCli::track(const QString &tag)
{
    const QString name = test::uniqueName(tag);
    m_created.append(name);
    return name;
}

QJsonArray TestCli::listJson(bool all)
{
    QStringList args{QStringLiteral("containers"), QStringLiteral("ls"), QStringLiteral("--json")};
    if (all)
        args.append(QStringLiteral("-a"));
    const Outcome o = sloop(args);
    if (o.exitCode != 0)
        qWarning("containers ls failed: %s", qPrintable(describe(o)));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(o.out, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        qWarning("containers ls --json is not a JSON array: %s", qPrintable(describe(o)));
    return doc.array();
}

QJsonObject TestCli::findByName(const QJsonArray &list, const QString &name)
{
    for (const QJsonValue &v : list) {
        if (v.toObject().value(QLatin1String("name")).toString() == name)
            return v.toObject();
    }
    return {};
}

void TestCli::initTestCase()
{
    m_binary = qEnvironmentVariable("SLOOP_BINARY");
    QVERIFY2(!m_binary.isEmpty(), "SLOOP_BINARY is not set: run the suite through ctest");
    // Never skip: without the engine this suite proves nothing, so it fails.
    const auto client = test::connectTestEngine(this);
    QVERIFY2(client.ok(), qPrintable(client.error()));
    m_client = client.value();
}

void TestCli::cleanup()
{
    for (const QString &name : std::as_const(m_created))
        test::await(m_client->removeContainer(name, true, true));
    m_created.clear();
}

void TestCli::cleanupTestCase()
{
    if (m_client)
        cleanup();
}

void TestCli::version()
{
    const Outcome o = sloop({QStringLiteral("--version")});
    QCOMPARE(o.exitCode, 0);
    QCOMPARE(o.out.trimmed(), QByteArray("sloop " SLOOP_VERSION));
}

void TestCli::help()
{
    for (const QStringList &args :
         {QStringList{QStringLiteral("--help")}, QStringList{QStringLiteral("help")},
          QStringList{QStringLiteral("help"), QStringLiteral("containers")},
          QStringList{QStringLiteral("containers"), QStringLiteral("run"),
                      QStringLiteral("--help")}}) {
        const Outcome o = sloop(args);
        QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
        QVERIFY2(o.out.contains("Usage: sloop"), qPrintable(describe(o)));
    }
    const Outcome bad = sloop({QStringLiteral("frobnicate")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.startsWith("sloop: "), qPrintable(describe(bad)));
}

void TestCli::enginesList()
{
    const Outcome o =
        sloop({QStringLiteral("engines"), QStringLiteral("ls"), QStringLiteral("--json")});
    QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
    const QJsonArray engines = QJsonDocument::fromJson(o.out).array();
    QVERIFY2(!engines.isEmpty(), qPrintable(describe(o)));
    const QJsonObject local = engines.first().toObject();
    QCOMPARE(local.value(QLatin1String("name")).toString(), QStringLiteral("local"));
    QVERIFY2(local.value(QLatin1String("reachable")).toBool(), qPrintable(describe(o)));
    QVERIFY(!local.value(QLatin1String("version")).toString().isEmpty());
    QVERIFY(local.value(QLatin1String("address")).toString().startsWith(QLatin1String("unix://")));

    const Outcome table = sloop({QStringLiteral("engines"), QStringLiteral("ls")});
    QVERIFY2(table.exitCode == 0, qPrintable(describe(table)));
    QVERIFY2(table.out.startsWith("NAME"), qPrintable(describe(table)));
    QVERIFY2(table.out.contains("reachable"), qPrintable(describe(table)));
}

void TestCli::detachedLifecycle()
{
    const QString name = track(QStringLiteral("cli"));
    const Outcome run =
        sloop({QStringLiteral("containers"), QStringLiteral("run"), QStringLiteral("-d"),
               QStringLiteral("--json"), QStringLiteral("--name"), name,
               QString::fromLatin1(test::kBusybox), QStringLiteral("sh"), QStringLiteral("-c"),
               QStringLiteral("echo out; echo err >&2; sleep 300")});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const QJsonObject created = QJsonDocument::fromJson(run.out).object();
    const QString id = created.value(QLatin1String("id")).toString();
    QCOMPARE(id.size(), 64);
    QCOMPARE(created.value(QLatin1String("name")).toString(), name);

    const QJsonObject listed = findByName(listJson(false), name);
    QCOMPARE(listed.value(QLatin1String("id")).toString(), id);
    QCOMPARE(listed.value(QLatin1String("state")).toString(), QStringLiteral("running"));
    QCOMPARE(listed.value(QLatin1String("image")).toString(), QString::fromLatin1(test::kBusybox));

    const Outcome table = sloop({QStringLiteral("containers"), QStringLiteral("ls")});
    QVERIFY2(table.exitCode == 0, qPrintable(describe(table)));
    QVERIFY2(table.out.contains(QByteArray(id.left(12).toLatin1() + "  " + name.toLatin1())),
             qPrintable(describe(table)));
    QVERIFY(!table.out.contains(id.toLatin1())); // the short id in tables

    // The shell may not have written yet: ask again for a few seconds.
    Outcome logs;
    QDeadlineTimer deadline(60000);
    do {
        logs = sloop({QStringLiteral("containers"), QStringLiteral("logs"), name});
        QVERIFY2(logs.exitCode == 0, qPrintable(describe(logs)));
    } while (!(logs.out.contains("out") && logs.err.contains("err")) && !deadline.hasExpired() &&
             (QThread::msleep(200), true));
    QCOMPARE(logs.out, QByteArray("out\n"));
    QCOMPARE(logs.err, QByteArray("err\n"));

    const Outcome inspect = sloop(
        {QStringLiteral("containers"), QStringLiteral("inspect"), name, QStringLiteral("--json")});
    QVERIFY2(inspect.exitCode == 0, qPrintable(describe(inspect)));
    QCOMPARE(QJsonDocument::fromJson(inspect.out).object().value(QLatin1String("Id")).toString(),
             id);

    const Outcome stop = sloop({QStringLiteral("containers"), QStringLiteral("stop"),
                                QStringLiteral("--time"), QStringLiteral("1"), name});
    QVERIFY2(stop.exitCode == 0, qPrintable(describe(stop)));
    QVERIFY(findByName(listJson(false), name).isEmpty());
    QCOMPARE(findByName(listJson(true), name).value(QLatin1String("state")).toString(),
             QStringLiteral("exited"));

    const Outcome rm = sloop({QStringLiteral("containers"), QStringLiteral("rm"), name});
    QVERIFY2(rm.exitCode == 0, qPrintable(describe(rm)));
    QVERIFY(findByName(listJson(true), name).isEmpty());

    const Outcome again = sloop({QStringLiteral("containers"), QStringLiteral("rm"), name});
    QCOMPARE(again.exitCode, 3); // not found: the engine's 404, by its kind
    QVERIFY2(again.err.startsWith("sloop: ") && again.err.contains(name.toLatin1()),
             qPrintable(describe(again)));
}

void TestCli::foregroundExitCode()
{
    const QString name = track(QStringLiteral("exit"));
    const Outcome o =
        sloop({QStringLiteral("containers"), QStringLiteral("run"), QStringLiteral("--name"), name,
               QString::fromLatin1(test::kBusybox), QStringLiteral("sh"), QStringLiteral("-c"),
               QStringLiteral("echo hello; echo oops >&2; exit 3")});
    QVERIFY2(o.exitCode == 3, qPrintable(describe(o)));
    QCOMPARE(o.out, QByteArray("hello\n"));
    QCOMPARE(o.err, QByteArray("oops\n"));
}

void TestCli::wordsAfterImageBelongToTheContainer()
{
    const QString name = track(QStringLiteral("argv"));
    const Outcome o =
        sloop({QStringLiteral("containers"), QStringLiteral("run"), QStringLiteral("--name"), name,
               QString::fromLatin1(test::kBusybox), QStringLiteral("echo"),
               QStringLiteral("--name"), QStringLiteral("-d"), QStringLiteral("--json")});
    QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
    QCOMPARE(o.out, QByteArray("--name -d --json\n"));
}

void TestCli::validationErrors_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("image");
    QTest::addColumn<QByteArray>("field");
    QTest::newRow("port") << QStringList{QStringLiteral("-p"), QStringLiteral("99999:80")}
                          << QString::fromLatin1(test::kBusybox) << QByteArray("ports");
    QTest::newRow("name") << QStringList{QStringLiteral("--name"), QStringLiteral("a b")}
                          << QString::fromLatin1(test::kBusybox) << QByteArray("name");
    QTest::newRow("image") << QStringList{} << QString() << QByteArray("image");
    QTest::newRow("several") << QStringList{QStringLiteral("-p"), QStringLiteral("99999:80"),
                                            QStringLiteral("--memory"), QStringLiteral("lots")}
                             << QStringLiteral("Not An Image") << QByteArray("memory");
}

void TestCli::validationErrors()
{
    QFETCH(QStringList, options);
    QFETCH(QString, image);
    QFETCH(QByteArray, field);
    // A label that only this attempt carries shows whether anything was made.
    const QString token = test::uniqueName(QStringLiteral("invalid"));
    const QString label = QStringLiteral("sloop.test.token=") + token;
    const Outcome o = sloop(QStringList{QStringLiteral("containers"), QStringLiteral("run"),
                                        QStringLiteral("-d"), QStringLiteral("--label"), label} +
                            options + QStringList{image, QStringLiteral("true")});
    QVERIFY2(o.exitCode == 2, qPrintable(describe(o)));
    QVERIFY2(o.out.isEmpty(), qPrintable(describe(o)));
    QVERIFY2(o.err.contains(QByteArray("sloop: " + field + ": ")), qPrintable(describe(o)));
    const auto made =
        test::await(m_client->listContainers(true, {{QStringLiteral("label"), {label}}}));
    QVERIFY2(made.ok(), qPrintable(made.error()));
    for (const engine::ContainerSummary &c : made.value())
        m_created.append(c.name);
    QVERIFY(made->isEmpty());
}

void TestCli::hostileLabel()
{
    const QString name = track(QStringLiteral("hostile"));
    const QString hostile = QStringLiteral("line1\nline2\x1b[31mred") + QChar(0x202e) +
                            QStringLiteral("evil") + QString(10000, QLatin1Char('x'));
    const Outcome run = sloop(
        {QStringLiteral("containers"), QStringLiteral("run"), QStringLiteral("-d"),
         QStringLiteral("--name"), name, QStringLiteral("--label"),
         QStringLiteral("sloop.test.hostile=") + hostile, QStringLiteral("--label"),
         QStringLiteral("com.docker.compose.project=") + hostile,
         QString::fromLatin1(test::kBusybox), QStringLiteral("sleep"), QStringLiteral("300")});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));

    const QJsonObject listed = findByName(listJson(true), name);
    QVERIFY(!listed.isEmpty());
    QCOMPARE(listed.value(QLatin1String("labels"))
                 .toObject()
                 .value(QLatin1String("sloop.test.hostile"))
                 .toString(),
             hostile);
    QCOMPARE(listed.value(QLatin1String("composeProject")).toString(), hostile);

    const Outcome table =
        sloop({QStringLiteral("containers"), QStringLiteral("ls"), QStringLiteral("-a")});
    QVERIFY2(table.exitCode == 0, qPrintable(describe(table)));
    QVERIFY(!table.out.contains('\x1b'));
    QVERIFY(!table.out.contains(QStringLiteral("\u202e").toUtf8()));
    QByteArray row;
    for (const QByteArray &line : table.out.split('\n')) {
        if (line.contains(name.toLatin1()))
            row = line;
    }
    QVERIFY2(row.contains("line1\\nline2\\e[31mred\\u{202e}evil"), row.constData());
    QVERIFY2(row.size() < 400, "a long label must not stretch the table");
    // Every line still starts with an id or the header: nothing was split.
    for (const QByteArray &line : table.out.trimmed().split('\n')) {
        QVERIFY2(line.startsWith("CONTAINER ID") || QByteArray::fromHex(line.left(12)).size() == 6,
                 line.left(200).constData());
    }
}

void TestCli::engineNotRunning()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DOCKER_HOST"), QStringLiteral("unix:///tmp/nonexistent.sock"));
    const Outcome o = sloop({QStringLiteral("containers"), QStringLiteral("ls")}, env);
    QVERIFY2(o.exitCode == 7, qPrintable(describe(o))); // unreachable
    QVERIFY2(o.err.startsWith("sloop: ") && o.err.contains("/tmp/nonexistent.sock") &&
                 o.err.contains("systemctl start docker") && o.err.count('\n') == 1,
             qPrintable(describe(o)));

    const Outcome engines =
        sloop({QStringLiteral("engines"), QStringLiteral("ls"), QStringLiteral("--json")}, env);
    QVERIFY2(engines.exitCode == 0, qPrintable(describe(engines)));
    const QJsonObject local = QJsonDocument::fromJson(engines.out).array().first().toObject();
    QCOMPARE(local.value(QLatin1String("reachable")).toBool(), false);
    QVERIFY(local.value(QLatin1String("error")).toString().contains(QLatin1String("systemctl")));
}

void TestCli::unknownEngine()
{
    const Outcome o = sloop({QStringLiteral("containers"), QStringLiteral("ls"),
                             QStringLiteral("--engine"), QStringLiteral("nosuch")});
    QVERIFY2(o.exitCode == 2, qPrintable(describe(o)));
    QVERIFY2(o.err.startsWith("sloop: ") && o.err.contains("\"nosuch\"") && o.err.contains("local"),
             qPrintable(describe(o)));
}

void TestCli::permissionDeniedExplainsDockerGroup()
{
    // As root the socket's permissions never bite, so run the real binary as
    // "nobody", who is not in the docker group (root:docker 0660).
    // A copy in a folder anyone may enter: the build tree may sit under a
    // private home folder.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                          QFile::ReadOther | QFile::ExeOther);
    const QString copy = dir.filePath(QStringLiteral("sloop"));
    QVERIFY(QFile::copy(m_binary, copy));
    // The launcher runs the command line that sits beside it.
    QVERIFY(QFile::copy(QFileInfo(m_binary).dir().filePath(QStringLiteral("sloop-server")),
                        dir.filePath(QStringLiteral("sloop-server"))));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), QStringLiteral("/tmp"));
    env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral("runuser"),
                  {QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--"), copy,
                   QStringLiteral("containers"), QStringLiteral("ls")});
    QVERIFY(process.waitForFinished(30000));
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(process.exitCode() == 5, err.constData()); // refused
    QVERIFY2(err.contains("Permission denied") && err.contains("docker group") &&
                 err.contains("root"),
             err.constData());
}

void TestCli::verboseShowsCalls()
{
    const Outcome quiet = sloop({QStringLiteral("containers"), QStringLiteral("ls")});
    QVERIFY2(quiet.exitCode == 0 && quiet.err.isEmpty(), qPrintable(describe(quiet)));
    const Outcome loud = sloop({QStringLiteral("--verbose"), QStringLiteral("containers"),
                                QStringLiteral("ls"), QStringLiteral("-a")});
    QVERIFY2(loud.exitCode == 0, qPrintable(describe(loud)));
    QVERIFY2(loud.err.contains("sloop: [local] GET /v1.") &&
                 loud.err.contains("/containers/json?all=1 -> 200"),
             qPrintable(describe(loud)));
    QVERIFY(loud.out.startsWith("CONTAINER ID"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
