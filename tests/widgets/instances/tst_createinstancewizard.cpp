#include "blueprints/blueprintcatalog.h"
#include "controlplane/controlplane.h"
#include "engine/enginecatalog.h"
#include "hosts/hostconnections.h"
#include "hosts/hostrepository.h"
#include "instances/blueprintpicker.h"
#include "instances/choicecard.h"
#include "instances/createinstancewizard.h"
#include "instances/creationprogress.h"
#include "instances/instancedetailsform.h"
#include "instances/instanceoperation.h"
#include "instances/instancerepository.h"
#include "instances/instanceservice.h"
#include "instances/jobview.h"
#include "instances/keypairpicker.h"
#include "instances/launchscripteditor.h"
#include "instances/locationpicker.h"
#include "instances/planpicker.h"
#include "instances/reviewsummary.h"
#include "pricing/costrepository.h"
#include "shell/theme.h"
#include "ssh/sshkeygen.h"
#include "testconnections.h"
#include "testsupport.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

using namespace sloop;
using namespace sloop::widgets;

namespace {
constexpr const char *kDebianImage = "sloop-test/debian:bookworm";
}

// Isolated XDG folders and HOME, the locally built Debian image, and a
// control plane whose SSH connections file host keys in a private
// known_hosts (as tests/core/instances/instancetestenv.h does).
class TestCreateInstanceWizard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void everyControlHasAName();
    void windowsIsShownDisabled();
    void planBelowTheBlueprintsMinimumIsDisabled();
    void takenNamesAndBadTagsAreRefused();
    void existingKeyShowsItsFingerprint();
    void launchScriptSavedAsMyBlueprint();
    void reviewShowsPricesAndTheEstimate();
    void clickThroughToARunningInstance();
    void failedCreationOffersRetryAndDelete();

private:
    std::unique_ptr<CreateInstanceWizard> openWizard();
    ChoiceCard *card(QWidget *root, const QString &name);
    void click(QWidget *widget);
    void clickNext(CreateInstanceWizard *wizard);
    void shoot(QWidget *wizard, const QString &name);
    void typeScript(QPlainTextEdit *edit, const QStringList &lines);
    QString awaitJob(instances::InstanceOperation *job, int ms);

    std::unique_ptr<test::IsolatedXdg> m_xdg;
    QTemporaryDir m_home;
    std::unique_ptr<ControlPlane> m_plane;
    QString m_prefix;
};

void TestCreateInstanceWizard::initTestCase()
{
    if (!qEnvironmentVariableIsEmpty("SLOOP_WIZARD_SHOTS"))
        applyTheme(*qApp, themeFromString(qEnvironmentVariable("SLOOP_THEME")));
    m_xdg = std::make_unique<test::IsolatedXdg>();
    qputenv("HOME", m_home.path().toUtf8());
    qunsetenv("SSH_AUTH_SOCK");
    qputenv("SLOOP_INSTANCE_IMAGE", kDebianImage);
    QProcess inspect;
    inspect.start(QStringLiteral("docker"), {QStringLiteral("image"), QStringLiteral("inspect"),
                                             QString::fromLatin1(kDebianImage)});
    QVERIFY2(inspect.waitForFinished(30000) && inspect.exitCode() == 0,
             "the test image sloop-test/debian:bookworm is missing: run scripts/test-services.sh");
    m_plane = std::make_unique<ControlPlane>();
    QVERIFY(m_plane->openStore().ok());
    QVERIFY(m_plane->instances());
    QVERIFY2(m_plane->engines()->find(QStringLiteral("local")), "no local engine");
    test::isolateConnections(m_plane->hostConnections(),
                             m_home.filePath(QStringLiteral("known_hosts")), 15000);
    // Names no other run uses: containers are named like their instances.
    m_prefix = test::uniqueName(QStringLiteral("wiz")).right(8).toLower();
    if (!m_prefix.front().isLetterOrNumber())
        m_prefix.prepend(QLatin1Char('w'));
}

void TestCreateInstanceWizard::cleanup()
{
    // A failed test can leave a modal state behind; nothing is shared.
}

