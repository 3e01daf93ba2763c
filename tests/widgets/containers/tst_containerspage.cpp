// The containers page on the offscreen platform against the real dockerd:
// run a container from the Run dialog, see it in the table, follow its logs
// in the detail pane, stop and remove it.
#include "commandlog/commandlogmodel.h"
#include "common/noticebanner.h"
#include "containers/containerdetailpane.h"
#include "containers/containerinventory.h"
#include "containers/containerlistmodel.h"
#include "containers/containerspage.h"
#include "containers/containerstab.h"
#include "containers/logview.h"
#include "containers/runcontainerdialog.h"
#include "containers/statscharts.h"
#include "controlplane/controlplane.h"
#include "engine/dockerclient.h"
#include "engine/enginecatalog.h"
#include "engine/imagelistmodel.h"
#include "engine/imagespage.h"
#include "engine/volumelistmodel.h"
#include "engine/volumespage.h"
#include "metrics/metricnames.h"
#include "metrics/metricpoint.h"
#include "metrics/metricseriesmodel.h"
#include "monitoring/metricsdashboard.h"
#include "monitoring/targetmonitor.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

using namespace sloop;
using namespace sloop::widgets;

class TestContainersPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void runFollowStopRemove();
    void resourceListsFollowEngineEvents();
    void runDialogRefusesBadInput();
    void failedStartStillSelectsTheContainer();
    void engineDownShowsHowToFix();

private:
    std::unique_ptr<test::IsolatedXdg> m_xdg;
    std::unique_ptr<ControlPlane> m_plane;
    QStringList m_names;
    // The page on the local engine, once its inventory is ready; null if
    // it did not get ready.
    ContainersTab *showLocal(ContainersPage &page);
    // Runs busybox with `command` through the Run dialog; the container's name.
    QString runThroughDialog(ContainersTab *tab, const QString &tag, const QString &command,
                             const QString &memory = {});
};

void TestContainersPage::initTestCase()
{
    m_xdg = std::make_unique<test::IsolatedXdg>();
    auto engine = test::connectTestEngine(this);
    QVERIFY2(engine.ok(), qPrintable(engine.error()));
    delete engine.value();
    m_plane = std::make_unique<ControlPlane>();
    QVERIFY(m_plane->openStore().ok());
}

void TestContainersPage::cleanupTestCase()
{
    auto engine = test::connectTestEngine(this);
    if (!engine.ok())
        return;
    for (const QString &name : std::as_const(m_names))
        test::await(engine.value()->removeContainer(name, true));
}

ContainersTab *TestContainersPage::showLocal(ContainersPage &page)
{
    page.resize(1200, 700);
    page.show();
    page.setEngine(QStringLiteral("local"));
    auto *inventory = m_plane->inventory(QStringLiteral("local"));
    if (!QTest::qWaitFor(
            [inventory] {
                return inventory->state() == containers::ContainerInventory::State::Ready;
            },
            10000))
        return nullptr;
    return page.containersTab();
}

QString TestContainersPage::runThroughDialog(ContainersTab *tab, const QString &tag,
                                             const QString &command, const QString &memory)
{
    const QString name = test::uniqueName(tag);
    m_names.append(name);
    tab->setRunDialogHook([name, command, memory](RunContainerDialog *dialog) {
        containers::RunForm form;
        form.image = QLatin1String(test::kBusybox);
        form.name = name;
        form.command = command;
        form.memory = memory;
        dialog->setForm(form);
        QPushButton *run = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(run->isEnabled());
        QTest::mouseClick(run, Qt::LeftButton);
    });
    QAction *runAction = tab->action(QStringLiteral("run"));
    if (runAction->isEnabled())
        runAction->trigger();
    else
        qWarning("the Run action is disabled");
    return name;
}

