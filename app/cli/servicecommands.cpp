// sloop services: Swarm services (ECS's services) — create, list, scale,
// update with a rolling update, roll back, read logs, remove.
#include "commands.h"
#include "output.h"
#include "session.h"
#include "swarmcli.h"

#include "swarm/serviceform.h"
#include "swarm/swarmapi.h"

#include <QElapsedTimer>
#include <QTimer>

namespace sloop::cli {

namespace {

const QString kTopic = QStringLiteral("services");

// The options of `create` that are also `update`'s (the rolling update's).
QList<OptionSpec> updateOptions()
{
    return {{{QStringLiteral("--update-parallelism")}, true},
            {{QStringLiteral("--update-delay")}, true},
            {{QStringLiteral("--update-failure-action")}, true},
            {{QStringLiteral("--update-monitor")}, true},
            {{QStringLiteral("--update-order")}, true},
            {{QStringLiteral("--detach"), QStringLiteral("-d")}, false},
            {{QStringLiteral("--timeout")}, true}};
}

QList<OptionSpec> createOptions()
{
    return commonOptions() + updateOptions() +
           QList<OptionSpec>{{{QStringLiteral("--image")}, true},
                             {{QStringLiteral("--replicas")}, true},
                             {{QStringLiteral("--global")}, false},
                             {{QStringLiteral("--publish"), QStringLiteral("-p")}, true},
                             {{QStringLiteral("--env"), QStringLiteral("-e")}, true},
                             {{QStringLiteral("--constraint")}, true},
                             {{QStringLiteral("--mount")}, true},
                             {{QStringLiteral("--label"), QStringLiteral("-l")}, true},
                             {{QStringLiteral("--secret")}, true},
                             {{QStringLiteral("--config")}, true},
                             {{QStringLiteral("--limit-cpu")}, true},
                             {{QStringLiteral("--limit-memory")}, true},
                             {{QStringLiteral("--reserve-cpu")}, true},
                             {{QStringLiteral("--reserve-memory")}, true},
                             {{QStringLiteral("--restart-condition")}, true},
                             {{QStringLiteral("--health-cmd")}, true},
                             {{QStringLiteral("--health-interval")}, true},
                             {{QStringLiteral("--health-timeout")}, true},
                             {{QStringLiteral("--health-start-period")}, true},
                             {{QStringLiteral("--health-retries")}, true}};
}

void readUpdateOptions(const ParsedArgs &p, swarm::ServiceForm &form)
{
    form.updateParallelism = p.value(QStringLiteral("update-parallelism"));
    form.updateDelay = p.value(QStringLiteral("update-delay"));
    form.updateFailureAction = p.value(QStringLiteral("update-failure-action"));
    form.updateMonitor = p.value(QStringLiteral("update-monitor"));
    form.updateOrder = p.value(QStringLiteral("update-order"));
}

bool hasUpdateOptions(const ParsedArgs &p)
{
    for (const char *key : {"update-parallelism", "update-delay", "update-failure-action",
                            "update-monitor", "update-order"})
        if (p.has(QString::fromLatin1(key)))
            return true;
    return false;
}

// The seconds --timeout gives, or `fallback`; -1 when it is not a number.
int timeoutSeconds(const ParsedArgs &p, int fallback)
{
    if (!p.has(QStringLiteral("timeout")))
        return fallback;
    const qint64 ms = swarm::parseDurationMs(p.value(QStringLiteral("timeout")));
    return ms <= 0 ? -1 : int(std::min<qint64>(ms / 1000 + (ms % 1000 ? 1 : 0), 86400));
}

// Node id → hostname, for tasks and log lines (empty when the nodes cannot
// be listed: ids are shown instead).
QHash<QString, QString> nodeNames(Session &session, swarm::SwarmApi &api)
{
    QHash<QString, QString> names;
    if (const auto nodes = session.run(api.nodes()))
        for (const swarm::SwarmNode &n : *nodes)
            names.insert(n.id, n.hostname);
    return names;
}

void pauseFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

QString portsText(const QList<swarm::PublishedPort> &ports)
{
    QStringList out;
    for (const swarm::PublishedPort &p : ports)
        out.append(
            (p.published > 0 ? QString::number(p.published) + QStringLiteral("->") : QString()) +
            QString::number(p.target) + QLatin1Char('/') + p.protocol +
            (p.mode == QLatin1String("host") ? QStringLiteral(" (host)") : QString()));
    return out.join(QStringLiteral(", "));
}

nlohmann::json toJson(const swarm::ServiceSummary &s)
{
    nlohmann::json ports = nlohmann::json::array();
    for (const swarm::PublishedPort &p : s.ports)
        ports.push_back({{"published", p.published},
                         {"target", p.target},
                         {"protocol", utf8(p.protocol)},
                         {"mode", utf8(p.mode)}});
    return {{"id", utf8(s.id)},
            {"name", utf8(s.name)},
            {"image", utf8(s.image)},
            {"mode", utf8(s.mode)},
            {"desired", s.desired},
            {"running", s.running},
            {"ports", ports},
            {"updateState", utf8(s.updateState)},
            {"updateMessage", utf8(s.updateMessage)},
            {"created", utf8(s.created.toUTC().toString(Qt::ISODate))},
            {"updated", utf8(s.updated.toUTC().toString(Qt::ISODate))},
            {"canRollback", s.hasPreviousSpec}};
}

// Waits until the service runs as many tasks as it wants, printing each
// change of the count; false when it does not within `seconds`.
bool waitConverged(Session &session, swarm::SwarmApi &api, const QString &name, int seconds)
{
    QElapsedTimer clock;
    clock.start();
    int shown = -1;
    while (true) {
        const auto s = session.run(api.service(name));
        const auto tasks = session.run(api.tasks(name, false));
        if (s && tasks) {
            int running = 0;
            for (const swarm::SwarmTask &t : *tasks)
                running += t.state == QLatin1String("running") ? 1 : 0;
            const int desired =
                s->mode == QLatin1String("global") ? int(tasks->size()) : s->desired;
            if (running != shown && !session.json()) {
                writeBytes(stderr, Tr::tr("%1: %2 of %3 tasks running")
                                           .arg(name)
                                           .arg(running)
                                           .arg(desired)
                                           .toUtf8() +
                                       '\n');
                shown = running;
            }
            if (running == desired && tasks->size() == desired)
                return true;
        }
        if (clock.elapsed() > seconds * 1000LL)
            return false;
        pauseFor(500);
    }
}

// Waits for the rolling update (or rollback) that starts after `before` to
// end; its final state, or empty on timeout.
QString waitUpdate(Session &session, swarm::SwarmApi &api, const QString &name,
                   const QDateTime &before, int seconds)
{
    QElapsedTimer clock;
    clock.start();
    QString shown;
    while (clock.elapsed() < seconds * 1000LL) {
        const auto s = session.run(api.service(name));
        if (s && s->updateStarted.isValid() && s->updateStarted != before) {
            if (s->updateState != shown && !session.json()) {
                writeBytes(stderr,
                           (name + QStringLiteral(": ") + s->updateState +
                            (s->updateMessage.isEmpty()
                                 ? QString()
                                 : QStringLiteral(" (") + s->updateMessage + QLatin1Char(')')))
                                   .toUtf8() +
                               '\n');
                shown = s->updateState;
            }
            if (s->updateState == QLatin1String("completed") ||
                s->updateState == QLatin1String("paused") ||
                s->updateState == QLatin1String("rollback_completed") ||
                s->updateState == QLatin1String("rollback_paused"))
                return s->updateState;
        }
        pauseFor(500);
    }
    return {};
}

int servicesCreate(const QStringList &args)
{
    const ParsedArgs p = parseArgs(args, createOptions());
    if (const int status = checkParsed(p, kTopic); status != kContinue)
        return status;
    if (p.positionals.isEmpty())
        return usageError(Tr::tr("\"services create\" takes a NAME, then the command if any"),
                          kTopic);
    swarm::ServiceForm form;
    form.name = p.positionals.first();
    form.command = p.positionals.mid(1);
    form.image = p.value(QStringLiteral("image"));
    form.replicas = p.value(QStringLiteral("replicas"));
    form.global = p.has(QStringLiteral("global"));
    form.publish = p.values(QStringLiteral("publish"));
    form.env = p.values(QStringLiteral("env"));
    form.constraints = p.values(QStringLiteral("constraint"));
    form.mounts = p.values(QStringLiteral("mount"));
    form.labels = p.values(QStringLiteral("label"));
    form.secrets = p.values(QStringLiteral("secret"));
    form.configs = p.values(QStringLiteral("config"));
    form.cpuLimit = p.value(QStringLiteral("limit-cpu"));
    form.memoryLimit = p.value(QStringLiteral("limit-memory"));
    form.cpuReservation = p.value(QStringLiteral("reserve-cpu"));
    form.memoryReservation = p.value(QStringLiteral("reserve-memory"));
    form.restartCondition = p.value(QStringLiteral("restart-condition"));
    form.healthCommand = p.value(QStringLiteral("health-cmd"));
    form.healthInterval = p.value(QStringLiteral("health-interval"));
    form.healthTimeout = p.value(QStringLiteral("health-timeout"));
    form.healthStartPeriod = p.value(QStringLiteral("health-start-period"));
    form.healthRetries = p.value(QStringLiteral("health-retries"));
    readUpdateOptions(p, form);
    const swarm::ParsedServiceForm parsed = swarm::parseServiceForm(form);
    if (!parsed.ok())
        return usageError(parsed.message(), kTopic);
    const int seconds = timeoutSeconds(p, 300);
    if (seconds < 0)
        return usageError(Tr::tr("--timeout is a duration such as 90s or 5m"), kTopic);

    return withSwarm(p, [&](Session &session, swarm::SwarmApi &api) -> int {
        const auto id = session.run(api.createService(parsed.spec));
        if (!id)
            return fail(id.problem());
        const bool converged = p.has(QStringLiteral("detach")) ||
                               waitConverged(session, api, parsed.spec.name, seconds);
        if (session.json()) {
            const auto s = session.run(api.service(*id));
            printJson(s ? toJson(*s) : nlohmann::json{{"id", utf8(*id)}});
        } else {
            printLine(*id);
        }
        if (!converged)
            return fail(Error{ErrorKind::TimedOut,
                              Tr::tr("service %1 was made, but not all its tasks run after %2 s; "
                                     "see \"sloop services ps %1\"")
                                  .arg(parsed.spec.name)
                                  .arg(seconds)});
        return kExitOk;
    });
}

int servicesList(const QStringList &args)
{
    const ParsedArgs p = parseArgs(args, commonOptions());
    if (const int status = checkParsed(p, kTopic); status != kContinue)
        return status;
    return withSwarm(p, [&](Session &session, swarm::SwarmApi &api) -> int {
        const auto services = session.run(api.services());
        if (!services)
            return fail(services.problem());
        if (session.json()) {
            nlohmann::json out = nlohmann::json::array();
            for (const swarm::ServiceSummary &s : *services)
                out.push_back(toJson(s));
            printJson(out);
            return kExitOk;
        }
        Table table({Tr::tr("ID"), Tr::tr("NAME"), Tr::tr("MODE"), Tr::tr("REPLICAS"),
                     Tr::tr("IMAGE"), Tr::tr("PORTS"), Tr::tr("UPDATE")});
        table.setMaxWidth(1, 40);
        table.setMaxWidth(4, 48);
        for (const swarm::ServiceSummary &s : *services)
            table.addRow({s.id.left(12), s.name, s.mode,
                          QStringLiteral("%1/%2").arg(s.running).arg(s.desired), s.image,
                          portsText(s.ports), s.updateState});
        table.print();
        return kExitOk;
    });
}

int servicesTasks(const QStringList &args)
{
    const ParsedArgs p = parseArgs(
        args, commonOptions() +
                  QList<OptionSpec>{{{QStringLiteral("--all"), QStringLiteral("-a")}, false}});
    if (const int status = checkParsed(p, kTopic); status != kContinue)
        return status;
    if (p.positionals.size() != 1)
        return usageError(Tr::tr("\"services ps\" takes one service"), kTopic);
    return withSwarm(p, [&](Session &session, swarm::SwarmApi &api) -> int {
        const QString name = p.positionals.first();
        const auto service = session.run(api.service(name));
        if (!service)
            return fail(service.problem());
        const auto tasks = session.run(api.tasks(service->id, p.has(QStringLiteral("all"))));
        if (!tasks)
            return fail(tasks.problem());
        const QHash<QString, QString> hostnames = nodeNames(session, api);
        if (session.json()) {
            nlohmann::json out = nlohmann::json::array();
            for (const swarm::SwarmTask &t : *tasks)
                out.push_back({{"id", utf8(t.id)},
                               {"slot", t.slot},
                               {"nodeId", utf8(t.nodeId)},
                               {"node", utf8(hostnames.value(t.nodeId))},
                               {"desiredState", utf8(t.desiredState)},
                               {"state", utf8(t.state)},
                               {"message", utf8(t.message)},
                               {"error", utf8(t.error)},
                               {"containerId", utf8(t.containerId)},
                               {"exitCode", t.exitCode},
                               {"image", utf8(t.image)},
                               {"timestamp", utf8(t.timestamp.toUTC().toString(Qt::ISODate))}});
            printJson(out);
            return kExitOk;
        }
        Table table({Tr::tr("ID"), Tr::tr("TASK"), Tr::tr("IMAGE"), Tr::tr("NODE"),
                     Tr::tr("DESIRED"), Tr::tr("STATE"), Tr::tr("SINCE"), Tr::tr("ERROR")});
        table.setMaxWidth(7, 80);
        for (const swarm::SwarmTask &t : *tasks)
            table.addRow({t.id.left(12),
                          service->name + QLatin1Char('.') +
                              (t.slot > 0 ? QString::number(t.slot) : t.nodeId.left(12)),
                          t.image, hostnames.value(t.nodeId, t.nodeId.left(12)), t.desiredState,
                          t.state, t.timestamp.toLocalTime().toString(QStringLiteral("HH:mm:ss")),
                          t.error});
        table.print();
        return kExitOk;
    });
}

int servicesScale(const QStringList &args)
{
    const ParsedArgs p = parseArgs(args, commonOptions() + updateOptions());
    if (const int status = checkParsed(p, kTopic); status != kContinue)
        return status;
    // NAME=N (docker's words) or NAME N.
    QList<std::pair<QString, int>> targets;
    const QStringList &w = p.positionals;
    for (qsizetype i = 0; i < w.size(); ++i) {
        QString name = w[i], count;
        if (name.contains(QLatin1Char('='))) {
            count = name.section(QLatin1Char('='), 1);
            name = name.section(QLatin1Char('='), 0, 0);
        } else if (i + 1 < w.size()) {
            count = w[++i];
        }
        const std::optional<int> n = wholeNumber(count);
        if (!n || *n < 0 || *n > 1000)
            return usageError(Tr::tr("\"services scale\" takes NAME=REPLICAS (0 to 1000)"), kTopic);
        targets.append({name, *n});
    }
    if (targets.isEmpty())
        return usageError(Tr::tr("\"services scale\" takes NAME=REPLICAS"), kTopic);
    const int seconds = timeoutSeconds(p, 300);
    if (seconds < 0)
        return usageError(Tr::tr("--timeout is a duration such as 90s or 5m"), kTopic);
    return withSwarm(p, [&](Session &session, swarm::SwarmApi &api) -> int {
        int status = kExitOk;
        for (const auto &[name, n] : targets) {
            const VoidResult scaled = session.run(api.scale(name, n));
            if (!scaled) {
                status = fail(scaled.problem());
                continue;
            }
            if (!p.has(QStringLiteral("detach")) && !waitConverged(session, api, name, seconds)) {
                status = fail(
                    Error{ErrorKind::TimedOut, Tr::tr("%1 did not reach %2 running tasks in %3 s")
                                                   .arg(name)
                                                   .arg(n)
                                                   .arg(seconds)});
                continue;
            }
            printLine(Tr::tr("%1 scaled to %2").arg(name).arg(n));
        }
        return status;
    });
}

// The end of an update or rollback as an exit status, with what happened.
// An update that Swarm rolled back (its new tasks failed) failed.
int reportUpdate(const QString &name, const QString &finalState, int seconds, bool rollingBack)
{
    if (finalState == QLatin1String("completed")) {
        printLine(Tr::tr("%1 updated").arg(name));
        return kExitOk;
    }
    if (finalState == QLatin1String("rollback_completed")) {
        if (rollingBack) {
            printLine(Tr::tr("%1 rolled back to its previous spec").arg(name));
            return kExitOk;
        }
        return fail(Error{ErrorKind::Conflict,
                          Tr::tr("%1: the new tasks failed, so Swarm rolled the update back; "
                                 "\"sloop services ps %1 --all\" shows why")
                              .arg(name)});
    }
    if (finalState.isEmpty())
        return fail(Error{ErrorKind::TimedOut, Tr::tr("%1: the update did not end within %2 s; "
                                                      "see \"sloop services ls\"")
                                                   .arg(name)
                                                   .arg(seconds)});
    return fail(Error{ErrorKind::Conflict,
                      Tr::tr("%1: the update stopped (%2); fix the cause and update again, or "
                             "\"sloop services rollback %1\"")
                          .arg(name, finalState)});
}

int servicesUpdate(const QStringList &args)
{
    const ParsedArgs p = parseArgs(
        args, commonOptions() + updateOptions() +
                  QList<OptionSpec>{{{QStringLiteral("--image")}, true},
                                    {{QStringLiteral("--replicas")}, true},
                                    {{QStringLiteral("--env-add"), QStringLiteral("-e")}, true},
                                    {{QStringLiteral("--env-rm")}, true},
                                    {{QStringLiteral("--force")}, false}});
    if (const int status = checkParsed(p, kTopic); status != kContinue)
        return status;
    if (p.positionals.size() != 1)
        return usageError(Tr::tr("\"services update\" takes one service"), kTopic);
    const QString name = p.positionals.first();
    swarm::ServiceChange change;
    if (p.has(QStringLiteral("replicas"))) {
        const auto n = wholeNumber(p.value(QStringLiteral("replicas")));
        if (!n || *n < 0 || *n > 1000)
            return usageError(Tr::tr("--replicas is a whole number from 0 to 1000"), kTopic);
        change.replicas = *n;
    }
    if (p.has(QStringLiteral("image")))
        change.image = p.value(QStringLiteral("image"));
    change.envAdd = p.values(QStringLiteral("env-add"));
    for (const QString &e : change.envAdd)
        if (!e.contains(QLatin1Char('=')))
            return usageError(Tr::tr("\"%1\" is not NAME=value").arg(e), kTopic);
    change.envRemove = p.values(QStringLiteral("env-rm"));
    change.forceUpdate = p.has(QStringLiteral("force"));
    if (hasUpdateOptions(p)) {
        swarm::ServiceForm form;
        readUpdateOptions(p, form);
        QList<swarm::FormProblem> problems;
        change.update = swarm::parseUpdatePolicy(form, &problems);
        if (!problems.isEmpty())
            return usageError(problems.first().message, kTopic);
    }
    const int seconds = timeoutSeconds(p, 600);
    if (seconds < 0)
        return usageError(Tr::tr("--timeout is a duration such as 90s or 5m"), kTopic);
    return withSwarm(p, [&](Session &session, swarm::SwarmApi &api) -> int {
        const auto before = session.run(api.service(name));
        if (!before)
            return fail(before.problem());
        const VoidResult updated = session.run(api.updateService(name, change));
        if (!updated)
            return fail(updated.problem());
        if (p.has(QStringLiteral("detach")))
            return kExitOk;
        // Only changes to the tasks' template start a rolling update.
        const bool rolls = change.image || !change.envAdd.isEmpty() ||
                           !change.envRemove.isEmpty() || change.forceUpdate;
        if (!rolls)
            return waitConverged(session, api, name, seconds)
                       ? (printLine(Tr::tr("%1 updated").arg(name)), kExitOk)
                       : reportUpdate(name, {}, seconds, false);
        return reportUpdate(name, waitUpdate(session, api, name, before->updateStarted, seconds),
                            seconds, false);
    });
}

int servicesRollback(const QStringList &args)
{
    const ParsedArgs p = parseArgs(args, commonOptions() + updateOptions());
    if (const int status = checkParsed(p, kTopic); status != kContinue)
        return status;
    if (p.positionals.size() != 1)
        return usageError(Tr::tr("\"services rollback\" takes one service"), kTopic);
    const QString name = p.positionals.first();
    const int seconds = timeoutSeconds(p, 600);
    if (seconds < 0)
        return usageError(Tr::tr("--timeout is a duration such as 90s or 5m"), kTopic);
    return withSwarm(p, [&](Session &session, swarm::SwarmApi &api) -> int {
        const auto before = session.run(api.service(name));
        if (!before)
            return fail(before.problem());
        if (!before->hasPreviousSpec)
            return fail(Error{
                ErrorKind::Conflict,
                Tr::tr("%1 has not been updated yet: there is nothing to roll back to").arg(name)});
        const VoidResult rolled = session.run(api.rollback(name));
        if (!rolled)
            return fail(rolled.problem());
        if (p.has(QStringLiteral("detach")))
            return kExitOk;
        return reportUpdate(name, waitUpdate(session, api, name, before->updateStarted, seconds),
                            seconds, true);
    });
}

int servicesLogs(const QStringList &args)
{
    const ParsedArgs p = parseArgs(
        args,
        commonOptions() +
            QList<OptionSpec>{{{QStringLiteral("--tail"), QStringLiteral("-n")}, true},
                              {{QStringLiteral("--timestamps"), QStringLiteral("-t")}, false}});
    if (const int status = checkParsed(p, kTopic); status != kContinue)
        return status;
    if (p.positionals.size() != 1)
        return usageError(Tr::tr("\"services logs\" takes one service"), kTopic);
    int tail = 200;
    if (p.has(QStringLiteral("tail"))) {
        const QString value = p.value(QStringLiteral("tail"));
        const auto n = wholeNumber(value);
        if (value == QLatin1String("all"))
            tail = -1;
        else if (n && *n >= 0)
            tail = *n;
        else
            return usageError(Tr::tr("--tail is a number of lines or \"all\""), kTopic);
    }
    return withSwarm(p, [&](Session &session, swarm::SwarmApi &api) -> int {
        const QString name = p.positionals.first();
        const auto lines = session.run(api.logs(name, tail));
        if (!lines)
            return fail(lines.problem());
        const QHash<QString, QString> hostnames = nodeNames(session, api);
        if (session.json()) {
            nlohmann::json out = nlohmann::json::array();
            for (const swarm::ServiceLogLine &l : *lines)
                out.push_back({{"task", utf8(l.task)},
                               {"node", utf8(hostnames.value(l.nodeId, l.nodeId))},
                               {"time", utf8(l.timestamp.toUTC().toString(Qt::ISODateWithMs))},
                               {"stream", l.stderrStream ? "stderr" : "stdout"},
                               {"text", utf8(l.text)}});
            printJson(out);
            return kExitOk;
        }
        for (const swarm::ServiceLogLine &l : *lines) {
            QString prefix =
                l.task + QLatin1Char('@') + hostnames.value(l.nodeId, l.nodeId.left(12));
            if (p.has(QStringLiteral("timestamps")))
                prefix =
                    l.timestamp.toUTC().toString(Qt::ISODateWithMs) + QLatin1Char(' ') + prefix;
            writeBytes(l.stderrStream ? stderr : stdout,
                       escapeForTerminal(prefix + QStringLiteral(" | ") + l.text).toUtf8() + '\n');
        }
        return kExitOk;
    });
}

int servicesRemove(const QStringList &args)
{
    const ParsedArgs p = parseArgs(args, commonOptions());
    if (const int status = checkParsed(p, kTopic); status != kContinue)
        return status;
    if (p.positionals.isEmpty())
        return usageError(Tr::tr("\"services rm\" takes one or more services"), kTopic);
    return withSwarm(p, [&](Session &session, swarm::SwarmApi &api) -> int {
        return applyToEach(p.positionals, [&](const QString &name) {
            return session.run(api.removeService(name));
        });
    });
}

} // namespace

int servicesCommand(const QStringList &args)
{
    const QString verb = args.value(0);
    const QStringList rest = args.mid(1);
    if (verb == QLatin1String("create"))
        return servicesCreate(rest);
    if (verb == QLatin1String("ls") || verb == QLatin1String("list"))
        return servicesList(rest);
    if (verb == QLatin1String("ps") || verb == QLatin1String("tasks"))
        return servicesTasks(rest);
    if (verb == QLatin1String("scale"))
        return servicesScale(rest);
    if (verb == QLatin1String("update"))
        return servicesUpdate(rest);
    if (verb == QLatin1String("rollback"))
        return servicesRollback(rest);
    if (verb == QLatin1String("logs"))
        return servicesLogs(rest);
    if (verb == QLatin1String("rm") || verb == QLatin1String("remove"))
        return servicesRemove(rest);
    if (verb.isEmpty() || isHelpWord(verb)) {
        writeBytes(verb.isEmpty() ? stderr : stdout, servicesUsage().toUtf8());
        return verb.isEmpty() ? kExitUsage : kExitOk;
    }
    return usageError(Tr::tr("unknown services command \"%1\"").arg(verb), kTopic);
}

} // namespace sloop::cli
