// The keychain for real: ctest runs this suite under
// tests/support/with-keyring.sh (a private D-Bus session with a fresh,
// unlocked gnome-keyring-daemon and HOME/XDG folders of its own). Then the
// `sloop` CLI against the test sshd: a passphrase and a password saved in the
// keychain log in with nothing in the environment and no terminal, and the
// secrets appear in no file of Sloop's and no output. Without a D-Bus
// session the CLI says there is no keychain and falls back to asking.
#include "../ssh/sshtestenv.h"

#include "secrets/secretstore.h"
#include "testsupport.h"
#include "util/paths.h"

#include <QDir>
#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "cliprocess.h"

using namespace sloop;
using secrets::SecretStore;
using test::describe;

class TestSecretStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void writeReadRemove();
    void asyncCalls();
    void blockingCallFromAWorkerThread();
    void keysNameHostsAndKeyFiles();
    void cliPassphraseFromKeychain();
    void cliSavePasswordAfterLogin();
    void cliWrongStoredPasswordIsAnAuthError();
    void secretsAreInNoFileOrOutput();
    void cliWithoutKeychainAsks();

private:
    test::CliOutcome sloop(const QStringList &args, const QProcessEnvironment &extra = {},
                           const QProcessEnvironment *base = nullptr);
    QString m_binary;
    test::SshTestEnv m_ssh;
    QProcessEnvironment m_env;
    QByteArray m_outputs; // everything the CLI printed, for the leak check
};

test::CliOutcome TestSecretStore::sloop(const QStringList &args, const QProcessEnvironment &extra,
                                        const QProcessEnvironment *base)
{
    QProcessEnvironment env = base ? *base : m_env;
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    const test::CliOutcome o = test::runCli(m_binary, args, env, 90000);
    m_outputs += o.out + o.err;
    return o;
}

void TestSecretStore::initTestCase()
{
    QVERIFY2(qEnvironmentVariable("SLOOP_TEST_KEYRING") == QLatin1String("1"),
             "run this suite through ctest: it needs tests/support/with-keyring.sh around it");
    QVERIFY2(SecretStore::instance().available(),
             "the gnome-keyring-daemon that with-keyring.sh started does not answer");
    m_binary = qEnvironmentVariable("SLOOP_BINARY");
    QVERIFY2(!m_binary.isEmpty(), "SLOOP_BINARY is not set: run the suite through ctest");
    const auto env = test::loadSshTestEnv();
    QVERIFY2(env.ok(), qPrintable(env.error()));
    m_ssh = env.value();
    QVERIFY(!m_ssh.encryptedKey.isEmpty() && !m_ssh.passphrase.isEmpty());
    // The wrapper gave this process its own HOME and XDG folders; the CLI
    // inherits them, and with them the keyring's D-Bus session.
    m_env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"SSH_AUTH_SOCK", "SLOOP_SSH_PASSWORD", "SLOOP_SSH_PASSPHRASE"})
        m_env.remove(QString::fromLatin1(name));
}

void TestSecretStore::writeReadRemove()
{
    SecretStore &store = SecretStore::instance();
    const QString key = QStringLiteral("test:round-trip");
    QVERIFY(store.writeNow(key, QStringLiteral("first")).ok());
    QVERIFY(store.writeNow(key, QStringLiteral("s3cret ünïcode 'q' $(x)")).ok());
    auto read = store.readNow(key);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QCOMPARE(read.value(), std::optional<QString>(QStringLiteral("s3cret ünïcode 'q' $(x)")));
    QVERIFY(store.removeNow(key).ok());
    read = store.readNow(key);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QVERIFY(!read.value().has_value());
    QVERIFY2(store.removeNow(key).ok(), "removing what is not there succeeds");
}

void TestSecretStore::asyncCalls()
{
    SecretStore &store = SecretStore::instance();
    const QString key = QStringLiteral("test:async");
    QVERIFY(test::await(store.write(key, QStringLiteral("later"))).ok());
    const auto read = test::await(store.read(key));
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QCOMPARE(read.value(), std::optional<QString>(QStringLiteral("later")));
    QVERIFY(test::await(store.remove(key)).ok());
}

