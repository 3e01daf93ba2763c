// The engine client against the real dockerd that scripts/test.sh starts,
// with the locally imported busybox image.
#include "commandlog/commandlog.h"
#include "containers/statssampler.h"
#include "engine/dockerclient.h"
#include "engine/dockerjson.h"
#include "engine/enginecatalog.h"
#include "engine/logfollower.h"
#include "http/streamtransport.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace sloop;
using namespace sloop::engine;

class TestDockerClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void negotiates();
    void lifecycle();
    void logsFollowBothStreams();
    void ttyLogsAreRaw();
    void statsOneShot();
    void execWithTty();
    void execCollectsOutputAndExitCode();
    void commitMakesAnImage();
    void diskUseIsMeasuredWhenAsked();
    void hostileLabelsRoundTrip();
    void engineRefusesBadName();
    void failuresHaveKinds();
    void commandLogHasNoBodies();
    void sandboxHoldsForReal();

private:
    QString run(const QString &tag, const QStringList &cmd, bool tty = false,
                QMap<QString, QString> labels = {});
    DockerClient *m_client = nullptr;
    CommandLog m_log;
    QStringList m_created;
};

void TestDockerClient::initTestCase()
{
    auto connected = test::connectTestEngine(this);
    QVERIFY2(connected.ok(), qPrintable(connected.error()));
    delete connected.value();
    const auto local = discoverLocalEngines().first();
    m_client = new DockerClient(QStringLiteral("local"),
                                std::make_shared<http::UnixSocketTransport>(local.socketPath),
                                &m_log, this);
}

void TestDockerClient::cleanupTestCase()
{
    for (const QString &id : std::as_const(m_created))
        test::await(m_client->removeContainer(id, true));
}

QString TestDockerClient::run(const QString &tag, const QStringList &cmd, bool tty,
                              QMap<QString, QString> labels)
{
    ContainerSpec spec;
    spec.image = QLatin1String(test::kBusybox);
    spec.name = test::uniqueName(tag);
    spec.command = cmd;
    spec.tty = tty;
    spec.labels = labels;
    const auto id = test::await(m_client->createContainer(spec));
    if (!id.ok())
        qWarning() << id.error();
    if (!id.ok())
        return {};
    m_created.append(*id);
    const auto started = test::await(m_client->startContainer(*id));
    if (!started.ok())
        qWarning() << started.error();
    return *id;
}

void TestDockerClient::negotiates()
{
    const auto info = test::await(m_client->negotiate());
    QVERIFY2(info.ok(), qPrintable(info.error()));
    QVERIFY(!info->version.isEmpty());
    QVERIFY(!info->negotiated.isEmpty());
}

void TestDockerClient::lifecycle()
{
    QList<EngineEvent> events;
    EngineStream *stream =
        m_client->events(this, {{QStringLiteral("type"), {QStringLiteral("container")}}});
    QByteArray buffer;
    connect(stream, &EngineStream::data, this, [&](const QByteArray &bytes) {
        buffer += bytes;
        qsizetype nl;
        while ((nl = buffer.indexOf('\n')) >= 0) {
            const auto e = json::parseEvent(buffer.left(nl));
            buffer.remove(0, nl + 1);
            if (e.ok())
                events.append(*e);
        }
    });
    QSignalSpy opened(stream, &EngineStream::opened);
    QVERIFY(opened.wait(5000));

    const QString id =
        run(QStringLiteral("life"), {QStringLiteral("sleep"), QStringLiteral("300")});
    QVERIFY(!id.isEmpty());
    auto details = test::await(m_client->inspectContainer(id));
    QVERIFY2(details.ok(), qPrintable(details.error()));
    QCOMPARE(details->summary.state, QStringLiteral("running"));

    QVERIFY(test::await(m_client->pauseContainer(id)).ok());
    QCOMPARE(test::await(m_client->inspectContainer(id))->summary.state, QStringLiteral("paused"));
    QVERIFY(test::await(m_client->unpauseContainer(id)).ok());
    const QString renamed = test::uniqueName(QStringLiteral("renamed"));
    QVERIFY(test::await(m_client->renameContainer(id, renamed)).ok());
    QCOMPARE(test::await(m_client->inspectContainer(id))->summary.name, renamed);

    const auto listed = test::await(m_client->listContainers(true, {{QStringLiteral("id"), {id}}}));
    QVERIFY(listed.ok());
    QCOMPARE(listed->size(), 1);
    QCOMPARE(listed->first().name, renamed);

    QVERIFY(test::await(m_client->restartContainer(id, 1)).ok());
    QVERIFY(test::await(m_client->stopContainer(id, 1)).ok());
    QCOMPARE(test::await(m_client->inspectContainer(id))->summary.state, QStringLiteral("exited"));
    // Stopping a stopped container is not an error (the engine says 304).
    QVERIFY(test::await(m_client->stopContainer(id, 1)).ok());
    QVERIFY(test::await(m_client->removeContainer(id)).ok());
    m_created.removeAll(id);
    const auto gone = test::await(m_client->inspectContainer(id));
    QVERIFY(!gone.ok());
    QVERIFY(gone.error().contains(QLatin1String("No such container")));

    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(events.begin(), events.end(),
                                         [&](const EngineEvent &e) {
                                             return e.id == id &&
                                                    e.action == QLatin1String("destroy");
                                         }),
                             5000);
    QStringList actions;
    for (const EngineEvent &e : std::as_const(events)) {
        if (e.id == id)
            actions.append(e.action);
    }
    for (const char *expected : {"create", "start", "pause", "unpause", "rename", "die", "destroy"})
        QVERIFY2(actions.contains(QLatin1String(expected)),
                 qPrintable(actions.join(QLatin1Char(','))));
    delete stream;
}

