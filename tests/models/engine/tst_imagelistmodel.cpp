#include "common/displaytext.h"
#include "engine/imagelistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace sloop;
using models::ImageListModel;

namespace {

engine::ImageSummary image(const QString &hex, QStringList tags, qint64 size = 1000)
{
    engine::ImageSummary s;
    s.id = QStringLiteral("sha256:") + hex.repeated(64 / hex.size() + 1).left(64);
    s.repoTags = std::move(tags);
    s.size = size;
    s.created = QDateTime::currentDateTime().addDays(-3);
    s.containers = 0;
    return s;
}

QString display(const QAbstractItemModel &m, int row, int column)
{
    return m.index(row, column).data(Qt::DisplayRole).toString();
}

} // namespace

class TestImageListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void firstFillInsertsOneBatch()
    {
        ImageListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setItems({image(QStringLiteral("a1"), {QStringLiteral("a:1")}),
                        image(QStringLiteral("b2"), {QStringLiteral("b:1")}),
                        image(QStringLiteral("c3"), {})});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted[0][1].toInt(), 0);
        QCOMPARE(inserted[0][2].toInt(), 2);
        QCOMPARE(reset.count(), 0);
    }

    void secondFillIsIncremental()
    {
        ImageListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto a = image(QStringLiteral("a1"), {QStringLiteral("a:1")});
        auto b = image(QStringLiteral("b2"), {QStringLiteral("b:1")});
        auto c = image(QStringLiteral("c3"), {QStringLiteral("c:1")});
        auto d = image(QStringLiteral("d4"), {QStringLiteral("d:1")});
        auto e = image(QStringLiteral("e5"), {QStringLiteral("e:1")});
        model.setItems({a, b, c, d, e});

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);

        // b and c go (one contiguous run), e goes, d changes, f arrives.
        auto d2 = d;
        d2.repoTags.append(QStringLiteral("d:2"));
        auto f = image(QStringLiteral("f6"), {QStringLiteral("f:1")});
        model.setItems({a, d2, f});

        QCOMPARE(reset.count(), 0);
        QCOMPARE(layout.count(), 0);
        QCOMPARE(removed.count(), 2);
        QCOMPARE(removed[0][1].toInt(), 4); // e, removed first from the end
        QCOMPARE(removed[0][2].toInt(), 4);
        QCOMPARE(removed[1][1].toInt(), 1); // b and c in one batch
        QCOMPARE(removed[1][2].toInt(), 2);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed[0][0].toModelIndex().row(), 1);
        QCOMPARE(changed[0][1].toModelIndex().row(), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted[0][1].toInt(), 2);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(display(model, 1, ImageListModel::Tags), QStringLiteral("d:1, d:2"));
        QCOMPARE(model.index(2, 0).data(models::IdRole).toString(), f.id);

        // The same list again: nothing to say.
        inserted.clear();
        removed.clear();
        changed.clear();
        model.setItems({f, d2, a});
        QCOMPARE(inserted.count() + removed.count() + changed.count() + reset.count(), 0);

        model.setItems({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(reset.count(), 0);
    }

    void duplicateIdsKeepTheFirst()
    {
        ImageListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto a = image(QStringLiteral("a1"), {QStringLiteral("a:1")});
        auto a2 = a;
        a2.repoTags = {QStringLiteral("other:1")};
        model.setItems({a, a2});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(display(model, 0, ImageListModel::Tags), QStringLiteral("a:1"));
    }

    void columns()
    {
        ImageListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto tagged =
            image(QStringLiteral("0123456789abcdef"),
                  {QStringLiteral("sloop/web:1"), QStringLiteral("sloop/web:latest")}, 5'300'000);
        tagged.containers = 2;
        auto dangling = image(QStringLiteral("fe"), {});
        dangling.containers = -1;
        model.setItems({tagged, dangling});

        QCOMPARE(display(model, 0, ImageListModel::Tags),
                 QStringLiteral("sloop/web:1, sloop/web:latest"));
        QCOMPARE(display(model, 1, ImageListModel::Tags), QStringLiteral("<none>"));
        QCOMPARE(display(model, 0, ImageListModel::Id), QStringLiteral("0123456789ab"));
        QCOMPARE(display(model, 0, ImageListModel::Size), QStringLiteral("5.3 MB"));
        QCOMPARE(model.index(0, ImageListModel::Size).data(models::SortRole).toLongLong(),
                 5'300'000);
        QCOMPARE(display(model, 0, ImageListModel::Created), QStringLiteral("3 days ago"));
        QCOMPARE(model.index(0, ImageListModel::Created).data(Qt::UserRole).toDateTime(),
                 tagged.created);
        QCOMPARE(display(model, 0, ImageListModel::Containers), QStringLiteral("2"));
        QCOMPARE(display(model, 1, ImageListModel::Containers), QString(QChar(0x2013)));
        QCOMPARE(model.index(0, ImageListModel::Id).data(Qt::ToolTipRole).toString(), tagged.id);
        QCOMPARE(model.index(1, ImageListModel::Tags).data(models::IdRole).toString(), dangling.id);
        QCOMPARE(model.headerData(ImageListModel::Tags, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("Repository:tag"));
    }

    void hostileTags_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::newRow("newline") << QStringLiteral("evil\nrepo:tag");
        QTest::newRow("carriage return") << QStringLiteral("evil\r\nrepo:tag");
        QTest::newRow("rtl override") << QStringLiteral("repo:\u202Egat");
        QTest::newRow("rtl mark") << QStringLiteral("\u200Fשלום:latest");
        QTest::newRow("10000 chars") << QString(10000, QLatin1Char('x'));
        QTest::newRow("nul and tab") << QStringLiteral("a\tb") + QChar(0) + QStringLiteral("c");
    }

    void hostileTags()
    {
        QFETCH(QString, tag);
        ImageListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setItems({image(QStringLiteral("ab"), {tag})});
        const QString shown = display(model, 0, ImageListModel::Tags);
        QVERIFY(!shown.isEmpty());
        QVERIFY(!shown.contains(QLatin1Char('\n')));
        QVERIFY(!shown.contains(QLatin1Char('\r')));
        QVERIFY(!shown.contains(QChar(0)));
        QVERIFY(shown.size() <= 203); // cut, plus the ellipsis and an isolate pair
        const QString tip = model.index(0, 0).data(Qt::ToolTipRole).toString();
        QVERIFY(tip.startsWith(tag.left(100)));
    }

    void relativeTime_data()
    {
        QTest::addColumn<qint64>("secondsAgo");
        QTest::addColumn<QString>("expected");
        QTest::newRow("now") << qint64(5) << QStringLiteral("just now");
        QTest::newRow("1 minute") << qint64(61) << QStringLiteral("1 minute ago");
        QTest::newRow("minutes") << qint64(300) << QStringLiteral("5 minutes ago");
        QTest::newRow("hours") << qint64(7200) << QStringLiteral("2 hours ago");
        QTest::newRow("days") << qint64(3 * 86400) << QStringLiteral("3 days ago");
        QTest::newRow("months") << qint64(65 * 86400) << QStringLiteral("2 months ago");
        QTest::newRow("years") << qint64(800 * 86400) << QStringLiteral("2 years ago");
        QTest::newRow("future") << qint64(-600) << QStringLiteral("in the future");
    }

    void relativeTime()
    {
        QFETCH(qint64, secondsAgo);
        QFETCH(QString, expected);
        const QDateTime now = QDateTime::currentDateTime();
        QCOMPARE(models::text::relativeTime(now.addSecs(-secondsAgo), now), expected);
        QCOMPARE(models::text::relativeTime(QDateTime(), now), QString());
    }
};

QTEST_GUILESS_MAIN(TestImageListModel)
#include "tst_imagelistmodel.moc"
