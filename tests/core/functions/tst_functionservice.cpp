// Functions end to end on the real dockerd: created from code (an image
// built on the runtime base image from scripts/build-runtime-images.sh),
// invoked through the pool of warm environments, limited, redeployed and
// removed, with Lambda's log of each invocation kept.
#include "functions/functiontemplates.h"
#include "functionservicefixture.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSysInfo>
#include <QTest>

using namespace sloop;
using namespace sloop::functions;

namespace {

const QByteArray kCode = R"(import json, time
def handler(event, context):
    print("event", json.dumps(event))
    if event.get("fail"):
        raise ValueError("asked to fail")
    if event.get("sleep"):
        time.sleep(event["sleep"])
    return {"hello": event.get("name", "world"), "version": 1}
)";

QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestFunctionService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void createsAndInvokesWarm();
    void handlerErrorIsTheFunctions();
    void badPayloadsAreRefused();
    void initErrorIsReturnedAsLambdaDoes();
    void burstOverTheConcurrencyIsThrottled();
    void parallelInvocationsUseParallelEnvironments();
    void deployServesTheNewCode();
    void idleEnvironmentsAreRemoved();
    void missingBaseImageSaysHowToGetIt();
    void everyTemplateAnswersItsTestEvent();
    void removeTakesEverything();
    void sweepRemovesWhatDeadProcessesLeft();
    void versionsAliasesAndCanary();

private:
    Result<FunctionRecord> create(const QString &name, const QByteArray &code = kCode,
                                  const QString &handler = QStringLiteral("app.handler"));

    test::FunctionServiceFixture m_fixture;
    engine::DockerClient *m_client = nullptr;
    FunctionService *m_service = nullptr;
    QStringList m_made;
};

void TestFunctionService::initTestCase()
{
    const QString problem = m_fixture.setUp(this);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_client = m_fixture.client;
    m_service = m_fixture.service.get();
}

void TestFunctionService::cleanupTestCase()
{
    m_fixture.tearDown(m_made);
}

Result<FunctionRecord> TestFunctionService::create(const QString &name, const QByteArray &code,
                                                   const QString &handler)
{
    FunctionRecord record;
    record.name = name;
    record.handler = handler;
    m_made << name;
    return test::await(m_service->create(record, {{QStringLiteral("app.py"), code}}), 120000);
}

void TestFunctionService::createsAndInvokesWarm()
{
    const QString name = test::uniqueName(QStringLiteral("fn"));
    const auto created = create(name);
    QVERIFY2(created.ok(), qPrintable(created.error()));
    QVERIFY(QFile::exists(codeFolder(name) + QStringLiteral("/app.py")));

    const auto cold = test::await(m_service->invoke(name, R"({"name":"sloop"})"));
    QVERIFY2(cold.ok(), qPrintable(cold.error()));
    QVERIFY(cold->result.ok);
    QCOMPARE(object(cold->result.body).value(QLatin1String("hello")).toString(),
             QStringLiteral("sloop"));
    QVERIFY(cold->record.initMs.has_value());
    const QString log = cold->record.log;
    QVERIFY2(
        log.startsWith(
            QStringLiteral("START RequestId: %1 Version: $LATEST\n").arg(cold->record.requestId)),
        qPrintable(log));
    QVERIFY2(log.contains(QStringLiteral("event {\"name\": \"sloop\"}\n")), qPrintable(log));
    QVERIFY2(log.contains(QStringLiteral("\nEND RequestId: %1\n").arg(cold->record.requestId)),
             qPrintable(log));
    static const QRegularExpression report(
        QStringLiteral("REPORT RequestId: \\S+\\tDuration: \\d+\\.\\d\\d ms\\tBilled Duration: "
                       "\\d+ ms\\tMemory Size: 128 MB\\tMax Memory Used: \\d+ MB\\tInit "
                       "Duration: \\d+\\.\\d\\d ms\\n$"));
    QVERIFY2(report.match(log).hasMatch(), qPrintable(log));
    QVERIFY(cold->record.maxMemoryMiB > 0);
    QCOMPARE(cold->record.billedMs, billedDuration(cold->record.durationMs));

    // The second goes to the same warm environment: no init.
    const auto warm = test::await(m_service->invoke(name, {}));
    QVERIFY2(warm.ok(), qPrintable(warm.error()));
    QVERIFY(warm->result.ok);
    QCOMPARE(object(warm->result.body).value(QLatin1String("hello")).toString(),
             QStringLiteral("world"));
    QVERIFY(!warm->record.initMs.has_value());
    QVERIFY(!warm->record.log.contains(QLatin1String("Init Duration")));
    const PoolCounts counts = m_service->pool()->counts(name);
    QCOMPARE(counts.coldStarts, 1);
    QCOMPARE(counts.idle, 1);

    const auto kept = m_service->invocationLog().recent(name, 10);
    QVERIFY2(kept.ok(), qPrintable(kept.error()));
    QCOMPARE(kept->size(), 2);
    QCOMPARE(kept->at(0).requestId, warm->record.requestId);
    QCOMPARE(kept->at(1).log, cold->record.log);
}

