// The instances page on the real local engine, in a private Sloop world
// (XDG folders, HOME, known_hosts): an instance made through the service
// appears Running; stop and start through the page's actions; a firewall
// rule added and applied in the Networking tab (and a refused one shown
// inline); a snapshot taken and deleted in the Snapshots tab; history; a
// failed instance shows its step with Retry; delete after typing the name.
#include "common/noticebanner.h"
#include "controlplane/controlplane.h"
#include "hosts/hostconnections.h"
#include "instances/deleteinstancedialog.h"
#include "instances/historypane.h"
#include "instances/instancelistmodel.h"
#include "instances/instanceoperation.h"
#include "instances/instanceoverview.h"
#include "instances/instancerepository.h"
#include "instances/instanceservice.h"
#include "instances/instancespage.h"
#include "instances/networkingpane.h"
#include "instances/snapshotrepository.h"
#include "instances/snapshotspane.h"
#include "pricing/costrepository.h"
#include "testconnections.h"
#include "testsupport.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace sloop;
using namespace sloop::widgets;
using instances::InstanceState;

namespace {
constexpr const char *kDebianImage = "sloop-test/debian:bookworm";
}

class TestInstancesPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void emptyStateOffersCreate();
    void createdInstanceAppearsRunning();
    void stopAndStartThroughActions();
    void firewallRuleThroughNetworkingTab();
    void snapshotThroughSnapshotsTab();
    void historyListsEveryAction();
    void failedInstanceShowsStepAndRetry();
    void deleteAsksForTheName();

private:
    instances::InstanceService *service() { return m_plane->instances(); }
    instances::InstanceRecord record(const QString &name);
    bool waitForState(const QString &name, InstanceState state, int ms);
    bool waitIdle(const QString &name, int ms);
    QAction *action(const QString &name);
    QString create(const QString &name, const QByteArray &script = {});

    std::unique_ptr<test::IsolatedXdg> m_xdg;
    QTemporaryDir m_home;
    std::unique_ptr<ControlPlane> m_plane;
    std::unique_ptr<InstancesPage> m_page;
    QString m_web;
    QString m_broken;
    QStringList m_containers;
};

void TestInstancesPage::initTestCase()
{
    m_xdg = std::make_unique<test::IsolatedXdg>();
    qputenv("HOME", m_home.path().toUtf8());
    qunsetenv("SSH_AUTH_SOCK");
    qputenv("SLOOP_INSTANCE_IMAGE", kDebianImage);
    QProcess inspect;
    inspect.start(QStringLiteral("docker"), {QStringLiteral("image"), QStringLiteral("inspect"),
                                             QLatin1String(kDebianImage)});
    QVERIFY2(inspect.waitForFinished(30000) && inspect.exitCode() == 0,
             "the test image is missing: run scripts/test-services.sh");
    m_plane = std::make_unique<ControlPlane>();
    QVERIFY(m_plane->openStore().ok());
    QVERIFY(service());
    test::isolateConnections(m_plane->hostConnections(),
                             m_home.filePath(QStringLiteral("known_hosts")), 15000);
    const QString prefix = test::uniqueName(QStringLiteral("p")).right(6).toLower();
    m_web = QStringLiteral("pg-%1").arg(prefix);
    m_broken = QStringLiteral("pgfail-%1").arg(prefix);

    m_page = std::make_unique<InstancesPage>(m_plane.get());
    m_page->resize(1280, 800);
    m_page->show();
    static widgets::AnsweringPrompter yes([](const widgets::Confirmation &) { return true; });
    m_page->setPrompter(&yes);
}

void TestInstancesPage::cleanupTestCase()
{
    m_page.reset();
    if (service()) {
        if (auto all = service()->instances(); all)
            for (const auto &r : *all)
                if (!r.containerId.isEmpty())
                    m_containers.append(r.containerId);
        if (auto snaps = service()->snapshots().all(); snaps)
            for (const auto &s : *snaps)
                QProcess::execute(QStringLiteral("docker"),
                                  {QStringLiteral("rmi"), QStringLiteral("-f"), s.image});
    }
    for (const QString &id : std::as_const(m_containers))
        QProcess::execute(QStringLiteral("docker"),
                          {QStringLiteral("rm"), QStringLiteral("-f"), id});
    m_plane.reset();
}

instances::InstanceRecord TestInstancesPage::record(const QString &name)
{
    const auto found = service()->find(name);
    return found && found->has_value() ? found->value() : instances::InstanceRecord{};
}

bool TestInstancesPage::waitForState(const QString &name, InstanceState state, int ms)
{
    return QTest::qWaitFor(
        [&] {
            const int row = m_page->model()->rowOfName(name);
            return row >= 0 && m_page->model()->item(row).record.state == state &&
                   m_page->model()->item(row).activity.isEmpty();
        },
        ms);
}

