#include "commands.h"
#include "hostsession.h"
#include "output.h"

#include "hosts/hostrepository.h"

#include <cmath>
#include <optional>

namespace sloop::cli {

namespace {

const QString kTopic = QStringLiteral("hosts");

nlohmann::json toJson(const hosts::HostRecord &h)
{
    nlohmann::json tags = nlohmann::json::array();
    for (const QString &t : h.tags)
        tags.push_back(utf8(t));
    nlohmann::json identities = nlohmann::json::array();
    for (const QString &f : h.identityFiles)
        identities.push_back(utf8(f));
    // "identity": the first key, as before lists were kept.
    return {{"name", utf8(h.name)},
            {"address", utf8(h.address)},
            {"port", h.port},
            {"user", utf8(h.user)},
            {"identity", utf8(h.identityFiles.value(0))},
            {"identities", identities},
            {"identitiesOnly", h.identitiesOnly},
            {"proxyJump", utf8(h.proxyJump)},
            {"tags", tags}};
}

void printHosts(const QList<hosts::HostRecord> &list, bool json)
{
    if (json) {
        nlohmann::json out = nlohmann::json::array();
        for (const hosts::HostRecord &h : list)
            out.push_back(toJson(h));
        printJson(out);
        return;
    }
    Table table({Tr::tr("NAME"), Tr::tr("ADDRESS"), Tr::tr("PORT"), Tr::tr("USER"),
                 Tr::tr("IDENTITY"), Tr::tr("JUMP"), Tr::tr("TAGS")});
    for (int column : {1, 4, 5, 6})
        table.setMaxWidth(column, 48);
    for (const hosts::HostRecord &h : list)
        table.addRow({h.name, h.address, QString::number(h.port), h.user,
                      h.identityFiles.join(QLatin1Char(',')), h.proxyJump,
                      h.tags.join(QLatin1Char(','))});
    table.print();
}

nlohmann::json disksJson(const QList<hosts::DiskUsage> &disks)
{
    nlohmann::json out = nlohmann::json::array();
    for (const hosts::DiskUsage &d : disks)
        out.push_back({{"mount", utf8(d.mount)},
                       {"device", utf8(d.device)},
                       {"sizeKb", d.sizeKb},
                       {"usedKb", d.usedKb},
                       {"availableKb", d.availableKb}});
    return out;
}

ParsedArgs parse(const QStringList &args, const QList<OptionSpec> &extra)
{
    return parseArgs(args, commonOptions() + extra);
}

int hostsAdd(const QStringList &args)
{
    const ParsedArgs parsed = parse(args, {{{QStringLiteral("--address")}, true},
                                           {{QStringLiteral("--port")}, true},
                                           {{QStringLiteral("--user")}, true},
                                           {{QStringLiteral("--identity")}, true},
                                           {{QStringLiteral("--identities-only")}, false},
                                           {{QStringLiteral("--jump")}, true},
                                           {{QStringLiteral("--tag")}, true},
                                           {{QStringLiteral("--save-secret")}, false},
                                           acceptHostKeyOption()});
    if (const int status = checkParsed(parsed, kTopic); status != kContinue)
        return status;
    if (parsed.positionals.size() != 1)
        return usageError(Tr::tr("\"hosts add\" takes one NAME"), kTopic);
    hosts::HostRecord host;
    host.name = parsed.positionals.first();
    host.address = parsed.value(QStringLiteral("address"));
    host.user = parsed.value(QStringLiteral("user"));
    host.identityFiles = parsed.values(QStringLiteral("identity"));
    host.identitiesOnly = parsed.has(QStringLiteral("identities-only"));
    host.proxyJump = parsed.value(QStringLiteral("jump"));
    host.tags = hosts::normalizedTags(parsed.values(QStringLiteral("tag")));
    if (parsed.has(QStringLiteral("port"))) {
        bool ok = false;
        host.port = parsed.value(QStringLiteral("port")).toInt(&ok);
        if (!ok)
            return usageError(Tr::tr("--port needs a number, not \"%1\"")
                                  .arg(parsed.value(QStringLiteral("port"))),
                              kTopic);
    }
    if (const VoidResult valid = hosts::validate(host); !valid)
        return usageError(valid.error(), kTopic);

    store::Database db;
    if (!openStore(db))
        return kExitFailure;
    hosts::HostRepository repository(db);
    const auto added = repository.add(host);
    if (!added)
        return fail(added.problem());
    printHosts({added.value()}, parsed.has(QStringLiteral("json")));
    if (parsed.has(QStringLiteral("save-secret")))
        return saveSecretAfterAdd(added.value(), hostKeyPolicyOf(parsed));
    return kExitOk;
}

int hostsList(const QStringList &args)
{
    const ParsedArgs parsed = parse(args, {{{QStringLiteral("--tag")}, true}});
    if (const int status = checkParsed(parsed, kTopic); status != kContinue)
        return status;
    if (!parsed.positionals.isEmpty())
        return usageError(Tr::tr("\"hosts ls\" takes no names"), kTopic);
    store::Database db;
    if (!openStore(db))
        return kExitFailure;
    hosts::HostRepository repository(db);
    const auto list = parsed.has(QStringLiteral("tag"))
                          ? repository.withTag(parsed.value(QStringLiteral("tag")))
                          : repository.all();
    if (!list)
        return fail(list.problem());
    printHosts(list.value(), parsed.has(QStringLiteral("json")));
    return kExitOk;
}

int hostsRemove(const QStringList &args)
{
    const ParsedArgs parsed = parse(args, {});
    if (const int status = checkParsed(parsed, kTopic); status != kContinue)
        return status;
    if (parsed.positionals.isEmpty())
        return usageError(Tr::tr("\"hosts rm\" takes one or more NAMEs"), kTopic);
    store::Database db;
    if (!openStore(db))
        return kExitFailure;
    hosts::HostRepository repository(db);
    return applyToEach(parsed.positionals,
                       [&repository](const QString &name) { return repository.remove(name); });
}

QList<OptionSpec> connectOptions()
{
    return {acceptHostKeyOption(), {{QStringLiteral("--timeout")}, true}};
}

// --timeout SECONDS as milliseconds; -1: no limit. Sets *error on nonsense.
int timeoutMs(const ParsedArgs &parsed, int fallbackMs, QString *error)
{
    if (!parsed.has(QStringLiteral("timeout")))
        return fallbackMs;
    bool ok = false;
    const double seconds = parsed.value(QStringLiteral("timeout")).toDouble(&ok);
    if (!ok || !std::isfinite(seconds) || seconds <= 0 || seconds > 7 * 24 * 3600)
        *error = Tr::tr("--timeout needs a number of seconds, not \"%1\"")
                     .arg(parsed.value(QStringLiteral("timeout")));
    return int(seconds * 1000);
}

int hostsExec(const QStringList &args)
{
    const ParsedArgs parsed = parseArgs(args, commonOptions() + connectOptions());
    if (const int status = checkParsed(parsed, kTopic); status != kContinue)
        return status;
    const qsizetype dashes = args.indexOf(QStringLiteral("--"));
    if (parsed.positionals.isEmpty())
        return usageError(Tr::tr("\"hosts exec\" takes NAME -- COMMAND..."), kTopic);
    const QStringList command = dashes < 0 ? parsed.positionals.mid(1) : args.mid(dashes + 1);
    if (dashes < 0 || parsed.positionals.size() - command.size() != 1 || command.isEmpty())
        return usageError(Tr::tr("\"hosts exec\" takes NAME -- COMMAND..."), kTopic);
    QString error;
    const int timeout = timeoutMs(parsed, -1, &error);
    if (!error.isEmpty())
        return usageError(error, kTopic);

    int status = kExitFailure;
    const auto host = loadHost(parsed.positionals.first(), &status);
    if (!host)
        return status;
    return streamOnHost(*host, ssh::RemoteCommand::argv(command), hostKeyPolicyOf(parsed), timeout);
}

int hostsInfo(const QStringList &args)
{
    const ParsedArgs parsed = parse(args, connectOptions());
    if (const int status = checkParsed(parsed, kTopic); status != kContinue)
        return status;
    if (parsed.positionals.size() != 1)
        return usageError(Tr::tr("\"hosts info\" takes one NAME"), kTopic);
    QString error;
    const int timeout = timeoutMs(parsed, 30000, &error);
    if (!error.isEmpty())
        return usageError(error, kTopic);
    int status = kExitFailure;
    const auto host = loadHost(parsed.positionals.first(), &status);
    if (!host)
        return status;
    const auto command = ssh::RemoteCommand::argv(
        {QStringLiteral("sh"), QStringLiteral("-c"), QString::fromUtf8(kHostFactsScript)});
    const auto result = runOnHost(*host, command, hostKeyPolicyOf(parsed), timeout, &status);
    if (!result)
        return status;
    if (result->exitStatus != 0)
        return fail(Tr::tr("the facts script failed on %1 (exit %2): %3")
                        .arg(host->name)
                        .arg(result->exitStatus)
                        .arg(QString::fromUtf8(result->stdErr.left(500))));
    const HostFacts f = parseHostFacts(result->stdOut);
    auto num = [](const std::optional<qint64> &v) {
        return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
    };
    if (parsed.has(QStringLiteral("json"))) {
        printJson({{"name", utf8(host->name)},
                   {"os", f.os.isEmpty() ? nlohmann::json(nullptr) : nlohmann::json(utf8(f.os))},
                   {"kernel",
                    f.kernel.isEmpty() ? nlohmann::json(nullptr) : nlohmann::json(utf8(f.kernel))},
                   {"uptimeSeconds", num(f.uptimeSeconds)},
                   {"cpus", num(f.cpus)},
                   {"memTotalKb", num(f.memTotalKb)},
                   {"memAvailableKb", num(f.memAvailableKb)},
                   {"hostname", f.hostname.isEmpty() ? nlohmann::json(nullptr)
                                                     : nlohmann::json(utf8(f.hostname))},
                   {"docker", f.docker ? nlohmann::json(*f.docker) : nlohmann::json(nullptr)},
                   {"disks", disksJson(f.disks)}});
        return kExitOk;
    }
    auto text = [](const std::optional<qint64> &v) {
        return v ? QString::number(*v) : QString();
    };
    Table table({Tr::tr("FIELD"), Tr::tr("VALUE")});
    table.setMaxWidth(1, 200);
    table.addRow({Tr::tr("name"), host->name});
    table.addRow({Tr::tr("os"), f.os});
    table.addRow({Tr::tr("kernel"), f.kernel});
    table.addRow({Tr::tr("uptime (s)"), text(f.uptimeSeconds)});
    table.addRow({Tr::tr("cpus"), text(f.cpus)});
    table.addRow({Tr::tr("memory total (KiB)"), text(f.memTotalKb)});
    table.addRow({Tr::tr("memory available (KiB)"), text(f.memAvailableKb)});
    table.addRow({Tr::tr("docker"), !f.docker   ? QString()
                                    : *f.docker ? Tr::tr("yes")
                                                : Tr::tr("no")});
    for (const hosts::DiskUsage &d : f.disks)
        table.addRow(
            {Tr::tr("disk %1").arg(d.mount),
             Tr::tr("%1 KiB used of %2 KiB (%3)").arg(d.usedKb).arg(d.sizeKb).arg(d.device)});
    table.print();
    return kExitOk;
}

} // namespace

int hostsCommand(const QStringList &args)
{
    const QString verb = args.value(0);
    const QStringList rest = args.mid(1);
    if (verb == QLatin1String("add"))
        return hostsAdd(rest);
    if (verb == QLatin1String("ls") || verb == QLatin1String("list"))
        return hostsList(rest);
    if (verb == QLatin1String("rm") || verb == QLatin1String("remove"))
        return hostsRemove(rest);
    if (verb == QLatin1String("exec"))
        return hostsExec(rest);
    if (verb == QLatin1String("info"))
        return hostsInfo(rest);
    if (verb == QLatin1String("import-ssh-config"))
        return hostsImportSshConfig(rest);
    if (verb == QLatin1String("secret"))
        return hostsSecret(rest);
    if (verb == QLatin1String("put"))
        return hostsTransfer(rest, true);
    if (verb == QLatin1String("get"))
        return hostsTransfer(rest, false);
    if (verb.isEmpty() || verb == QLatin1String("--help") || verb == QLatin1String("-h") ||
        verb == QLatin1String("help")) {
        writeBytes(verb.isEmpty() ? stderr : stdout, hostsUsage().toUtf8());
        return verb.isEmpty() ? kExitUsage : kExitOk;
    }
    return usageError(Tr::tr("unknown hosts command \"%1\"").arg(verb), kTopic);
}

} // namespace sloop::cli