void TestDockerClient::logsFollowBothStreams()
{
    const QString id =
        run(QStringLiteral("logs"),
            {QStringLiteral("sh"), QStringLiteral("-c"),
             QStringLiteral("i=0; while [ $i -lt 5 ]; do echo out $i; echo err $i >&2; "
                            "i=$((i+1)); sleep 0.1; done; sleep 300")});
    QVERIFY(!id.isEmpty());
    LogFollower follower(m_client, id, false);
    QList<LogLine> got;
    connect(&follower, &LogFollower::lines, this, [&got](const QList<LogLine> &l) { got += l; });
    follower.start({});
    QTRY_VERIFY_WITH_TIMEOUT(got.size() >= 10, 10000);
    int out = 0, err = 0;
    for (const LogLine &l : std::as_const(got)) {
        QVERIFY(l.timestamp.isValid());
        if (l.kind == StreamKind::Stderr) {
            QVERIFY(l.text.startsWith(QLatin1String("err ")));
            ++err;
        } else {
            QVERIFY(l.text.startsWith(QLatin1String("out ")));
            ++out;
        }
    }
    QCOMPARE(out, 5);
    QCOMPARE(err, 5);
    // Stopping the container ends a followed stream normally.
    QSignalSpy ended(&follower, &LogFollower::ended);
    QVERIFY(test::await(m_client->stopContainer(id, 1)).ok());
    QTRY_VERIFY_WITH_TIMEOUT(ended.count() > 0, 10000);
    QCOMPARE(ended.first().first().toString(), QString());
}

void TestDockerClient::ttyLogsAreRaw()
{
    const QString id = run(QStringLiteral("tty"),
                           {QStringLiteral("sh"), QStringLiteral("-c"),
                            QStringLiteral("printf 'colour \\033[31mred\\033[0m\\n'; sleep 300")},
                           true);
    QVERIFY(!id.isEmpty());
    LogFollower follower(m_client, id, true);
    QList<LogLine> got;
    connect(&follower, &LogFollower::lines, this, [&got](const QList<LogLine> &l) { got += l; });
    LogOptions options;
    options.timestamps = false;
    follower.start(options);
    QTRY_VERIFY_WITH_TIMEOUT(!got.isEmpty(), 10000);
    QVERIFY2(got.first().text.contains(QLatin1String("\x1b[31mred")), qPrintable(got.first().text));
}

void TestDockerClient::statsOneShot()
{
    const QString id = run(QStringLiteral("stats"), {QStringLiteral("sh"), QStringLiteral("-c"),
                                                     QStringLiteral("while true; do :; done")});
    QVERIFY(!id.isEmpty());
    QElapsedTimer clock;
    clock.start();
    const auto first = test::await(m_client->containerStats(id));
    const qint64 firstMs = clock.elapsed();
    QVERIFY2(first.ok(), qPrintable(first.error()));
    // One-shot: no two-second wait for the engine's own second sample.
    QVERIFY2(firstMs < 1500, qPrintable(QString::number(firstMs)));
    QVERIFY(first->memoryUsage > 0);
    QVERIFY(first->cpuTotal > 0);
    QTest::qWait(500);
    const auto second = test::await(m_client->containerStats(id));
    QVERIFY(second.ok());
    const double cpu = containers::cpuPercentBetween(*first, *second);
    // A busy loop; a low bound because other suites share the two cores.
    QVERIFY2(cpu > 5 && cpu < 105 * second->onlineCpus, qPrintable(QString::number(cpu)));
}

