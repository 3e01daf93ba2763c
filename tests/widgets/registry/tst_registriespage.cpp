// The Registries page as a person uses it: the empty state, a registry
// added (and a bad address refused in the banner), its repositories and a
// repository's tags with their digests, an image pushed from the engine
// with the page showing the new repository, a delete the registry refuses.
#include "common/noticebanner.h"
#include "common/prompter.h"
#include "controlplane/controlplane.h"
#include "engine/enginecatalog.h"
#include "registry/lifecycledialog.h"
#include "registry/registriespage.h"
#include "registry/tagmodel.h"

#include "testsupport.h"

#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace sloop;
using namespace sloop::widgets;

class TestRegistriesPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::IsolatedXdg> m_xdg;
    std::unique_ptr<ControlPlane> m_plane;
    std::unique_ptr<RegistriesPage> m_page;
    QString m_pushed;
    AnsweringPrompter m_yes{[](const Confirmation &) {
        return true;
    }};

    QString stackPage()
    {
        return m_page->findChild<QStackedWidget *>()->currentWidget()->objectName();
    }
    QListWidget *repos()
    {
        return m_page->findChild<QListWidget *>(QStringLiteral("repositoryList"));
    }
    QTableView *tags() { return m_page->findChild<QTableView *>(QStringLiteral("tagTable")); }
    QString banner()
    {
        return m_page->findChild<NoticeBanner *>(QStringLiteral("registriesProblem"))->text();
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto engine = test::connectTestEngine(this);
        QVERIFY2(engine.ok(), qPrintable(engine.error()));
        m_xdg = std::make_unique<test::IsolatedXdg>();
        m_plane = std::make_unique<ControlPlane>();
        m_page = std::make_unique<RegistriesPage>(m_plane.get());
        m_page->setPrompter(&m_yes);
        m_page->setEngine(m_plane->engines()->defaultEngine());
        m_page->resize(1200, 760);
        m_page->show();
    }

    void cleanupTestCase()
    {
        // The tag the push made on the engine.
        if (!m_pushed.isEmpty())
            QProcess::execute(QStringLiteral("docker"), {QStringLiteral("rmi"), m_pushed});
        m_page.reset();
        m_plane.reset();
    }

    void emptyThenAdded()
    {
        QCOMPARE(stackPage(), QStringLiteral("registriesEmpty"));
        m_page->addRegistry(
            {QStringLiteral("far"), QStringLiteral("http://192.0.2.7:5000"), {}, {}}, {}, false);
        QVERIFY2(banner().contains(QStringLiteral("not on this machine")), qPrintable(banner()));
        QCOMPARE(stackPage(), QStringLiteral("registriesEmpty"));
        QSignalSpy shown(m_page.get(), &RegistriesPage::repositoriesShown);
        m_page->addRegistry(
            {QStringLiteral("local"), QStringLiteral("http://127.0.0.1:5000"), {}, {}}, {}, false);
        QVERIFY(shown.wait(20000) || shown.count() > 0);
        QCOMPARE(stackPage(), QString()); // the browser
        QVERIFY(!repos()->findItems(QStringLiteral("sloop/busybox"), Qt::MatchExactly).isEmpty());
    }

    void tagsWithDigests()
    {
        QSignalSpy shown(m_page.get(), &RegistriesPage::tagsShown);
        repos()->setCurrentItem(
            repos()->findItems(QStringLiteral("sloop/busybox"), Qt::MatchExactly).first());
        QVERIFY(shown.wait(20000) || shown.count() > 0);
        auto *model = tags()->model();
        QVERIFY(model->rowCount() >= 1);
        int latest = -1;
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->index(r, models::TagModel::Tag).data().toString() == QLatin1String("latest"))
                latest = r;
        QVERIFY(latest >= 0);
        QVERIFY(model->index(latest, models::TagModel::Digest)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("sha256:")));
        QCOMPARE(model->index(latest, models::TagModel::Layers).data().toString(),
                 QStringLiteral("1"));
    }

    void pushFromTheEngine()
    {
        const QString repo = test::uniqueName(QStringLiteral("page"));
        std::optional<Result<QString>> outcome;
        connect(m_page.get(), &RegistriesPage::pushFinished, this,
                [&outcome](const Result<QString> &r) { outcome = r; });
        m_pushed = QStringLiteral("127.0.0.1:5000/") + repo + QStringLiteral(":v1");
        m_page->pushImage(QString::fromLatin1(test::kBusybox), repo, QStringLiteral("v1"));
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 60000);
        const Result<QString> digest = *outcome;
        QVERIFY2(digest.ok(), qPrintable(digest.error()));
        // The page lands on the new repository with its tag, and says so.
        QTRY_COMPARE_WITH_TIMEOUT(
            repos()->currentItem() ? repos()->currentItem()->text() : QString(), repo, 20000);
        QVERIFY2(banner().contains(QStringLiteral("Pushed")), qPrintable(banner()));
        QTRY_COMPARE_WITH_TIMEOUT(tags()->model()->rowCount(), 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(
            tags()->model()->index(0, models::TagModel::Digest).data().toString(), *digest, 20000);
        // This registry does not allow deletes: the banner says why.
        tags()->setCurrentIndex(tags()->model()->index(0, 0));
        m_page->deleteSelectedTag();
        QTRY_VERIFY_WITH_TIMEOUT(banner().contains(QStringLiteral("does not allow deleting")),
                                 20000);
    }

    void lifecyclePreviewListsNothingToExpire()
    {
        LifecycleDialog *dialog = m_page->openLifecycle();
        QVERIFY(dialog);
        dialog->findChild<QSpinBox *>(QStringLiteral("lifecycleCount"))->setValue(1);
        std::optional<int> expiring;
        connect(dialog, &LifecycleDialog::previewed, this, [&expiring](int n) { expiring = n; });
        dialog->preview();
        QTRY_VERIFY_WITH_TIMEOUT(expiring.has_value(), 20000);
        QCOMPARE(*expiring, 0); // one image, and the rule keeps one
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("lifecycleSummary"))->text(),
                 QStringLiteral("0 of 1 images would expire."));
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("expireNow"))->isEnabled());
        dialog->close();
    }
};

QTEST_MAIN(TestRegistriesPage)
#include "tst_registriespage.moc"
