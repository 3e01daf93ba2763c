// The window's password dialog for SSH sessions (askHostSecret), against
// the loopback sshd with a password: answered, it signs in; left open while
// the session is closed, it goes away and nothing waits for anything
// (issue 15, finding 5: the old dialog blocked the worker on the GUI
// thread, and closing the session waited for the worker: a deadlock).

#include "../../core/ssh/sshtestenv.h"

#include "commandlog/commandlog.h"
#include "hosts/secretprompt.h"
#include "ssh/knownhosts.h"
#include "ssh/sshsession.h"
#include "testsupport.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <chrono>
#include <thread>

using namespace sloop;
using namespace sloop::ssh;

class TestSecretPrompt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void answeredItSignsIn();
    void closingTheSessionClosesTheDialog();

private:
    SshSession *passwordSession();
    static QDialog *openDialog();

    test::SshTestEnv m_env;
    QTemporaryDir m_dir;
    CommandLog m_log;
};

void TestSecretPrompt::initTestCase()
{
    // No keychain here: the dialog is the only way to the password.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    auto env = test::loadSshTestEnv();
    QVERIFY2(env.ok(), qPrintable(env.error()));
    m_env = *env;
    QFile known(m_dir.filePath(QStringLiteral("known_hosts")));
    QVERIFY(known.open(QIODevice::WriteOnly));
    QFile pub(m_env.hostKey + QStringLiteral(".pub"));
    QVERIFY(pub.open(QIODevice::ReadOnly));
    const QList<QByteArray> fields = pub.readAll().split(' ');
    known.write(knownHostsName(m_env.host, m_env.port).toUtf8() + ' ' + fields.value(0) + ' ' +
                fields.value(1) + '\n');
}

SshSession *TestSecretPrompt::passwordSession()
{
    SshTarget target;
    target.name = QStringLiteral("prompted");
    target.address = m_env.host;
    target.port = m_env.port;
    target.user = m_env.user;
    SshOptions options;
    options.knownHostsFile = m_dir.filePath(QStringLiteral("known_hosts"));
    options.globalKnownHostsFile = m_dir.filePath(QStringLiteral("no-global"));
    options.useAgent = false;
    options.tryDefaultKeys = false;
    options.credentials.password = [] {
        return widgets::askHostSecret(QStringLiteral("prompted"), QString());
    };
    return new SshSession(target, options, &m_log);
}

QDialog *TestSecretPrompt::openDialog()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *dialog = qobject_cast<QDialog *>(w);
            dialog && dialog->objectName() == QLatin1String("secretDialog") && dialog->isVisible())
            return dialog;
    return nullptr;
}

void TestSecretPrompt::answeredItSignsIn()
{
    std::unique_ptr<SshSession> session(passwordSession());
    auto call = session->exec(RemoteCommand::argv({QStringLiteral("echo"), QStringLiteral("in")}));
    QTRY_VERIFY_WITH_TIMEOUT(openDialog(), 30000);
    QDialog *dialog = openDialog();
    QVERIFY(dialog->windowTitle().contains(QStringLiteral("prompted")));
    auto *edit = dialog->findChild<QLineEdit *>();
    QVERIFY(edit);
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    QTest::keyClicks(edit, m_env.password);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    const auto done = test::await(call, 30000);
    QVERIFY2(done.ok(), qPrintable(done.message()));
    QCOMPARE(done->stdOut, QByteArray("in\n"));
}

void TestSecretPrompt::closingTheSessionClosesTheDialog()
{
    SshSession *session = passwordSession();
    auto call = session->exec(RemoteCommand::argv({QStringLiteral("true")}));
    QTRY_VERIFY_WITH_TIMEOUT(openDialog(), 30000);
    QPointer<QDialog> dialog = openDialog();
    // The delete must return while the prompt is open. It used to wait for
    // the worker, which waited for this thread: a hang. A watchdog turns a
    // hang into a failure with a message instead of ctest's timeout.
    std::atomic_bool returned = false;
    std::thread watchdog([&returned] {
        for (int i = 0; i < 300 && !returned; ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        if (!returned)
            qFatal("closing a session whose password prompt is open blocked the GUI thread");
    });
    delete session;
    returned = true;
    watchdog.join();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(call.isFinished(), 10000);
    QVERIFY(call.resultCount() == 0 || !call.result().ok());
}

QTEST_MAIN(TestSecretPrompt)
#include "tst_secretprompt.moc"
