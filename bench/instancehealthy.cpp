// sloop-bench-blueprint: Create → Running through InstanceService, as the
// wizard's Create button and `sloop instances create` do it, on the local
// engine from sloop-test/debian:bookworm:
//   debian-12  OS only: container, host key, SSH, the blueprint's few steps
//   nginx      Apps + OS: the same plus apt-get update/install from Debian's
//              mirror, until its health check (HTTP through the published
//              port) answers
// Times each run from create() to the job's end, and the moment the job
// reached its first provisioning step (SSH-ready as the service sees it).
// Prints median and p90 and the command that reproduces them. Each instance
// is deleted after its run. Not a ctest test.

#include "benchsupport.h"

#include "commandlog/commandlog.h"
#include "engine/enginecatalog.h"
#include "hosts/hostconnections.h"
#include "hosts/hostrepository.h"
#include "instances/instanceoperation.h"
#include "instances/instanceservice.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace sloop;
using namespace sloop::bench;
using namespace sloop::instances;

namespace {

void print(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs per blueprint."),
                      QStringLiteral("N"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("blueprints"), QStringLiteral("Comma-separated ids."),
                      QStringLiteral("IDS"), QStringLiteral("debian-12,nginx")});
    parser.process(app);
    const int runs = qMax(1, parser.value(QStringLiteral("runs")).toInt());
    const QStringList ids = parser.value(QStringLiteral("blueprints")).split(QLatin1Char(','));

    // A private world: XDG folders, HOME (known_hosts) and the store.
    QTemporaryDir dir;
    qputenv("XDG_DATA_HOME", dir.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("config")).toUtf8());
    qputenv("HOME", dir.path().toUtf8());
    qputenv("SLOOP_INSTANCE_IMAGE", "sloop-test/debian:bookworm");
    QDir().mkpath(dir.filePath(QStringLiteral("data/sloop")));
    store::Database db;
    if (auto opened = db.open(dir.filePath(QStringLiteral("data/sloop/sloop.db"))); !opened)
        qFatal("bench: %s", qPrintable(opened.error()));
    CommandLog log;
    engine::EngineManager engines(&log);
    hosts::HostConnections connections(&log);
    ssh::SshOptions options = connections.baseOptions();
    options.knownHostsFile = dir.filePath(QStringLiteral("known_hosts"));
    options.useAgent = false;
    options.tryDefaultKeys = false;
    connections.setBaseOptions(options);
    hosts::HostRepository hosts(db);
    InstanceService service(db, &engines, &connections, &hosts, &log);

    print(QStringLiteral("Create -> Running through InstanceService, local engine, image "
                         "sloop-test/debian:bookworm, plan micro, %1 run(s) each")
              .arg(runs));
    for (const QString &id : ids) {
        QList<double> total, sshReady;
        for (int run = 0; run < runs; ++run) {
            CreateRequest request;
            request.name = QStringLiteral("bench-%1-%2")
                               .arg(id)
                               .arg(run)
                               .replace(QLatin1Char('.'), QLatin1Char('-'));
            request.location = QStringLiteral("local");
            request.blueprintId = id;
            request.planId = QStringLiteral("micro");
            QElapsedTimer clock;
            clock.start();
            auto jobs = service.create(request);
            if (!jobs)
                qFatal("bench: %s", qPrintable(jobs.error()));
            InstanceOperation *job = jobs->first();
            double ready = -1;
            QObject::connect(job, &InstanceOperation::stepChanged, job, [&, job](int index) {
                const auto &step = job->steps().at(index);
                if (ready < 0 && step.state == InstanceOperation::Succeeded &&
                    step.title.startsWith(QLatin1String("Wait for SSH")))
                    ready = double(clock.nsecsElapsed()) / 1e6;
            });
            if (!spinUntil([job] { return !job->isRunning(); }, 600000))
                qFatal("bench: %s did not finish in 10 minutes", qPrintable(request.name));
            const double took = double(clock.nsecsElapsed()) / 1e6;
            if (!job->succeeded())
                qFatal("bench: %s failed: %s", qPrintable(request.name), qPrintable(job->error()));
            total << took;
            sshReady << ready;
            print(QStringLiteral("  %1 run %2: SSH-ready %3 ms, Running (healthy) %4 ms")
                      .arg(id)
                      .arg(run + 1)
                      .arg(ready, 0, 'f', 0)
                      .arg(took, 0, 'f', 0));
            auto removed = service.remove(request.name);
            if (removed)
                spinUntil([j = *removed] { return !j->isRunning(); }, 60000);
        }
        const Figures ready = figures(sshReady);
        const Figures running = figures(total);
        print(QStringLiteral("%1: SSH-ready median %2, p90 %3; Create -> Running median %4, p90 %5")
                  .arg(id, ms(ready.median), ms(ready.p90), ms(running.median), ms(running.p90)));
    }
    print(machineLoad());
    print(QStringLiteral("reproduce: %1").arg(commandLine()));
    return 0;
}
