#include "../../core/ssh/netnstestenv.h"
#include "../../core/ssh/sshtestsession.h"
#include "commandlog/commandlog.h"
#include "controlplane/controlplane.h"
#include "hosts/hostconnections.h"
#include "hosts/hostdialog.h"
#include "hosts/hostlistmodel.h"
#include "hosts/hostoverview.h"
#include "hosts/hostrepository.h"
#include "hosts/hostspage.h"
#include "hosts/hostterminalpane.h"
#include "hosts/sshconfigimportdialog.h"
#include "instances/instanceservice.h"
#include "ssh/knownhosts.h"
#include "terminal/terminalscreen.h"
#include "terminal/terminaltabs.h"
#include "terminal/terminalwidget.h"
#include "testsupport.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QPoint>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace sloop;
using namespace sloop::widgets;
using hosts::HostStatus;

using test::fingerprintOfPubFile;

class TestHostsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void emptyStateOffersToAdd();
    void addHostAsksToTrustTheKeyThenShowsFacts();
    void changedKeyIsRefusedUntilForgotten();
    void reachabilitySaysWhy_data();
    void reachabilitySaysWhy();
    void terminalTabColoursLandInTheRightCells();
    void dialogRejectsBadInputAndKeepsIt();
    void editAndRemove();
    void tagFilterShowsAGroup();
    void importFromSshConfig();
    void hostBehindAJumpHost();

private:
    HostStatus waitForCheck(const QString &name, int ms = 30000);
    void addThroughDialog(const hosts::HostRecord &record);

    std::unique_ptr<test::IsolatedXdg> m_xdg;
    QTemporaryDir m_home;
    test::SshTestEnv m_env;
    std::unique_ptr<ControlPlane> m_plane;
    std::unique_ptr<HostsPage> m_page;
    QStringList m_trustAsked;
    QStringList m_trustHops; // the jump host each question was about ("" the host itself)
    QList<ssh::SshError> m_forgetAsked;
    bool m_trustAnswer = true;
    bool m_forgetAnswer = false;
    QString m_password;
};

void TestHostsPage::initTestCase()
{
    const Result<test::SshTestEnv> env = test::loadSshTestEnv();
    QVERIFY2(env.ok(), qPrintable(env.error()));
    m_env = *env;
    m_xdg = std::make_unique<test::IsolatedXdg>();
    // known_hosts lives under $HOME/.ssh: a fresh one for this run.
    qputenv("HOME", m_home.path().toUtf8());
    qunsetenv("SSH_AUTH_SOCK");
    m_plane = std::make_unique<ControlPlane>();
    QVERIFY(m_plane->openStore().ok());
    m_plane->hostConnections()->setSecretPrompt(
        [this](const QString &, const QString &) -> std::optional<QString> {
            if (m_password.isEmpty())
                return std::nullopt;
            return m_password;
        });
    m_page = std::make_unique<HostsPage>(m_plane.get());
    m_page->resize(1100, 700);
    m_page->show();
    m_page->setTrustHook([this](const QString &host, const ssh::SshError &e) {
        m_trustAsked.append(host);
        m_trustHops.append(e.hop);
        return m_trustAnswer;
    });
    m_page->setForgetHook([this](const QString &, const ssh::SshError &e) {
        m_forgetAsked.append(e);
        return m_forgetAnswer;
    });
    static widgets::AnsweringPrompter yes([](const widgets::Confirmation &) { return true; });
    m_page->setPrompter(&yes);
}

HostStatus TestHostsPage::waitForCheck(const QString &name, int ms)
{
    HostStatus st;
    (void)QTest::qWaitFor(
        [&] {
            st = m_plane->hostConnections()->status(name);
            return st.state == HostStatus::Online || st.state == HostStatus::Unreachable;
        },
        ms);
    return st;
}

