// The one notice strip: each error kind gets its own title and tone, the
// action button speaks, and the tones read on light and dark palettes.
#include "common/noticebanner.h"
#include "common/prompter.h"
#include "common/tones.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace sloop;
using namespace sloop::widgets;

class TestNoticeBanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void problemKindsPickTitleAndTone_data();
    void problemKindsPickTitleAndTone();
    void actionButtonAndDismiss();
    void tonesReadOnBothThemes();
    void answeringPrompterAnswers();
};

void TestNoticeBanner::problemKindsPickTitleAndTone_data()
{
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<NoticeBanner::Kind>("tone");
    QTest::addColumn<QString>("title");
    QTest::newRow("not found") << ErrorKind::NotFound << NoticeBanner::Kind::Warning
                               << QStringLiteral("Not found");
    QTest::newRow("conflict") << ErrorKind::Conflict << NoticeBanner::Kind::Warning
                              << QStringLiteral("Already exists or in use");
    QTest::newRow("unreachable") << ErrorKind::Unreachable << NoticeBanner::Kind::Error
                                 << QStringLiteral("Cannot reach it");
    QTest::newRow("unauthorized") << ErrorKind::Unauthorized << NoticeBanner::Kind::Error
                                  << QStringLiteral("Sign-in or identity not accepted");
    QTest::newRow("cancelled") << ErrorKind::Cancelled << NoticeBanner::Kind::Info
                               << QStringLiteral("Stopped");
    QTest::newRow("internal") << ErrorKind::Internal << NoticeBanner::Kind::Error
                              << QStringLiteral("Something went wrong");
}

void TestNoticeBanner::problemKindsPickTitleAndTone()
{
    QFETCH(ErrorKind, kind);
    QFETCH(NoticeBanner::Kind, tone);
    QFETCH(QString, title);
    QWidget page;
    auto *banner = new NoticeBanner(&page);
    page.show();
    banner->showProblem(Error{kind, QStringLiteral("No such container: web")},
                        QStringLiteral("Start web"));
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->kind(), tone);
    QCOMPARE(banner->text(), title + QStringLiteral("\nStart web: No such container: web"));
    QCOMPARE(banner->findChild<QLabel *>(QStringLiteral("noticeBannerTitle"))->text(), title);
}

void TestNoticeBanner::actionButtonAndDismiss()
{
    QWidget page;
    auto *banner = new NoticeBanner(&page);
    page.show();
    QSignalSpy triggered(banner, &NoticeBanner::actionTriggered);
    banner->setAction(QStringLiteral("Try again"));
    banner->showMessage(NoticeBanner::Kind::Warning, QStringLiteral("engine gone"),
                        QStringLiteral("The engine cannot be reached"));
    auto *action = banner->findChild<QPushButton *>(QStringLiteral("noticeBannerAction"));
    QVERIFY(action && action->isVisible());
    QCOMPARE(action->accessibleName(), QStringLiteral("Try again"));
    QTest::mouseClick(action, Qt::LeftButton);
    QCOMPARE(triggered.count(), 1);
    banner->setAction({});
    QVERIFY(!action->isVisible());
    banner->clear();
    QVERIFY(!banner->isVisible());
    QVERIFY(banner->text().isEmpty());
}

void TestNoticeBanner::tonesReadOnBothThemes()
{
    QPalette light;
    light.setColor(QPalette::Window, QColor(0xf6, 0xf6, 0xf6));
    light.setColor(QPalette::WindowText, QColor(0x1b, 0x1b, 0x1b));
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x1e, 0x20, 0x23));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    QVERIFY(!models::isDark(light));
    QVERIFY(models::isDark(dark));
    for (const models::Tone tone : {models::Tone::Ok, models::Tone::Warning, models::Tone::Error,
                                    models::Tone::Info, models::Tone::Muted}) {
        // Each tone stands apart from the background it is drawn on.
        const int onLight = qAbs(models::toneColor(tone, light).lightness() -
                                 light.color(QPalette::Window).lightness());
        const int onDark = qAbs(models::toneColor(tone, dark).lightness() -
                                dark.color(QPalette::Window).lightness());
        QVERIFY2(onLight > 60 && onDark > 60,
                 qPrintable(QStringLiteral("%1 %2").arg(onLight).arg(onDark)));
        // A wash stays close to the window colour: text on it keeps reading.
        QVERIFY(qAbs(models::toneWash(tone, dark).lightness() -
                     dark.color(QPalette::Window).lightness()) < 40);
    }
}

void TestNoticeBanner::answeringPrompterAnswers()
{
    QList<Confirmation> asked;
    AnsweringPrompter prompter([&asked](const Confirmation &c) {
        asked.append(c);
        return c.acceptLabel == QLatin1String("Remove");
    });
    Prompter &p = promptWith(&prompter);
    QVERIFY(p.confirm(
        nullptr,
        {QStringLiteral("Remove"), QStringLiteral("Remove x?"), {}, QStringLiteral("Remove")}));
    QVERIFY(!p.confirm(
        nullptr, {QStringLiteral("Prune"), QStringLiteral("Prune?"), {}, QStringLiteral("Prune")}));
    QCOMPARE(asked.size(), 2);
    QCOMPARE(&promptWith(nullptr), &dialogPrompter());
}

QTEST_MAIN(TestNoticeBanner)
#include "tst_noticebanner.moc"
