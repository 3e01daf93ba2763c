// The same client and live inventory against Podman's Docker-compatible
// socket (podman system service, started by scripts/test-services.sh).
#include "containers/containerinventory.h"
#include "engine/dockerclient.h"
#include "http/streamtransport.h"
#include "testsupport.h"

#include <QTest>

using namespace sloop;
using namespace sloop::engine;

class TestPodmanEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void negotiatesAsPodman();
    void createListInspectRemove();
    void inventoryFollowsPodmanEvents();

private:
    std::unique_ptr<DockerClient> m_client;
    QStringList m_created;
};

void TestPodmanEngine::initTestCase()
{
    const QString socket = qEnvironmentVariable("SLOOP_TEST_PODMAN_SOCKET",
                                                QStringLiteral("/tmp/sloop-test-services/podman.sock"));
    m_client = std::make_unique<DockerClient>(QStringLiteral("podman"),
                                              std::make_shared<http::UnixSocketTransport>(socket));
    const auto info = test::await(m_client->negotiate(), 20000);
    QVERIFY2(info.ok(), qPrintable(QStringLiteral("Podman's socket %1 is not answering (%2); "
                                                  "scripts/test-services.sh starts it.")
                                       .arg(socket, info.error())));
}

void TestPodmanEngine::cleanupTestCase()
{
    for (const QString &id : std::as_const(m_created))
        test::await(m_client->removeContainer(id, true));
}

void TestPodmanEngine::negotiatesAsPodman()
{
    const auto info = test::await(m_client->negotiate());
    QVERIFY(info.ok());
    QCOMPARE(info->product, QStringLiteral("Podman Engine"));
    QVERIFY(!info->negotiated.isEmpty());
}

void TestPodmanEngine::createListInspectRemove()
{
    ContainerSpec spec;
    spec.image = QStringLiteral("localhost/sloop-test/busybox:latest");
    spec.name = test::uniqueName(QStringLiteral("podman"));
    spec.command = {QStringLiteral("sleep"), QStringLiteral("60")};
    spec.labels.insert(QStringLiteral("note"), QStringLiteral("line\nbreak \u202E"));
    const auto id = test::await(m_client->createContainer(spec));
    QVERIFY2(id.ok(), qPrintable(id.error()));
    m_created.append(*id);
    const auto list = test::await(m_client->listContainers(true, {{QStringLiteral("id"), {*id}}}));
    QVERIFY2(list.ok(), qPrintable(list.error()));
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().name, spec.name);
    QCOMPARE(list->first().labels.value(QStringLiteral("note")), spec.labels.value(QStringLiteral("note")));
    const auto details = test::await(m_client->inspectContainer(*id));
    QVERIFY2(details.ok(), qPrintable(details.error()));
    QCOMPARE(details->cmd, spec.command);
    const auto images = test::await(m_client->listImages());
    QVERIFY(images.ok());
    QVERIFY(!images->isEmpty());
    QVERIFY(test::await(m_client->removeContainer(*id, true)).ok());
    m_created.removeAll(*id);
    QVERIFY(!test::await(m_client->inspectContainer(*id)).ok());
}

void TestPodmanEngine::inventoryFollowsPodmanEvents()
{
    containers::ContainerInventory inventory(m_client.get());
    inventory.start();
    QTRY_COMPARE_WITH_TIMEOUT(inventory.state(), containers::ContainerInventory::State::Ready, 10000);
    ContainerSpec spec;
    spec.image = QStringLiteral("localhost/sloop-test/busybox:latest");
    spec.name = test::uniqueName(QStringLiteral("podev"));
    const auto id = test::await(m_client->createContainer(spec));
    QVERIFY2(id.ok(), qPrintable(id.error()));
    m_created.append(*id);
    QTRY_VERIFY_WITH_TIMEOUT(inventory.container(*id).has_value(), 10000);
    QVERIFY(test::await(m_client->removeContainer(*id, true)).ok());
    m_created.removeAll(*id);
    QTRY_VERIFY_WITH_TIMEOUT(!inventory.container(*id).has_value(), 10000);
}

QTEST_GUILESS_MAIN(TestPodmanEngine)
#include "tst_podmanengine.moc"