void TestCreateInstanceWizard::cleanupTestCase()
{
    if (!m_plane || !m_plane->instances())
        return;
    if (auto all = m_plane->instances()->instances(); all)
        for (const auto &record : *all)
            if (!record.containerId.isEmpty() || record.kind == instances::InstanceKind::Container)
                QProcess::execute(
                    QStringLiteral("docker"),
                    {QStringLiteral("rm"), QStringLiteral("-f"),
                     record.containerId.isEmpty() ? record.name : record.containerId});
    m_plane.reset();
}

std::unique_ptr<CreateInstanceWizard> TestCreateInstanceWizard::openWizard()
{
    auto wizard = std::make_unique<CreateInstanceWizard>(m_plane.get());
    wizard->resize(1060, 720);
    wizard->show();
    if (!QTest::qWaitForWindowExposed(wizard.get()))
        qWarning("the wizard was not exposed");
    return wizard;
}

ChoiceCard *TestCreateInstanceWizard::card(QWidget *root, const QString &name)
{
    return root->findChild<ChoiceCard *>(name);
}

void TestCreateInstanceWizard::click(QWidget *widget)
{
    QVERIFY(widget);
    QVERIFY2(widget->isVisible(), qPrintable(widget->objectName() + QStringLiteral(" is hidden")));
    // Near the top left: inside a card's frame, on a radio button's mark.
    QTest::mouseClick(widget, Qt::LeftButton, {},
                      QPoint(qMin(10, widget->width() / 2), qMin(12, widget->height() / 2)));
}

void TestCreateInstanceWizard::clickNext(CreateInstanceWizard *wizard)
{
    const auto before = wizard->page();
    QVERIFY2(wizard->nextButton()->isEnabled(),
             qPrintable(QStringLiteral("Next is disabled on page %1").arg(int(before))));
    QTest::mouseClick(wizard->nextButton(), Qt::LeftButton);
    QCOMPARE(int(wizard->page()), int(before) + 1);
}

// SLOOP_WIZARD_SHOTS=DIR: a picture of each page as the test reaches it
// (SLOOP_THEME=dark|light picks the palette), for looking at the pages.
void TestCreateInstanceWizard::shoot(QWidget *wizard, const QString &name)
{
    const QString dir = qEnvironmentVariable("SLOOP_WIZARD_SHOTS");
    if (dir.isEmpty())
        return;
    QApplication::processEvents();
    QVERIFY(wizard->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

void TestCreateInstanceWizard::typeScript(QPlainTextEdit *edit, const QStringList &lines)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(edit, Qt::Key_Return);
        QTest::keyClicks(edit, lines.at(i));
    }
}

QString TestCreateInstanceWizard::awaitJob(instances::InstanceOperation *job, int ms)
{
    if (!job)
        return QStringLiteral("no job");
    if (job->isRunning() && !QTest::qWaitFor([job] { return !job->isRunning(); }, ms))
        return QStringLiteral("the job did not end in time; log:\n") + job->log().right(4000);
    return job->succeeded() ? QString()
                            : job->error() + QStringLiteral("\nlog:\n") + job->log().right(6000);
}

void TestCreateInstanceWizard::everyControlHasAName()
{
    auto wizard = openWizard();
    for (int page = CreateInstanceWizard::WherePage; page <= CreateInstanceWizard::ReviewPage;
         ++page) {
        wizard->showPage(CreateInstanceWizard::Page(page));
        const auto widgets = wizard->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (!w->isVisible() || w->focusPolicy() == Qt::NoFocus ||
                qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
                continue;
            const bool control =
                qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) ||
                qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QAbstractSpinBox *>(w) ||
                qobject_cast<QAbstractItemView *>(w);
            if (!control)
                continue;
            const auto *button = qobject_cast<QAbstractButton *>(w);
            const bool named =
                !w->accessibleName().isEmpty() || (button && !button->text().isEmpty());
            QVERIFY2(named,
                     qPrintable(QStringLiteral("page %1: %2 (%3) has no accessible name")
                                    .arg(page)
                                    .arg(w->objectName(),
                                         QString::fromLatin1(w->metaObject()->className()))));
        }
        // Keyboard: Next is reachable as the default button on each page.
        if (page < CreateInstanceWizard::ReviewPage && wizard->isPageComplete(wizard->page())) {
            QVERIFY(wizard->nextButton()->isDefault());
        }
    }
}