void TestHostsPage::addThroughDialog(const hosts::HostRecord &record)
{
    m_page->setDialogHook([record](HostDialog *dialog) {
        dialog->setFields(record);
        dialog->accept();
    });
    m_page->addHost();
    m_page->setDialogHook({});
}

void TestHostsPage::emptyStateOffersToAdd()
{
    QCOMPARE(m_page->model()->rowCount(), 0);
    auto *empty = m_page->findChild<QWidget *>(QStringLiteral("hostsEmptyState"));
    QVERIFY(empty);
    QVERIFY(empty->isVisible());
    QVERIFY(m_page->findChild<QPushButton *>(QStringLiteral("emptyAddHostButton"))->isVisible());
}

void TestHostsPage::addHostAsksToTrustTheKeyThenShowsFacts()
{
    hosts::HostRecord r;
    r.name = QStringLiteral("loop");
    r.address = m_env.host;
    r.port = m_env.port;
    r.user = m_env.user;
    r.identityFiles = {m_env.key};
    r.tags = {QStringLiteral("lab")};
    addThroughDialog(r);
    QCOMPARE(m_page->model()->rowCount(), 1);
    QCOMPARE(m_page->currentHost()->name, QStringLiteral("loop"));

    // First check: unknown key → the trust question → accepted → online.
    QTRY_COMPARE_WITH_TIMEOUT(m_trustAsked.size(), 1, 30000);
    QCOMPARE(m_trustAsked.first(), QStringLiteral("loop"));
    QTRY_COMPARE_WITH_TIMEOUT(m_plane->hostConnections()->status(QStringLiteral("loop")).state,
                              HostStatus::Online, 30000);
    const HostStatus st = m_plane->hostConnections()->status(QStringLiteral("loop"));
    QCOMPARE(st.fingerprint, fingerprintOfPubFile(m_env.hostKey + QStringLiteral(".pub")));
    QVERIFY(QFile::exists(m_home.path() + QStringLiteral("/.ssh/known_hosts")));

    HostOverview *o = m_page->overview();
    QVERIFY2(o->bannerText().contains(QStringLiteral("Online")), qPrintable(o->bannerText()));
    QVERIFY2(o->factText(QStringLiteral("factKernel")).startsWith(QStringLiteral("Linux")),
             qPrintable(o->factText(QStringLiteral("factKernel"))));
    QVERIFY(o->factText(QStringLiteral("factCpus")).toInt() >= 1);
    QVERIFY(o->factText(QStringLiteral("factMemory")).contains(QStringLiteral(" of ")));
    QVERIFY(!st.facts.disks.isEmpty());
    QVERIFY(st.facts.docker.has_value());
    const QModelIndex status = m_page->model()->index(0, models::HostListModel::Status);
    QCOMPARE(status.data().toString(), QStringLiteral("Online"));

    // Checking again reuses the trusted key: no second question.
    m_page->checkHost();
    QCOMPARE(waitForCheck(QStringLiteral("loop")).state, HostStatus::Online);
    QCOMPARE(m_trustAsked.size(), 1);

    // What it costs a month, set here as with `sloop costs set loop 12.50`.
    QVERIFY2(o->factText(QStringLiteral("factCost")).startsWith(QStringLiteral("not stated")),
             qPrintable(o->factText(QStringLiteral("factCost"))));
    m_page->setCostPrompt([](const QString &location, const std::optional<pricing::HostCost> &) {
        pricing::HostCost cost;
        cost.location = location;
        cost.monthlyCents = 1250;
        cost.currency = QStringLiteral("EUR");
        return std::optional<pricing::HostCost>(cost);
    });
    auto *setCost = o->findChild<QPushButton *>(QStringLiteral("setHostCostButton"));
    QVERIFY(setCost);
    QCOMPARE(setCost->text(), QStringLiteral("Set what it costs…"));
    setCost->click();
    QVERIFY2(o->factText(QStringLiteral("factCost")).contains(QStringLiteral("12.50")),
             qPrintable(o->factText(QStringLiteral("factCost"))));
    QCOMPARE(setCost->text(), QStringLiteral("Change what it costs…"));
    const auto stored = m_plane->instances()->costs().find(QStringLiteral("loop"));
    QVERIFY(stored.ok() && stored->has_value());
    QCOMPARE(stored->value().currency, QStringLiteral("EUR"));
}

