// sloop-bench-ssh: the round trip of a trivial command (`true`) on a warm
// session: Sloop's SshSession::exec vs OpenSSH `ssh` through a ControlMaster
// that is already up vs a new `ssh` process (and handshake) each time.
// Against the test sshd of scripts/start-sshd.sh; prints figures and the
// command that reproduces them; not a ctest test.

#include "benchsupport.h"

#include "../tests/core/ssh/sshtestenv.h"
#include "ssh/knownhosts.h"
#include "ssh/sshsession.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace sloop;
using namespace sloop::bench;

namespace {

void print(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

QList<double> timeRuns(int runs, const std::function<bool()> &once)
{
    QList<double> samples;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        if (!once())
            qFatal("bench: run %d failed", i);
        samples.append(t.nsecsElapsed() / 1e6);
    }
    return samples;
}

bool runSsh(const QStringList &args)
{
    QProcess p;
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(QStringLiteral("ssh"), args);
    return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Round trips per way."),
                                  QStringLiteral("N"), QStringLiteral("50"));
    parser.addOption(runsOption);
    parser.process(app);
    const int runs = qMax(1, parser.value(runsOption).toInt());

    const Result<test::SshTestEnv> env = test::loadSshTestEnv();
    if (!env)
        qFatal("%s", qPrintable(env.error()));
    QTemporaryDir dir;
    const QString knownHosts = dir.filePath(QStringLiteral("known_hosts"));
    {
        QFile pub(env->hostKey + QStringLiteral(".pub"));
        QFile kh(knownHosts);
        if (!pub.open(QIODevice::ReadOnly) || !kh.open(QIODevice::WriteOnly))
            qFatal("bench: cannot write %s", qPrintable(knownHosts));
        const QList<QByteArray> f = pub.readAll().simplified().split(' ');
        kh.write(ssh::knownHostsName(env->host, env->port).toUtf8() + ' ' + f.value(0) + ' ' +
                 f.value(1) + '\n');
    }

    print(QStringLiteral("== sloop-bench-ssh: `true` on a warm session, %1 runs each, %2@%3:%4")
              .arg(runs)
              .arg(env->user, env->host)
              .arg(env->port));
    print(QStringLiteral("   %1").arg(machineLoad()));

    // Sloop: one session, connected before timing.
    ssh::SshTarget target{
        QStringLiteral("bench"), env->host, env->port, env->user, {env->key}, false, {}};
    ssh::SshOptions options;
    options.knownHostsFile = knownHosts;
    options.globalKnownHostsFile = knownHosts + QStringLiteral(".none");
    options.useAgent = false;
    options.tryDefaultKeys = false;
    ssh::SshSession session(target, options);
    const ssh::RemoteCommand trueCommand = ssh::RemoteCommand::argv({QStringLiteral("true")});
    if (!await(session.connectHost()))
        qFatal("bench: cannot connect to the test sshd");
    await(session.exec(trueCommand)); // warm
    const Figures sloopFig = figures(timeRuns(runs, [&] {
        const auto r = await(session.exec(trueCommand));
        return r.ok() && r->exitStatus == 0;
    }));

    // OpenSSH, same key and known_hosts, nothing from ~/.ssh.
    const QString control = dir.filePath(QStringLiteral("cm-%C"));
    const QStringList common{
        QStringLiteral("-F"), QStringLiteral("/dev/null"),
        QStringLiteral("-i"), env->key,
        QStringLiteral("-o"), QStringLiteral("IdentitiesOnly=yes"),
        QStringLiteral("-o"), QStringLiteral("BatchMode=yes"),
        QStringLiteral("-o"), QStringLiteral("UserKnownHostsFile=") + knownHosts,
        QStringLiteral("-o"), QStringLiteral("StrictHostKeyChecking=yes"),
        QStringLiteral("-p"), QString::number(env->port),
        QStringLiteral("-l"), env->user};
    const QStringList master =
        common + QStringList{QStringLiteral("-o"), QStringLiteral("ControlMaster=auto"),
                             QStringLiteral("-o"), QStringLiteral("ControlPath=") + control,
                             QStringLiteral("-o"), QStringLiteral("ControlPersist=60")};
    const QStringList withMaster = master + QStringList{env->host, QStringLiteral("true")};
    if (!runSsh(withMaster)) // brings the master up
        qFatal("bench: ssh with a ControlMaster failed");
    const Figures muxFig = figures(timeRuns(runs, [&] { return runSsh(withMaster); }));
    runSsh(master + QStringList{QStringLiteral("-O"), QStringLiteral("exit"), env->host});

    const QStringList fresh = common + QStringList{env->host, QStringLiteral("true")};
    const Figures freshFig = figures(timeRuns(runs, [&] { return runSsh(fresh); }));

    const auto row = [](const QString &what, const Figures &f) {
        print(QStringLiteral("   %1 median %2  p90 %3  (min %4, max %5)")
                  .arg(what.leftJustified(34), ms(f.median), ms(f.p90), ms(f.min), ms(f.max)));
    };
    row(QStringLiteral("SshSession::exec (warm session)"), sloopFig);
    row(QStringLiteral("ssh, ControlMaster already up"), muxFig);
    row(QStringLiteral("ssh, new connection each time"), freshFig);
    print(QStringLiteral("   ratio (median): ControlMaster / Sloop = %1x, new ssh / Sloop = %2x")
              .arg(muxFig.median / sloopFig.median, 0, 'f', 1)
              .arg(freshFig.median / sloopFig.median, 0, 'f', 1));
    print(QStringLiteral("reproduce: %1").arg(commandLine()));
    return 0;
}