void TestDockerClient::execCollectsOutputAndExitCode()
{
    const QString id =
        run(QStringLiteral("collect"), {QStringLiteral("sleep"), QStringLiteral("300")});
    QVERIFY(!id.isEmpty());
    const auto out = test::await(m_client->execCollect(
        id, {QStringLiteral("sh"), QStringLiteral("-c"),
             QStringLiteral("echo out; echo err >&2; printf 'no newline'; exit 7")}));
    QVERIFY2(out.ok(), qPrintable(out.error()));
    QCOMPARE(out->stdOut, QByteArray("out\nno newline"));
    QCOMPARE(out->stdErr, QByteArray("err\n"));
    QCOMPARE(out->exitCode, 7);

    // stdin is empty, not the open connection: `cat` ends at once.
    const auto cat = test::await(m_client->execCollect(id, {QStringLiteral("cat")}, 10000));
    QVERIFY2(cat.ok(), qPrintable(cat.error()));
    QCOMPARE(cat->exitCode, 0);

    const auto missing = test::await(m_client->execCollect(id, {QStringLiteral("/no/such")}));
    QVERIFY(!missing.ok() || missing->exitCode != 0);
}

// A container instance's disk use (issue 16): what the container wrote, as
// the engine measures it, only when asked (it walks the writable layer).
void TestDockerClient::diskUseIsMeasuredWhenAsked()
{
    const QString id = run(QStringLiteral("disk"),
                           {QStringLiteral("sh"), QStringLiteral("-c"),
                            QStringLiteral("dd if=/dev/zero of=/written bs=1048576 count=6 "
                                           "2>/dev/null && touch /done; sleep 300")});
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(
        test::await(m_client->execCollect(id, {QStringLiteral("test"), QStringLiteral("-e"),
                                               QStringLiteral("/done")}))
                ->exitCode == 0,
        20000);
    const auto plain = test::await(m_client->inspectContainer(id));
    QVERIFY2(plain.ok(), qPrintable(plain.error()));
    QVERIFY(!plain->sizeRw && !plain->sizeRootFs);
    const auto measured = test::await(m_client->inspectContainer(id, true));
    QVERIFY2(measured.ok(), qPrintable(measured.error()));
    QVERIFY(measured->sizeRw && measured->sizeRootFs);
    QVERIFY2(*measured->sizeRw >= 6 * 1048576 && *measured->sizeRw < 7 * 1048576,
             qPrintable(QString::number(*measured->sizeRw)));
    // The image's files count in the root file system's size, not in what it wrote.
    QVERIFY(*measured->sizeRootFs > *measured->sizeRw);
}

void TestDockerClient::commitMakesAnImage()
{
    const QString id =
        run(QStringLiteral("commit"), {QStringLiteral("sh"), QStringLiteral("-c"),
                                       QStringLiteral("echo kept >/tmp/marker; sleep 300")});
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(test::await(m_client->execCollect(id, {QStringLiteral("cat"),
                                                                    QStringLiteral("/tmp/marker")}))
                                     ->exitCode == 0,
                             10000);
    const QString repo = test::uniqueName(QStringLiteral("snap"));
    const auto image = test::await(
        m_client->commitContainer(id, repo, QStringLiteral("t1"), QStringLiteral("a comment")));
    QVERIFY2(image.ok(), qPrintable(image.error()));
    QVERIFY(image->startsWith(QStringLiteral("sha256:")));

    ContainerSpec spec;
    spec.image = repo + QStringLiteral(":t1");
    spec.name = test::uniqueName(QStringLiteral("from-snap"));
    spec.command = {QStringLiteral("cat"), QStringLiteral("/tmp/marker")};
    const auto created = test::await(m_client->createContainer(spec));
    QVERIFY2(created.ok(), qPrintable(created.error()));
    m_created.append(*created);
    QVERIFY(test::await(m_client->startContainer(*created)).ok());
    QTRY_COMPARE_WITH_TIMEOUT(test::await(m_client->inspectContainer(*created))->summary.state,
                              QStringLiteral("exited"), 10000);
    QCOMPARE(test::await(m_client->inspectContainer(*created))->exitCode, 0);
    test::await(m_client->removeContainer(*created, true));
    m_created.removeAll(*created);
    QVERIFY(test::await(m_client->removeImage(*image, true)).ok());
}