void TestCreateInstanceWizard::windowsIsShownDisabled()
{
    auto wizard = openWizard();
    click(card(wizard.get(), QStringLiteral("engine-local")));
    clickNext(wizard.get());
    ChoiceCard *windows = card(wizard.get(), QStringLiteral("platform-windows"));
    QVERIFY(windows && windows->isVisible());
    QVERIFY(!windows->isEnabled());
    QVERIFY(!windows->toolTip().isEmpty());
    QVERIFY(card(wizard.get(), QStringLiteral("platform-linux"))->isChecked());
}

void TestCreateInstanceWizard::planBelowTheBlueprintsMinimumIsDisabled()
{
    auto wizard = openWizard();
    click(card(wizard.get(), QStringLiteral("engine-local")));
    clickNext(wizard.get());
    clickNext(wizard.get());
    // LAMP needs at least Micro; it is on the "Apps + OS" tab.
    auto *tabs = wizard->findChild<QTabWidget *>(QStringLiteral("blueprintTabs"));
    QVERIFY(tabs);
    tabs->setCurrentIndex(1);
    click(card(wizard.get(), QStringLiteral("blueprint-lamp")));
    QCOMPARE(wizard->blueprintPicker()->blueprint()->id, QStringLiteral("lamp"));
    wizard->showPage(CreateInstanceWizard::PlanPage);
    QCOMPARE(wizard->page(), CreateInstanceWizard::PlanPage);
    ChoiceCard *nano = card(wizard.get(), QStringLiteral("plan-nano"));
    ChoiceCard *micro = card(wizard.get(), QStringLiteral("plan-micro"));
    QVERIFY(nano && micro);
    QVERIFY(!nano->isEnabled());
    QVERIFY2(nano->accessibleDescription().contains(QStringLiteral("needs at least Micro")),
             qPrintable(nano->accessibleDescription()));
    QVERIFY(micro->isEnabled());
    // A click on the disabled card changes nothing; the smallest that fits is picked.
    QTest::mouseClick(nano, Qt::LeftButton);
    QCOMPARE(wizard->planPicker()->plan()->id, QStringLiteral("micro"));
    QVERIFY(micro->accessibleDescription().contains(QStringLiteral("$7/month")));
    // Debian fits in Nano again.
    wizard->showPage(CreateInstanceWizard::BlueprintPage);
    tabs->setCurrentIndex(0);
    click(card(wizard.get(), QStringLiteral("blueprint-debian-12")));
    QVERIFY(nano->isEnabled());
}

void TestCreateInstanceWizard::takenNamesAndBadTagsAreRefused()
{
    const QString taken = m_prefix + QStringLiteral("-taken");
    instances::InstanceRecord record;
    record.name = taken;
    record.location = QStringLiteral("local");
    record.blueprintId = QStringLiteral("debian-12");
    record.planId = QStringLiteral("nano");
    record.state = instances::InstanceState::Stopped;
    QVERIFY(m_plane->instances()->repository().add(record).ok());
    hosts::HostRecord host;
    host.name = m_prefix + QStringLiteral("-host");
    host.address = QStringLiteral("192.0.2.10");
    host.user = QStringLiteral("admin");
    QVERIFY(m_plane->hostRepository()->add(host).ok());

    auto wizard = openWizard();
    click(card(wizard.get(), QStringLiteral("engine-local")));
    wizard->showPage(CreateInstanceWizard::DetailsPage);
    QCOMPARE(wizard->page(), CreateInstanceWizard::DetailsPage);
    auto *name = wizard->findChild<QLineEdit *>(QStringLiteral("instanceName"));
    auto *tags = wizard->findChild<QLineEdit *>(QStringLiteral("instanceTags"));
    auto *error = wizard->findChild<QLabel *>(QStringLiteral("instanceDetailsError"));
    QVERIFY(name && tags && error);
    // A name is suggested from the blueprint.
    QVERIFY2(name->text().startsWith(QStringLiteral("debian-12-")), qPrintable(name->text()));
    QVERIFY(wizard->nextButton()->isEnabled());

    name->clear();
    QTest::keyClicks(name, taken.toUpper()); // names are compared without case
    QVERIFY(!wizard->nextButton()->isEnabled());
    QVERIFY2(error->text().contains(QStringLiteral("taken")), qPrintable(error->text()));
    QVERIFY(error->isVisible());

    // An SSH host's name would clash with the container's login host.
    name->clear();
    QTest::keyClicks(name, host.name);
    QVERIFY(!wizard->nextButton()->isEnabled());

    name->clear();
    QTest::keyClicks(name, QStringLiteral("bad name;rm"));
    QVERIFY(!wizard->nextButton()->isEnabled());
    QVERIFY(error->text().contains(QStringLiteral("cannot be an instance name")));

    name->clear();
    QTest::keyClicks(name, m_prefix + QStringLiteral("-free"));
    QVERIFY(wizard->nextButton()->isEnabled());
    QTest::keyClicks(tags, QStringLiteral("prod, team=web, $(boom)"));
    QVERIFY(!wizard->nextButton()->isEnabled());
    QVERIFY(error->text().contains(QStringLiteral("cannot be a tag")));
    tags->clear();
    QTest::keyClicks(tags, QStringLiteral("prod, team=web"));
    QVERIFY(wizard->nextButton()->isEnabled());

    // Count: "name-1" taken makes a count of 2 refused.
    name->clear();
    QTest::keyClicks(name, taken.chopped(6)); // m_prefix
    auto *count =
        wizard->detailsForm()->findChild<QAbstractSpinBox *>(QStringLiteral("instanceCount"));
    QVERIFY(count);
    QVERIFY(wizard->nextButton()->isEnabled());
    QCOMPARE(wizard->detailsForm()->names(), QStringList{m_prefix});

    QVERIFY(m_plane->instances()->repository().remove(taken).ok());
    QVERIFY(m_plane->hostRepository()->remove(host.name).ok());
}

