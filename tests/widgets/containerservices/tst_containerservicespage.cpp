// The Container services page as a person uses it, on a one-node swarm:
// the empty state, a service made with its price, a bad name said in the
// banner, a deployment that goes live and one that fails its health check
// (said, with the one before kept), disable and enable from the button,
// delete after the question.
#include "common/noticebanner.h"
#include "common/prompter.h"
#include "containerservices/containerservicespage.h"
#include "controlplane/controlplane.h"
#include "engine/addedengines.h"
#include "engine/enginecatalog.h"
#include "swarm/swarmapi.h"

#include "swarmtestenv.h"
#include "testsupport.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTest>

#include <optional>

using namespace sloop;
using namespace sloop::widgets;
using namespace sloop::containerservices;

class TestContainerServicesPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::IsolatedXdg> m_xdg;
    std::unique_ptr<ControlPlane> m_plane;
    std::unique_ptr<ContainerServicesPage> m_page;
    AnsweringPrompter m_yes{[](const Confirmation &) {
        return true;
    }};

    QString stackPage()
    {
        return m_page->findChild<QStackedWidget *>()->currentWidget()->objectName();
    }
    QTableWidget *table(const char *name)
    {
        return m_page->findChild<QTableWidget *>(QString::fromLatin1(name));
    }
    QString cell(const char *view, int row, int column)
    {
        const QTableWidgetItem *item = table(view)->item(row, column);
        return item ? item->text() : QString();
    }
    QPushButton *button(const char *name)
    {
        return m_page->findChild<QPushButton *>(QString::fromLatin1(name));
    }
    QString banner()
    {
        return m_page->findChild<NoticeBanner *>(QStringLiteral("containerServicesProblem"))
            ->text();
    }
    swarm::SwarmApi api()
    {
        return swarm::SwarmApi(m_plane->engines()->client(QStringLiteral("sw1")));
    }
    Deployment deploy(const QString &path, const QString &codes)
    {
        DeploymentSpec spec;
        Container c;
        c.name = QStringLiteral("app");
        c.image = test::kBusybox;
        c.command = {QStringLiteral("sh"), QStringLiteral("-c"),
                     QStringLiteral("mkdir -p /w && echo hi > /w/index.html && exec httpd -f -p "
                                    "8080 -h /w")};
        c.ports.insert(8080, QStringLiteral("HTTP"));
        PublicEndpoint e;
        e.containerName = c.name;
        e.containerPort = 8080;
        e.healthCheck.path = path;
        e.healthCheck.successCodes = codes;
        spec.containers.append(c);
        spec.publicEndpoint = e;
        std::optional<Result<Deployment>> result;
        const auto connection = connect(m_page.get(), &ContainerServicesPage::deployFinished, this,
                                        [&result](const Result<Deployment> &r) { result = r; });
        m_page->deployService(QStringLiteral("gui-web"), spec);
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 120000))
            qWarning("the deployment did not end in 120 s");
        disconnect(connection);
        if (!result)
            return {};
        return *result ? **result : Deployment();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto env = test::loadSwarmTestEnv();
        QVERIFY2(env.ok(), qPrintable(env.error()));
        m_xdg = std::make_unique<test::IsolatedXdg>();
        for (const test::SwarmTestNode &n : *env)
            QVERIFY(engine::addEngine(n.name, QStringLiteral("unix://") + n.socket).ok());
        m_plane = std::make_unique<ControlPlane>();
        QVERIFY(m_plane->openStore().ok());
        auto swarm = api();
        test::await(swarm.leave(true));
        const auto made = test::await(swarm.init(QStringLiteral("10.210.0.2")));
        QVERIFY2(made.ok(), qPrintable(made.error()));
        m_page = std::make_unique<ContainerServicesPage>(m_plane.get());
        m_page->setPrompter(&m_yes);
        m_page->setEngine(QStringLiteral("sw1"));
        m_page->resize(1200, 700);
        m_page->show();
    }

    void cleanupTestCase()
    {
        if (m_page && table("containerServiceList")->rowCount() > 0)
            m_page->removeService(QStringLiteral("gui-web"));
        m_page.reset();
        if (m_plane) {
            auto swarm = api();
            test::await(swarm.leave(true));
        }
    }

    void emptyStateOffersTheFirstStep()
    {
        QCOMPARE(stackPage(), QStringLiteral("containerServicesEmpty"));
        QVERIFY(button("createContainerServiceEmpty")->isVisible());
    }

    void createShowsPowerScaleAndPrice()
    {
        m_page->createService(QStringLiteral("Bad Name"), QStringLiteral("nano"), 1);
        QVERIFY2(banner().contains(QLatin1String("Bad Name")), qPrintable(banner()));
        QCOMPARE(stackPage(), QStringLiteral("containerServicesEmpty"));
        m_page->createService(QStringLiteral("gui-web"), QStringLiteral("micro"), 1);
        QCOMPARE(stackPage(), QString());
        QCOMPARE(table("containerServiceList")->rowCount(), 1);
        QCOMPARE(cell("containerServiceList", 0, 0), QStringLiteral("gui-web"));
        QCOMPARE(cell("containerServiceList", 0, 1), QStringLiteral("READY"));
        QCOMPARE(cell("containerServiceList", 0, 2), QStringLiteral("Micro × 1"));
        QCOMPARE(cell("containerServiceList", 0, 4), QStringLiteral("$10.00"));
        QCOMPARE(cell("containerServiceList", 0, 5), QStringLiteral("None yet"));
        QCOMPARE(m_page->selectedService(), QStringLiteral("gui-web"));
        QVERIFY(button("deployContainerService")->isEnabled());
    }

    void aHealthyDeploymentGoesLive()
    {
        const Deployment d = deploy(QStringLiteral("/"), QStringLiteral("200-499"));
        QCOMPARE(d.state, DeploymentState::Active);
        QCOMPARE(cell("containerServiceList", 0, 1), QStringLiteral("RUNNING"));
        QCOMPARE(cell("containerServiceList", 0, 5), QStringLiteral("Version 1"));
        QVERIFY(cell("containerServiceList", 0, 6).startsWith(QLatin1String("http://127.0.0.1:")));
        QTRY_COMPARE_WITH_TIMEOUT(cell("containerServiceList", 0, 3), QStringLiteral("1 of 1"),
                                  20000);
        QCOMPARE(table("deploymentList")->rowCount(), 1);
        QCOMPARE(cell("deploymentList", 0, 1), QStringLiteral("ACTIVE"));
        QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("deployProgress"))
                    ->text()
                    .contains(QLatin1String("active")));
    }

    void aFailingDeploymentIsSaidAndThePreviousStays()
    {
        const Deployment d = deploy(QStringLiteral("/healthz"), QStringLiteral("200"));
        QCOMPARE(d.state, DeploymentState::Failed);
        QVERIFY2(banner().contains(QLatin1String("keeps serving")), qPrintable(banner()));
        QCOMPARE(cell("containerServiceList", 0, 1), QStringLiteral("RUNNING"));
        QCOMPARE(cell("containerServiceList", 0, 5), QStringLiteral("Version 1"));
        QCOMPARE(table("deploymentList")->rowCount(), 2);
        QCOMPARE(cell("deploymentList", 0, 1), QStringLiteral("FAILED"));
        QVERIFY(cell("deploymentList", 0, 5).contains(QLatin1String("HTTP 404")));
        QCOMPARE(cell("deploymentList", 1, 1), QStringLiteral("ACTIVE"));
    }

    void disableEnableAndDelete()
    {
        QSignalSpy changed(m_page.get(), &ContainerServicesPage::changeFinished);
        QCOMPARE(button("disableContainerService")->text(), tr("D&isable"));
        QTest::mouseClick(button("disableContainerService"), Qt::LeftButton);
        QVERIFY(changed.wait(60000));
        QCOMPARE(cell("containerServiceList", 0, 1), QStringLiteral("DISABLED"));
        QCOMPARE(cell("containerServiceList", 0, 6), QStringLiteral("—"));
        QCOMPARE(button("disableContainerService")->text(), tr("En&able"));
        QVERIFY(!button("deployContainerService")->isEnabled());
        QTest::mouseClick(button("disableContainerService"), Qt::LeftButton);
        QVERIFY(changed.wait(60000));
        QCOMPARE(cell("containerServiceList", 0, 1), QStringLiteral("RUNNING"));
        QTest::mouseClick(button("deleteContainerService"), Qt::LeftButton);
        QVERIFY(changed.wait(60000));
        QCOMPARE(stackPage(), QStringLiteral("containerServicesEmpty"));
        const auto left = test::await(api().services());
        QVERIFY(left.ok());
        for (const swarm::ServiceSummary &s : *left)
            QVERIFY2(!s.name.startsWith(QLatin1String("gui-web")), qPrintable(s.name));
    }
};

QTEST_MAIN(TestContainerServicesPage)
#include "tst_containerservicespage.moc"