void TestDockerClient::execWithTty()
{
    const QString id =
        run(QStringLiteral("exec"), {QStringLiteral("sleep"), QStringLiteral("300")});
    QVERIFY(!id.isEmpty());
    const auto exec = test::await(m_client->createExec(id, {QStringLiteral("sh")}, true));
    QVERIFY2(exec.ok(), qPrintable(exec.error()));
    EngineStream *session = m_client->startExec(*exec, true, this);
    QByteArray screen;
    connect(session, &EngineStream::data, this, [&screen](const QByteArray &b) { screen += b; });
    QSignalSpy opened(session, &EngineStream::opened);
    QVERIFY(opened.wait(5000));
    QCOMPARE(opened.first().first().toInt(), 101);
    QVERIFY(test::await(m_client->resizeExec(*exec, 40, 120)).ok());
    session->write("echo sum=$((40+2))\n");
    QTRY_VERIFY_WITH_TIMEOUT(screen.contains("sum=42"), 5000);
    session->write("stty size\n");
    QTRY_VERIFY_WITH_TIMEOUT(screen.contains("40 120"), 5000);
    QSignalSpy finished(session, &EngineStream::finished);
    session->write("exit\n");
    QVERIFY(finished.wait(5000));
    delete session;
}

void TestDockerClient::hostileLabelsRoundTrip()
{
    QMap<QString, QString> labels{
        {QStringLiteral("quote"), QStringLiteral("it's \"quoted\" $(rm -rf /) `ls`; echo")},
        {QStringLiteral("newline"), QStringLiteral("line1\nline2\r\n")},
        {QStringLiteral("rtl"), QStringLiteral("abc\u202Egnp.exe")},
        {QStringLiteral("long"), QString(10000, QLatin1Char('z'))},
    };
    const QString id = run(QStringLiteral("hostile"), {QStringLiteral("true")}, false, labels);
    QVERIFY(!id.isEmpty());
    const auto listed = test::await(m_client->listContainers(true, {{QStringLiteral("id"), {id}}}));
    QVERIFY(listed.ok());
    QCOMPARE(listed->size(), 1);
    for (auto it = labels.begin(); it != labels.end(); ++it)
        QCOMPARE(listed->first().labels.value(it.key()), it.value());
    // A label filter with the same hostile value travels in the query string.
    const auto filtered = test::await(m_client->listContainers(
        true, {{QStringLiteral("label"),
                {QStringLiteral("quote=") + labels.value(QStringLiteral("quote"))}}}));
    QVERIFY2(filtered.ok(), qPrintable(filtered.error()));
    QVERIFY(std::any_of(filtered->begin(), filtered->end(),
                        [&](const ContainerSummary &c) { return c.id == id; }));
}

void TestDockerClient::engineRefusesBadName()
{
    ContainerSpec spec;
    spec.image = QLatin1String(test::kBusybox);
    spec.name = QStringLiteral("bad name/../\n");
    const auto id = test::await(m_client->createContainer(spec));
    QVERIFY(!id.ok());
    QVERIFY2(id.error().contains(QLatin1String("Invalid container name")), qPrintable(id.error()));
    const auto missing = test::await(m_client->inspectContainer(QStringLiteral("../../version")));
    QVERIFY(!missing.ok()); // the path part is encoded, not traversed
}

