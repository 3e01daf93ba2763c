#include "engine/dockerclient.h"
#include "engine/imagelistmodel.h"
#include "engine/imagepullbar.h"
#include "engine/imagespage.h"
#include "pagetesthelpers.h"
#include "testsupport.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>

using namespace sloop;
using models::ImageListModel;
using widgets::ImagesPage;

class TestImagesPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        auto client = test::connectTestEngine(this);
        QVERIFY2(client.ok(), qPrintable(client.error()));
        m_client = *client;
        m_registry = qEnvironmentVariable("SLOOP_TEST_REGISTRY", QStringLiteral("127.0.0.1:5000"));
        m_pulled = m_registry + QStringLiteral("/sloop/busybox:latest");
        // A tag left by an earlier, interrupted run would make the pull a no-op.
        test::await(m_client->removeImage(m_pulled));
    }

    void cleanupTestCase()
    {
        if (m_client)
            test::await(m_client->removeImage(m_pulled)); // only the tag this test added
    }

    void noEngineShowsEmptyState()
    {
        ImagesPage page(nullptr);
        page.resize(900, 500);
        page.show();
        auto *empty = page.findChild<QLabel *>(QStringLiteral("emptyState"));
        QVERIFY(empty);
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(QStringLiteral("No engine")));
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("pullButton"))->isEnabled());

        page.setClient(m_client);
        QTRY_VERIFY_WITH_TIMEOUT(page.view()->isVisible(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowCount() > 0, 30000);
        page.setClient(nullptr);
        QCOMPARE(page.model()->rowCount(), 0);
        QVERIFY(empty->isVisible());
    }

    void listsTheTestImage()
    {
        ImagesPage page(m_client);
        page.resize(1000, 500);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(
            test::findRow(&page, ImageListModel::Tags, QLatin1String(test::kBusybox)) >= 0, 30000);
        QVERIFY(page.view()->horizontalHeader()->sectionSize(ImageListModel::Tags) > 100);
        test::screenshot(&page, QStringLiteral("imagespage"));
    }

    void removeAsksAndCancelKeepsTheImage()
    {
        ImagesPage page(m_client);
        page.show();
        QList<widgets::Confirmation> asked;
        widgets::AnsweringPrompter prompter([&asked](const widgets::Confirmation &c) {
            asked.append(c);
            return false;
        });
        page.setPrompter(&prompter);
        QTRY_VERIFY_WITH_TIMEOUT(
            test::selectRow(&page, ImageListModel::Tags, QLatin1String(test::kBusybox)), 30000);
        page.removeSelected();
        QCOMPARE(asked.size(), 1);
        QVERIFY(asked[0].details.contains(QLatin1String(test::kBusybox)));
        QSignalSpy reloaded(&page, &ImagesPage::reloaded);
        QSignalSpy errors(&page, &ImagesPage::errorOccurred);
        page.reload();
        // Generous: other suites share this engine.
        QTRY_VERIFY_WITH_TIMEOUT(reloaded.count() + errors.count() > 0, 60000);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).value(0).toString()));
        QVERIFY(test::findRow(&page, ImageListModel::Tags, QLatin1String(test::kBusybox)) >= 0);
    }

    void pullFromRegistry()
    {
        ImagesPage page(m_client);
        page.resize(1000, 500);
        page.show();
        QSignalSpy pulled(page.pullBar(), &widgets::ImagePullBar::pulled);
        QSignalSpy failed(page.pullBar(), &widgets::ImagePullBar::failed);
        auto *reference = page.findChild<QLineEdit *>(QStringLiteral("pullReference"));
        auto *pull = page.findChild<QPushButton *>(QStringLiteral("pullButton"));
        auto *progress = page.findChild<QProgressBar *>(QStringLiteral("pullProgress"));
        QTRY_VERIFY_WITH_TIMEOUT(reference->isEnabled(), 30000);
        QTest::keyClicks(reference, m_pulled);
        QVERIFY(pull->isEnabled());
        QTest::mouseClick(pull, Qt::LeftButton);
        QVERIFY(progress->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(pulled.count() + failed.count() > 0, 120000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed[0][1].toString()));
        QCOMPARE(progress->value(), progress->maximum());
        QVERIFY(progress->maximum() > 0);
        QTRY_VERIFY_WITH_TIMEOUT(test::findRow(&page, ImageListModel::Tags, m_pulled) >= 0, 30000);
        QVERIFY(test::messageText(&page).contains(m_pulled));
        test::screenshot(&page, QStringLiteral("imagespage-pulled"));
    }

    void pullOfMissingImageShowsError()
    {
        ImagesPage page(m_client);
        page.resize(1000, 500);
        page.show();
        QSignalSpy failed(page.pullBar(), &widgets::ImagePullBar::failed);
        auto *reference = page.findChild<QLineEdit *>(QStringLiteral("pullReference"));
        QTRY_VERIFY_WITH_TIMEOUT(reference->isEnabled(), 30000);
        const QString missing = m_registry + QStringLiteral("/sloop/nothing:here");
        QTest::keyClicks(reference, missing);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("pullButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 60000);
        const QString shown = test::messageText(&page);
        QVERIFY2(shown.contains(missing), qPrintable(shown));
        QVERIFY(page.message()->kind() == widgets::NoticeBanner::Kind::Error);
        QVERIFY(!failed[0][1].toString().isEmpty());
        test::screenshot(&page, QStringLiteral("imagespage-error"));
    }

    void cancelStopsThePull()
    {
        ImagesPage page(m_client);
        page.resize(1000, 500);
        page.show();
        QSignalSpy cancelled(page.pullBar(), &widgets::ImagePullBar::cancelled);
        QSignalSpy pulled(page.pullBar(), &widgets::ImagePullBar::pulled);
        auto *reference = page.findChild<QLineEdit *>(QStringLiteral("pullReference"));
        QTRY_VERIFY_WITH_TIMEOUT(reference->isEnabled(), 30000);
        QTest::keyClicks(reference, m_pulled);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("pullButton")),
                          Qt::LeftButton);
        auto *cancel = page.findChild<QPushButton *>(QStringLiteral("pullCancel"));
        QVERIFY(cancel->isEnabled());
        test::screenshot(&page, QStringLiteral("imagespage-pulling"));
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(cancelled.count(), 1);
        QVERIFY(!page.pullBar()->isPulling());
        QVERIFY(reference->isEnabled());
        QVERIFY(test::messageText(&page).contains(QStringLiteral("cancelled")));
        QTest::qWait(200); // a late answer of the closed stream must not report
        QCOMPARE(pulled.count(), 0);
    }

private:
    engine::DockerClient *m_client = nullptr;
    QString m_registry;
    QString m_pulled;
};

QTEST_MAIN(TestImagesPage)
#include "tst_imagespage.moc"
