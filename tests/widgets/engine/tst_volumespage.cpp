#include "engine/dockerclient.h"
#include "engine/volumelistmodel.h"
#include "engine/volumespage.h"
#include "pagetesthelpers.h"
#include "testsupport.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace sloop;
using models::VolumeListModel;
using widgets::VolumesPage;

class TestVolumesPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        auto client = test::connectTestEngine(this);
        QVERIFY2(client.ok(), qPrintable(client.error()));
        m_client = *client;
        m_name = test::uniqueName(QStringLiteral("vol"));
    }

    void cleanupTestCase()
    {
        if (m_client)
            test::await(m_client->removeVolume(m_name)); // gone already when the test passed
    }

    void createListRemove()
    {
        VolumesPage page(m_client);
        page.resize(1000, 400);
        page.show();
        int asked = 0;
        widgets::AnsweringPrompter prompter([&asked](const widgets::Confirmation &) {
            ++asked;
            return true;
        });
        page.setPrompter(&prompter);
        auto *name = page.findChild<QLineEdit *>(QStringLiteral("volumeName"));
        auto *create = page.findChild<QPushButton *>(QStringLiteral("createVolume"));
        QTRY_VERIFY_WITH_TIMEOUT(name->isEnabled(), 30000);
        QVERIFY(!create->isEnabled()); // nothing typed yet
        QTest::keyClicks(name, m_name);
        QTest::mouseClick(create, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(test::findRow(&page, VolumeListModel::Name, m_name) >= 0, 30000);
        QVERIFY(name->text().isEmpty());
        QVERIFY(test::messageText(&page).contains(m_name));
        test::screenshot(&page, QStringLiteral("volumespage"));

        QVERIFY(test::selectRow(&page, VolumeListModel::Name, m_name));
        page.removeSelected();
        QCOMPARE(asked, 1);
        QTRY_VERIFY_WITH_TIMEOUT(test::findRow(&page, VolumeListModel::Name, m_name) < 0, 30000);
        QCOMPARE(test::messageText(&page), QString());
    }

    void invalidNameIsRefusedOnThePage()
    {
        VolumesPage page(m_client);
        page.show();
        auto *name = page.findChild<QLineEdit *>(QStringLiteral("volumeName"));
        QTRY_VERIFY_WITH_TIMEOUT(name->isEnabled(), 30000);
        QTest::keyClicks(name, QStringLiteral("-no/good"));
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("createVolume")),
                          Qt::LeftButton);
        QVERIFY(test::messageText(&page).contains(QStringLiteral("not a valid volume name")));
    }

    void engineErrorShownOnThePage()
    {
        // A volume in use cannot be removed: the engine's answer appears in place.
        const QString volume = test::uniqueName(QStringLiteral("busy"));
        QVERIFY(test::await(m_client->createVolume(volume)).ok());
        engine::ContainerSpec spec;
        spec.image = QLatin1String(test::kBusybox);
        spec.name = test::uniqueName(QStringLiteral("holder"));
        spec.command = {QStringLiteral("true")};
        spec.volumes = {{volume, QStringLiteral("/data"), false}};
        const auto created = test::await(m_client->createContainer(spec));
        QVERIFY2(created.ok(), qPrintable(created.error()));

        VolumesPage page(m_client);
        page.show();
        widgets::AnsweringPrompter yes([](const widgets::Confirmation &) { return true; });
        page.setPrompter(&yes);
        QTRY_VERIFY_WITH_TIMEOUT(test::selectRow(&page, VolumeListModel::Name, volume), 30000);
        page.removeSelected();
        QTRY_VERIFY_WITH_TIMEOUT(test::messageText(&page).contains(QStringLiteral("in use")),
                                 30000);
        QVERIFY(test::findRow(&page, VolumeListModel::Name, volume) >= 0);

        test::await(m_client->removeContainer(*created, true));
        QVERIFY(test::await(m_client->removeVolume(volume)).ok());
    }

private:
    engine::DockerClient *m_client = nullptr;
    QString m_name;
};

QTEST_MAIN(TestVolumesPage)
#include "tst_volumespage.moc"
