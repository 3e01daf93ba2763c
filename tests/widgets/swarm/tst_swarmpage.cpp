// The Swarm page as a person uses it, on two real engines: the empty state,
// a swarm made and another engine joined from the page, a service made from
// the form with its tasks on both nodes, scaled, a node drained and
// activated from the Nodes tab, the merged logs, a bad form said in the
// banner, the service removed and the swarm left.
#include "common/noticebanner.h"
#include "common/prompter.h"
#include "controlplane/controlplane.h"
#include "engine/addedengines.h"
#include "swarm/servicedialog.h"
#include "swarm/swarmmodels.h"
#include "swarm/swarmpage.h"

#include "swarmtestenv.h"
#include "testsupport.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace sloop;
using namespace sloop::widgets;

class TestSwarmPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::IsolatedXdg> m_xdg;
    std::unique_ptr<ControlPlane> m_plane;
    std::unique_ptr<SwarmPage> m_page;
    QList<test::SwarmTestNode> m_nodes;
    AnsweringPrompter m_yes{[](const Confirmation &) {
        return true;
    }};

    QString stackPage()
    {
        return m_page->findChild<QStackedWidget *>()->currentWidget()->objectName();
    }
    QTableView *table(const char *name)
    {
        return m_page->findChild<QTableView *>(QString::fromLatin1(name));
    }
    QPushButton *button(const char *name)
    {
        return m_page->findChild<QPushButton *>(QString::fromLatin1(name));
    }
    QString cell(const char *view, int row, int column)
    {
        return table(view)->model()->index(row, column).data().toString();
    }
    int rowOf(const char *view, const QString &name)
    {
        auto *model = table(view)->model();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, 0).data().toString() == name)
                return row;
        return -1;
    }
    void select(const char *view, int row)
    {
        table(view)->setCurrentIndex(table(view)->model()->index(row, 0));
    }
    QString banner()
    {
        return m_page->findChild<NoticeBanner *>(QStringLiteral("swarmProblem"))->text();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto env = test::loadSwarmTestEnv();
        QVERIFY2(env.ok(), qPrintable(env.error()));
        m_nodes = *env;
        m_xdg = std::make_unique<test::IsolatedXdg>();
        for (const test::SwarmTestNode &n : m_nodes)
            QVERIFY(engine::addEngine(n.name, QStringLiteral("unix://") + n.socket).ok());
        m_plane = std::make_unique<ControlPlane>();
        m_page = std::make_unique<SwarmPage>(m_plane.get());
        m_page->setPrompter(&m_yes);
        m_page->resize(1200, 760);
        m_page->show();
        // A run that stopped half way.
        m_page->setEngine(QStringLiteral("sw2"));
        QTest::qWait(100);
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_plane.reset();
    }

    void emptyStateOffersASwarm()
    {
        m_page->setEngine(QStringLiteral("sw1"));
        QTRY_COMPARE_WITH_TIMEOUT(stackPage(), QStringLiteral("swarmEmpty"), 10000);
        QVERIFY(button("createSwarm")->isVisible());
        QVERIFY(button("joinSwarm")->isVisible());
    }

    void createAndJoin()
    {
        m_page->createSwarm(m_nodes[0].address);
        QTRY_COMPARE_WITH_TIMEOUT(stackPage(), QString(), 20000); // the manager's tabs
        QVERIFY(m_page->findChild<QTabWidget *>(QStringLiteral("swarmTabs"))->isVisible());
        QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("noServices"))->isVisible());
        m_page->joinEngine(QStringLiteral("sw2"), false);
        QTRY_COMPARE_WITH_TIMEOUT(table("nodeTable")->model()->rowCount(), 2, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->findChild<QLabel *>(QStringLiteral("swarmSummary"))
                                     ->text()
                                     .contains(QStringLiteral("2 nodes")),
                                 20000);
    }

    void serviceFromTheForm()
    {
        ServiceDialog dialog({QString::fromLatin1(test::kBusybox)});
        swarm::ServiceForm form;
        form.name = QStringLiteral("web");
        form.image = QString::fromLatin1(test::kBusybox);
        form.replicas = QStringLiteral("4");
        form.command = {QStringLiteral("sh"), QStringLiteral("-c"),
                        QStringLiteral("trap 'exit 0' TERM; while true; do echo up; sleep 1; "
                                       "done")};
        form.env = {QStringLiteral("A=1")};
        dialog.setForm(form);
        const swarm::ServiceForm back = dialog.form();
        QCOMPARE(back.command, form.command);
        QCOMPARE(back.replicas, QStringLiteral("4"));
        m_page->createService(back);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf("serviceTable", QStringLiteral("web")) >= 0, 20000);
        const int row = rowOf("serviceTable", QStringLiteral("web"));
        QTRY_COMPARE_WITH_TIMEOUT(cell("serviceTable", rowOf("serviceTable", QStringLiteral("web")),
                                       models::ServiceListModel::Replicas),
                                  QStringLiteral("4 of 4"), 60000);
        QVERIFY(!m_page->findChild<QLabel *>(QStringLiteral("noServices"))->isVisible());
        select("serviceTable", row);
        QTRY_COMPARE_WITH_TIMEOUT(table("taskTable")->model()->rowCount(), 4, 20000);
        QSet<QString> nodes;
        for (int r = 0; r < 4; ++r)
            nodes.insert(cell("taskTable", r, models::TaskListModel::Node));
        QCOMPARE(nodes, (QSet<QString>{QStringLiteral("sloop-sw1"), QStringLiteral("sloop-sw2")}));

        QTest::mouseClick(button("serviceLogs"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_page->findChild<QPlainTextEdit *>(QStringLiteral("serviceLogText"))
                ->toPlainText()
                .contains(QStringLiteral("@sloop-sw2 | up")),
            20000);
    }

    void badFormIsSaidNotSent()
    {
        swarm::ServiceForm form;
        form.name = QStringLiteral("bad name!");
        form.image = QString::fromLatin1(test::kBusybox);
        m_page->createService(form);
        QVERIFY2(banner().contains(QStringLiteral("bad name!")), qPrintable(banner()));
        ServiceDialog dialog({});
        dialog.setForm(form);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // still open, error shown
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("serviceError"))->isVisibleTo(&dialog));
    }

    void scaleAndDrain()
    {
        m_page->scaleService(QStringLiteral("web"), 2);
        QTRY_COMPARE_WITH_TIMEOUT(cell("serviceTable", rowOf("serviceTable", QStringLiteral("web")),
                                       models::ServiceListModel::Replicas),
                                  QStringLiteral("2 of 2"), 60000);
        m_page->findChild<QTabWidget *>(QStringLiteral("swarmTabs"))->setCurrentIndex(1);
        const int sw2 = rowOf("nodeTable", QStringLiteral("sloop-sw2"));
        QVERIFY(sw2 >= 0);
        select("nodeTable", sw2);
        QVERIFY(button("drainNode")->isEnabled());
        QTest::mouseClick(button("drainNode"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(cell("nodeTable", rowOf("nodeTable", QStringLiteral("sloop-sw2")),
                                       models::NodeListModel::Availability),
                                  QStringLiteral("drain"), 20000);
        // Its tasks move: every running task is on sw1.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                auto *tasks = table("taskTable")->model();
                int onSw1 = 0;
                for (int r = 0; r < tasks->rowCount(); ++r)
                    onSw1 += tasks->index(r, models::TaskListModel::Node).data().toString() ==
                             QLatin1String("sloop-sw1");
                return tasks->rowCount() == 2 && onSw1 == 2;
            }(),
            60000);
        select("nodeTable", rowOf("nodeTable", QStringLiteral("sloop-sw2")));
        QTest::mouseClick(button("activateNode"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(cell("nodeTable", rowOf("nodeTable", QStringLiteral("sloop-sw2")),
                                       models::NodeListModel::Availability),
                                  QStringLiteral("active"), 20000);
    }

    void stackFromTheTab()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("api.yml"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("services:\n"
                               "  api:\n"
                               "    image: %1\n"
                               "    command: [\"sh\", \"-c\", \"trap 'exit 0' TERM; while true; do "
                               "sleep 1; done\"]\n"
                               "    deploy: {replicas: 2}\n"
                               "    restart: always\n")
                    .arg(QString::fromLatin1(test::kBusybox))
                    .toUtf8());
        f.close();
        m_page->findChild<QTabWidget *>(QStringLiteral("swarmTabs"))->setCurrentIndex(2);
        m_page->deployStack(QStringLiteral("demo"), file);
        // Deployed, with the key Swarm does not use named with its line.
        QTRY_VERIFY_WITH_TIMEOUT(banner().contains(QStringLiteral("line 6")), 30000);
        auto *stacks = m_page->findChild<QTableWidget *>(QStringLiteral("stackTable"));
        QTRY_COMPARE_WITH_TIMEOUT(stacks->rowCount(), 1, 20000);
        QCOMPARE(stacks->item(0, 0)->text(), QStringLiteral("demo"));
        QTRY_COMPARE_WITH_TIMEOUT(stacks->item(0, 2)->text(), QStringLiteral("2 of 2"), 60000);
        stacks->setCurrentCell(0, 0);
        QTest::mouseClick(button("removeStack"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(stacks->rowCount(), 0, 30000);
        // A broken file deploys nothing and says where.
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("services:\n  api: [\n");
        f.close();
        m_page->deployStack(QStringLiteral("demo"), file);
        QVERIFY2(banner().contains(QStringLiteral("not valid YAML")), qPrintable(banner()));
    }

    void secretsTabStoresAndRemoves()
    {
        auto *files = m_page->findChild<QTableWidget *>(QStringLiteral("swarmFileTable"));
        QVERIFY(files);
        QSignalSpy shown(m_page.get(), &SwarmPage::swarmFilesShown);
        m_page->createSwarmFile(true, QStringLiteral("page-secret"), "hidden");
        m_page->createSwarmFile(false, QStringLiteral("page-config"), "shown");
        QTRY_COMPARE_WITH_TIMEOUT(files->rowCount(), 2, 20000);
        QStringList names;
        for (int r = 0; r < files->rowCount(); ++r)
            names.append(files->item(r, 0)->text() + QLatin1Char('/') + files->item(r, 1)->text());
        QCOMPARE(names, (QStringList{QStringLiteral("page-secret/Secret"),
                                     QStringLiteral("page-config/Config")}));
        m_page->createSwarmFile(true, QStringLiteral("page-secret"), "again");
        QTRY_VERIFY_WITH_TIMEOUT(banner().contains(QStringLiteral("page-secret")), 20000);
        files->selectRow(0);
        QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("removeSwarmFile")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(files->rowCount(), 1, 20000);
        QCOMPARE(files->item(0, 0)->text(), QStringLiteral("page-config"));
    }

    void removeAndLeave()
    {
        m_page->findChild<QTabWidget *>(QStringLiteral("swarmTabs"))->setCurrentIndex(0);
        select("serviceTable", rowOf("serviceTable", QStringLiteral("web")));
        QTest::mouseClick(button("removeService"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(table("serviceTable")->model()->rowCount(), 0, 20000);
        // sw2 first, as a worker: the page shows it as one.
        m_page->setEngine(QStringLiteral("sw2"));
        QTRY_COMPARE_WITH_TIMEOUT(stackPage(), QStringLiteral("swarmWorker"), 10000);
        QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("swarmWorkerText"))
                    ->text()
                    .contains(m_nodes[0].address));
        QTest::mouseClick(button("leaveSwarmWorker"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(stackPage(), QStringLiteral("swarmEmpty"), 60000);
        m_page->setEngine(QStringLiteral("sw1"));
        QTRY_COMPARE_WITH_TIMEOUT(stackPage(), QString(), 10000);
        m_page->findChild<QTabWidget *>(QStringLiteral("swarmTabs"))->setCurrentIndex(1);
        QTest::mouseClick(button("leaveSwarm"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(stackPage(), QStringLiteral("swarmEmpty"), 60000);
    }
};

QTEST_MAIN(TestSwarmPage)
#include "tst_swarmpage.moc"
