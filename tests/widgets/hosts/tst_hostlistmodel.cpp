#include "hosts/hostfacts.h"
#include "hosts/hostlistmodel.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QTest>

using namespace sloop;
using hosts::HostStatus;

class TestHostListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rowsAndStatus();
    void endpointLeavesOutDefaults();
    void factsParseTolerantly();
    void factsSurviveGarbage();
};

namespace {

models::HostRow row(const QString &name, const QStringList &tags = {})
{
    models::HostRow r;
    r.record.name = name;
    r.record.address = QStringLiteral("10.0.0.1");
    r.record.user = QStringLiteral("root");
    r.record.tags = tags;
    return r;
}

} // namespace

void TestHostListModel::rowsAndStatus()
{
    models::HostListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setItems({row(QStringLiteral("b"), {QStringLiteral("prod")}),
                    row(QStringLiteral("a"), {QStringLiteral("eu"), QStringLiteral("prod")})});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.allTags(), (QStringList{QStringLiteral("eu"), QStringLiteral("prod")}));
    QCOMPARE(model.index(0, models::HostListModel::Status).data().toString(),
             QStringLiteral("Not checked"));

    HostStatus down;
    down.state = HostStatus::Unreachable;
    down.error = ssh::SshError::make(ssh::SshError::Refused, QStringLiteral("refused by b"));
    model.setStatus(QStringLiteral("B"), down); // names are case-insensitive
    const QModelIndex status = model.index(0, models::HostListModel::Status);
    QCOMPARE(status.data().toString(), QStringLiteral("Connection refused"));
    QCOMPARE(status.data(Qt::ToolTipRole).toString(), QStringLiteral("refused by b"));
    QVERIFY(!status.data(Qt::DecorationRole).value<QIcon>().isNull());
    // A hostile name is shown, not interpreted.
    model.setItems({row(QStringLiteral("x\ny\x01z"))});
    QVERIFY(!model.index(0, 0).data().toString().contains(QLatin1Char('\n')));
}

void TestHostListModel::endpointLeavesOutDefaults()
{
    hosts::HostRecord h;
    h.address = QStringLiteral("example.com");
    QCOMPARE(models::hostEndpointText(h), QStringLiteral("example.com"));
    h.user = QStringLiteral("ann");
    h.port = 2222;
    QCOMPARE(models::hostEndpointText(h), QStringLiteral("ann@example.com:2222"));
}

void TestHostListModel::factsParseTolerantly()
{
    const hosts::HostFacts f = hosts::parseHostFacts(
        "os=\"Debian GNU/Linux 12 (bookworm)\"\nkernel=Linux 6.1.0\nhostname=web-1\n"
        "uptime=12345.67\ncpus=4\nmem_total_kb=8000000\nmem_available_kb=4000000\n"
        "docker=yes\ndisk=/dev/sda1 1000 400 600 /\ndisk=/dev/sdb1 2000 1900 100 /srv/my data\n");
    QCOMPARE(f.os, QStringLiteral("Debian GNU/Linux 12 (bookworm)"));
    QCOMPARE(f.hostname, QStringLiteral("web-1"));
    QCOMPARE(*f.uptimeSeconds, 12345);
    QCOMPARE(*f.cpus, 4);
    QCOMPARE(*f.docker, true);
    QCOMPARE(f.disks.size(), 2);
    QCOMPARE(f.disks[1].mount, QStringLiteral("/srv/my data"));
    QCOMPARE(f.disks[1].usedKb, 1900);
}

void TestHostListModel::factsSurviveGarbage()
{
    // Truncated mid-line, binary noise, negative and huge numbers.
    const hosts::HostFacts f = hosts::parseHostFacts(
        "os=Alpine\ncpus=-3\nmem_total_kb=1e30\n\xff\xfe=\x01\ndisk=/dev/x 10 a 5 /\n"
        "disk=/dev/y 10 5 5 relative\ndocker=maybe\nkernel=Linu");
    QCOMPARE(f.os, QStringLiteral("Alpine"));
    QVERIFY(!f.cpus);
    QVERIFY(!f.memTotalKb);
    QVERIFY(f.disks.isEmpty());
    QVERIFY(!f.docker);
    QCOMPARE(f.kernel, QStringLiteral("Linu"));
}

QTEST_MAIN(TestHostListModel)
#include "tst_hostlistmodel.moc"