void TestHostsPage::changedKeyIsRefusedUntilForgotten()
{
    // Record the main server's key for the alternate server's address: when
    // it answers with its own key, that is a changed key.
    QVERIFY(test::writeKnownHosts(m_home.path() + QStringLiteral("/.ssh/known_hosts"),
                                  m_env.hostKey, {{m_env.host, m_env.altPort}}));

    m_trustAsked.clear();
    m_forgetAsked.clear();
    m_forgetAnswer = false;
    hosts::HostRecord r;
    r.name = QStringLiteral("alt");
    r.address = m_env.host;
    r.port = m_env.altPort;
    r.user = m_env.user;
    r.identityFiles = {m_env.key};
    addThroughDialog(r);
    QTRY_COMPARE_WITH_TIMEOUT(m_forgetAsked.size(), 1, 30000);
    const ssh::SshError e = m_forgetAsked.first();
    QCOMPARE(e.kind, ssh::SshError::HostKeyChanged);
    QCOMPARE(e.expectedFingerprint, fingerprintOfPubFile(m_env.hostKey + QStringLiteral(".pub")));
    QCOMPARE(e.fingerprint, fingerprintOfPubFile(m_env.altHostKey + QStringLiteral(".pub")));
    QVERIFY(e.message.contains(e.fingerprint));

    // Declined: still refused, and the banner offers only forgetting.
    const HostStatus st = m_plane->hostConnections()->status(QStringLiteral("alt"));
    QCOMPARE(st.state, HostStatus::Unreachable);
    QVERIFY(m_page->overview()->bannerText().contains(QStringLiteral("Host key changed")));
    auto *forget = m_page->overview()->findChild<QPushButton *>(QStringLiteral("forgetKeyButton"));
    QVERIFY(forget->isVisible());
    QVERIFY(!m_page->overview()
                 ->findChild<QPushButton *>(QStringLiteral("trustKeyButton"))
                 ->isVisible());
    QVERIFY(m_trustAsked.isEmpty());

    // Forget (explicitly) → unknown → trust → online; the log has the act.
    m_forgetAnswer = true;
    forget->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_trustAsked.size(), 1, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(m_plane->hostConnections()->status(QStringLiteral("alt")).state,
                              HostStatus::Online, 30000);
    bool logged = false;
    for (const CommandLogEntry &entry : m_plane->commandLog()->recent())
        logged |= entry.target == QLatin1String("alt") &&
                  entry.call.startsWith(QLatin1String("ssh-keygen -R"));
    QVERIFY(logged);
}

void TestHostsPage::reachabilitySaysWhy_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("label");
    QTest::newRow("dns") << QStringLiteral("no-such-host.invalid") << 22 << QString()
                         << int(ssh::SshError::Dns) << QStringLiteral("Name not found");
    QTest::newRow("refused") << QStringLiteral("127.0.0.1") << 1 << QString()
                             << int(ssh::SshError::Refused) << QStringLiteral("Connection refused");
    QTest::newRow("auth") << QStringLiteral("127.0.0.1") << -1 << QStringLiteral("wrong-password")
                          << int(ssh::SshError::Auth) << QStringLiteral("Authentication failed");
}

