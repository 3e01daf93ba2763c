// `sloop instances ...` and `sloop snapshots ...`: the same InstanceService
// the window's Instances page drives, from a control plane made for this
// one command. Progress (each step and its output) goes to stderr as it
// happens; the result (a table, or JSON with --json) to stdout.
#include "commands.h"
#include "output.h"

#include "alarms/alarmservice.h"
#include "controlplane/adminapi.h"
#include "controlplane/controlplane.h"
#include "controlplane/ownerlease.h"
#include "engine/enginecatalog.h"
#include "instances/instancejson.h"
#include "instances/instanceoperation.h"
#include "instances/instancerepository.h"
#include "instances/instanceservice.h"
#include "instances/snapshotrepository.h"
#include "metrics/instancetarget.h"
#include "pricing/price.h"
#include "pricing/pricecatalog.h"

#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QPointer>

namespace sloop::cli {

namespace {

const QString kInstances = QStringLiteral("instances");
const QString kSnapshots = QStringLiteral("snapshots");

QString portsText(const instances::InstanceRecord &r)
{
    QStringList out;
    for (const instances::PortMapping &p : r.ports)
        out << QStringLiteral("%1->%2/%3").arg(p.hostPort).arg(p.containerPort).arg(p.protocol);
    return out.join(QLatin1Char(' '));
}

// The control plane of this command, with its store open.
struct Plane
{
    ControlPlane plane;
    QString error;
    Plane()
    {
        if (auto opened = plane.openStore(); !opened)
            error = opened.error();
    }
    instances::InstanceService *service() { return plane.instances(); }
};

// Prints a job's steps and output to stderr as they come and waits for
// every job to end. Returns the errors, one per failed job.
QStringList follow(const QList<instances::InstanceOperation *> &jobs, bool quiet)
{
    QEventLoop loop;
    int running = 0;
    QStringList errors;
    for (instances::InstanceOperation *job : jobs) {
        const bool many = jobs.size() > 1;
        const QString prefix = many ? job->instanceName() + QStringLiteral(": ") : QString();
        QObject::connect(
            job, &instances::InstanceOperation::stepChanged, &loop, [job, prefix](int i) {
                const auto &step = job->steps().at(i);
                if (step.state == instances::InstanceOperation::Running)
                    writeBytes(stderr,
                               (prefix + QStringLiteral("==> ") + step.title + '\n').toUtf8());
                else if (step.state == instances::InstanceOperation::Failed)
                    writeBytes(stderr,
                               (prefix + Tr::tr("FAILED: %1").arg(step.title) + '\n').toUtf8());
            });
        if (!quiet)
            QObject::connect(job, &instances::InstanceOperation::logAppended, &loop,
                             [](int, const QString &text) { writeBytes(stderr, text.toUtf8()); });
        QPointer<instances::InstanceOperation> guard(job);
        QObject::connect(job, &instances::InstanceOperation::finished, &loop,
                         [&, guard, prefix](bool ok, const QString &error) {
                             if (!ok)
                                 errors << prefix + error;
                             if (--running == 0)
                                 loop.quit();
                         });
        if (job->isRunning())
            ++running;
        else if (!job->succeeded())
            errors << prefix + job->error();
    }
    if (running > 0)
        loop.exec();
    return errors;
}

void printInstances(const QList<instances::InstanceRecord> &records,
                    const pricing::PriceCatalog &plans, bool json)
{
    if (json) {
        printJson(nlohmann::json::parse(QJsonDocument(instances::instancesToJson(records, plans))
                                            .toJson(QJsonDocument::Compact)
                                            .toStdString()));
        return;
    }
    Table table({Tr::tr("NAME"), Tr::tr("STATE"), Tr::tr("BLUEPRINT"), Tr::tr("PLAN"), Tr::tr("ON"),
                 Tr::tr("SSH"), Tr::tr("PORTS"), Tr::tr("PRICE")});
    table.setMaxWidth(6, 40);
    for (const auto &r : records) {
        const auto plan = plans.plan(r.planId);
        table.addRow({r.name, instances::displayName(r.state), r.blueprintId, r.planId, r.location,
                      r.address.isEmpty()
                          ? QString()
                          : QStringLiteral("%1@%2:%3").arg(r.loginUser, r.address).arg(r.sshPort),
                      portsText(r),
                      plan ? pricing::formatMonthly(plan->priceCents, plans.currency) : QString()});
    }
    table.print();
}

int instancesCreate(const QStringList &args)
{
    const ParsedArgs parsed =
        parseArgs(args, commonOptions() +
                            QList<OptionSpec>{{{QStringLiteral("--blueprint")}, true},
                                              {{QStringLiteral("--plan")}, true},
                                              {{QStringLiteral("--on")}, true},
                                              {{QStringLiteral("--engine")}, true},
                                              {{QStringLiteral("--name")}, true},
                                              {{QStringLiteral("--count")}, true},
                                              {{QStringLiteral("--tag")}, true},
                                              {{QStringLiteral("--launch-script")}, true},
                                              {{QStringLiteral("--key")}, true},
                                              {{QStringLiteral("--image")}, true},
                                              {{QStringLiteral("--no-default-alarms")}},
                                              {{QStringLiteral("--quiet"), QStringLiteral("-q")}}});
    if (const int status = checkParsed(parsed, kInstances); status != kContinue)
        return status;
    instances::CreateRequest request;
    request.blueprintId = parsed.value(QStringLiteral("blueprint"));
    request.planId = parsed.value(QStringLiteral("plan"));
    request.name = parsed.value(QStringLiteral("name"), parsed.positionals.value(0));
    if (request.blueprintId.isEmpty() || request.planId.isEmpty() || request.name.isEmpty())
        return usageError(Tr::tr("\"instances create\" needs --blueprint, --plan and --name"),
                          kInstances);
    if (parsed.has(QStringLiteral("on")) && parsed.has(QStringLiteral("engine")))
        return usageError(Tr::tr("give --on HOST (a whole server) or --engine ENGINE (a system "
                                 "container), not both"),
                          kInstances);
    // --on names either: an SSH host (the whole server) or an engine.
    request.kind = instances::InstanceKind::Container;
    request.location = parsed.value(QStringLiteral("engine"), QStringLiteral("local"));
    bool ok = true;
    request.count = parsed.value(QStringLiteral("count"), QStringLiteral("1")).toInt(&ok);
    if (!ok)
        return usageError(Tr::tr("--count takes a number"), kInstances);
    request.tags = parsed.values(QStringLiteral("tag"));
    request.keyFile = parsed.value(QStringLiteral("key"));
    request.image = parsed.value(QStringLiteral("image"));
    if (parsed.has(QStringLiteral("launch-script"))) {
        QFile script(parsed.value(QStringLiteral("launch-script")));
        if (!script.open(QIODevice::ReadOnly))
            return fail(Tr::tr("cannot read the launch script %1: %2")
                            .arg(script.fileName(), script.errorString()));
        request.launchScript = script.readAll();
    }

    Plane plane;
    if (!plane.error.isEmpty())
        return fail(plane.error);
    if (parsed.has(QStringLiteral("on"))) {
        const QString on = parsed.value(QStringLiteral("on"));
        if (plane.plane.engines()->find(on)) {
            request.location = on;
        } else {
            request.kind = instances::InstanceKind::Server;
            request.location = on;
        }
    }
    auto jobs = plane.service()->create(request);
    if (!jobs)
        return fail(jobs.problem());
    QStringList errors = follow(*jobs, parsed.has(QStringLiteral("quiet")));
    QList<instances::InstanceRecord> made;
    for (instances::InstanceOperation *job : *jobs)
        if (auto r = plane.service()->find(job->instanceName()); r && r->has_value())
            made << r->value();
    // Lightsail's suggested alarms (CPU, status check, disk) come with every
    // instance unless asked not to; `sloop serve` or the window evaluates them.
    if (!parsed.has(QStringLiteral("no-default-alarms")) && plane.plane.alarms())
        for (const instances::InstanceRecord &r : made)
            if (const auto added =
                    plane.plane.alarms()->addDefaultsFor(metrics::targetForInstance(r));
                !added)
                errors << Tr::tr("%1: the default alarms could not be made: %2")
                              .arg(r.name, added.error());
    printInstances(made, plane.service()->plans(), parsed.has(QStringLiteral("json")));
    for (const QString &error : errors)
        writeBytes(stderr, (QStringLiteral("sloop: ") + error + '\n').toUtf8());
    return errors.isEmpty() ? kExitOk : kExitFailure;
}

int instancesList(const QStringList &args)
{
    const ParsedArgs parsed = parseArgs(args, commonOptions());
    if (const int status = checkParsed(parsed, kInstances); status != kContinue)
        return status;
    // While a window or a serve owns the data folder, ask it: it holds the
    // store and the engines already. Else (or when it does not answer) the
    // work is done here.
    if (const auto owner = OwnerLease::holder(); owner && !owner->adminSocket.isEmpty()) {
        const auto answer = adminRequest(owner->adminSocket, "GET", "/v1/instances");
        if (answer && answer->status == 200) {
            if (parsed.has(QStringLiteral("verbose")))
                writeBytes(stderr, Tr::tr("sloop: asked the owner of the data folder, %1\n")
                                       .arg(OwnerLease::describe(*owner))
                                       .toUtf8());
            const auto records = instances::instancesFromJson(answer->body);
            if (!records)
                return fail(records.problem());
            const auto plans = pricing::loadPriceCatalog();
            printInstances(*records, plans ? *plans : pricing::PriceCatalog{},
                           parsed.has(QStringLiteral("json")));
            return kExitOk;
        }
    }
    Plane plane;
    if (!plane.error.isEmpty())
        return fail(plane.error);
    auto all = plane.service()->instances();
    if (!all)
        return fail(all.problem());
    printInstances(*all, plane.service()->plans(), parsed.has(QStringLiteral("json")));
    return kExitOk;
}

// start | stop | reboot | rm | retry NAME...
int instancesAction(const QString &verb, const QStringList &args)
{
    const ParsedArgs parsed =
        parseArgs(args, commonOptions() +
                            QList<OptionSpec>{{{QStringLiteral("--quiet"), QStringLiteral("-q")}}});
    if (const int status = checkParsed(parsed, kInstances); status != kContinue)
        return status;
    if (parsed.positionals.isEmpty())
        return usageError(Tr::tr("\"instances %1\" takes instance names").arg(verb), kInstances);
    Plane plane;
    if (!plane.error.isEmpty())
        return fail(plane.error);
    instances::InstanceService *service = plane.service();
    int status = kExitOk;
    for (const QString &name : parsed.positionals) {
        Result<instances::InstanceOperation *> job =
            verb == QLatin1String("start")    ? service->start(name)
            : verb == QLatin1String("stop")   ? service->stop(name)
            : verb == QLatin1String("reboot") ? service->reboot(name)
            : verb == QLatin1String("retry")  ? service->retry(name)
                                              : service->remove(name);
        if (!job) {
            status = fail(job.problem());
            continue;
        }
        const QStringList errors = follow({*job}, parsed.has(QStringLiteral("quiet")));
        if (!errors.isEmpty())
            status = fail(errors.join(QLatin1Char('\n')));
        else if (!parsed.has(QStringLiteral("json")))
            printLine(name);
    }
    return status;
}

int instancesSnapshot(const QStringList &args)
{
    const ParsedArgs parsed =
        parseArgs(args, commonOptions() + QList<OptionSpec>{{{QStringLiteral("--path")}, true}});
    if (const int status = checkParsed(parsed, kInstances); status != kContinue)
        return status;
    if (parsed.positionals.size() != 2)
        return usageError(Tr::tr("\"instances snapshot\" takes INSTANCE SNAPSHOT_NAME"),
                          kInstances);
    Plane plane;
    if (!plane.error.isEmpty())
        return fail(plane.error);
    auto job = plane.service()->snapshot(parsed.positionals.at(0), parsed.positionals.at(1),
                                         parsed.values(QStringLiteral("path")));
    if (!job)
        return fail(job.problem());
    const QStringList errors = follow({*job}, true);
    if (!errors.isEmpty())
        return fail(errors.join(QLatin1Char('\n')));
    printLine(parsed.positionals.at(1));
    return kExitOk;
}

} // namespace

int instancesCommand(const QStringList &args)
{
    const QString verb = args.value(0);
    const QStringList rest = args.mid(1);
    if (verb == QLatin1String("create"))
        return instancesCreate(rest);
    if (verb == QLatin1String("ls") || verb == QLatin1String("list"))
        return instancesList(rest);
    if (verb == QLatin1String("start") || verb == QLatin1String("stop") ||
        verb == QLatin1String("reboot") || verb == QLatin1String("retry") ||
        verb == QLatin1String("rm"))
        return instancesAction(verb, rest);
    if (verb == QLatin1String("snapshot"))
        return instancesSnapshot(rest);
    if (verb.isEmpty() || verb == QLatin1String("--help") || verb == QLatin1String("-h")) {
        writeBytes(stdout, instancesUsage().toUtf8());
        return verb.isEmpty() ? kExitUsage : kExitOk;
    }
    return usageError(Tr::tr("unknown instances command \"%1\"").arg(verb), kInstances);
}

int snapshotsCommand(const QStringList &args)
{
    const QString verb = args.value(0);
    const ParsedArgs parsed = parseArgs(args.mid(1), commonOptions());
    if (const int status = checkParsed(parsed, kSnapshots); status != kContinue)
        return status;
    Plane plane;
    if (!plane.error.isEmpty())
        return fail(plane.error);
    instances::InstanceService *service = plane.service();
    if (verb == QLatin1String("ls") || verb == QLatin1String("list")) {
        auto all = service->snapshots().all();
        if (!all)
            return fail(all.problem());
        if (parsed.has(QStringLiteral("json"))) {
            nlohmann::json out = nlohmann::json::array();
            for (const auto &s : *all)
                out.push_back({{"name", utf8(s.name)},
                               {"instance", utf8(s.instanceName)},
                               {"kind", utf8(instances::snapshotKindToString(s.kind))},
                               {"location", utf8(s.location)},
                               {"image", utf8(s.image)},
                               {"archive", utf8(s.archivePath)},
                               {"sizeBytes", s.sizeBytes},
                               {"automatic", s.automatic},
                               {"createdMs", s.createdMs}});
            printJson(out);
            return kExitOk;
        }
        Table table(
            {Tr::tr("NAME"), Tr::tr("INSTANCE"), Tr::tr("KIND"), Tr::tr("ON"), Tr::tr("CREATED")});
        for (const auto &s : *all)
            table.addRow({s.name, s.instanceName, instances::snapshotKindToString(s.kind),
                          s.location,
                          QDateTime::fromMSecsSinceEpoch(s.createdMs).toString(Qt::ISODate)});
        table.print();
        return kExitOk;
    }
    if (verb == QLatin1String("restore")) {
        if (parsed.positionals.size() != 2)
            return usageError(Tr::tr("\"snapshots restore\" takes SNAPSHOT NEW_NAME (or, for a "
                                     "server snapshot, the instance to unpack it onto)"),
                              kSnapshots);
        auto job = service->restoreSnapshot(parsed.positionals.at(0), parsed.positionals.at(1),
                                            parsed.positionals.at(1));
        if (!job)
            return fail(job.problem());
        const QStringList errors = follow({*job}, true);
        if (!errors.isEmpty())
            return fail(errors.join(QLatin1Char('\n')));
        printLine(parsed.positionals.at(1));
        return kExitOk;
    }
    if (verb == QLatin1String("rm")) {
        int status = kExitOk;
        for (const QString &name : parsed.positionals) {
            auto job = service->deleteSnapshot(name);
            if (!job) {
                status = fail(job.problem());
                continue;
            }
            const QStringList errors = follow({*job}, true);
            if (!errors.isEmpty())
                status = fail(errors.join(QLatin1Char('\n')));
        }
        return status;
    }
    return usageError(Tr::tr("unknown snapshots command \"%1\"").arg(verb), kSnapshots);
}

} // namespace sloop::cli