// As an SSH worker does in its Credentials callbacks, while the main thread
// is blocked too (as the CLI is, waiting for the connect): the keychain
// thread answers on its own.
void TestSecretStore::blockingCallFromAWorkerThread()
{
    const QString key = QStringLiteral("test:worker");
    QVERIFY(SecretStore::instance().writeNow(key, QStringLiteral("from-worker")).ok());
    std::optional<QString> seen;
    QString error;
    QThread *worker = QThread::create([&] {
        const auto read = SecretStore::instance().readNow(key, 20000);
        if (read)
            seen = read.value();
        else
            error = read.error();
    });
    worker->start();
    QVERIFY(worker->wait(30000)); // no event loop runs here meanwhile
    delete worker;
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(seen, std::optional<QString>(QStringLiteral("from-worker")));
    QVERIFY(SecretStore::instance().removeNow(key).ok());
}

void TestSecretStore::keysNameHostsAndKeyFiles()
{
    QCOMPARE(SecretStore::passwordKey(QStringLiteral("web-1")),
             QStringLiteral("host:web-1:password"));
    QCOMPARE(SecretStore::passphraseKey(QStringLiteral("/k/./id")),
             QStringLiteral("key:/k/id:passphrase"));
    QVERIFY(SecretStore::passphraseKey(QStringLiteral("rel/id"))
                .startsWith(QStringLiteral("key:") + QDir::currentPath()));
}

void TestSecretStore::cliPassphraseFromKeychain()
{
    auto o = sloop({QStringLiteral("hosts"), QStringLiteral("add"), QStringLiteral("enc"),
                    QStringLiteral("--address"), m_ssh.host, QStringLiteral("--port"),
                    QString::number(m_ssh.port), QStringLiteral("--user"), m_ssh.user,
                    QStringLiteral("--identity"), m_ssh.encryptedKey});
    QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
    QProcessEnvironment withPassphrase;
    withPassphrase.insert(QStringLiteral("SLOOP_SSH_PASSPHRASE"), m_ssh.passphrase);
    o = sloop({QStringLiteral("hosts"), QStringLiteral("secret"), QStringLiteral("set"),
               QStringLiteral("enc"), QStringLiteral("--key"), m_ssh.encryptedKey},
              withPassphrase);
    QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
    const auto stored =
        SecretStore::instance().readNow(SecretStore::passphraseKey(m_ssh.encryptedKey));
    QVERIFY2(stored.ok(), qPrintable(stored.error()));
    QCOMPARE(stored.value(), std::optional<QString>(m_ssh.passphrase));

    // No variable, stdin not a terminal: only the keychain can answer.
    o = sloop({QStringLiteral("--verbose"), QStringLiteral("hosts"), QStringLiteral("exec"),
               QStringLiteral("enc"), QStringLiteral("--accept-new-host-key"), QStringLiteral("--"),
               QStringLiteral("echo"), QStringLiteral("unlocked")});
    QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
    QCOMPARE(o.out, QByteArray("unlocked\n"));
    QVERIFY2(!o.err.contains("No keychain"), qPrintable(describe(o)));
    o = sloop({QStringLiteral("hosts"), QStringLiteral("info"), QStringLiteral("enc"),
               QStringLiteral("--json")});
    QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
}

void TestSecretStore::cliSavePasswordAfterLogin()
{
    QProcessEnvironment withPassword;
    withPassword.insert(QStringLiteral("SLOOP_SSH_PASSWORD"), m_ssh.password);
    auto o = sloop({QStringLiteral("hosts"), QStringLiteral("add"), QStringLiteral("pw"),
                    QStringLiteral("--address"), m_ssh.host, QStringLiteral("--port"),
                    QString::number(m_ssh.port), QStringLiteral("--user"), m_ssh.user,
                    QStringLiteral("--save-secret"), QStringLiteral("--accept-new-host-key")},
                   withPassword);
    QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
    QVERIFY2(o.err.contains("saved the password for pw"), qPrintable(describe(o)));
    o = sloop({QStringLiteral("--verbose"), QStringLiteral("hosts"), QStringLiteral("exec"),
               QStringLiteral("pw"), QStringLiteral("--"), QStringLiteral("echo"),
               QStringLiteral("in")});
    QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
    QCOMPARE(o.out, QByteArray("in\n"));
}