void TestContainersPage::runFollowStopRemove()
{
    ContainersPage page(m_plane.get());
    ContainersTab *tab = showLocal(page);
    QVERIFY(tab);
    QAbstractItemModelTester tester(tab->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(tab->view()->model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!tab->banner()->isVisible());

    const QString name = runThroughDialog(
        tab, QStringLiteral("gui"),
        QStringLiteral(
            "sh -c 'i=0; while true; do echo hello-from-sloop $i; i=$((i+1)); sleep 0.5; done'"),
        QStringLiteral("64m"));

    // It appears in the table by itself (engine events), running, and selected.
    QString id;
    QTRY_VERIFY_WITH_TIMEOUT(!(id = tab->selectedIds().value(0)).isEmpty(), 10000);
    const QModelIndex row = tab->model()->indexOfContainer(id);
    QCOMPARE(row.data().toString(), name);
    // Looked up each time: a QModelIndex kept across the engine's updates
    // goes stale (it read "" for 10 s once, while the row said running).
    QTRY_COMPARE_WITH_TIMEOUT(tab->model()
                                  ->indexOfContainer(id)
                                  .siblingAtColumn(models::ContainerListModel::State)
                                  .data()
                                  .toString(),
                              QStringLiteral("running"), 10000);

    // The detail pane follows its log and charts its stats.
    ContainerDetailPane *detail = tab->detail();
    QCOMPARE(detail->containerId(), id);
    detail->tabs()->setCurrentIndex(1);
    QTRY_VERIFY_WITH_TIMEOUT(
        detail->logView()->plainText().contains(QLatin1String("hello-from-sloop 2")), 10000);
    detail->tabs()->setCurrentIndex(2); // the charts are built when first shown
    QTRY_VERIFY_WITH_TIMEOUT(detail->statsCharts()->pointCount() >= 2, 15000);
    // Its history: the Monitoring page's dashboard of this container, fed
    // by the collector once the window collects.
    TargetMonitor *history = detail->history();
    QVERIFY(history);
    QCOMPARE(history->targetKey(), metrics::Target::container(QStringLiteral("local"), name).key());
    m_plane->startCollecting(ControlPlane::CollectAs::Window, 1);
    detail->tabs()->setCurrentWidget(history);
    QTRY_VERIFY_WITH_TIMEOUT(
        history->dashboard()->modelFor(QString(metrics::names::kCpu))->rowCount() >= 1, 20000);
    detail->tabs()->setCurrentIndex(1);
    QTRY_VERIFY_WITH_TIMEOUT(!tab->model()
                                  ->indexOfContainer(id, models::ContainerListModel::Memory)
                                  .data()
                                  .toString()
                                  .isEmpty(),
                             10000);

    // Stop.
    QVERIFY(tab->action(QStringLiteral("stop"))->isEnabled());
    tab->action(QStringLiteral("stop"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(
        tab->model()->indexOfContainer(id, models::ContainerListModel::State).data().toString(),
        QStringLiteral("exited"), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(detail->logView()->lineCount() > 0, 1000);

    // Remove asks first; saying no keeps it.
    QString asked;
    bool answer = false;
    widgets::AnsweringPrompter prompter([&](const widgets::Confirmation &c) {
        asked = c.text + QLatin1Char('\n') + c.details;
        return answer;
    });
    tab->setPrompter(&prompter);
    tab->action(QStringLiteral("remove"))->trigger();
    QVERIFY(asked.contains(name));
    QVERIFY(tab->model()->indexOfContainer(id).isValid());
    answer = true;
    tab->action(QStringLiteral("remove"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!tab->model()->indexOfContainer(id).isValid(), 10000);
    QVERIFY2(tab->message().isEmpty(), qPrintable(tab->message()));

    // Every click left its engine calls in the command log.
    const auto log = m_plane->commandLog()->recent();
    QStringList calls;
    for (const CommandLogEntry &e : log)
        calls << e.call;
    const QString all = calls.join(QLatin1Char('\n'));
    QVERIFY(all.contains(QLatin1String("/containers/create?name=") + name));
    QVERIFY(all.contains(QLatin1String("/containers/") + id + QLatin1String("/stop")));
    QVERIFY(all.contains(QLatin1String("DELETE /v")));
}

void TestContainersPage::resourceListsFollowEngineEvents()
{
    ContainersPage page(m_plane.get());
    page.show();
    page.setEngine(QStringLiteral("local"));
    auto *inventory = m_plane->inventory(QStringLiteral("local"));
    QTRY_COMPARE_WITH_TIMEOUT(inventory->state(), containers::ContainerInventory::State::Ready,
                              10000);
    engine::DockerClient *client = inventory->client();
    const QString volume = test::uniqueName(QStringLiteral("evvol"));
    auto hasRow = [](QAbstractItemModel *model, const QString &text) {
        for (int r = 0; r < model->rowCount(); ++r) {
            // The tooltip has every tag; the cell is cut when an image has many.
            const QModelIndex cell = model->index(r, 0);
            if (cell.data().toString().contains(text) ||
                cell.data(Qt::ToolTipRole).toString().contains(text))
                return true;
        }
        return false;
    };
    // Made outside the page (as `docker volume create` would): the list
    // follows the engine's events, no refresh click.
    QVERIFY(test::await(client->createVolume(volume)).ok());
    QTRY_VERIFY_WITH_TIMEOUT(hasRow(page.volumesPage()->model(), volume), 5000);
    QVERIFY(test::await(client->removeVolume(volume)).ok());
    QTRY_VERIFY_WITH_TIMEOUT(!hasRow(page.volumesPage()->model(), volume), 5000);

    const QString tag = test::uniqueName(QStringLiteral("evimg"));
    http::HttpRequest tagRequest;
    tagRequest.method = "POST";
    tagRequest.path = "/images/" + engine::DockerClient::encode(QLatin1String(test::kBusybox)) +
                      "/tag?repo=sloop-test/" + tag.toUtf8() + "&tag=latest";
    const auto tagged = test::await(client->send(tagRequest));
    QVERIFY(tagged.ok() && tagged->head.status < 300);
    QTRY_VERIFY_WITH_TIMEOUT(hasRow(page.imagesPage()->model(), tag), 5000);
    http::HttpRequest untag;
    untag.method = "DELETE";
    untag.path = "/images/sloop-test/" + tag.toUtf8() + ":latest";
    QVERIFY(test::await(client->send(untag)).ok());
    QTRY_VERIFY_WITH_TIMEOUT(!hasRow(page.imagesPage()->model(), tag), 5000);
}

void TestContainersPage::runDialogRefusesBadInput()
{
    RunContainerDialog dialog;
    containers::RunForm form;
    form.image = QStringLiteral("busybox");
    form.ports = QStringLiteral("99999:80");
    form.name = QStringLiteral("bad name");
    dialog.setForm(form);
    QPushButton *run = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!run->isEnabled());
    QVERIFY(dialog.errorText(QStringLiteral("ports")).contains(QLatin1String("65535")));
    QVERIFY(!dialog.errorText(QStringLiteral("name")).isEmpty());
    form.ports = QStringLiteral("8080:80");
    form.name = QStringLiteral("good-name");
    dialog.setForm(form);
    QVERIFY(run->isEnabled());
    QVERIFY(dialog.errorText(QStringLiteral("ports")).isEmpty());
}

// A start that fails (a command the image does not have) leaves a created
// container: it is selected, so its state and logs are one click away.
void TestContainersPage::failedStartStillSelectsTheContainer()
{
    ContainersPage page(m_plane.get());
    ContainersTab *tab = showLocal(page);
    QVERIFY(tab);
    const QString name =
        runThroughDialog(tab, QStringLiteral("nostart"), QStringLiteral("/no/such/program"));
    QString id;
    QTRY_VERIFY_WITH_TIMEOUT(!(id = tab->selectedIds().value(0)).isEmpty(), 10000);
    QCOMPARE(tab->model()->indexOfContainer(id).data().toString(), name);
    QTRY_VERIFY_WITH_TIMEOUT(tab->message().contains(QLatin1String("no/such/program")), 10000);
}

void TestContainersPage::engineDownShowsHowToFix()
{
    ControlPlane plane;
    engine::EngineEndpoint missing{
        QStringLiteral("gone"), QStringLiteral("unix:///nonexistent/docker.sock"),
        QStringLiteral("docker"), QStringLiteral("/nonexistent/docker.sock"), QString()};
    plane.engines()->setEngines({missing});
    ContainersPage page(&plane);
    page.show();
    page.setEngine(QStringLiteral("gone"));
    ContainersTab *tab = page.containersTab();
    QTRY_VERIFY_WITH_TIMEOUT(
        tab->banner()->isVisible() &&
            tab->banner()->text().contains(QLatin1String("systemctl start docker")),
        10000);
    QVERIFY(!tab->action(QStringLiteral("run"))->isEnabled());
    // The rest of the page stays usable: tabs switch, filter accepts text.
    page.tabs()->setCurrentIndex(1);
    page.tabs()->setCurrentIndex(0);
}

QTEST_MAIN(TestContainersPage)
#include "tst_containerspage.moc"