bool TestInstancesPage::waitIdle(const QString &name, int ms)
{
    return QTest::qWaitFor([&] { return service()->operation(name) == nullptr; }, ms);
}

QAction *TestInstancesPage::action(const QString &name)
{
    return m_page->findChild<QAction *>(name);
}

QString TestInstancesPage::create(const QString &name, const QByteArray &script)
{
    instances::CreateRequest request;
    request.name = name;
    request.location = QStringLiteral("local");
    request.blueprintId = QStringLiteral("debian-12");
    request.planId = QStringLiteral("nano");
    request.launchScript = script;
    const auto jobs = service()->create(request);
    return jobs ? QString() : jobs.error();
}

void TestInstancesPage::emptyStateOffersCreate()
{
    QCOMPARE(m_page->model()->rowCount(), 0);
    auto *empty = m_page->findChild<QWidget *>(QStringLiteral("instancesEmptyState"));
    QVERIFY(empty && empty->isVisible());
    auto *button = m_page->findChild<QPushButton *>(QStringLiteral("emptyCreateInstanceButton"));
    QVERIFY(button && button->isVisible());
    QVERIFY(!m_page->findChild<QLabel *>(QStringLiteral("instancesFooter"))->isVisible());
    QVERIFY(action(QStringLiteral("createInstanceAction"))->isEnabled());
    QVERIFY(!action(QStringLiteral("stopInstanceAction"))->isEnabled());
}

void TestInstancesPage::createdInstanceAppearsRunning()
{
    const QString error = create(m_web);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // The row arrives at once (Pending/Provisioning), then turns Running.
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->rowOfName(m_web) >= 0, 5000);
    QVERIFY(m_page->selectInstance(m_web));
    QVERIFY2(waitForState(m_web, InstanceState::Running, 240000),
             qPrintable(record(m_web).stateReason));
    QCOMPARE(m_page->currentInstance()->name, m_web);
    const int row = m_page->model()->rowOfName(m_web);
    QCOMPARE(m_page->model()->index(row, models::InstanceListModel::State).data().toString(),
             QStringLiteral("Running"));
    QCOMPARE(m_page->model()->index(row, models::InstanceListModel::Price).data().toString(),
             QStringLiteral("$5/month"));

    m_page->showTab(QStringLiteral("overviewTab"));
    const instances::InstanceRecord r = record(m_web);
    const QString ssh = m_page->overview()->factText(QStringLiteral("factSsh"));
    QVERIFY2(ssh.startsWith(QStringLiteral("ssh -i ")), qPrintable(ssh));
    QVERIFY2(ssh.endsWith(QStringLiteral("-p %1 root@%2").arg(r.sshPort).arg(r.address)),
             qPrintable(ssh));
    // OpenSSH itself logs in with that line, checking the key Sloop read
    // through the engine (strict: an unknown key would fail, not ask).
    QProcess byHand;
    byHand.start(QStringLiteral("sh"),
                 {QStringLiteral("-c"),
                  QStringLiteral("ssh -o BatchMode=yes -o StrictHostKeyChecking=yes -F /dev/null") +
                      ssh.mid(3) + QStringLiteral(" echo by-hand")});
    QVERIFY(byHand.waitForFinished(30000));
    QVERIFY2(byHand.readAllStandardOutput().trimmed() == "by-hand",
             byHand.readAllStandardError().constData());
    QVERIFY(!m_page->overview()->failureShown());
    // Its disk use, as the engine measured it, against the plan's disk.
    QTRY_VERIFY2_WITH_TIMEOUT(
        m_page->overview()->factText(QStringLiteral("factDisk")).contains(QLatin1String("written")),
        qPrintable(m_page->overview()->factText(QStringLiteral("factDisk"))), 20000);
    const QString disk = m_page->overview()->factText(QStringLiteral("factDisk"));
    QVERIFY2(disk.contains(QLatin1String("image")) && disk.contains(QLatin1String("of the plan")),
             qPrintable(disk));
    QVERIFY(action(QStringLiteral("stopInstanceAction"))->isEnabled());
    QVERIFY(!action(QStringLiteral("startInstanceAction"))->isEnabled());
    QVERIFY(action(QStringLiteral("connectInstanceAction"))->isEnabled());

    // Costs: none stated yet, then the engine's stated cost shared by memory,
    // set from the overview's button as a person would.
    QVERIFY2(m_page->footerText().contains(QStringLiteral("cost:local")),
             qPrintable(m_page->footerText()));
    QVERIFY(m_page->footerText().contains(QStringLiteral("$5/month")));
    QString asked;
    m_page->setCostPrompt(
        [&asked](const QString &location, const std::optional<pricing::HostCost> &current) {
            asked = location;
            pricing::HostCost cost;
            cost.location = location;
            cost.monthlyCents = current ? current->monthlyCents : 2000;
            return std::optional<pricing::HostCost>(cost);
        });
    auto *setCost =
        m_page->overview()->findChild<QPushButton *>(QStringLiteral("setMachineCostButton"));
    QVERIFY(setCost);
    QCOMPARE(setCost->text(), QStringLiteral("Set what local costs…"));
    setCost->click();
    QCOMPARE(asked, QStringLiteral("local"));
    QCOMPARE(service()->costs().find(QStringLiteral("local"))->value().monthlyCents, 2000);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_page->model()->item(m_page->model()->rowOfName(m_web)).estimateCents.has_value(), 15000);
    QVERIFY2(m_page->footerText().contains(QStringLiteral("Sloop estimate")),
             qPrintable(m_page->footerText()));
    QTRY_COMPARE(setCost->text(), QStringLiteral("Change what local costs…"));

    // Connect: a terminal pane on the instance's own host session.
    m_page->showTab(QStringLiteral("connectTab"));
    QVERIFY(m_page->findChild<QWidget *>(QStringLiteral("hostTerminalPane")));
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("connectSshCommand"))
                ->text()
                .contains(QStringLiteral("ssh -i")));
}