void TestSecretStore::cliWrongStoredPasswordIsAnAuthError()
{
    QProcessEnvironment wrong;
    wrong.insert(QStringLiteral("SLOOP_SSH_PASSWORD"), QStringLiteral("not-the-password"));
    auto o = sloop({QStringLiteral("hosts"), QStringLiteral("secret"), QStringLiteral("set"),
                    QStringLiteral("pw")},
                   wrong);
    QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
    o = sloop({QStringLiteral("hosts"), QStringLiteral("exec"), QStringLiteral("pw"),
               QStringLiteral("--"), QStringLiteral("true")});
    QVERIFY2(o.exitCode == 1, qPrintable(describe(o)));
    QVERIFY2(o.err.contains("Could not log in"), qPrintable(describe(o)));
    QVERIFY2(o.err.contains("came from the keychain and was refused"), qPrintable(describe(o)));

    o = sloop({QStringLiteral("hosts"), QStringLiteral("secret"), QStringLiteral("rm"),
               QStringLiteral("pw")});
    QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
    const auto gone =
        SecretStore::instance().readNow(SecretStore::passwordKey(QStringLiteral("pw")));
    QVERIFY(gone.ok() && !gone.value().has_value());
}

void TestSecretStore::secretsAreInNoFileOrOutput()
{
    const QList<QByteArray> secrets{m_ssh.passphrase.toUtf8(), m_ssh.password.toUtf8()};
    for (const QString &folder : {paths::dataDir(), paths::configDir(), paths::runtimeDir()}) {
        QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
            const QByteArray bytes = f.readAll();
            for (const QByteArray &secret : secrets)
                QVERIFY2(!bytes.contains(secret),
                         qPrintable(path + QStringLiteral(" holds a secret")));
        }
    }
    QVERIFY(QFile::exists(paths::databaseFile()));
    QVERIFY(!m_outputs.isEmpty());
    for (const QByteArray &secret : secrets)
        QVERIFY2(!m_outputs.contains(secret), "the CLI printed a secret");
}

void TestSecretStore::cliWithoutKeychainAsks()
{
    // No session bus and nowhere to find one.
    QTemporaryDir runtime;
    QVERIFY(runtime.isValid());
    QProcessEnvironment env = m_env;
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
    const QStringList exec{QStringLiteral("hosts"), QStringLiteral("exec"),
                           QStringLiteral("enc"),   QStringLiteral("--"),
                           QStringLiteral("echo"),  QStringLiteral("asked")};

    auto o = sloop(exec, {}, &env);
    QVERIFY2(o.exitCode == 1, qPrintable(describe(o)));
    QVERIFY2(o.err.contains("No keychain is available"), qPrintable(describe(o)));
    QCOMPARE(o.err.count("No keychain is available"), 1);
    QVERIFY2(o.err.contains("no passphrase was given"), qPrintable(describe(o)));

    QProcessEnvironment withPassphrase;
    withPassphrase.insert(QStringLiteral("SLOOP_SSH_PASSPHRASE"), m_ssh.passphrase);
    o = sloop(exec, withPassphrase, &env);
    QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
    QCOMPARE(o.out, QByteArray("asked\n"));
    QVERIFY2(o.err.contains("No keychain is available"), qPrintable(describe(o)));

    o = sloop({QStringLiteral("hosts"), QStringLiteral("secret"), QStringLiteral("set"),
               QStringLiteral("enc"), QStringLiteral("--key"), m_ssh.encryptedKey},
              withPassphrase, &env);
    QVERIFY2(o.exitCode == 1, qPrintable(describe(o)));
    QVERIFY2(o.err.contains("No keychain is available"), qPrintable(describe(o)));
    QVERIFY2(o.err.contains("nothing was saved"), qPrintable(describe(o)));
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
