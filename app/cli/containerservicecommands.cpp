// sloop container-services: Lightsail's container services on a swarm: a
// power and a scale, deployments that go live only when healthy, and a
// public endpoint the owner of the data folder serves.
#include "commands.h"
#include "hostsession.h"
#include "output.h"
#include "session.h"

#include "containerservices/containerdeployer.h"
#include "containerservices/containerservicerepository.h"
#include "engine/dockerclient.h"
#include "pricing/containerpowers.h"
#include "store/database.h"

#include <QDateTime>
#include <QFile>

#include <functional>

namespace sloop::cli {

namespace {

using namespace containerservices;

const QString kTopic = QStringLiteral("container-services");

int withRepo(const std::function<int(ContainerServiceRepository &repo)> &use)
{
    store::Database db;
    if (!openStore(db))
        return kExitFailure;
    ContainerServiceRepository repo(db);
    return use(repo);
}

double monthlyUsd(const ContainerService &s, const pricing::ContainerPowers *powers)
{
    const pricing::ContainerPower *p = powers ? powers->find(s.power) : nullptr;
    return p ? p->priceUsd * s.scale : 0;
}

nlohmann::json healthJson(const HealthCheck &h)
{
    return {{"healthyThreshold", h.healthyThreshold},
            {"unhealthyThreshold", h.unhealthyThreshold},
            {"timeoutSeconds", h.timeoutSeconds},
            {"intervalSeconds", h.intervalSeconds},
            {"path", utf8(h.path)},
            {"successCodes", utf8(h.successCodes)}};
}

nlohmann::json deploymentJson(const Deployment &d)
{
    nlohmann::json containers = nlohmann::json::object();
    for (const Container &c : d.spec.containers) {
        nlohmann::json env = nlohmann::json::object();
        for (auto it = c.environment.cbegin(); it != c.environment.cend(); ++it)
            env[utf8(it.key())] = utf8(it.value());
        nlohmann::json ports = nlohmann::json::object();
        for (auto it = c.ports.cbegin(); it != c.ports.cend(); ++it)
            ports[std::to_string(it.key())] = utf8(it.value());
        containers[utf8(c.name)] = {{"image", utf8(c.image)},
                                    {"command", utf8List(c.command)},
                                    {"environment", env},
                                    {"ports", ports}};
    }
    nlohmann::json out{
        {"version", d.version},
        {"state", utf8(deploymentStateName(d.state))},
        {"createdAt",
         utf8(QDateTime::fromMSecsSinceEpoch(d.createdMs).toUTC().toString(Qt::ISODate))},
        {"containers", containers}};
    if (d.spec.publicEndpoint)
        out["publicEndpoint"] = {{"containerName", utf8(d.spec.publicEndpoint->containerName)},
                                 {"containerPort", d.spec.publicEndpoint->containerPort},
                                 {"healthCheck", healthJson(d.spec.publicEndpoint->healthCheck)}};
    if (!d.reason.isEmpty())
        out["reason"] = utf8(d.reason);
    return out;
}

nlohmann::json serviceJson(const ContainerService &s, const pricing::ContainerPowers *powers,
                           const Copies *copies)
{
    nlohmann::json out{
        {"containerServiceName", utf8(s.name)},
        {"engine", utf8(s.engine)},
        {"state", utf8(serviceStateName(s.state()))},
        {"power", utf8(s.power)},
        {"scale", s.scale},
        {"isDisabled", s.disabled},
        {"monthlyUsd", monthlyUsd(s, powers)},
        {"url", utf8(s.url())},
        {"port", s.port},
        {"createdAt",
         utf8(QDateTime::fromMSecsSinceEpoch(s.createdMs).toUTC().toString(Qt::ISODate))}};
    if (const Deployment *d = s.active())
        out["currentDeployment"] = deploymentJson(*d);
    if (const Deployment *d = s.activating())
        out["nextDeployment"] = deploymentJson(*d);
    if (copies) {
        out["running"] = copies->running;
        out["desired"] = copies->desired;
    }
    return out;
}

int create(const QStringList &args)
{
    const ParsedArgs p =
        parseArgs(args, commonOptions() + QList<OptionSpec>{{{QStringLiteral("--power")}, true},
                                                            {{QStringLiteral("--scale")}, true}});
    if (const int status = checkParsed(p, kTopic); status != kContinue)
        return status;
    if (p.positionals.size() != 1)
        return usageError(Tr::tr("\"container-services create\" takes one NAME"), kTopic);
    const auto powers = pricing::loadContainerPowers();
    if (!powers)
        return fail(powers.problem());
    ContainerService s;
    s.name = p.positionals.first();
    s.power = p.value(QStringLiteral("power"), QStringLiteral("nano")).toLower();
    if (!powers->find(s.power))
        return usageError(Tr::tr("--power is one of %1, not \"%2\"")
                              .arg(powers->ids().join(QStringLiteral(", ")), s.power),
                          kTopic);
    bool ok = true;
    s.scale = p.value(QStringLiteral("scale"), QStringLiteral("1")).toInt(&ok);
    if (!ok || s.scale < 1 || s.scale > kMaxScale)
        return usageError(Tr::tr("--scale is 1 to %1").arg(kMaxScale), kTopic);
    Session session(p);
    const auto client = session.client();
    if (!client)
        return fail(client.error(), session.lookupExitCode());
    s.engine = client.value()->name();
    return withRepo([&](ContainerServiceRepository &repo) {
        const auto made = repo.create(s);
        if (!made)
            return fail(made.problem());
        if (session.json()) {
            printJson(serviceJson(*made, &*powers, nullptr));
        } else {
            const pricing::ContainerPower *power = powers->find(made->power);
            printLine(Tr::tr("%1: %2 × %3 (%4 vCPU, %5 MB each) on %6, $%7 a month; deploy to "
                             "it with \"sloop container-services deploy %1 --image IMAGE --port "
                             "PORT\".")
                          .arg(made->name, power->name)
                          .arg(made->scale)
                          .arg(power->vcpus)
                          .arg(power->memoryMiB)
                          .arg(made->engine)
                          .arg(monthlyUsd(*made, &*powers), 0, 'f', 2));
        }
        return kExitOk;
    });
}

Result<DeploymentSpec> specFromOptions(const ParsedArgs &p)
{
    if (p.has(QStringLiteral("file"))) {
        QFile file(p.value(QStringLiteral("file")));
        if (!file.open(QIODevice::ReadOnly))
            return Result<DeploymentSpec>::failure(
                ErrorKind::NotFound,
                Tr::tr("%1 cannot be read: %2").arg(file.fileName(), file.errorString()));
        return deploymentSpecFromJson(file.readAll());
    }
    DeploymentSpec spec;
    Container c;
    c.name = p.value(QStringLiteral("container"), QStringLiteral("app"));
    c.image = p.value(QStringLiteral("image"));
    if (c.image.isEmpty())
        return Result<DeploymentSpec>::failure(
            ErrorKind::InvalidInput, Tr::tr("a deployment needs --image IMAGE or --file FILE"));
    c.command = p.positionals.mid(1);
    for (const QString &e : p.values(QStringLiteral("env"))) {
        const qsizetype eq = e.indexOf(QLatin1Char('='));
        if (eq < 1)
            return Result<DeploymentSpec>::failure(
                ErrorKind::InvalidInput, Tr::tr("--env takes NAME=VALUE, not \"%1\"").arg(e));
        c.environment.insert(e.left(eq), e.mid(eq + 1));
    }
    if (p.has(QStringLiteral("port"))) {
        bool ok = false;
        const int port = p.value(QStringLiteral("port")).toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return Result<DeploymentSpec>::failure(ErrorKind::InvalidInput,
                                                   Tr::tr("--port is a port, 1 to 65535"));
        c.ports.insert(port, QStringLiteral("HTTP"));
        PublicEndpoint e;
        e.containerName = c.name;
        e.containerPort = port;
        HealthCheck &h = e.healthCheck;
        h.path = p.value(QStringLiteral("health-path"), h.path);
        h.successCodes = p.value(QStringLiteral("success-codes"), h.successCodes);
        const auto number = [&p](const QString &option, int &into) {
            if (!p.has(option))
                return true;
            bool ok = false;
            into = p.value(option).toInt(&ok);
            return ok;
        };
        if (!number(QStringLiteral("healthy-threshold"), h.healthyThreshold) ||
            !number(QStringLiteral("unhealthy-threshold"), h.unhealthyThreshold) ||
            !number(QStringLiteral("interval"), h.intervalSeconds) ||
            !number(QStringLiteral("timeout"), h.timeoutSeconds))
            return Result<DeploymentSpec>::failure(
                ErrorKind::InvalidInput,
                Tr::tr("thresholds, --interval and --timeout are whole numbers"));
        spec.publicEndpoint = e;
    }
    spec.containers.append(c);
    return spec;
}

int deployCommand(const QStringList &args)
{
    const ParsedArgs p = parseArgs(
        args,
        commonOptions() + QList<OptionSpec>{{{QStringLiteral("--image")}, true},
                                            {{QStringLiteral("--container")}, true},
                                            {{QStringLiteral("--port")}, true},
                                            {{QStringLiteral("--env"), QStringLiteral("-e")}, true},
                                            {{QStringLiteral("--health-path")}, true},
                                            {{QStringLiteral("--success-codes")}, true},
                                            {{QStringLiteral("--healthy-threshold")}, true},
                                            {{QStringLiteral("--unhealthy-threshold")}, true},
                                            {{QStringLiteral("--interval")}, true},
                                            {{QStringLiteral("--timeout")}, true},
                                            {{QStringLiteral("--file")}, true},
                                            {{QStringLiteral("--wait")}, true}});
    if (const int status = checkParsed(p, kTopic); status != kContinue)
        return status;
    if (p.positionals.isEmpty())
        return usageError(Tr::tr("\"container-services deploy\" takes a NAME"), kTopic);
    const auto spec = specFromOptions(p);
    if (!spec)
        return usageError(spec.error(), kTopic);
    if (auto ok = validate(*spec); !ok)
        return usageError(ok.error(), kTopic);
    DeployOptions options;
    if (p.has(QStringLiteral("wait"))) {
        bool ok = false;
        options.timeoutSeconds = p.value(QStringLiteral("wait")).toInt(&ok);
        if (!ok || options.timeoutSeconds < 10)
            return usageError(Tr::tr("--wait is seconds, 10 or more"), kTopic);
    }
    return withRepo([&](ContainerServiceRepository &repo) {
        const auto service = repo.require(p.positionals.first());
        if (!service)
            return fail(service.problem());
        Session session(p);
        const auto client = session.client(service->engine);
        if (!client)
            return fail(client.error(), session.lookupExitCode());
        if (!session.json())
            options.progress = [](const QString &line) {
                writeBytes(stderr, (escapeForTerminal(line) + QLatin1Char('\n')).toUtf8());
            };
        const auto done = session.run(deploy(client.value(), repo, service->name, *spec, options));
        if (!done)
            return fail(done.problem());
        const auto after = repo.require(service->name);
        if (session.json()) {
            printJson(deploymentJson(*done));
        } else if (done->state == DeploymentState::Active) {
            printLine(Tr::tr("Deployment %1 of %2 is active at %3")
                          .arg(done->version)
                          .arg(service->name)
                          .arg(after && !after->url().isEmpty() ? after->url()
                                                                : Tr::tr("(no public endpoint)")));
        } else {
            const Deployment *kept = after ? after->active() : nullptr;
            printLine(Tr::tr("Deployment %1 of %2 FAILED: %3. %4")
                          .arg(done->version)
                          .arg(service->name, done->reason,
                               kept ? Tr::tr("Deployment %1 still serves.").arg(kept->version)
                                    : Tr::tr("Nothing is deployed.")));
        }
        return done->state == DeploymentState::Active ? kExitOk : kExitConflict;
    });
}

int list(const QStringList &args)
{
    const ParsedArgs p = parseArgs(args, commonOptions());
    if (const int status = checkParsed(p, kTopic); status != kContinue)
        return status;
    return withRepo([&](ContainerServiceRepository &repo) {
        const auto services = repo.all();
        if (!services)
            return fail(services.problem());
        const auto powers = pricing::loadContainerPowers();
        const pricing::ContainerPowers *prices = powers ? &*powers : nullptr;
        // What runs, one call per engine; an engine away leaves its blanks.
        Session session(p);
        QHash<QString, QHash<QString, Copies>> copies;
        for (const ContainerService &s : *services) {
            if (copies.contains(s.engine))
                continue;
            copies.insert(s.engine, {});
            const auto client = session.client(s.engine);
            if (!client)
                continue;
            if (const auto running = session.run(runningCopies(client.value())))
                copies.insert(s.engine, *running);
        }
        const auto copiesOf = [&copies](const ContainerService &s) -> const Copies * {
            const Deployment *d = s.active();
            if (!d)
                return nullptr;
            const auto &byVersion = copies[s.engine];
            const auto it = byVersion.constFind(networkName(s.name, d->version));
            return it == byVersion.cend() ? nullptr : &*it;
        };
        if (session.json()) {
            nlohmann::json out = nlohmann::json::array();
            for (const ContainerService &s : *services)
                out.push_back(serviceJson(s, prices, copiesOf(s)));
            printJson(out);
            return kExitOk;
        }
        if (services->isEmpty()) {
            printLine(Tr::tr("No container services. Make one with \"sloop container-services "
                             "create NAME --power nano --scale 1\"."));
            return kExitOk;
        }
        Table table({Tr::tr("NAME"), Tr::tr("STATE"), Tr::tr("POWER"), Tr::tr("SCALE"),
                     Tr::tr("RUNNING"), Tr::tr("USD/MONTH"), Tr::tr("DEPLOYMENT"), Tr::tr("URL"),
                     Tr::tr("ENGINE")});
        for (const ContainerService &s : *services) {
            const Copies *c = copiesOf(s);
            const Deployment *d = s.active();
            table.addRow(
                {s.name, serviceStateName(s.state()), s.power, QString::number(s.scale),
                 c ? QStringLiteral("%1/%2").arg(c->running).arg(c->desired) : QStringLiteral("-"),
                 QString::number(monthlyUsd(s, prices), 'f', 2),
                 d ? QString::number(d->version) : QStringLiteral("-"),
                 s.url().isEmpty() ? QStringLiteral("-") : s.url(), s.engine});
        }
        table.print();
        return kExitOk;
    });
}

int show(const QStringList &args)
{
    const ParsedArgs p = parseArgs(args, commonOptions());
    if (const int status = checkParsed(p, kTopic); status != kContinue)
        return status;
    if (p.positionals.size() != 1)
        return usageError(Tr::tr("\"container-services show\" takes one NAME"), kTopic);
    return withRepo([&](ContainerServiceRepository &repo) {
        const auto s = repo.require(p.positionals.first());
        if (!s)
            return fail(s.problem());
        const auto powers = pricing::loadContainerPowers();
        if (p.has(QStringLiteral("json"))) {
            nlohmann::json out = serviceJson(*s, powers ? &*powers : nullptr, nullptr);
            nlohmann::json deployments = nlohmann::json::array();
            for (const Deployment &d : s->deployments)
                deployments.push_back(deploymentJson(d));
            out["deployments"] = deployments;
            printJson(out);
            return kExitOk;
        }
        printLine(Tr::tr("%1: %2, %3 × %4 on %5, $%6 a month%7")
                      .arg(s->name, serviceStateName(s->state()), s->power)
                      .arg(s->scale)
                      .arg(s->engine)
                      .arg(monthlyUsd(*s, powers ? &*powers : nullptr), 0, 'f', 2)
                      .arg(s->url().isEmpty() ? QString() : QStringLiteral(", ") + s->url()));
        Table table({Tr::tr("VERSION"), Tr::tr("STATE"), Tr::tr("CREATED"), Tr::tr("CONTAINERS"),
                     Tr::tr("REASON")});
        table.setMaxWidth(4, 80);
        for (auto it = s->deployments.crbegin(); it != s->deployments.crend(); ++it) {
            QStringList containers;
            for (const Container &c : it->spec.containers)
                containers.append(c.name + QLatin1Char('=') + c.image);
            table.addRow({QString::number(it->version), deploymentStateName(it->state),
                          QDateTime::fromMSecsSinceEpoch(it->createdMs).toString(Qt::ISODate),
                          containers.join(QStringLiteral(", ")), it->reason});
        }
        table.print();
        return kExitOk;
    });
}

int update(const QStringList &args)
{
    const ParsedArgs p =
        parseArgs(args, commonOptions() + QList<OptionSpec>{{{QStringLiteral("--power")}, true},
                                                            {{QStringLiteral("--scale")}, true},
                                                            {{QStringLiteral("--disable")}, false},
                                                            {{QStringLiteral("--enable")}, false}});
    if (const int status = checkParsed(p, kTopic); status != kContinue)
        return status;
    if (p.positionals.size() != 1)
        return usageError(Tr::tr("\"container-services update\" takes one NAME"), kTopic);
    CapacityChange change;
    if (p.has(QStringLiteral("power")))
        change.power = p.value(QStringLiteral("power"));
    if (p.has(QStringLiteral("scale"))) {
        bool ok = false;
        change.scale = p.value(QStringLiteral("scale")).toInt(&ok);
        if (!ok)
            return usageError(Tr::tr("--scale is 1 to %1").arg(kMaxScale), kTopic);
    }
    if (p.has(QStringLiteral("disable")) && p.has(QStringLiteral("enable")))
        return usageError(Tr::tr("--disable or --enable, not both"), kTopic);
    if (p.has(QStringLiteral("disable")) || p.has(QStringLiteral("enable")))
        change.disabled = p.has(QStringLiteral("disable"));
    if (!change.power && !change.scale && !change.disabled)
        return usageError(Tr::tr("say what to change: --power, --scale, --disable or --enable"),
                          kTopic);
    return withRepo([&](ContainerServiceRepository &repo) {
        const auto s = repo.require(p.positionals.first());
        if (!s)
            return fail(s.problem());
        Session session(p);
        const auto client = session.client(s->engine);
        if (!client)
            return fail(client.error(), session.lookupExitCode());
        const auto changed = session.run(changeCapacity(client.value(), repo, s->name, change));
        if (!changed)
            return fail(changed.problem());
        const auto after = repo.require(s->name);
        if (after)
            printLine(Tr::tr("%1: %2, %3 × %4")
                          .arg(after->name, serviceStateName(after->state()), after->power)
                          .arg(after->scale));
        return kExitOk;
    });
}

int powersList(const QStringList &args)
{
    const ParsedArgs p = parseArgs(args, commonOptions());
    if (const int status = checkParsed(p, kTopic); status != kContinue)
        return status;
    const auto powers = pricing::loadContainerPowers();
    if (!powers)
        return fail(powers.problem());
    if (p.has(QStringLiteral("json"))) {
        nlohmann::json out = nlohmann::json::array();
        for (const pricing::ContainerPower &w : powers->powers)
            out.push_back({{"powerId", utf8(w.id)},
                           {"name", utf8(w.name)},
                           {"cpuCount", w.vcpus},
                           {"ramSizeInGb", double(w.memoryMiB) / 1024.0},
                           {"price", w.priceUsd}});
        printJson(out);
        return kExitOk;
    }
    Table table({Tr::tr("POWER"), Tr::tr("VCPU"), Tr::tr("MEMORY"), Tr::tr("USD/MONTH/NODE")});
    for (const pricing::ContainerPower &w : powers->powers)
        table.addRow({w.id, QString::number(w.vcpus),
                      w.memoryMiB >= 1024 ? QStringLiteral("%1 GB").arg(w.memoryMiB / 1024.0)
                                          : QStringLiteral("%1 MB").arg(w.memoryMiB),
                      QString::number(w.priceUsd, 'f', 2)});
    table.print();
    printLine(
        Tr::tr("%1, taken on %2 from %3").arg(powers->title, powers->takenOn, powers->source));
    return kExitOk;
}

int removeCommand(const QStringList &args)
{
    const ParsedArgs p = parseArgs(args, commonOptions());
    if (const int status = checkParsed(p, kTopic); status != kContinue)
        return status;
    if (p.positionals.isEmpty())
        return usageError(Tr::tr("\"container-services rm\" takes NAME..."), kTopic);
    return withRepo([&](ContainerServiceRepository &repo) {
        Session session(p);
        return applyToEach(p.positionals, [&](const QString &name) -> VoidResult {
            const auto s = repo.require(name);
            if (!s)
                return VoidResult::failure(s.problem());
            const auto client = session.client(s->engine);
            // An engine that is gone took its services with it.
            return session.run(
                removeContainerService(client ? client.value() : nullptr, repo, s->name));
        });
    });
}

} // namespace

int containerServicesCommand(const QStringList &args)
{
    const QString verb = args.value(0);
    const QStringList rest = args.mid(1);
    if (verb == QLatin1String("create"))
        return create(rest);
    if (verb == QLatin1String("deploy"))
        return deployCommand(rest);
    if (verb == QLatin1String("ls") || verb == QLatin1String("list"))
        return list(rest);
    if (verb == QLatin1String("show"))
        return show(rest);
    if (verb == QLatin1String("update"))
        return update(rest);
    if (verb == QLatin1String("powers"))
        return powersList(rest);
    if (verb == QLatin1String("rm") || verb == QLatin1String("remove"))
        return removeCommand(rest);
    if (verb.isEmpty() || isHelpWord(verb)) {
        writeBytes(verb.isEmpty() ? stderr : stdout, containerServicesUsage().toUtf8());
        return verb.isEmpty() ? kExitUsage : kExitOk;
    }
    return usageError(Tr::tr("unknown container-services command \"%1\"").arg(verb), kTopic);
}

} // namespace sloop::cli