void TestHostsPage::reachabilitySaysWhy()
{
    QFETCH(QString, address);
    QFETCH(int, port);
    QFETCH(QString, password);
    QFETCH(int, kind);
    QFETCH(QString, label);
    m_password = password;
    hosts::HostRecord r;
    r.name = QStringLiteral("why-") + QString::fromLatin1(QTest::currentDataTag());
    r.address = address;
    r.port = port < 0 ? m_env.port : port;
    r.user = m_env.user;
    addThroughDialog(r);
    const HostStatus st = waitForCheck(r.name);
    m_password.clear();
    QCOMPARE(st.state, HostStatus::Unreachable);
    QVERIFY(st.error);
    QCOMPARE(int(st.error->kind), kind);
    QCOMPARE(hosts::reachabilityLabel(st), label);
    QVERIFY(m_page->overview()->bannerText().contains(label));
    // The reason's sentence names the host or address.
    QVERIFY2(st.error->message.contains(r.name) || st.error->message.contains(address),
             qPrintable(st.error->message));
    if (kind == ssh::SshError::Auth)
        QVERIFY2(st.error->methodsTried.join(QLatin1Char(' ')).contains(QLatin1String("password")),
                 qPrintable(st.error->methodsTried.join(QLatin1Char(' '))));
}

