#include "functions/functiontemplates.h"
#include "learn/learncards.h"
#include "learn/learncardwidget.h"
#include "learn/learnpage.h"

#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace sloop::widgets;

class TestLearnPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cardsHaveText();
    void requiredTopicsPresent_data();
    void requiredTopicsPresent();
    void tryItEmitsValidPage();
    void tryButtonsHaveAccessibleNames();
    void filterHidesNonMatching();
    void filterWithNoMatchesSaysSo();
    void showCardClearsFilterAndHighlights();
};

void TestLearnPage::cardsHaveText()
{
    const QList<LearnCard> cards = learnCards();
    QVERIFY(cards.size() >= 11);
    QSet<QString> ids;
    for (const LearnCard &card : cards) {
        QVERIFY2(!card.id.isEmpty(), qPrintable(card.title));
        QVERIFY2(!ids.contains(card.id), qPrintable(card.id));
        ids.insert(card.id);
        QVERIFY2(!card.title.trimmed().isEmpty(), qPrintable(card.id));
        // A real paragraph each, not a stub.
        QVERIFY2(card.whatItIs.size() > 120, qPrintable(card.id));
        QVERIFY2(card.inSloop.size() > 120, qPrintable(card.id));
        QVERIFY2(navigationPageIds().contains(card.tryPageId), qPrintable(card.id));
    }
}

void TestLearnPage::requiredTopicsPresent_data()
{
    QTest::addColumn<QString>("cardId");
    QTest::addColumn<QString>("word");
    const QList<std::pair<const char *, const char *>> topics = {
        {"docker", "image"},
        {"docker-vs-vm", "virtual machine"},
        {"ecs", "ECS"},
        {"eks", "Kubernetes"},
        {"fargate", "Fargate"},
        {"ecr", "registry"},
        {"lambda", "Lambda"},
        {"api-gateway", "API Gateway"},
        {"batch", "Batch"},
        {"batch-vs-lambda", "Lambda"},
        {"lightsail", "Lightsail"}};
    for (const auto &[id, word] : topics)
        QTest::newRow(id) << QString::fromLatin1(id) << QString::fromLatin1(word);
}

void TestLearnPage::requiredTopicsPresent()
{
    QFETCH(QString, cardId);
    QFETCH(QString, word);
    const LearnCard card = learnCard(cardId);
    QCOMPARE(card.id, cardId);
    QVERIFY2(card.title.contains(word, Qt::CaseInsensitive) ||
                 card.whatItIs.contains(word, Qt::CaseInsensitive),
             qPrintable(card.title));
}