void TestCreateInstanceWizard::existingKeyShowsItsFingerprint()
{
    const QString keyFile = m_home.filePath(QStringLiteral("own_key"));
    const auto pair = ssh::generateEd25519KeyPair(keyFile, QStringLiteral("test"));
    QVERIFY2(pair.ok(), qPrintable(pair.error()));
    auto wizard = openWizard();
    click(card(wizard.get(), QStringLiteral("engine-local")));
    wizard->showPage(CreateInstanceWizard::KeyPage);
    QCOMPARE(wizard->page(), CreateInstanceWizard::KeyPage);
    QVERIFY(wizard->findChild<QRadioButton *>(QStringLiteral("keyGenerate"))->isChecked());
    QVERIFY(wizard->nextButton()->isEnabled());
    // Where SSH will answer: this machine's engine publishes it on loopback.
    auto *reach = wizard->findChild<QLabel *>(QStringLiteral("keyReachNote"));
    QVERIFY(reach && reach->isVisible());
    QVERIFY2(reach->text().contains(QStringLiteral("127.0.0.1")), qPrintable(reach->text()));
    shoot(wizard.get(), QStringLiteral("key"));
    click(wizard->findChild<QRadioButton *>(QStringLiteral("keyExisting")));
    QVERIFY(!wizard->nextButton()->isEnabled()); // no file yet
    auto *file = wizard->findChild<QLineEdit *>(QStringLiteral("keyFile"));
    QTest::keyClicks(file, keyFile);
    auto *print = wizard->findChild<QLabel *>(QStringLiteral("keyFingerprint"));
    QTRY_VERIFY2(print->text().contains(pair->fingerprint), qPrintable(print->text()));
    QVERIFY(wizard->nextButton()->isEnabled());
    QCOMPARE(wizard->request().keyFile, keyFile);
    QTest::keyClicks(file, QStringLiteral("-missing"));
    QTRY_VERIFY(!print->text().contains(pair->fingerprint));
    QVERIFY(!wizard->nextButton()->isEnabled());
}

void TestCreateInstanceWizard::launchScriptSavedAsMyBlueprint()
{
    auto wizard = openWizard();
    click(card(wizard.get(), QStringLiteral("engine-local")));
    wizard->showPage(CreateInstanceWizard::LaunchScriptPage);
    QCOMPARE(wizard->page(), CreateInstanceWizard::LaunchScriptPage);
    LaunchScriptEditor *editor = wizard->launchScriptEditor();
    typeScript(editor->editor(), {QStringLiteral("#cloud-config"), QStringLiteral("packages:"),
                                  QStringLiteral("  - htop")});
    QVERIFY(editor->isValid());
    editor->setNameHook([] { return QStringLiteral("Wizard Tools"); });
    click(wizard->findChild<QPushButton *>(QStringLiteral("saveAsBlueprint")));
    QVERIFY(m_plane->instances()->blueprints().find(QStringLiteral("wizard-tools")));
    ChoiceCard *own = card(wizard.get(), QStringLiteral("blueprint-wizard-tools"));
    QVERIFY(own);
    QCOMPARE(own->title(), QStringLiteral("Wizard Tools"));
    // The chosen blueprint stays chosen.
    QCOMPARE(wizard->blueprintPicker()->blueprint()->id, QStringLiteral("debian-12"));
}

