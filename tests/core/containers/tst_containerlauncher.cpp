#include "containers/containerlauncher.h"
#include "engine/dockerclient.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace sloop;
using containers::ContainerLauncher;

// The one way Sloop runs a container (the Run dialog and `sloop containers
// run`), against the real dockerd and the test registry: create and start;
// a missing image is pulled first with progress; a name in use and an image
// nobody has keep their kinds; "create only" leaves it stopped.
class TestContainerLauncher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void createsAndStarts();
    void createOnly();
    void pullsAMissingImage();
    void failuresKeepTheirKinds();

private:
    engine::DockerClient *m_client = nullptr;
    QStringList m_created;
    QString m_pulled;
};

void TestContainerLauncher::initTestCase()
{
    auto connected = test::connectTestEngine(this);
    QVERIFY2(connected.ok(), qPrintable(connected.error()));
    m_client = connected.value();
    m_pulled = qEnvironmentVariable("SLOOP_TEST_REGISTRY", QStringLiteral("127.0.0.1:5000")) +
               QStringLiteral("/sloop/busybox:latest");
}

void TestContainerLauncher::cleanupTestCase()
{
    for (const QString &id : std::as_const(m_created))
        test::await(m_client->removeContainer(id, true));
    test::await(m_client->removeImage(m_pulled)); // only the tag this test pulled
}

void TestContainerLauncher::createsAndStarts()
{
    engine::ContainerSpec spec;
    spec.image = QLatin1String(test::kBusybox);
    spec.name = test::uniqueName(QStringLiteral("launch"));
    spec.command = {QStringLiteral("sleep"), QStringLiteral("30")};
    ContainerLauncher launcher(m_client);
    QSignalSpy steps(&launcher, &ContainerLauncher::step);
    const auto launched = test::await(launcher.launch(spec));
    QVERIFY2(launched.ok(), qPrintable(launched.error()));
    m_created << launched->id;
    QVERIFY(launched->started);
    QVERIFY(!launched->pulled);
    QCOMPARE(steps.size(), 2); // create, start
    const auto details = test::await(m_client->inspectContainer(launched->id));
    QVERIFY(details.ok());
    QCOMPARE(details->summary.state, QStringLiteral("running"));
}

void TestContainerLauncher::createOnly()
{
    engine::ContainerSpec spec;
    spec.image = QLatin1String(test::kBusybox);
    spec.name = test::uniqueName(QStringLiteral("launch-created"));
    ContainerLauncher launcher(m_client);
    const auto launched = test::await(launcher.launch(spec, {.start = false}));
    QVERIFY2(launched.ok(), qPrintable(launched.error()));
    m_created << launched->id;
    QVERIFY(!launched->started);
    QCOMPARE(test::await(m_client->inspectContainer(launched->id))->summary.state,
             QStringLiteral("created"));
}

void TestContainerLauncher::pullsAMissingImage()
{
    test::await(m_client->removeImage(m_pulled)); // a tag left by an interrupted run
    engine::ContainerSpec spec;
    spec.image = m_pulled;
    spec.name = test::uniqueName(QStringLiteral("launch-pull"));
    spec.command = {QStringLiteral("true")};
    ContainerLauncher launcher(m_client);
    QSignalSpy steps(&launcher, &ContainerLauncher::step);
    QSignalSpy pulling(&launcher, &ContainerLauncher::pullProgress);
    const auto launched = test::await(launcher.launch(spec));
    QVERIFY2(launched.ok(), qPrintable(launched.error()));
    m_created << launched->id;
    QVERIFY(launched->pulled);
    QVERIFY(launched->started);
    QVERIFY(!pulling.isEmpty());
    // create (404) → pull → create → start
    QCOMPARE(steps.size(), 4);
    QCOMPARE(steps.at(1).at(0).value<ContainerLauncher::Step>(), ContainerLauncher::Step::Pull);
}

void TestContainerLauncher::failuresKeepTheirKinds()
{
    engine::ContainerSpec spec;
    spec.image = QLatin1String(test::kBusybox);
    spec.name = test::uniqueName(QStringLiteral("launch-taken"));
    ContainerLauncher launcher(m_client);
    const auto first = test::await(launcher.launch(spec, {.start = false}));
    QVERIFY(first.ok());
    m_created << first->id;
    QCOMPARE(test::await(launcher.launch(spec)).kind(), ErrorKind::Conflict);

    // Nobody has it: the local registry answers "unknown", nothing is made.
    spec.name = test::uniqueName(QStringLiteral("launch-nothing"));
    spec.image = qEnvironmentVariable("SLOOP_TEST_REGISTRY", QStringLiteral("127.0.0.1:5000")) +
                 QStringLiteral("/sloop/no-such-image:never");
    const auto missing = test::await(launcher.launch(spec));
    QCOMPARE(missing.kind(), ErrorKind::NotFound);
    QVERIFY2(missing.error().contains(QLatin1String("Cannot pull")), qPrintable(missing.error()));
    QVERIFY(!test::await(m_client->inspectContainer(spec.name)).ok());
}

QTEST_GUILESS_MAIN(TestContainerLauncher)
#include "tst_containerlauncher.moc"