void TestLearnPage::tryItEmitsValidPage()
{
    LearnPage page;
    page.resize(900, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    QSignalSpy spy(&page, &LearnPage::tryItRequested);
    QSignalSpy created(&page, &LearnPage::createFunctionRequested);
    QSignalSpy sample(&page, &LearnPage::sampleApiRequested);
    const QList<LearnCard> cards = learnCards();
    QCOMPARE(page.cards().size(), cards.size());
    for (const LearnCard &card : cards) {
        auto *button = page.findChild<QPushButton *>(QStringLiteral("tryIt-") + card.id);
        QVERIFY2(button, qPrintable(card.id));
        // Bring it into view the way a person would, then click it.
        page.findChild<QScrollArea *>()->ensureWidgetVisible(button);
        QTest::mouseClick(button, Qt::LeftButton);
        if (card.trySampleApi) {
            // API Gateway's ends with a function answering through a key:
            // the APIs page makes the sample and opens Try it.
            QCOMPARE(sample.size(), 1);
            sample.clear();
            QCOMPARE(spy.size(), 0);
            continue;
        }
        if (!card.tryFunctionTemplate.isEmpty()) {
            // Lambda's cards end with a function of one's own: Try it opens
            // the Functions page's Create with a template chosen.
            QCOMPARE(created.size(), 1);
            QCOMPARE(created.takeFirst().at(0).toString(), card.tryFunctionTemplate);
            QVERIFY(sloop::functions::functionTemplate(card.tryFunctionTemplate).has_value());
            QCOMPARE(spy.size(), 0);
            continue;
        }
        QCOMPARE(spy.size(), 1);
        const QString pageId = spy.takeFirst().at(0).toString();
        QCOMPARE(pageId, card.tryPageId);
        QVERIFY(navigationPageIds().contains(pageId));
    }
    QVERIFY(!learnCard(QStringLiteral("lambda")).tryFunctionTemplate.isEmpty());
    QVERIFY(learnCard(QStringLiteral("api-gateway")).trySampleApi);
    // "Batch or Lambda?" tries both: a function, and Batch's word-count array.
    QSignalSpy batch(&page, &LearnPage::batchSampleRequested);
    auto *runBatch = page.findChild<QPushButton *>(QStringLiteral("tryBatch-batch-vs-lambda"));
    QVERIFY(runBatch);
    page.findChild<QScrollArea *>()->ensureWidgetVisible(runBatch);
    QTest::mouseClick(runBatch, Qt::LeftButton);
    QCOMPARE(batch.size(), 1);
}

void TestLearnPage::tryButtonsHaveAccessibleNames()
{
    LearnPage page;
    const QList<QPushButton *> buttons = page.findChildren<QPushButton *>();
    QVERIFY(!buttons.isEmpty());
    for (QPushButton *button : buttons)
        QVERIFY2(!button->accessibleName().isEmpty(), qPrintable(button->objectName()));
    QVERIFY(!page.filterEdit()->accessibleName().isEmpty());
}

void TestLearnPage::filterHidesNonMatching()
{
    LearnPage page;
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    QTest::keyClicks(page.filterEdit(), QStringLiteral("fargate"));
    int shown = 0;
    for (LearnCardWidget *card : page.cards()) {
        const LearnCard &c = card->card();
        const QString text = c.title + c.whatItIs + c.inSloop;
        const bool mentions = text.contains(QStringLiteral("fargate"), Qt::CaseInsensitive);
        QCOMPARE(card->isVisible(), mentions);
        shown += card->isVisible() ? 1 : 0;
    }
    QVERIFY(shown >= 1);
    QVERIFY(shown < page.cards().size());
    QVERIFY(page.findChild<QWidget *>(QStringLiteral("learnCard-fargate"))->isVisible());
    QVERIFY(!page.findChild<QWidget *>(QStringLiteral("learnCard-batch"))->isVisible());

    // Several words narrow the list: each must occur somewhere in the card.
    page.filterEdit()->setText(QStringLiteral("batch lambda"));
    QVERIFY(page.findChild<QWidget *>(QStringLiteral("learnCard-batch-vs-lambda"))->isVisible());
    QVERIFY(!page.findChild<QWidget *>(QStringLiteral("learnCard-ecr"))->isVisible());

    page.filterEdit()->clear();
    for (LearnCardWidget *card : page.cards())
        QVERIFY(card->isVisible());
}

void TestLearnPage::filterWithNoMatchesSaysSo()
{
    LearnPage page;
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *empty = page.findChild<QWidget *>(QStringLiteral("learnNoMatches"));
    QVERIFY(empty);
    QVERIFY(!empty->isVisible());
    page.filterEdit()->setText(QStringLiteral("zzzxq"));
    QVERIFY(empty->isVisible());
    page.filterEdit()->clear();
    QVERIFY(!empty->isVisible());
}

void TestLearnPage::showCardClearsFilterAndHighlights()
{
    LearnPage page;
    page.resize(800, 500);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    page.filterEdit()->setText(QStringLiteral("docker"));
    page.showCard(QStringLiteral("pricing"));
    auto *card = page.findChild<LearnCardWidget *>(QStringLiteral("learnCard-pricing"));
    QVERIFY(card);
    QVERIFY(page.filterEdit()->text().isEmpty());
    QVERIFY(card->isVisible());
    QVERIFY(card->isHighlighted());
    // The last card is far down; the page scrolls to it.
    auto *scroll = page.findChild<QScrollArea *>();
    QTRY_VERIFY(scroll->verticalScrollBar()->value() > 0);
    QTRY_VERIFY(!card->visibleRegion().isEmpty());
    // The highlight fades by itself after a moment.
    QTRY_VERIFY_WITH_TIMEOUT(!card->isHighlighted(), 5000);

    page.showCard(QStringLiteral("no-such-card")); // ignored, no crash
}

QTEST_MAIN(TestLearnPage)
#include "tst_learnpage.moc"