void TestCreateInstanceWizard::reviewShowsPricesAndTheEstimate()
{
    auto wizard = openWizard();
    click(card(wizard.get(), QStringLiteral("engine-local")));
    wizard->detailsForm()->setName(m_prefix + QStringLiteral("-review"));
    wizard->showPage(CreateInstanceWizard::ReviewPage);
    QCOMPARE(wizard->page(), CreateInstanceWizard::ReviewPage);
    auto *price = wizard->findChild<QLabel *>(QStringLiteral("reviewPrice"));
    auto *estimate = wizard->findChild<QLabel *>(QStringLiteral("reviewEstimate"));
    QVERIFY(price->text().contains(QStringLiteral("$5/month")));
    QVERIFY2(estimate->text().contains(QStringLiteral("sloop costs set local")),
             qPrintable(estimate->text()));
    // The default alarms are offered on the review page, ticked.
    auto *alarms = wizard->findChild<QCheckBox *>(QStringLiteral("createDefaultAlarms"));
    QVERIFY(alarms && alarms->isVisible() && alarms->isChecked());
    QVERIFY(wizard->createDefaultAlarms());
    alarms->click();
    QVERIFY(!wizard->createDefaultAlarms());
    alarms->click();

    // With a stated cost, the estimate is the plan's memory share of it.
    pricing::HostCost cost;
    cost.location = QStringLiteral("local");
    cost.monthlyCents = 100000; // $1,000: big enough that the share is never 0
    QVERIFY(m_plane->instances()->costs().set(cost).ok());
    wizard->showPage(CreateInstanceWizard::DetailsPage);
    auto *count = wizard->findChild<QAbstractSpinBox *>(QStringLiteral("instanceCount"));
    count->setFocus();
    QTest::keyClick(count, Qt::Key_Up);
    QCOMPARE(wizard->detailsForm()->count(), 2);
    wizard->showPage(CreateInstanceWizard::ReviewPage);
    QVERIFY2(price->text().contains(QStringLiteral("$5/month × 2 = $10/month")),
             qPrintable(price->text()));
    QTRY_VERIFY2_WITH_TIMEOUT(estimate->text().contains(QStringLiteral("memory, a share")),
                              qPrintable(estimate->text()), 15000);
    QVERIFY(estimate->text().contains(QStringLiteral("each")));
    QVERIFY(m_plane->instances()->costs().remove(QStringLiteral("local")).ok());
}