void TestFunctionService::handlerErrorIsTheFunctions()
{
    const QString name = test::uniqueName(QStringLiteral("fn"));
    QVERIFY(create(name).ok());
    const auto failed = test::await(m_service->invoke(name, R"({"fail":true})"));
    QVERIFY2(failed.ok(), qPrintable(failed.error()));
    QVERIFY(!failed->result.ok);
    const QJsonObject error = object(failed->result.body);
    QCOMPARE(error.value(QLatin1String("errorType")).toString(), QStringLiteral("ValueError"));
    QCOMPARE(error.value(QLatin1String("errorMessage")).toString(),
             QStringLiteral("asked to fail"));
    QCOMPARE(failed->record.errorType, failed->result.errorType);
    QVERIFY(!failed->record.ok());
    // The environment stays warm after a handled error, as on Lambda.
    QCOMPARE(m_service->pool()->counts(name).idle, 1);
}

void TestFunctionService::badPayloadsAreRefused()
{
    const QString name = test::uniqueName(QStringLiteral("fn"));
    QVERIFY(create(name).ok());
    const auto notJson = test::await(m_service->invoke(name, "{not json"));
    QCOMPARE(notJson.kind(), ErrorKind::InvalidInput);
    QVERIFY(notJson.error().startsWith(QLatin1String("Could not parse request body into json")));
    const QByteArray big = "\"" + QByteArray(kMaxSyncPayloadBytes, 'x') + "\"";
    const auto tooBig = test::await(m_service->invoke(name, big));
    QCOMPARE(tooBig.kind(), ErrorKind::InvalidInput);
    QVERIFY2(tooBig.error().contains(QLatin1String("6291456")), qPrintable(tooBig.error()));
    const auto missing = test::await(m_service->invoke(QStringLiteral("no-such-fn"), {}));
    QCOMPARE(missing.kind(), ErrorKind::NotFound);
    QVERIFY(missing.error().contains(QLatin1String(":function:no-such-fn")));
    // Nothing was started for any of them.
    QCOMPARE(m_service->pool()->counts(name).coldStarts, 0);
}

void TestFunctionService::initErrorIsReturnedAsLambdaDoes()
{
    const QString name = test::uniqueName(QStringLiteral("fn"));
    QVERIFY(create(name, kCode, QStringLiteral("app.no_such_handler")).ok());
    const auto failed = test::await(m_service->invoke(name, {}));
    QVERIFY2(failed.ok(), qPrintable(failed.error()));
    QVERIFY(!failed->result.ok);
    QCOMPARE(failed->result.errorType, QStringLiteral("Runtime.HandlerNotFound"));
    QCOMPARE(object(failed->result.body).value(QLatin1String("errorType")).toString(),
             QStringLiteral("Runtime.HandlerNotFound"));
    QTRY_COMPARE(m_service->pool()->counts(name).total(), 0);
}

