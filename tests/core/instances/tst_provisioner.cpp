// Provisioning steps over a real SSH session (the test sshd): output
// streams per step, the first failing step stops the run and is named, a
// rerun from that step finishes the job, and cancel ends a running step.
#include "../ssh/sshtestsession.h"
#include "instances/provisioner.h"
#include "ssh/sshkeygen.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sloop;
using namespace sloop::instances;

class TestProvisioner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        auto env = test::loadSshTestEnv();
        QVERIFY2(env.ok(), qPrintable(env.error()));
        m_env = *env;
        QVERIFY(m_dir.isValid());
        // The sshd logs in as the test user: let it write here.
        QFile::setPermissions(m_dir.path(), QFileDevice::Permissions(0x7777));
        m_session = test::makeTestSession(m_env, m_dir.path());
        QVERIFY(m_session);
    }

    void stepsRunInOrderAndStopAtTheFirstFailure()
    {
        const QString flag = m_dir.filePath(QStringLiteral("flag"));
        const QString out = m_dir.filePath(QStringLiteral("order"));
        // The sshd runs as the test user on this machine, so the temporary
        // folder is the same on both ends.
        const QList<ProvisionStepScript> steps = {
            {QStringLiteral("runcmd"), QStringLiteral("first"),
             QStringLiteral("echo one >> '%1'; echo to-stdout; echo to-stderr >&2")
                 .arg(out)
                 .toUtf8()},
            {QStringLiteral("runcmd"), QStringLiteral("needs the flag"),
             QStringLiteral("test -f '%1'; echo two >> '%2'").arg(flag, out).toUtf8()},
            {QStringLiteral("runcmd"), QStringLiteral("last"),
             QStringLiteral("echo three >> '%1'").arg(out).toUtf8()},
        };
        Provisioner provisioner(m_session.get(), steps, false);
        QSignalSpy started(&provisioner, &Provisioner::stepStarted);
        QSignalSpy output(&provisioner, &Provisioner::output);
        QSignalSpy finished(&provisioner, &Provisioner::finished);
        provisioner.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(finished.at(0).at(2).toInt(), 1);
        QVERIFY2(finished.at(0).at(1).toString().contains(QStringLiteral("needs the flag")),
                 qPrintable(finished.at(0).at(1).toString()));
        QCOMPARE(started.size(), 2);
        QByteArray first;
        for (const auto &args : output)
            if (args.at(0).toInt() == 0)
                first += args.at(1).toByteArray();
        QVERIFY(first.contains("to-stdout"));
        QVERIFY(first.contains("to-stderr"));

        // Fix the cause, resume at the failed step: nothing runs twice.
        QVERIFY(QFile(flag).open(QIODevice::WriteOnly));
        finished.clear();
        provisioner.start(1);
        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        QFile order(out);
        QVERIFY(order.open(QIODevice::ReadOnly));
        QCOMPARE(order.readAll(), QByteArray("one\ntwo\nthree\n"));
    }

    void hostileTextStaysData()
    {
        // A script is one argument: quotes, $(...) and newlines reach sh -c as written.
        const QByteArray script = "x='it'\"'\"'s $(id) `id`'; printf '%s\\n' \"$x\"\n";
        Provisioner provisioner(m_session.get(),
                                {{QStringLiteral("runcmd"), QStringLiteral("q"), script}}, false);
        QSignalSpy output(&provisioner, &Provisioner::output);
        QSignalSpy finished(&provisioner, &Provisioner::finished);
        provisioner.start();
        QVERIFY(finished.wait(20000));
        QVERIFY(finished.at(0).at(0).toBool());
        QByteArray all;
        for (const auto &args : output)
            all += args.at(1).toByteArray();
        QCOMPARE(all, QByteArray("it's $(id) `id`\n"));
    }

    void cancelEndsARunningStep()
    {
        Provisioner provisioner(
            m_session.get(),
            {{QStringLiteral("runcmd"), QStringLiteral("sleeps"), "echo begun; sleep 60"}}, false);
        QSignalSpy output(&provisioner, &Provisioner::output);
        QSignalSpy finished(&provisioner, &Provisioner::finished);
        provisioner.start();
        QVERIFY(output.wait(20000));
        provisioner.cancel();
        // Finished before cancel() returned: nothing waited for the sleep.
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(finished.at(0).at(2).toInt(), 0);
        // The session is still good for the next call.
        const auto result =
            test::await(m_session->exec(ssh::RemoteCommand::argv({QStringLiteral("true")})));
        QVERIFY(result.ok());
    }

    void generatedKeyPairIsPrivateAndNotOverwritten()
    {
        const QString file = m_dir.filePath(QStringLiteral("keys/instance-key"));
        auto pair = ssh::generateEd25519KeyPair(file, QStringLiteral("sloop@test"));
        QVERIFY2(pair.ok(), qPrintable(pair.error()));
        QVERIFY(pair->publicKeyLine.startsWith(QStringLiteral("ssh-ed25519 ")));
        QVERIFY(pair->publicKeyLine.endsWith(QStringLiteral(" sloop@test")));
        QVERIFY(pair->fingerprint.startsWith(QStringLiteral("SHA256:")));
        QCOMPARE(QFileInfo(file).permissions() & 0x0077, QFileDevice::Permissions());
        QCOMPARE(QFile::permissions(file), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                               QFileDevice::ReadUser | QFileDevice::WriteUser);
        QVERIFY(!ssh::generateEd25519KeyPair(file, {}).ok());
        auto again = ssh::readKeyPair(file);
        QVERIFY(again.ok());
        QCOMPARE(again->fingerprint, pair->fingerprint);
        // Without the .pub file the public half comes from the private key.
        QFile::remove(file + QStringLiteral(".pub"));
        auto derived = ssh::readKeyPair(file);
        QVERIFY2(derived.ok(), qPrintable(derived.error()));
        QCOMPARE(derived->fingerprint, pair->fingerprint);
        QVERIFY(!ssh::readKeyPair(m_dir.filePath(QStringLiteral("nope"))).ok());
    }

private:
    test::SshTestEnv m_env;
    QTemporaryDir m_dir;
    std::unique_ptr<ssh::SshSession> m_session;
};

QTEST_GUILESS_MAIN(TestProvisioner)
#include "tst_provisioner.moc"