void TestCreateInstanceWizard::clickThroughToARunningInstance()
{
    auto wizard = openWizard();
    QSignalSpy created(wizard.get(), &CreateInstanceWizard::instancesCreated);
    // Where: the local engine, a system container.
    click(card(wizard.get(), QStringLiteral("engine-local")));
    QCOMPARE(wizard->request().kind, instances::InstanceKind::Container);
    shoot(wizard.get(), QStringLiteral("1-where"));
    clickNext(wizard.get());
    shoot(wizard.get(), QStringLiteral("2-platform"));
    // Platform: Linux.
    clickNext(wizard.get());
    // Blueprint: Debian 12, OS only.
    click(card(wizard.get(), QStringLiteral("blueprint-debian-12")));
    shoot(wizard.get(), QStringLiteral("3-blueprint"));
    wizard->findChild<QTabWidget *>(QStringLiteral("blueprintTabs"))->setCurrentIndex(1);
    shoot(wizard.get(), QStringLiteral("3-blueprint-apps"));
    wizard->findChild<QTabWidget *>(QStringLiteral("blueprintTabs"))->setCurrentIndex(0);
    clickNext(wizard.get());
    // Launch script: a module Sloop does not apply is listed by line; Next waits.
    QPlainTextEdit *edit = wizard->findChild<QPlainTextEdit *>(QStringLiteral("launchScript"));
    typeScript(edit, {QStringLiteral("#cloud-config"), QStringLiteral("runcmd:"),
                      QStringLiteral("  - echo made-by-the-wizard > /root/wizard.txt"),
                      QStringLiteral("snap:"), QStringLiteral("  commands: [ls]")});
    auto *problems = wizard->findChild<QListWidget *>(QStringLiteral("launchScriptProblems"));
    QVERIFY(problems->isVisible());
    QVERIFY(problems->count() >= 1);
    QVERIFY2(problems->item(0)->text().startsWith(QStringLiteral("Line 4")),
             qPrintable(problems->item(0)->text()));
    QVERIFY(!wizard->nextButton()->isEnabled());
    shoot(wizard.get(), QStringLiteral("4-script-problem"));
    // Fixed: the problem goes, Next comes back.
    typeScript(edit, {QStringLiteral("#cloud-config"), QStringLiteral("runcmd:"),
                      QStringLiteral("  - echo made-by-the-wizard > /root/wizard.txt")});
    QVERIFY(!problems->isVisible());
    QVERIFY(wizard->nextButton()->isEnabled());
    shoot(wizard.get(), QStringLiteral("4-script"));
    clickNext(wizard.get());
    // SSH key: a new key pair (the default).
    QCOMPARE(wizard->request().keyFile, QString());
    shoot(wizard.get(), QStringLiteral("5-key"));
    clickNext(wizard.get());
    // Plan: Nano.
    click(card(wizard.get(), QStringLiteral("plan-nano")));
    QCOMPARE(wizard->planPicker()->plan()->id, QStringLiteral("nano"));
    shoot(wizard.get(), QStringLiteral("6-plan"));
    clickNext(wizard.get());
    // Name and tags.
    const QString name = m_prefix + QStringLiteral("-web");
    auto *nameEdit = wizard->findChild<QLineEdit *>(QStringLiteral("instanceName"));
    nameEdit->selectAll();
    QTest::keyClicks(nameEdit, name);
    QTest::keyClicks(wizard->findChild<QLineEdit *>(QStringLiteral("instanceTags")),
                     QStringLiteral("wizard, team=web"));
    shoot(wizard.get(), QStringLiteral("7-details"));
    clickNext(wizard.get());
    // Review: everything chosen, with the price.
    QCOMPARE(wizard->page(), CreateInstanceWizard::ReviewPage);
    QCOMPARE(wizard->findChild<QLabel *>(QStringLiteral("review-names"))->text(), name);
    QVERIFY(wizard->findChild<QLabel *>(QStringLiteral("review-blueprint"))
                ->text()
                .contains(QStringLiteral("Debian 12")));
    QVERIFY(wizard->findChild<QLabel *>(QStringLiteral("reviewPrice"))
                ->text()
                .contains(QStringLiteral("$5/month")));
    QVERIFY(wizard->createButton()->isVisible());
    QVERIFY(!wizard->nextButton()->isVisible());
    shoot(wizard.get(), QStringLiteral("8-review"));
    QTest::mouseClick(wizard->createButton(), Qt::LeftButton);
    QVERIFY2(wizard->messageText().isEmpty(), qPrintable(wizard->messageText()));
    QCOMPARE(wizard->page(), CreateInstanceWizard::ProgressPage);
    QCOMPARE(created.size(), 1);
    QCOMPARE(created.at(0).at(0).toStringList(), QStringList{name});
    QVERIFY(!wizard->backButton()->isVisible());

    CreationProgress *progress = wizard->progress();
    QCOMPARE(progress->count(), 1);
    JobView *view = progress->view(0);
    instances::InstanceOperation *job = view->operation();
    QVERIFY(job);
    QVERIFY(wizard->findChild<QPushButton *>(QStringLiteral("progressCancel"))->isVisible());
    const QString error = awaitJob(job, 300000);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(view->statusText().contains(QStringLiteral("done")), qPrintable(view->statusText()));
    // Every step shows as done, with the time it took.
    QTreeWidget *steps = view->stepList();
    QVERIFY(steps->topLevelItemCount() >= 3);
    for (int i = 0; i < steps->topLevelItemCount(); ++i) {
        const instances::InstanceOperation::Step step = job->steps().at(i);
        QVERIFY(step.state == instances::InstanceOperation::Succeeded ||
                step.state == instances::InstanceOperation::Skipped);
        QVERIFY(!steps->topLevelItem(i)->icon(0).isNull());
    }
    QVERIFY(!steps->topLevelItem(0)->text(1).isEmpty());
    shoot(wizard.get(), QStringLiteral("9-progress-done"));
    QVERIFY(!wizard->findChild<QPushButton *>(QStringLiteral("progressCancel"))->isVisible());
    QVERIFY(!wizard->findChild<QPushButton *>(QStringLiteral("progressRetry"))->isVisible());

    const auto record = m_plane->instances()->find(name);
    QVERIFY(record && record->has_value());
    QCOMPARE(record->value().state, instances::InstanceState::Running);
    QCOMPARE(record->value().tags,
             (QStringList{QStringLiteral("team=web"), QStringLiteral("wizard")}));
    QVERIFY(QFileInfo::exists(QDir(instances::InstanceService::keysDir()).filePath(name)));
    // The launch script ran inside the container.
    QProcess cat;
    cat.start(QStringLiteral("docker"),
              {QStringLiteral("exec"), record->value().containerId, QStringLiteral("cat"),
               QStringLiteral("/root/wizard.txt")});
    QVERIFY(cat.waitForFinished(30000));
    QCOMPARE(cat.readAllStandardOutput().trimmed(), QByteArray("made-by-the-wizard"));
    QTest::mouseClick(wizard->findChild<QPushButton *>(QStringLiteral("wizardClose")),
                      Qt::LeftButton);
    QVERIFY(!wizard->isVisible());
}