void TestInstancesPage::stopAndStartThroughActions()
{
    QVERIFY(m_page->selectInstance(m_web));
    action(QStringLiteral("stopInstanceAction"))->trigger();
    QVERIFY(!action(QStringLiteral("stopInstanceAction"))->isEnabled()); // busy
    QVERIFY2(waitForState(m_web, InstanceState::Stopped, 60000),
             qPrintable(m_page->message()->text()));
    QVERIFY(action(QStringLiteral("startInstanceAction"))->isEnabled());
    QVERIFY(!action(QStringLiteral("connectInstanceAction"))->isEnabled());
    action(QStringLiteral("startInstanceAction"))->trigger();
    QVERIFY2(waitForState(m_web, InstanceState::Running, 120000),
             qPrintable(m_page->message()->text()));
    QVERIFY(m_page->message()->isHidden());
}

void TestInstancesPage::firewallRuleThroughNetworkingTab()
{
    QVERIFY(m_page->selectInstance(m_web));
    m_page->showTab(QStringLiteral("networkingTab"));
    NetworkingPane *net = m_page->networking();
    const int before = net->pendingRules().size();
    QVERIFY(before >= 1); // SSH at least

    // A bad port is refused inline, before anything is asked of the service.
    net->setNewRule(QStringLiteral("tcp"), QStringLiteral("eighty"), QStringLiteral("0.0.0.0/0"));
    QVERIFY(!net->addRule());
    QVERIFY(!net->problemText().isEmpty());
    // A source a container cannot enforce: the service refuses, said inline.
    net->setNewRule(QStringLiteral("tcp"), QStringLiteral("9000"), QStringLiteral("10.0.0.0/8"));
    QVERIFY(net->addRule());
    net->apply();
    QVERIFY2(net->problemText().contains(QStringLiteral("nftables")),
             qPrintable(net->problemText()));
    net->revert();
    QCOMPARE(net->pendingRules().size(), before);

    net->setNewRule(QStringLiteral("tcp"), QStringLiteral("8080"), QStringLiteral("127.0.0.1/32"));
    QVERIFY(net->addRule());
    auto *apply = net->findChild<QPushButton *>(QStringLiteral("applyFirewallButton"));
    QVERIFY(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY(waitIdle(m_web, 180000));
    QVERIFY2(net->problemText().isEmpty(), qPrintable(net->problemText()));
    QVERIFY(waitForState(m_web, InstanceState::Running, 30000));
    const instances::InstanceRecord r = record(m_web);
    bool mapped = false;
    for (const auto &p : r.ports)
        mapped = mapped || (p.containerPort == 8080 && p.hostPort > 0);
    QVERIFY(mapped);
    QCOMPARE(net->pendingRules(), r.firewall);
    const QString mappings = net->findChild<QLabel *>(QStringLiteral("portMappings"))->text();
    QVERIFY2(mappings.contains(QStringLiteral("→ 8080/tcp")), qPrintable(mappings));
    QVERIFY2(mappings.contains(QStringLiteral("href=\"http://127.0.0.1:")), qPrintable(mappings));
}

void TestInstancesPage::snapshotThroughSnapshotsTab()
{
    QVERIFY(m_page->selectInstance(m_web));
    m_page->showTab(QStringLiteral("snapshotsTab"));
    SnapshotsPane *snaps = m_page->snapshots();
    const QString name = m_web + QStringLiteral("-snap");
    snaps->findChild<QLineEdit *>(QStringLiteral("snapshotName"))->setText(name);
    QTest::mouseClick(snaps->findChild<QPushButton *>(QStringLiteral("createSnapshotButton")),
                      Qt::LeftButton);
    QVERIFY2(snaps->problemText().isEmpty(), qPrintable(snaps->problemText()));
    QTRY_COMPARE_WITH_TIMEOUT(snaps->list()->topLevelItemCount(), 1, 180000);
    QCOMPARE(snaps->list()->topLevelItem(0)->text(0), name);
    QVERIFY(waitIdle(m_web, 60000));

    // Daily automatic snapshots: saved on the record.
    auto *daily = snaps->findChild<QCheckBox *>(QStringLiteral("autoSnapshotCheck"));
    QVERIFY(!daily->isChecked());
    daily->click();
    QVERIFY(record(m_web).autoSnapshot);

    // Delete (the confirm hook says yes).
    QVERIFY(snaps->selectSnapshot(name));
    QTest::mouseClick(snaps->findChild<QPushButton *>(QStringLiteral("deleteSnapshotButton")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(snaps->list()->topLevelItemCount(), 0, 60000);
    QVERIFY(!service()->snapshots().find(name)->has_value());
}

void TestInstancesPage::historyListsEveryAction()
{
    QVERIFY(m_page->selectInstance(m_web));
    m_page->showTab(QStringLiteral("historyTab"));
    QTreeWidget *events = m_page->history()->events();
    QStringList actions;
    for (int i = 0; i < events->topLevelItemCount(); ++i)
        actions.append(events->topLevelItem(i)->text(1));
    for (const char *expected : {"create", "stop", "start", "firewall", "snapshot"})
        QVERIFY2(actions.contains(QLatin1String(expected)), qPrintable(actions.join(u',')));
    // Newest first, with its log shown.
    QCOMPARE(events->currentItem(), events->topLevelItem(0));
    QVERIFY(!m_page->history()->shownLog().isEmpty());
}

void TestInstancesPage::failedInstanceShowsStepAndRetry()
{
    const QString error = create(m_broken, "#cloud-config\nruncmd:\n  - \"false\"\n");
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->rowOfName(m_broken) >= 0, 5000);
    QVERIFY(m_page->selectInstance(m_broken));
    QVERIFY(waitForState(m_broken, InstanceState::Failed, 180000));
    m_page->showTab(QStringLiteral("overviewTab"));
    QVERIFY(m_page->overview()->failureShown());
    const QString failure = m_page->overview()->failureText();
    QVERIFY2(failure.contains(QStringLiteral("false")), qPrintable(failure));
    auto *retry =
        m_page->overview()->findChild<QPushButton *>(QStringLiteral("retryInstanceButton"));
    QVERIFY(retry->isVisible() && retry->isEnabled());
    QVERIFY(!action(QStringLiteral("stopInstanceAction"))->isEnabled());

    // Retry runs the failed step again (it fails again: `false` stays false).
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(service()->operation(m_broken));
    QVERIFY(waitIdle(m_broken, 120000));
    QVERIFY(waitForState(m_broken, InstanceState::Failed, 10000));
    const auto events = service()->repository().events(m_broken);
    QVERIFY(events && !events->isEmpty());
    QCOMPARE(events->last().action, QStringLiteral("retry"));
    QVERIFY(!events->last().ok);
    QVERIFY(m_page->message()->text().contains(m_broken));
}

void TestInstancesPage::deleteAsksForTheName()
{
    for (const QString &name : {m_broken, m_web}) {
        QVERIFY(m_page->selectInstance(name));
        const QString containerId = record(name).containerId;
        bool wrongRefused = false;
        m_page->setDeleteHook([&](DeleteInstanceDialog *dialog) {
            dialog->setTypedName(QStringLiteral("not-") + name);
            wrongRefused = !dialog->deleteButton()->isEnabled();
            dialog->setTypedName(name.toUpper());
            wrongRefused = wrongRefused && !dialog->deleteButton()->isEnabled();
            dialog->setTypedName(name);
            QVERIFY(dialog->deleteButton()->isEnabled());
            dialog->deleteButton()->click();
        });
        action(QStringLiteral("deleteInstanceAction"))->trigger();
        m_page->setDeleteHook({});
        QVERIFY(wrongRefused);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->rowOfName(name) < 0, 60000);
        QProcess inspect;
        inspect.start(QStringLiteral("docker"), {QStringLiteral("inspect"), containerId});
        QVERIFY(inspect.waitForFinished(30000));
        QVERIFY(inspect.exitCode() != 0); // the container is gone
    }
    QTRY_VERIFY(m_page->findChild<QWidget *>(QStringLiteral("instancesEmptyState"))->isVisible());
}

QTEST_MAIN(TestInstancesPage)
#include "tst_instancespage.moc"
