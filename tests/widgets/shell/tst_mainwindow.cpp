#include "commandlog/commandlogdock.h"
#include "common/noticebanner.h"
#include "controlplane/controlplane.h"
#include "learn/learnpage.h"
#include "settings/settings.h"
#include "shell/mainwindow.h"
#include "testsupport.h"

#include "common/noticebanner.h"
#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QListWidget>
#include <QPushButton>

#include <QTest>

using namespace sloop;
using namespace sloop::widgets;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void navigationAndShortcuts();
    void everyPageSaysWhatItDoes();
    void learnTryItOpensPage();
    void settingsPersist();
    void controlsHaveAccessibleNames();

private:
    std::unique_ptr<test::IsolatedXdg> m_xdg;
};

void TestMainWindow::initTestCase()
{
    m_xdg = std::make_unique<test::IsolatedXdg>();
}

void TestMainWindow::navigationAndShortcuts()
{
    ControlPlane plane;
    MainWindow w(&plane);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCOMPARE(w.pageIds(), (QStringList{QStringLiteral("instances"), QStringLiteral("hosts"),
                                       QStringLiteral("containers"), QStringLiteral("swarm"),
                                       QStringLiteral("registries"), QStringLiteral("builds"),
                                       QStringLiteral("container-services"),
                                       QStringLiteral("functions"), QStringLiteral("apis"),
                                       QStringLiteral("batch"), QStringLiteral("monitoring"),
                                       QStringLiteral("pricing"), QStringLiteral("learn")}));
    QCOMPARE(w.currentPage(), QStringLiteral("containers")); // the default
    for (int i = 0; i < 9; ++i) {
        QTest::keyClick(&w, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
        QCOMPARE(w.currentPage(), w.pageIds().at(i));
    }
    // Ctrl+1…9 reach the first nine; the rest are a click away (no Ctrl+: or Ctrl+;).
    w.showPage(QStringLiteral("instances"));
    QTest::keyClick(&w, Qt::Key_Colon, Qt::ControlModifier);
    QCOMPARE(w.currentPage(), QStringLiteral("instances"));
    QTest::keyClick(&w, Qt::Key_L, Qt::ControlModifier);
    QVERIFY(w.commandLog()->isVisible());
    QTest::keyClick(&w, Qt::Key_L, Qt::ControlModifier);
    QVERIFY(!w.commandLog()->isVisible());
}

void TestMainWindow::everyPageSaysWhatItDoes()
{
    ControlPlane plane;
    MainWindow w(&plane);
    w.show();
    // A page that is not built yet explains itself and offers its Learn card:
    // no control that does nothing.
    for (const QString &id :
         {QStringLiteral("functions"), QStringLiteral("batch"), QStringLiteral("pricing")}) {
        w.showPage(id);
        QWidget *page = w.findChild<QListWidget *>()->parentWidget(); // the central widget
        QVERIFY(page);
        const auto buttons = w.centralWidget()->findChildren<QPushButton *>();
        QPushButton *learn = nullptr;
        for (QPushButton *b : buttons) {
            if (b->isVisible() && b->text().startsWith(QLatin1String("Learn about")))
                learn = b;
        }
        QVERIFY2(learn, qPrintable(id));
        QTest::mouseClick(learn, Qt::LeftButton);
        QCOMPARE(w.currentPage(), QStringLiteral("learn"));
    }
}

void TestMainWindow::learnTryItOpensPage()
{
    ControlPlane plane;
    MainWindow w(&plane);
    w.show();
    w.showPage(QStringLiteral("learn"));
    Q_EMIT w.learnPage()->tryItRequested(QStringLiteral("containers"));
    QCOMPARE(w.currentPage(), QStringLiteral("containers"));
    // "Batch or Lambda?"'s batch half opens Batch, which starts its sample
    // (tst_batchpage runs the sample itself on the engine).
    w.showPage(QStringLiteral("learn"));
    Q_EMIT w.learnPage()->batchSampleRequested();
    QCOMPARE(w.currentPage(), QStringLiteral("batch"));
    auto *problem = w.findChild<NoticeBanner *>(QStringLiteral("batchProblem"));
    QVERIFY(problem);
    QTRY_VERIFY(problem->isVisible()); // "Setting up the word-count sample…", or why not
}

void TestMainWindow::settingsPersist()
{
    {
        ControlPlane plane;
        MainWindow w(&plane);
        w.show();
        w.resize(1111, 777);
        w.showPage(QStringLiteral("pricing"));
        w.close();
    }
    ControlPlane plane;
    MainWindow w(&plane);
    QCOMPARE(w.currentPage(), QStringLiteral("pricing"));
    QCOMPARE(w.size(), QSize(1111, 777));
}

void TestMainWindow::controlsHaveAccessibleNames()
{
    ControlPlane plane;
    MainWindow w(&plane);
    w.show();
    QStringList missing;
    for (QWidget *widget : w.findChildren<QWidget *>()) {
        const bool control =
            qobject_cast<QAbstractButton *>(widget) || qobject_cast<QComboBox *>(widget);
        auto *button = qobject_cast<QAbstractButton *>(widget);
        // Buttons with visible text are named by it; icon-only ones need a name.
        const bool named =
            !widget->accessibleName().isEmpty() || (button && !button->text().isEmpty());
        if (control && !named && widget->isVisibleTo(&w))
            missing << QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char(' ') +
                           widget->objectName();
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
