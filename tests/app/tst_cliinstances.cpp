// `sloop instances ...` and `sloop snapshots ...` as a process, against the
// real local engine and the locally built Debian image: create with live
// steps on stderr and the record on stdout, ls --json, a refused request
// that makes nothing, snapshot, restore, rm.
#include "cliprocess.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace sloop;

using Outcome = test::CliOutcome;
using test::describe;

class TestCliInstances : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_binary = qEnvironmentVariable("SLOOP_BINARY");
        QVERIFY2(!m_binary.isEmpty(), "SLOOP_BINARY is not set: run the suite through ctest");
        QVERIFY(m_home.isValid());
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("HOME"), m_home.path());
        m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        m_env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home.filePath(QStringLiteral("run")));
        m_env.insert(QStringLiteral("SLOOP_INSTANCE_IMAGE"),
                     QStringLiteral("sloop-test/debian:bookworm"));
        m_env.remove(QStringLiteral("SSH_AUTH_SOCK"));
        m_name = QStringLiteral("cli-%1").arg(QRandomGenerator::global()->bounded(100000, 999999));
    }

    void cleanupTestCase()
    {
        for (const QString &name :
             QStringList{m_name, m_name + QStringLiteral("-copy"), m_name + QStringLiteral("-k")})
            sloop({QStringLiteral("instances"), QStringLiteral("rm"), name});
        sloop({QStringLiteral("snapshots"), QStringLiteral("rm"), m_name + QStringLiteral("-s1")});
    }

    void refusedRequestMakesNothing()
    {
        const Outcome o = sloop({QStringLiteral("instances"), QStringLiteral("create"),
                                 QStringLiteral("--blueprint"), QStringLiteral("nginx"),
                                 QStringLiteral("--plan"), QStringLiteral("micro"),
                                 QStringLiteral("--name"), QStringLiteral("bad name; rm -rf /")});
        QCOMPARE(o.exitCode, 9); // invalid input
        QVERIFY2(o.err.contains("cannot be an instance name"), qPrintable(describe(o)));
        QCOMPARE(list().size(), 0);
        const Outcome usage = sloop({QStringLiteral("instances"), QStringLiteral("create"),
                                     QStringLiteral("--plan"), QStringLiteral("micro")});
        QCOMPARE(usage.exitCode, 2);
    }

    void createListSnapshotRestoreRemove()
    {
        Outcome o = sloop({QStringLiteral("instances"), QStringLiteral("create"),
                           QStringLiteral("--blueprint"), QStringLiteral("debian-12"),
                           QStringLiteral("--plan"), QStringLiteral("nano"),
                           QStringLiteral("--name"), m_name, QStringLiteral("--tag"),
                           QStringLiteral("cli"), QStringLiteral("--json")},
                          300000);
        QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
        QVERIFY2(o.err.contains("==> Wait for SSH"), qPrintable(describe(o)));
        const QJsonArray made = QJsonDocument::fromJson(o.out).array();
        QCOMPARE(made.size(), 1);
        QCOMPARE(made.at(0)[QStringLiteral("state")].toString(), QStringLiteral("running"));
        QCOMPARE(made.at(0)[QStringLiteral("monthlyPriceCents")].toInt(), 500);

        const QJsonArray all = list();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.at(0)[QStringLiteral("name")].toString(), m_name);
        QVERIFY(all.at(0)[QStringLiteral("sshPort")].toInt() >= 20000);

        o = sloop({QStringLiteral("instances"), QStringLiteral("snapshot"), m_name,
                   m_name + QStringLiteral("-s1")},
                  120000);
        QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
        o = sloop({QStringLiteral("snapshots"), QStringLiteral("ls"), QStringLiteral("--json")});
        QVERIFY2(o.out.contains((m_name + QStringLiteral("-s1")).toUtf8()),
                 qPrintable(describe(o)));
        o = sloop({QStringLiteral("snapshots"), QStringLiteral("restore"),
                   m_name + QStringLiteral("-s1"), m_name + QStringLiteral("-copy")},
                  120000);
        QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
        QCOMPARE(list().size(), 2);

        o = sloop({QStringLiteral("instances"), QStringLiteral("rm"), m_name,
                   m_name + QStringLiteral("-copy")},
                  120000);
        QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
        QCOMPARE(list().size(), 0);
    }

    // Issue 15's fault suite: the CLI making an instance is killed with -9
    // in the middle of its launch script. While it runs another Sloop sees
    // it provisioning (its operation lease is held); once it is dead the
    // next Sloop says what happened (failed, at which step) instead of
    // showing it provisioning forever, and Retry finishes it.
    void killedWhileProvisioningThenRetried()
    {
        const QString name = m_name + QStringLiteral("-k");
        const QString script = m_home.filePath(QStringLiteral("slow.sh"));
        QFile f(script);
        QVERIFY(f.open(QIODevice::WriteOnly));
        // The second run (the retry) finds the mark and goes on.
        f.write("#!/bin/sh\nif [ -e /root/once ]; then echo again; exit 0; fi\n"
                "touch /root/once\necho launch-begun\nsleep 600\n");
        f.close();
        QProcess creator;
        creator.setProcessEnvironment(m_env);
        creator.start(m_binary, {QStringLiteral("instances"), QStringLiteral("create"),
                                 QStringLiteral("--blueprint"), QStringLiteral("debian-12"),
                                 QStringLiteral("--plan"), QStringLiteral("nano"),
                                 QStringLiteral("--name"), name, QStringLiteral("--launch-script"),
                                 script, QStringLiteral("--no-default-alarms")});
        QVERIFY(creator.waitForStarted());
        QByteArray err;
        QDeadlineTimer deadline(240000);
        while (!err.contains("launch-begun") && !deadline.hasExpired() &&
               creator.state() == QProcess::Running) {
            creator.waitForReadyRead(1000);
            err += creator.readAllStandardError();
        }
        QVERIFY2(err.contains("launch-begun"), err.right(2000).constData());
        QCOMPARE(state(name).value(QStringLiteral("state")).toString(),
                 QStringLiteral("provisioning")); // another Sloop leaves it alone
        creator.kill();                           // SIGKILL
        creator.waitForFinished();

        QJsonObject after = state(name);
        QCOMPARE(after.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        QVERIFY2(after.value(QStringLiteral("stateReason"))
                     .toString()
                     .contains(QLatin1String("Sloop stopped")),
                 qPrintable(after.value(QStringLiteral("stateReason")).toString()));
        const int done = after.value(QStringLiteral("stepsDone")).toInt();
        QVERIFY(done > 0);

        const Outcome retried =
            sloop({QStringLiteral("instances"), QStringLiteral("retry"), name}, 300000);
        QVERIFY2(retried.exitCode == 0, qPrintable(describe(retried)));
        after = state(name);
        QCOMPARE(after.value(QStringLiteral("state")).toString(), QStringLiteral("running"));
        QVERIFY(after.value(QStringLiteral("stepsDone")).toInt() > done);
        QVERIFY2(retried.err.contains("again"), qPrintable(describe(retried)));
        const Outcome removed =
            sloop({QStringLiteral("instances"), QStringLiteral("rm"), name}, 120000);
        QVERIFY2(removed.exitCode == 0, qPrintable(describe(removed)));
    }

private:
    QJsonObject state(const QString &name)
    {
        for (const QJsonValue &v : list())
            if (v[QStringLiteral("name")].toString() == name)
                return v.toObject();
        return {};
    }
    Outcome sloop(const QStringList &args, int ms = 60000)
    {
        return test::runCli(m_binary, args, m_env, ms);
    }
    QJsonArray list()
    {
        const Outcome o =
            sloop({QStringLiteral("instances"), QStringLiteral("ls"), QStringLiteral("--json")});
        return QJsonDocument::fromJson(o.out).array();
    }

    QString m_binary;
    QTemporaryDir m_home;
    QProcessEnvironment m_env;
    QString m_name;
};

QTEST_GUILESS_MAIN(TestCliInstances)
#include "tst_cliinstances.moc"
