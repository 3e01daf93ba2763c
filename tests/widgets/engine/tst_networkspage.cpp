#include "engine/dockerclient.h"
#include "engine/networklistmodel.h"
#include "engine/networkspage.h"
#include "pagetesthelpers.h"
#include "testsupport.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace sloop;
using models::NetworkListModel;
using widgets::NetworksPage;

class TestNetworksPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        auto client = test::connectTestEngine(this);
        QVERIFY2(client.ok(), qPrintable(client.error()));
        m_client = *client;
        m_name = test::uniqueName(QStringLiteral("net"));
    }

    void cleanupTestCase()
    {
        if (m_client)
            test::await(m_client->removeNetwork(m_name)); // gone already when the test passed
    }

    void createListRemove()
    {
        NetworksPage page(m_client);
        page.resize(1000, 400);
        page.show();
        int asked = 0;
        widgets::AnsweringPrompter prompter([&asked](const widgets::Confirmation &c) {
            ++asked;
            return c.details.contains(QStringLiteral("sloop-test-net"));
        });
        page.setPrompter(&prompter);
        auto *name = page.findChild<QLineEdit *>(QStringLiteral("networkName"));
        auto *driver = page.findChild<QComboBox *>(QStringLiteral("networkDriver"));
        QTRY_VERIFY_WITH_TIMEOUT(name->isEnabled(), 30000);
        QCOMPARE(driver->currentText(), QStringLiteral("bridge"));
        QTest::keyClicks(name, m_name);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("createNetwork")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(test::findRow(&page, NetworkListModel::Name, m_name) >= 0, 30000);
        const int row = test::findRow(&page, NetworkListModel::Name, m_name);
        QCOMPARE(page.view()->model()->index(row, NetworkListModel::Driver).data().toString(),
                 QStringLiteral("bridge"));
        test::screenshot(&page, QStringLiteral("networkspage"));

        QVERIFY(test::selectRow(&page, NetworkListModel::Name, m_name));
        page.removeSelected();
        QCOMPARE(asked, 1);
        QTRY_VERIFY_WITH_TIMEOUT(test::findRow(&page, NetworkListModel::Name, m_name) < 0, 30000);
    }

    void builtInNetworksAreRefused()
    {
        NetworksPage page(m_client);
        page.show();
        int asked = 0;
        widgets::AnsweringPrompter prompter([&asked](const widgets::Confirmation &) {
            ++asked;
            return true;
        });
        page.setPrompter(&prompter);
        QTRY_VERIFY_WITH_TIMEOUT(
            test::selectRow(&page, NetworkListModel::Name, QStringLiteral("bridge")), 30000);
        page.removeSelected();
        QCOMPARE(asked, 0);
        QVERIFY(test::messageText(&page).contains(QStringLiteral("built into the engine")));
        QTest::qWait(300);
        QVERIFY(test::findRow(&page, NetworkListModel::Name, QStringLiteral("bridge")) >= 0);
    }

private:
    engine::DockerClient *m_client = nullptr;
    QString m_name;
};

QTEST_MAIN(TestNetworksPage)
#include "tst_networkspage.moc"