void TestCreateInstanceWizard::failedCreationOffersRetryAndDelete()
{
    auto wizard = openWizard();
    click(card(wizard.get(), QStringLiteral("engine-local")));
    wizard->blueprintPicker()->setBlueprint(QStringLiteral("debian-12"));
    wizard->launchScriptEditor()->setScript(
        "#cloud-config\nruncmd:\n  - echo about to fail\n  - exit 3\n");
    const QString name = m_prefix + QStringLiteral("-fails");
    wizard->detailsForm()->setName(name);
    wizard->showPage(CreateInstanceWizard::ReviewPage);
    QCOMPARE(wizard->page(), CreateInstanceWizard::ReviewPage);
    QTest::mouseClick(wizard->createButton(), Qt::LeftButton);
    QCOMPARE(wizard->page(), CreateInstanceWizard::ProgressPage);
    JobView *view = wizard->progress()->view(0);
    instances::InstanceOperation *job = view->operation();
    QVERIFY(!awaitJob(job, 300000).isEmpty());
    QVERIFY(!job->isRunning());
    QVERIFY2(view->statusText().contains(QStringLiteral("failed")), qPrintable(view->statusText()));
    // The failed step is shown with its log.
    QVERIFY(view->stepList()->currentItem());
    QCOMPARE(view->stepList()->indexOfTopLevelItem(view->stepList()->currentItem()),
             job->failedStep());
    QVERIFY2(view->logView()->toPlainText().contains(QStringLiteral("exit status 3")),
             qPrintable(view->logView()->toPlainText()));
    auto *retry = wizard->findChild<QPushButton *>(QStringLiteral("progressRetry"));
    auto *remove = wizard->findChild<QPushButton *>(QStringLiteral("progressDelete"));
    QVERIFY(retry->isVisible() && remove->isVisible());
    shoot(wizard.get(), QStringLiteral("9-progress-failed"));
    auto record = m_plane->instances()->find(name);
    QCOMPARE(record->value().state, instances::InstanceState::Failed);

    // Retry runs again from the failed step (and fails again the same way).
    QTest::mouseClick(retry, Qt::LeftButton);
    instances::InstanceOperation *again = view->operation();
    QVERIFY(again && again != job);
    QVERIFY(!awaitJob(again, 300000).isEmpty());
    QVERIFY(retry->isVisible());

    // Delete removes it, container and record.
    QTest::mouseClick(remove, Qt::LeftButton);
    instances::InstanceOperation *removal = view->operation();
    QVERIFY(removal && removal->action() == QLatin1String("delete"));
    const QString error = awaitJob(removal, 120000);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    record = m_plane->instances()->find(name);
    QVERIFY(record && !record->has_value());
    QVERIFY(!retry->isVisible() && !remove->isVisible());
}

QTEST_MAIN(TestCreateInstanceWizard)
#include "tst_createinstancewizard.moc"
