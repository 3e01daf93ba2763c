#include "learn/learncards.h"
#include "shell/placeholderpage.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace sloop::widgets;

class TestPlaceholderPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void learnButtonEmitsCardId();
    void plannedPagesAreComplete();
    void everyControlDoesSomething();
};

void TestPlaceholderPage::learnButtonEmitsCardId()
{
    PlaceholderPage page(QStringLiteral("Functions"), QStringLiteral("Runs code on demand."),
                         QStringLiteral("lambda"));
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    QSignalSpy spy(&page, &PlaceholderPage::learnRequested);
    QVERIFY(page.learnButton());
    QVERIFY(page.learnButton()->text().contains(QStringLiteral("Lambda")));
    QVERIFY(!page.learnButton()->accessibleName().isEmpty());
    QTest::mouseClick(page.learnButton(), Qt::LeftButton);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("lambda"));
}

void TestPlaceholderPage::plannedPagesAreComplete()
{
    const QList<PlaceholderInfo> pages = plannedPages();
    QStringList ids;
    for (const PlaceholderInfo &info : pages) {
        ids << info.pageId;
        QVERIFY2(navigationPageIds().contains(info.pageId), qPrintable(info.pageId));
        QVERIFY2(!info.title.isEmpty(), qPrintable(info.pageId));
        QVERIFY2(info.description.size() > 80, qPrintable(info.pageId));
        // The card it points at exists, so the Learn button never leads nowhere.
        QCOMPARE(learnCard(info.learnCardId).id, info.learnCardId);

        std::unique_ptr<PlaceholderPage> page(createPlaceholderPage(info));
        const QList<QLabel *> labels = page->findChildren<QLabel *>();
        const bool hasIcon = std::any_of(labels.begin(), labels.end(),
                                         [](QLabel *label) { return !label->pixmap().isNull(); });
        QVERIFY2(hasIcon, qPrintable(info.iconPath));
    }
    const QStringList expected = {QStringLiteral("batch"), QStringLiteral("pricing")};
    QCOMPARE(ids, expected);
}

void TestPlaceholderPage::everyControlDoesSomething()
{
    // The page has exactly one button, and it is wired.
    std::unique_ptr<PlaceholderPage> page(createPlaceholderPage(plannedPages().constFirst()));
    const QList<QPushButton *> buttons = page->findChildren<QPushButton *>();
    QCOMPARE(buttons.size(), 1);
    QSignalSpy spy(page.get(), &PlaceholderPage::learnRequested);
    buttons.first()->click();
    QCOMPARE(spy.size(), 1);
}

QTEST_MAIN(TestPlaceholderPage)
#include "tst_placeholderpage.moc"
