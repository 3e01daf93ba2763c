#include "containers/containerfilterproxy.h"
#include "containers/containerlistmodel.h"
#include "containers/statustext.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace sloop;
using namespace sloop::models;
using engine::ContainerSummary;

namespace {

ContainerSummary make(const QString &id, const QString &project = {},
                      const QString &state = QStringLiteral("running"))
{
    ContainerSummary c;
    c.id = id;
    c.name = QStringLiteral("name-") + id;
    c.image = QStringLiteral("busybox");
    c.state = state;
    c.status = QStringLiteral("Up 1 second");
    if (!project.isEmpty())
        c.labels.insert(QStringLiteral("com.docker.compose.project"), project);
    return c;
}

} // namespace

class TestContainerListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void groupsByProject();
    void incrementalNoReset();
    void selectionSurvivesRefresh();
    void lastChildRemovesGroup();
    void hostileNamesDisplaySafely();
    void proxyFilters();
    void portsAndUrl();
    void namesSortNaturally();
    void statusKeepsCurrent();
    void statusTexts_data();
    void statusTexts();

private:
    std::unique_ptr<ContainerListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestContainerListModel::init()
{
    m_model = std::make_unique<ContainerListModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestContainerListModel::groupsByProject()
{
    containers::ContainerDelta d;
    d.added = {make(QStringLiteral("a"), QStringLiteral("shop")), make(QStringLiteral("b")),
               make(QStringLiteral("c"), QStringLiteral("shop"), QStringLiteral("exited"))};
    m_model->apply(d);
    QCOMPARE(m_model->rowCount(), 2); // group "shop" + loose "b"
    const QModelIndex group = m_model->index(0, 0);
    QVERIFY(group.data(ContainerListModel::IsGroupRole).toBool());
    QCOMPARE(group.data().toString(), QStringLiteral("shop"));
    QCOMPARE(m_model->rowCount(group), 2);
    QCOMPARE(group.siblingAtColumn(ContainerListModel::Status).data().toString(),
             QStringLiteral("1 of 2 running"));
    const QModelIndex child = m_model->index(1, 0, group);
    QCOMPARE(m_model->containerId(child), QStringLiteral("c"));
    QCOMPARE(m_model->parent(child), group);
    QCOMPARE(m_model->indexOfContainer(QStringLiteral("c")), child);
}

void TestContainerListModel::incrementalNoReset()
{
    containers::ContainerDelta first;
    for (int i = 0; i < 100; ++i)
        first.added.append(make(QString::number(i)));
    m_model->apply(first);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    containers::ContainerDelta delta;
    ContainerSummary stopped = make(QStringLiteral("5"), {}, QStringLiteral("exited"));
    delta.updated = {stopped};
    delta.removed = {QStringLiteral("7")};
    delta.added = {make(QStringLiteral("new1")), make(QStringLiteral("new2"))};
    m_model->apply(delta);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 1); // one batch for both new rows
    QCOMPARE(removed.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_model->rowCount(), 101);
    QCOMPARE(
        m_model->indexOfContainer(QStringLiteral("5"), ContainerListModel::State).data().toString(),
        QStringLiteral("exited"));
}

void TestContainerListModel::selectionSurvivesRefresh()
{
    containers::ContainerDelta d;
    d.added = {make(QStringLiteral("x"), QStringLiteral("p1")), make(QStringLiteral("y")),
               make(QStringLiteral("z"), QStringLiteral("p2"))};
    m_model->apply(d);
    QPersistentModelIndex z = m_model->indexOfContainer(QStringLiteral("z"));
    QVERIFY(z.isValid());
    // Removing an earlier top-level row moves z's group up; z stays z.
    containers::ContainerDelta remove;
    remove.removed = {QStringLiteral("y"), QStringLiteral("x")};
    m_model->apply(remove);
    QVERIFY(z.isValid());
    QCOMPARE(m_model->containerId(z), QStringLiteral("z"));
    QCOMPARE(z.parent().row(), 0);
}

void TestContainerListModel::lastChildRemovesGroup()
{
    containers::ContainerDelta d;
    d.added = {make(QStringLiteral("a"), QStringLiteral("solo"))};
    m_model->apply(d);
    QCOMPARE(m_model->rowCount(), 1);
    containers::ContainerDelta r;
    r.removed = {QStringLiteral("a")};
    m_model->apply(r);
    QCOMPARE(m_model->rowCount(), 0);
}

void TestContainerListModel::hostileNamesDisplaySafely()
{
    ContainerSummary c = make(QStringLiteral("h"));
    c.name = QStringLiteral("evil\nname\x1b[31m\u202Eexe");
    c.image = QString(10000, QLatin1Char('i'));
    containers::ContainerDelta d;
    d.added = {c};
    m_model->apply(d);
    const QString shown = m_model->index(0, ContainerListModel::Name).data().toString();
    QVERIFY(!shown.contains(QLatin1Char('\n')));
    QVERIFY(!shown.contains(QChar(0x1b)));
    QVERIFY(!shown.contains(QChar(0x202e)));
    QVERIFY(shown.contains(QLatin1String("\\x0a")));
    QCOMPARE(m_model->index(0, ContainerListModel::Image).data().toString().size(), 10000);
}

