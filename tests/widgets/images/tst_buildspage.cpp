// The Builds page as a person uses it on the real engine: a folder built
// with a build argument, its steps as progress and its log; a failing step
// said with its Dockerfile line; both in the page's list of builds.
#include "common/noticebanner.h"
#include "controlplane/controlplane.h"
#include "engine/enginecatalog.h"
#include "images/buildspage.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace sloop;
using namespace sloop::widgets;

class TestBuildsPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::IsolatedXdg> m_xdg;
    std::unique_ptr<ControlPlane> m_plane;
    std::unique_ptr<BuildsPage> m_page;
    QTemporaryDir m_dir;
    QString m_tag;

    template <typename T> T *child(const char *name)
    {
        return m_page->findChild<T *>(QString::fromLatin1(name));
    }
    void write(const QString &name, const QByteArray &content)
    {
        QFile f(m_dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_xdg = std::make_unique<test::IsolatedXdg>();
        m_plane = std::make_unique<ControlPlane>();
        m_page = std::make_unique<BuildsPage>(m_plane.get());
        m_page->setEngine(m_plane->engines()->defaultEngine());
        m_page->resize(1000, 700);
        m_page->show();
        m_tag = test::uniqueName(QStringLiteral("page")) + QStringLiteral(":1");
        write(QStringLiteral("Dockerfile"), "FROM sloop-test/busybox:latest\n"
                                            "ARG WHO=nobody\n"
                                            "RUN echo \"built by $WHO\" > /who\n");
        write(QStringLiteral("Dockerfile.bad"), "FROM sloop-test/busybox:latest\n"
                                                "\n"
                                                "RUN exit 3\n");
    }

    void cleanupTestCase()
    {
        QProcess::execute(QStringLiteral("docker"),
                          {QStringLiteral("rmi"), QStringLiteral("-f"), m_tag});
    }

    void aFolderBuildsWithItsSteps()
    {
        child<QLineEdit>("buildSource")->setText(m_dir.path());
        child<QLineEdit>("buildTag")->setText(m_tag);
        child<QPlainTextEdit>("buildArgs")->setPlainText(QStringLiteral("WHO=the page"));
        QSignalSpy done(m_page.get(), &BuildsPage::buildFinished);
        QTest::mouseClick(child<QPushButton>("startBuild"), Qt::LeftButton);
        QVERIFY(!child<QPushButton>("startBuild")->isEnabled());
        QVERIFY(done.wait(120000));
        QVERIFY2(child<QLabel>("buildStep")->text().startsWith(QLatin1String("Built sha256:")),
                 qPrintable(child<QLabel>("buildStep")->text()));
        QVERIFY(
            child<QPlainTextEdit>("buildLog")->toPlainText().contains(QLatin1String("Step 3/3")));
        QCOMPARE(child<QProgressBar>("buildProgress")->value(),
                 child<QProgressBar>("buildProgress")->maximum());
        QProcess run;
        run.start(QStringLiteral("docker"), {QStringLiteral("run"), QStringLiteral("--rm"), m_tag,
                                             QStringLiteral("cat"), QStringLiteral("/who")});
        QVERIFY(run.waitForFinished(60000));
        QCOMPARE(run.readAllStandardOutput(), QByteArray("built by the page\n"));
        QVERIFY(child<QPushButton>("startBuild")->isEnabled());
    }

    void aFailingStepIsSaidWithItsLine()
    {
        images::BuildRequest request;
        request.contextDir = m_dir.path();
        request.dockerfile = QStringLiteral("Dockerfile.bad");
        request.tags = {m_tag};
        QSignalSpy done(m_page.get(), &BuildsPage::buildFinished);
        m_page->startBuild(request);
        QVERIFY(done.wait(120000));
        const QString banner = child<NoticeBanner>("buildsProblem")->text();
        QVERIFY2(banner.contains(QLatin1String("Dockerfile.bad line 3 (RUN exit 3)")),
                 qPrintable(banner));
        auto *history = child<QTableWidget>("buildHistory");
        QCOMPARE(history->rowCount(), 2);
        QVERIFY(history->item(0, 4)->text().contains(QLatin1String("line 3")));
        QVERIFY(history->item(1, 4)->text().startsWith(QLatin1String("Built")));
    }
};

QTEST_MAIN(TestBuildsPage)
#include "tst_buildspage.moc"
