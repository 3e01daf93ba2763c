// sloop-bench-instance: Create → SSH-ready for a system-container instance
// on the local engine (the goal: at most 2 s, without package
// installs). Each run creates an instance from sloop-test/debian:bookworm
// with a fresh key, and times the steps Sloop takes before a person can
// use it:
//   created   SystemContainers::create returned (ports chosen, container
//             created, sloop-init copied in, started)
//   banner    sshd answers with its banner (waitForSsh): "SSH-ready"
//   host key  the host key read through the engine and filed in known_hosts
//   login     a strict SshSession connected with the key and ran `true`
// Prints median and p90 of each and the command that reproduces them; the
// instances are removed after each run. Not a ctest test.

#include "benchsupport.h"

#include "engine/dockerclient.h"
#include "instances/hostkeytrust.h"
#include "instances/sshprobe.h"
#include "instances/systemcontainer.h"
#include "ssh/remotecommand.h"
#include "ssh/sshsession.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace sloop;
using namespace sloop::bench;
using namespace sloop::instances;

namespace {

constexpr const char *kNamePrefix = "sloop-bench-instance-";

void print(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

QString makeKey(const QString &dir)
{
    const QString file = dir + QStringLiteral("/id_ed25519");
    QProcess p;
    p.start(QStringLiteral("ssh-keygen"),
            {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
             QStringLiteral("-N"), QString(), QStringLiteral("-f"), file});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        qFatal("bench: ssh-keygen failed");
    return file;
}

void removeLeftovers(engine::DockerClient *client)
{
    const auto list = await(
        client->listContainers(true, {{QStringLiteral("label"), {QLatin1String(kInstanceLabel)}}}));
    if (!list)
        return;
    for (const auto &c : *list) {
        if (c.name.startsWith(QLatin1String(kNamePrefix)))
            await(client->removeContainer(c.id, true));
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Instances to create."),
                                  QStringLiteral("N"), QStringLiteral("10"));
    QCommandLineOption imageOption(QStringLiteral("image"), QStringLiteral("Image to create from."),
                                   QStringLiteral("IMAGE"),
                                   QStringLiteral("sloop-test/debian:bookworm"));
    parser.addOption(runsOption);
    parser.addOption(imageOption);
    parser.process(app);
    const int runs = qMax(1, parser.value(runsOption).toInt());
    const QString image = parser.value(imageOption);

    engine::DockerClient *client = connectLocalEngine(&app);
    removeLeftovers(client);
    SystemContainers containers(client);
    QTemporaryDir dir;
    const QString key = makeKey(dir.path());
    QFile pub(key + QStringLiteral(".pub"));
    if (!pub.open(QIODevice::ReadOnly))
        qFatal("bench: no public key");
    const QString publicKey = QString::fromUtf8(pub.readAll()).trimmed();
    const QString knownHosts = dir.filePath(QStringLiteral("known_hosts"));

    print(QStringLiteral("== sloop-bench-instance: Create -> SSH-ready, %1 instances from %2 on %3")
              .arg(runs)
              .arg(image, client->endpoint()));
    print(QStringLiteral("   %1").arg(machineLoad()));

    QList<double> created, banner, hostKey, login;
    for (int i = 0; i < runs; ++i) {
        SystemContainerSpec spec;
        spec.name = QLatin1String(kNamePrefix) + QString::number(i);
        spec.image = image;
        spec.vcpus = 1;
        spec.memoryMiB = 512;
        spec.pidsLimit = 512;
        spec.authorizedKey = publicKey;
        spec.ports = {{22, 0, QStringLiteral("tcp"), QStringLiteral("127.0.0.1")}};

        QElapsedTimer clock;
        clock.start();
        const auto made = await(containers.create(spec));
        if (!made)
            qFatal("bench: create failed: %s", qPrintable(made.error()));
        created.append(clock.nsecsElapsed() / 1e6);
        const auto up = await(waitForSsh(made->sshAddress(), made->sshPort(), 30000));
        if (!up)
            qFatal("bench: %s", qPrintable(up.error()));
        banner.append(clock.nsecsElapsed() / 1e6);
        const auto line = await(containers.hostKey(made->id));
        if (!line)
            qFatal("bench: %s", qPrintable(line.error()));
        if (const auto filed = trustHostKey(knownHosts, made->sshAddress(), made->sshPort(), *line);
            !filed)
            qFatal("bench: %s", qPrintable(filed.error()));
        hostKey.append(clock.nsecsElapsed() / 1e6);

        ssh::SshTarget target{
            made->name, made->sshAddress(), made->sshPort(), QStringLiteral("root"), {key}, false,
            {}};
        ssh::SshOptions options;
        options.knownHostsFile = knownHosts;
        options.globalKnownHostsFile = knownHosts + QStringLiteral(".none");
        options.useAgent = false;
        options.tryDefaultKeys = false;
        {
            ssh::SshSession session(target, options);
            const auto r = await(session.exec(ssh::RemoteCommand::argv({QStringLiteral("true")})));
            if (!r || r->exitStatus != 0)
                qFatal("bench: login failed: %s", qPrintable(r ? QString() : r.message()));
            login.append(clock.nsecsElapsed() / 1e6);
        }
        await(containers.remove(made->id));
    }

    const auto row = [](const QString &what, const QList<double> &samples) {
        const Figures f = figures(samples);
        print(QStringLiteral("   %1 median %2  p90 %3  (min %4, max %5)")
                  .arg(what.leftJustified(30), ms(f.median), ms(f.p90), ms(f.min), ms(f.max)));
        return f;
    };
    row(QStringLiteral("created and started"), created);
    const Figures ready = row(QStringLiteral("SSH banner (SSH-ready)"), banner);
    row(QStringLiteral("+ host key filed"), hostKey);
    const Figures loggedIn = row(QStringLiteral("+ key login, `true` ran"), login);
    print(QStringLiteral("   goal <= 2 s for SSH-ready: median %1, p90 %2 (%3); logged in: p90 %4")
              .arg(ms(ready.median), ms(ready.p90),
                   ready.p90 <= 2000 ? QStringLiteral("met") : QStringLiteral("NOT met"),
                   ms(loggedIn.p90)));
    print(QStringLiteral("reproduce: %1").arg(commandLine()));
    return 0;
}