void TestHostsPage::terminalTabColoursLandInTheRightCells()
{
    QVERIFY(m_page->selectHost(QStringLiteral("loop")));
    // Built when its tab is first shown.
    QTabWidget *tabs = m_page->detailTabs();
    int terminalTab = -1;
    for (int i = 0; i < tabs->count(); ++i)
        if (tabs->tabText(i) == QLatin1String("Terminal"))
            terminalTab = i;
    QVERIFY(terminalTab > 0);
    QVERIFY(!tabs->widget(terminalTab)->findChild<HostTerminalPane *>());
    tabs->setCurrentIndex(terminalTab);
    auto *pane = tabs->widget(terminalTab)->findChild<HostTerminalPane *>();
    QVERIFY(pane);
    pane->findChild<QPushButton *>(QStringLiteral("openShellButton"))->click();
    QCOMPARE(pane->tabs()->count(), 1);
    TerminalWidget *t = pane->tabs()->currentTerminal();
    const TerminalScreen *screen = t->screen();
    // Where `text` is printed as output (not where the typed command echoes
    // it): keys typed before the prompt appears echo ahead of it.
    auto find = [screen](const QString &text) -> QPoint {
        for (int row = 0; row < screen->rows(); ++row) {
            const QString line = screen->lineText(row);
            if (line.contains(QLatin1String("printf")) || line.contains(QLatin1String("stty")))
                continue;
            const qsizetype col = line.indexOf(text);
            if (col >= 0)
                return QPoint(int(col), row);
        }
        return QPoint(-1, -1);
    };
    // The remote shell prints green text, then plain text; the escape codes
    // must become colours in exactly those cells.
    QTest::keyClicks(t, QStringLiteral("printf '\\033[32mGREEN\\033[0m-plain\\n'"));
    QTest::keyClick(t, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(find(QStringLiteral("GREEN-plain")).y() >= 0, 15000);
    const QPoint at = find(QStringLiteral("GREEN-plain"));
    for (int i = 0; i < 5; ++i) {
        const TerminalCell c = screen->cell(at.y(), at.x() + i);
        QCOMPARE(c.text, QString(QStringLiteral("GREEN").at(i)));
        QCOMPARE(c.foreground, screen->paletteColor(2));
    }
    for (int i = 5; i < 11; ++i)
        QVERIFY(screen->cell(at.y(), at.x() + i).defaultForeground);
    // The PTY follows the widget's grid (the resize travels to sshd on its
    // own, so ask again if the first answer predates it).
    const QString size = QStringLiteral("%1 %2").arg(screen->rows()).arg(screen->columns());
    for (int attempt = 0; attempt < 3 && find(size).y() < 0; ++attempt) {
        QTest::keyClicks(t, QStringLiteral("clear; stty size"));
        QTest::keyClick(t, Qt::Key_Return);
        (void)QTest::qWaitFor([&] { return find(size).y() >= 0; }, 5000);
    }
    QVERIFY2(find(size).y() >= 0, qPrintable(size));
    pane->tabs()->closeTab(0);
    QCOMPARE(pane->tabs()->count(), 0);
}

void TestHostsPage::dialogRejectsBadInputAndKeepsIt()
{
    hosts::HostRepository *repo = m_plane->hostRepository();
    HostDialog dialog(std::nullopt, [repo](const hosts::HostRecord &h) { return repo->add(h); });
    hosts::HostRecord bad;
    bad.name = QStringLiteral("web; rm -rf /");
    bad.address = QStringLiteral("example.com");
    dialog.setFields(bad);
    QVERIFY(!dialog.errorText().isEmpty());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    // A name that is taken: the store's error shows, the fields stay.
    hosts::HostRecord taken;
    taken.name = QStringLiteral("LOOP");
    taken.address = QStringLiteral("example.com");
    dialog.setFields(taken);
    dialog.accept();
    QVERIFY2(!dialog.errorText().isEmpty(), "a duplicate name must be reported");
    QCOMPARE(dialog.record().name, QStringLiteral("LOOP"));
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TestHostsPage::editAndRemove()
{
    QVERIFY(m_page->selectHost(QStringLiteral("loop")));
    m_page->setDialogHook([](HostDialog *dialog) {
        hosts::HostRecord r = dialog->record();
        r.name = QStringLiteral("loop-renamed");
        r.tags = {QStringLiteral("lab"), QStringLiteral("eu")};
        dialog->setFields(r);
        dialog->accept();
    });
    m_page->editHost();
    m_page->setDialogHook({});
    QCOMPARE(m_page->currentHost()->name, QStringLiteral("loop-renamed"));
    QCOMPARE(m_page->model()->rowOfKey(QStringLiteral("loop")), -1);
    QCOMPARE(waitForCheck(QStringLiteral("loop-renamed")).state, HostStatus::Online);

    const int before = m_page->model()->rowCount();
    m_page->removeHost();
    QCOMPARE(m_page->model()->rowCount(), before - 1);
    QVERIFY(!m_plane->hostRepository()->find(QStringLiteral("loop-renamed"))->has_value());
}

void TestHostsPage::tagFilterShowsAGroup()
{
    hosts::HostRecord r;
    r.name = QStringLiteral("tagged");
    r.address = QStringLiteral("127.0.0.1");
    r.port = 1;
    r.tags = {QStringLiteral("prod")};
    addThroughDialog(r);
    auto *combo = m_page->findChild<QComboBox *>(QStringLiteral("hostTagFilter"));
    QVERIFY(combo);
    const int index = combo->findData(QStringLiteral("prod"));
    QVERIFY(index > 0);
    combo->setCurrentIndex(index);
    QCOMPARE(m_page->view()->model()->rowCount(), 1);
    combo->setCurrentIndex(0);
    QCOMPARE(m_page->view()->model()->rowCount(), m_page->model()->rowCount());
}

void TestHostsPage::importFromSshConfig()
{
    const QString file = m_home.filePath(QStringLiteral("ssh_config_for_import"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("Host imported-web\n  HostName %1\n  Port %2\n  User %3\n"
                           "  IdentityFile %4\n\nHost *.internal\n  User ops\n")
                .arg(m_env.host)
                .arg(m_env.port)
                .arg(m_env.user, m_env.key)
                .toUtf8());
    f.close();
    QStringList found, skipped;
    m_page->setImportHook([&](SshConfigImportDialog *dialog) {
        for (int i = 0; i < dialog->hostsView()->topLevelItemCount(); ++i)
            found.append(dialog->hostsView()->topLevelItem(i)->text(0));
        for (int i = 0; i < dialog->skippedView()->topLevelItemCount(); ++i)
            skipped.append(dialog->skippedView()->topLevelItem(i)->text(0));
        dialog->accept();
    });
    m_page->importSshConfig(file);
    QCOMPARE(found, QStringList{QStringLiteral("imported-web")});
    QVERIFY2(skipped.contains(QStringLiteral("*.internal")), qPrintable(skipped.join(',')));
    QVERIFY(m_page->model()->rowOfKey(QStringLiteral("imported-web")) >= 0);
    QCOMPARE(m_page->currentHost()->name, QStringLiteral("imported-web"));
    QCOMPARE(m_page->currentHost()->port, int(m_env.port));
    // Its key is already trusted from the first test: it comes online.
    QCOMPARE(waitForCheck(QStringLiteral("imported-web")).state, HostStatus::Online);
}

// Added in the dialog with a jump host that is itself a host here: the
// jump host's key is asked about first (as the jump host's), then the
// target's; the overview shows the route; a terminal opens on the host
// behind (its sshd sees the jump host's side of their link).
void TestHostsPage::hostBehindAJumpHost()
{
    const auto jumpEnv = test::loadJumpTestEnv();
    QVERIFY2(jumpEnv.ok(), qPrintable(jumpEnv.error()));
    hosts::HostRecord bastion;
    bastion.name = QStringLiteral("bastion");
    bastion.address = jumpEnv->jump.address;
    bastion.user = m_env.user;
    bastion.identityFiles = {m_env.key};
    m_trustAnswer = false; // added, but its key not trusted yet
    m_trustAsked.clear();
    m_trustHops.clear();
    addThroughDialog(bastion);
    QTRY_COMPARE_WITH_TIMEOUT(m_trustAsked.size(), 1, 30000);
    m_trustAnswer = true;

    hosts::HostRecord behind;
    behind.name = QStringLiteral("behind");
    behind.address = jumpEnv->behind;
    behind.user = m_env.user;
    behind.identityFiles = {m_env.key};
    behind.proxyJump = QStringLiteral("bastion");
    addThroughDialog(behind);
    QTRY_COMPARE_WITH_TIMEOUT(m_plane->hostConnections()->status(QStringLiteral("behind")).state,
                              HostStatus::Online, 45000);
    QCOMPARE(m_trustAsked.mid(1),
             (QStringList{QStringLiteral("behind"), QStringLiteral("behind")}));
    QCOMPARE(m_trustHops.mid(1), (QStringList{QStringLiteral("bastion"), QString()}));

    HostOverview *o = m_page->overview();
    QVERIFY2(o->factText(QStringLiteral("factVia"))
                 .startsWith(QStringLiteral("bastion (ssh-ed25519 SHA256:")),
             qPrintable(o->factText(QStringLiteral("factVia"))));
    const QModelIndex endpoint = m_page->model()->index(
        m_page->model()->rowOfKey(QStringLiteral("behind")), models::HostListModel::Address);
    QVERIFY2(endpoint.data().toString().endsWith(QStringLiteral(" via bastion")),
             qPrintable(endpoint.data().toString()));

    QTabWidget *tabs = m_page->detailTabs();
    for (int i = 0; i < tabs->count(); ++i)
        if (tabs->tabText(i) == QLatin1String("Terminal"))
            tabs->setCurrentIndex(i);
    auto *pane = tabs->currentWidget()->findChild<HostTerminalPane *>();
    QVERIFY(pane);
    pane->findChild<QPushButton *>(QStringLiteral("openShellButton"))->click();
    TerminalWidget *t = pane->tabs()->currentTerminal();
    QVERIFY(t);
    QTest::keyClicks(t, QStringLiteral("echo \"from-$SSH_CONNECTION\""));
    QTest::keyClick(t, Qt::Key_Return);
    auto shown = [t] {
        for (int row = 0; row < t->screen()->rows(); ++row) {
            // Typed keys echo ahead of the prompt: the output line is the
            // one without the command.
            const QString line = t->screen()->lineText(row);
            if (line.contains(QLatin1String("from-10.204.6.1 ")) &&
                !line.contains(QLatin1String("echo")))
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(shown(), 20000);
    pane->tabs()->closeTab(0);
}

QTEST_MAIN(TestHostsPage)
#include "tst_hostspage.moc"