void TestFunctionService::burstOverTheConcurrencyIsThrottled()
{
    const QString name = test::uniqueName(QStringLiteral("fn"));
    const auto created = create(name);
    QVERIFY(created.ok());
    FunctionRecord limited = *created;
    limited.reservedConcurrency = 2;
    limited.timeoutSeconds = 30;
    QVERIFY(m_service->configure(limited).ok());

    // Five at once against a limit of two: exactly two run, three are
    // throttled, and nothing waits for a slot.
    QList<QFuture<Result<Invocation>>> burst;
    for (int i = 0; i < 5; ++i)
        burst << m_service->invoke(name, R"({"sleep":1})");
    int ok = 0;
    int throttled = 0;
    for (const auto &future : std::as_const(burst)) {
        const auto outcome = test::await(future);
        if (outcome.ok() && outcome->result.ok)
            ++ok;
        else if (outcome.kind() == ErrorKind::Throttled)
            ++throttled;
    }
    QCOMPARE(ok, 2);
    QCOMPARE(throttled, 3);

    limited.reservedConcurrency = 0;
    QVERIFY(m_service->configure(limited).ok());
    QCOMPARE(test::await(m_service->invoke(name, {})).kind(), ErrorKind::Throttled);
}

void TestFunctionService::parallelInvocationsUseParallelEnvironments()
{
    const QString name = test::uniqueName(QStringLiteral("fn"));
    QVERIFY(create(name).ok());
    QList<QFuture<Result<Invocation>>> wave;
    for (int i = 0; i < 4; ++i)
        wave << m_service->invoke(name, R"({"sleep":0.5})");
    for (const auto &future : std::as_const(wave)) {
        const auto outcome = test::await(future);
        QVERIFY2(outcome.ok() && outcome->result.ok, qPrintable(outcome.error()));
    }
    QCOMPARE(m_service->pool()->counts(name).coldStarts, 4);
    QCOMPARE(m_service->pool()->counts(name).idle, 4);
    // The next wave finds them warm.
    wave.clear();
    for (int i = 0; i < 4; ++i)
        wave << m_service->invoke(name, {});
    for (const auto &future : std::as_const(wave)) {
        const auto outcome = test::await(future);
        QVERIFY(outcome.ok() && outcome->result.ok);
        QVERIFY(!outcome->record.initMs.has_value());
    }
    QCOMPARE(m_service->pool()->counts(name).coldStarts, 4);
}

void TestFunctionService::deployServesTheNewCode()
{
    const QString name = test::uniqueName(QStringLiteral("fn"));
    QVERIFY(create(name).ok());
    QVERIFY(test::await(m_service->invoke(name, {})).ok());
    QCOMPARE(m_service->pool()->counts(name).idle, 1);

    QByteArray v2 = kCode;
    v2.replace("\"version\": 1", "\"version\": 2");
    const auto deployed =
        test::await(m_service->deploy(name, {{QStringLiteral("app.py"), v2}}), 120000);
    QVERIFY2(deployed.ok(), qPrintable(deployed.error()));
    // The old code's environment serves nothing new.
    QCOMPARE(m_service->pool()->counts(name).total(), 0);
    const auto after = test::await(m_service->invoke(name, {}));
    QVERIFY2(after.ok(), qPrintable(after.error()));
    QCOMPARE(object(after->result.body).value(QLatin1String("version")).toInt(), 2);
    QVERIFY(after->record.initMs.has_value());
}

void TestFunctionService::idleEnvironmentsAreRemoved()
{
    const QString name = test::uniqueName(QStringLiteral("fn"));
    QVERIFY(create(name).ok());
    m_service->pool()->setIdleMs(300);
    const auto done = test::await(m_service->invoke(name, {}));
    QVERIFY(done.ok());
    QTRY_COMPARE_WITH_TIMEOUT(m_service->pool()->counts(name).total(), 0, 20000);
    m_service->pool()->setIdleMs(FunctionPool::kDefaultIdleMs);
    // Scale to zero: its container is gone from the engine too.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const auto list = test::await(m_client->listContainers(true));
            if (!list)
                return false;
            for (const auto &c : *list)
                if (c.labels.value(QStringLiteral("sloop.function")) == name)
                    return false;
            return true;
        }(),
        20000);
}