void TestContainerListModel::proxyFilters()
{
    containers::ContainerDelta d;
    d.added = {make(QStringLiteral("a1"), QStringLiteral("shop")), make(QStringLiteral("b1")),
               make(QStringLiteral("c1"), {}, QStringLiteral("exited"))};
    d.added[1].name = QStringLiteral("database");
    m_model->apply(d);
    ContainerFilterProxy proxy;
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(m_model.get());
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setFilterText(QStringLiteral("data"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterText(QStringLiteral("shop")); // matches the project: the group stays
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 1);
    proxy.setFilterText({});
    proxy.setShowStopped(false);
    QCOMPARE(proxy.rowCount(), 2);
}

void TestContainerListModel::portsAndUrl()
{
    ContainerSummary c = make(QStringLiteral("w"));
    c.ports = {{QStringLiteral("0.0.0.0"), 80, 8080, QStringLiteral("tcp")},
               {QStringLiteral("::"), 80, 8080, QStringLiteral("tcp")},
               {QString(), 443, 0, QStringLiteral("tcp")}};
    containers::ContainerDelta d;
    d.added = {c};
    m_model->apply(d);
    const QModelIndex i = m_model->index(0, ContainerListModel::Ports);
    QCOMPARE(i.data().toString(), QStringLiteral("8080→80/tcp, 443/tcp"));
    QCOMPARE(i.data(ContainerListModel::HttpUrlRole).toString(),
             QStringLiteral("http://localhost:8080/"));
}

void TestContainerListModel::namesSortNaturally()
{
    containers::ContainerDelta d;
    for (const char *name : {"web-10", "web-2", "Web-1"}) {
        ContainerSummary c = make(QString::fromLatin1(name));
        c.name = QString::fromLatin1(name);
        d.added.append(c);
    }
    m_model->apply(d);
    ContainerFilterProxy proxy;
    proxy.setSourceModel(m_model.get());
    proxy.sort(ContainerListModel::Name);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Web-1"));
    QCOMPARE(proxy.index(1, 0).data().toString(), QStringLiteral("web-2"));
    QCOMPARE(proxy.index(2, 0).data().toString(), QStringLiteral("web-10"));
}

void TestContainerListModel::statusKeepsCurrent()
{
    // The engine said "Up 16 seconds"; an hour later the list says so.
    QDateTime now = QDateTime(QDate(2026, 12, 6), QTime(12, 0), Qt::UTC);
    m_model->setClock([&now] { return now; });
    ContainerSummary c = make(QStringLiteral("a"));
    c.status = QStringLiteral("Up 16 seconds (healthy)");
    containers::ContainerDelta d;
    d.added = {c};
    m_model->apply(d);
    const QModelIndex status =
        m_model->indexOfContainer(QStringLiteral("a"), ContainerListModel::Status);
    QCOMPARE(status.data().toString(), QStringLiteral("Up 16 seconds (healthy)"));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    now = now.addSecs(3600);
    m_model->refreshStatus();
    QVERIFY(!changed.isEmpty());
    QCOMPARE(status.data().toString(), QStringLiteral("Up About an hour (healthy)"));
    // A new word from the engine counts from when it came.
    c.status = QStringLiteral("Exited (137) 5 seconds ago");
    c.state = QStringLiteral("exited");
    d = {};
    d.updated = {c};
    m_model->apply(d);
    now = now.addSecs(600);
    QCOMPARE(status.data().toString(), QStringLiteral("Exited (137) 10 minutes ago"));
}

void TestContainerListModel::statusTexts_data()
{
    QTest::addColumn<QString>("said");
    QTest::addColumn<int>("later");
    QTest::addColumn<QString>("now");
    QTest::newRow("seconds") << "Up 16 seconds" << 30 << "Up 46 seconds";
    QTest::newRow("a minute") << "Up 16 seconds" << 50 << "Up About a minute";
    QTest::newRow("minutes") << "Up About a minute" << 240 << "Up 5 minutes";
    QTest::newRow("hours") << "Up 3 hours (Paused)" << 3600 << "Up 4 hours (Paused)";
    QTest::newRow("days") << "Up 47 hours" << 7200 << "Up 2 days";
    QTest::newRow("less than a second") << "Up Less than a second" << 1 << "Up 1 second";
    QTest::newRow("exited") << "Exited (0) 2 hours ago" << 3600 << "Exited (0) 3 hours ago";
    QTest::newRow("created") << "Created" << 3600 << "Created";
    QTest::newRow("restarting") << "Restarting (1) 5 seconds ago" << 60
                                << "Restarting (1) 5 seconds ago";
    QTest::newRow("foreign words") << "Up forever" << 60 << "Up forever";
    QTest::newRow("hostile") << "Up 5 seconds\x1b[2J" << 60 << "Up 5 seconds\x1b[2J";
}

void TestContainerListModel::statusTexts()
{
    QFETCH(QString, said);
    QFETCH(int, later);
    QFETCH(QString, now);
    const QDateTime t0(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    QCOMPARE(containers::currentStatusText(said, t0, t0.addSecs(later)), now);
}

QTEST_GUILESS_MAIN(TestContainerListModel)
#include "tst_containerlistmodel.moc"