// The engine's answers become kinds a caller branches on, never by text:
// 404 for a missing container or image, 409 for a name in use, 400 for a
// bad name, and a socket nobody listens on is unreachable.
void TestDockerClient::failuresHaveKinds()
{
    const auto missing = test::await(m_client->inspectContainer(QStringLiteral("sloop-no-such-x")));
    QCOMPARE(missing.kind(), ErrorKind::NotFound);
    QCOMPARE(missing.problem().httpStatus, 404);
    QCOMPARE(test::await(m_client->removeContainer(QStringLiteral("sloop-no-such-x"), true)).kind(),
             ErrorKind::NotFound);

    ContainerSpec spec;
    spec.image = QStringLiteral("sloop-test/no-such-image:never");
    QCOMPARE(test::await(m_client->createContainer(spec)).kind(), ErrorKind::NotFound);

    spec.image = QLatin1String(test::kBusybox);
    spec.name = QStringLiteral("bad name/../");
    QCOMPARE(test::await(m_client->createContainer(spec)).kind(), ErrorKind::InvalidInput);

    spec.name = test::uniqueName(QStringLiteral("kinds"));
    const auto first = test::await(m_client->createContainer(spec));
    QVERIFY2(first.ok(), qPrintable(first.error()));
    m_created.append(*first);
    const auto taken = test::await(m_client->createContainer(spec));
    QCOMPARE(taken.kind(), ErrorKind::Conflict);
    QCOMPARE(taken.problem().httpStatus, 409);

    DockerClient nowhere(QStringLiteral("nowhere"),
                         std::make_shared<http::UnixSocketTransport>(
                             QStringLiteral("/tmp/sloop-nobody-listens.sock")),
                         &m_log);
    const auto unreachable = test::await(nowhere.listContainers(true));
    QCOMPARE(unreachable.kind(), ErrorKind::Unreachable);
    QVERIFY2(unreachable.error().contains(QLatin1String("systemctl start docker")),
             qPrintable(unreachable.error()));
}

void TestDockerClient::commandLogHasNoBodies()
{
    ContainerSpec spec;
    spec.image = QLatin1String(test::kBusybox);
    spec.name = test::uniqueName(QStringLiteral("secret"));
    spec.env = {QStringLiteral("DB_PASSWORD=hunter2-very-secret")};
    const auto id = test::await(m_client->createContainer(spec));
    QVERIFY(id.ok());
    m_created.append(*id);
    QCoreApplication::processEvents();
    const auto entries = m_log.recent();
    QVERIFY(!entries.isEmpty());
    bool sawCreate = false;
    for (const CommandLogEntry &e : entries) {
        QVERIFY(!e.call.contains(QLatin1String("hunter2")));
        QVERIFY(!e.result.contains(QLatin1String("hunter2")));
        sawCreate |= e.call.startsWith(QLatin1String("POST /v")) &&
                     e.call.contains(QLatin1String("/containers/create?name=") + spec.name);
    }
    QVERIFY(sawCreate);
}

// The sandbox a function environment runs in, checked from inside: the
// root file system is read-only, /tmp is a sized tmpfs, the user is nobody,
// no capability is left, no new privileges, no network.
void TestDockerClient::sandboxHoldsForReal()
{
    ContainerSpec spec;
    spec.image = QLatin1String(test::kBusybox);
    spec.name = test::uniqueName(QStringLiteral("sandbox"));
    spec.command = {QStringLiteral("sleep"), QStringLiteral("60")};
    spec.user = QStringLiteral("65534:65534");
    spec.readOnlyRootfs = true;
    // Owned by the user: the engine copies the image's /tmp mode over "mode=".
    spec.tmpfs.insert(QStringLiteral("/tmp"), QStringLiteral("size=16m,uid=65534,gid=65534"));
    spec.capDrop = {QStringLiteral("ALL")};
    spec.noNewPrivileges = true;
    spec.networkDisabled = true;
    spec.pidsLimit = 64;
    spec.init = true;
    const auto id = test::await(m_client->createContainer(spec));
    QVERIFY2(id.ok(), qPrintable(id.error()));
    m_created.append(*id);
    QVERIFY(test::await(m_client->startContainer(*id)).ok());
    const auto probe = test::await(m_client->execCollect(
        *id, {QStringLiteral("sh"), QStringLiteral("-c"),
              QStringLiteral("touch /x 2>/dev/null && echo root-writable; "
                             "touch /tmp/y && echo tmp-ok; id -u; "
                             "grep CapEff /proc/self/status; grep NoNewPrivs /proc/self/status; "
                             "grep -c ':' /proc/net/dev; df -k /tmp | tail -1")}));
    QVERIFY2(probe.ok(), qPrintable(probe.error()));
    const QString out = QString::fromUtf8(probe->stdOut);
    QVERIFY2(!out.contains(QLatin1String("root-writable")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("tmp-ok")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("\n65534\n")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("CapEff:\t0000000000000000")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("NoNewPrivs:\t1")), qPrintable(out));
    // Only the loopback interface: two header lines are not counted by ':'.
    QVERIFY2(out.contains(QLatin1String("\n1\n")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("16384")), qPrintable(out));
}

QTEST_GUILESS_MAIN(TestDockerClient)
#include "tst_dockerclient.moc"