void TestFunctionService::missingBaseImageSaysHowToGetIt()
{
    m_service->setBaseImage(QStringLiteral("sloop-test/no-such-base:1"));
    FunctionRecord record;
    record.name = test::uniqueName(QStringLiteral("fn"));
    const auto failed = test::await(m_service->create(record, {{QStringLiteral("app.py"), kCode}}));
    m_service->setBaseImage(QString::fromLatin1(FunctionService::kDefaultBaseImage));
    QCOMPARE(failed.kind(), ErrorKind::NotFound);
    QVERIFY2(failed.error().contains(QLatin1String("build-runtime-images.sh")),
             qPrintable(failed.error()));
    // Nothing was stored.
    QVERIFY(!m_service->repository().find(record.name)->has_value());
}

void TestFunctionService::everyTemplateAnswersItsTestEvent()
{
    // What the Functions page offers a newcomer works, with the event it
    // fills in.
    for (const FunctionTemplate &t : functionTemplates()) {
        // One that reads a bucket through the endpoint runs end to end in
        // tst_awsendpoint (an upload makes its thumbnail).
        if (t.usesEndpoint)
            continue;
        FunctionRecord record;
        record.name = test::uniqueName(QStringLiteral("tpl"));
        record.runtime = t.runtime;
        record.handler = t.handler;
        record.timeoutSeconds = t.timeoutSeconds;
        m_made << record.name;
        const auto created = test::await(m_service->create(record, t.code), 120000);
        QVERIFY2(created.ok(), qPrintable(t.id + QStringLiteral(": ") + created.error()));
        const auto invoked = test::await(m_service->invoke(record.name, t.testEvent));
        QVERIFY2(invoked.ok(), qPrintable(t.id + QStringLiteral(": ") + invoked.error()));
        QVERIFY2(invoked->result.ok,
                 qPrintable(t.id + QStringLiteral(": ") + QString::fromUtf8(invoked->result.body)));
        QVERIFY(test::await(m_service->remove(record.name)).ok());
        m_made.removeLast();
    }
}

void TestFunctionService::removeTakesEverything()
{
    const QString name = test::uniqueName(QStringLiteral("fn"));
    QVERIFY(create(name).ok());
    QVERIFY(test::await(m_service->invoke(name, {})).ok());
    const VoidResult removed = test::await(m_service->remove(name));
    QVERIFY2(removed.ok(), qPrintable(removed.error()));
    QVERIFY(!m_service->repository().find(name)->has_value());
    QCOMPARE(m_service->invocationLog().recent(name, 10)->size(), 0);
    QVERIFY(!QFile::exists(codeFolder(name)));
    QCOMPARE(m_service->pool()->counts(name).total(), 0);
    const auto images = test::await(m_client->listImages());
    QVERIFY(images.ok());
    for (const auto &image : *images)
        QVERIFY(!image.repoTags.contains(FunctionService::imageOf(name)));
    QCOMPARE(test::await(m_service->remove(name)).kind(), ErrorKind::NotFound);
}

void TestFunctionService::sweepRemovesWhatDeadProcessesLeft()
{
    const QString machine = QString::fromLatin1(QSysInfo::machineUniqueId());
    QVERIFY(!machine.isEmpty());
    const auto make = [this, &machine](qint64 pid) {
        engine::ContainerSpec spec;
        spec.image = QString::fromLatin1(test::kBusybox);
        spec.command = {QStringLiteral("true")};
        spec.labels.insert(QStringLiteral("sloop.function"), QStringLiteral("swept"));
        spec.labels.insert(QString::fromLatin1(FunctionPool::kMachineLabel), machine);
        spec.labels.insert(QString::fromLatin1(FunctionPool::kPidLabel), QString::number(pid));
        return test::await(m_client->createContainer(spec));
    };
    // Beyond any pid_max: no such process. And this process, alive.
    const auto dead = make(99999999);
    const auto alive = make(QCoreApplication::applicationPid());
    QVERIFY2(dead.ok() && alive.ok(), qPrintable(dead.error() + alive.error()));
    engine::DockerClient *client = m_client;
    FunctionPool pool([client](const QString &) { return client; });
    pool.sweep(QStringLiteral("local"));
    const auto exists = [this](const QString &id) {
        return test::await(m_client->inspectContainer(id)).ok();
    };
    QTRY_VERIFY_WITH_TIMEOUT(!exists(*dead), 20000);
    QVERIFY(exists(*alive));
    test::await(m_client->removeContainer(*alive, true));
}

void TestFunctionService::versionsAliasesAndCanary()
{
    const QString name = test::uniqueName(QStringLiteral("fn"));
    QVERIFY(create(name).ok());
    const auto v1 = test::await(m_service->publish(name, QStringLiteral("first")));
    QVERIFY2(v1.ok(), qPrintable(v1.error()));
    QCOMPARE(v1->version, 1);

    QByteArray two = kCode;
    two.replace("\"version\": 1", "\"version\": 2");
    QVERIFY(test::await(m_service->deploy(name, {{QStringLiteral("app.py"), two}}), 120000).ok());
    const auto v2 = test::await(m_service->publish(name));
    QVERIFY2(v2.ok(), qPrintable(v2.error()));
    QCOMPARE(v2->version, 2);

    const auto versionOf = [](const Result<Invocation> &done) {
        return done.ok() ? object(done->result.body).value(QLatin1String("version")).toInt() : -1;
    };
    // $LATEST has the new code; version 1 keeps the old, as published.
    const auto latest = test::await(m_service->invoke(name, {}));
    QCOMPARE(versionOf(latest), 2);
    QCOMPARE(latest->record.version, QStringLiteral("$LATEST"));
    const auto first = test::await(m_service->invoke(name, {}, QStringLiteral("1")));
    QCOMPARE(versionOf(first), 1);
    QCOMPARE(first->record.version, QStringLiteral("1"));

    FunctionAlias live;
    live.function = name;
    live.name = QStringLiteral("live");
    live.version = 1;
    QVERIFY(m_service->setAlias(live).ok());
    QCOMPARE(versionOf(test::await(m_service->invoke(name, {}, QStringLiteral("live")))), 1);

    // A canary: half of the invocations to version 2.
    live.version = 1;
    live.extraVersion = 2;
    live.extraWeight = 0.5;
    QVERIFY(m_service->setAlias(live).ok());
    QSet<QString> ran;
    for (int i = 0; i < 40 && ran.size() < 2; ++i)
        ran.insert(
            test::await(m_service->invoke(name, {}, QStringLiteral("live")))->record.version);
    QCOMPARE(ran, (QSet<QString>{QStringLiteral("1"), QStringLiteral("2")}));

    // Rollback: the alias back on version 1 alone.
    live.extraVersion.reset();
    live.extraWeight = 0;
    QVERIFY(m_service->setAlias(live).ok());
    for (int i = 0; i < 5; ++i)
        QCOMPARE(versionOf(test::await(m_service->invoke(name, {}, QStringLiteral("live")))), 1);

    // What does not exist is named.
    QCOMPARE(test::await(m_service->invoke(name, {}, QStringLiteral("7"))).kind(),
             ErrorKind::NotFound);
    QCOMPARE(test::await(m_service->invoke(name, {}, QStringLiteral("beta"))).kind(),
             ErrorKind::NotFound);
    live.version = 9;
    QCOMPARE(m_service->setAlias(live).kind(), ErrorKind::NotFound);
    live.name = QStringLiteral("123");
    QCOMPARE(m_service->setAlias(live).kind(), ErrorKind::InvalidInput);

    // Removing the function takes its versions' images too.
    QVERIFY(test::await(m_service->remove(name)).ok());
    m_made.removeAll(name);
    const auto images = test::await(m_client->listImages());
    QVERIFY(images.ok());
    for (const auto &image : *images)
        for (const QString &tag : image.repoTags)
            QVERIFY2(!tag.startsWith(QStringLiteral("sloop-fn/") + name.toLower()),
                     qPrintable(tag));
}

QTEST_GUILESS_MAIN(TestFunctionService)
#include "tst_functionservice.moc"
