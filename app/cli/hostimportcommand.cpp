// sloop hosts import-ssh-config [FILE] [--dry-run] [--json]
#include "commands.h"
#include "hostsession.h"
#include "output.h"

#include "hosts/hostrepository.h"
#include "hosts/sshconfigimport.h"

namespace sloop::cli {

namespace {

const QString kTopic = QStringLiteral("hosts");

nlohmann::json entriesJson(const QList<hosts::SkippedEntry> &entries)
{
    nlohmann::json out = nlohmann::json::array();
    for (const hosts::SkippedEntry &e : entries)
        out.push_back(
            {{"name", utf8(e.name)}, {"origin", utf8(e.origin)}, {"reason", utf8(e.reason)}});
    return out;
}

QString describe(const hosts::HostRecord &h)
{
    QString text = h.user.isEmpty() ? h.address : h.user + QLatin1Char('@') + h.address;
    if (h.port != 22)
        text += QLatin1Char(':') + QString::number(h.port);
    if (!h.identityFiles.isEmpty())
        text += QLatin1Char(' ') + Tr::tr("keys %1").arg(h.identityFiles.join(QLatin1Char(',')));
    if (h.identitiesOnly)
        text += QLatin1Char(' ') + Tr::tr("(only these)");
    if (!h.proxyJump.isEmpty())
        text += QLatin1Char(' ') + Tr::tr("via %1").arg(h.proxyJump);
    return text;
}

void print(const hosts::SshConfigImport &result, bool dryRun, bool json)
{
    if (json) {
        nlohmann::json imported = nlohmann::json::array();
        for (const hosts::ImportedHost &i : result.hosts)
            imported.push_back({{"name", utf8(i.host.name)},
                                {"address", utf8(i.host.address)},
                                {"port", i.host.port},
                                {"user", utf8(i.host.user)},
                                {"identity", utf8(i.host.identityFiles.value(0))},
                                {"identities",
                                 [&] {
                                     nlohmann::json files = nlohmann::json::array();
                                     for (const QString &f : i.host.identityFiles)
                                         files.push_back(utf8(f));
                                     return files;
                                 }()},
                                {"identitiesOnly", i.host.identitiesOnly},
                                {"proxyJump", utf8(i.host.proxyJump)},
                                {"origin", utf8(i.origin)}});
        nlohmann::json read = nlohmann::json::array();
        for (const QString &f : result.read)
            read.push_back(utf8(f));
        printJson({{"file", utf8(result.file)},
                   {"read", read},
                   {"dryRun", dryRun},
                   {"imported", imported},
                   {"skipped", entriesJson(result.skipped)},
                   {"ignoredOptions", entriesJson(result.ignored)}});
        return;
    }
    Table table({Tr::tr("NAME"), Tr::tr("RESULT"), Tr::tr("DETAILS"), Tr::tr("WHERE")});
    table.setMaxWidth(0, 48);
    table.setMaxWidth(2, 120);
    table.setMaxWidth(3, 64);
    for (const hosts::ImportedHost &i : result.hosts)
        table.addRow({i.host.name, dryRun ? Tr::tr("would import") : Tr::tr("imported"),
                      describe(i.host), i.origin});
    for (const hosts::SkippedEntry &s : result.skipped)
        table.addRow({s.name, Tr::tr("skipped"), s.reason, s.origin});
    for (const hosts::SkippedEntry &s : result.ignored)
        table.addRow({s.name, Tr::tr("option ignored"), s.reason, s.origin});
    table.print();
}

} // namespace

int hostsImportSshConfig(const QStringList &args)
{
    const ParsedArgs parsed =
        parseArgs(args, commonOptions() + QList<OptionSpec>{{{QStringLiteral("--dry-run")}}});
    if (const int status = checkParsed(parsed, kTopic); status != kContinue)
        return status;
    if (parsed.positionals.size() > 1)
        return usageError(Tr::tr("\"hosts import-ssh-config\" takes at most one FILE"), kTopic);
    const bool dryRun = parsed.has(QStringLiteral("dry-run"));

    store::Database db;
    if (!openStore(db))
        return kExitFailure;
    hosts::HostRepository repository(db);
    const auto existing = repository.all();
    if (!existing)
        return fail(existing.problem());
    hosts::SshConfigImportOptions options;
    for (const hosts::HostRecord &h : existing.value())
        options.existingNames << h.name;

    auto result = hosts::importSshConfig(parsed.positionals.value(0), options);
    if (!result)
        return fail(result.problem());
    hosts::SshConfigImport &found = result.value();
    int status = kExitOk;
    if (!dryRun) {
        QList<hosts::ImportedHost> added;
        for (const hosts::ImportedHost &i : found.hosts) {
            const auto stored = repository.add(i.host);
            if (stored) {
                added.append({stored.value(), i.origin});
            } else {
                found.skipped.append({i.host.name, i.origin, stored.error()});
                status = kExitFailure;
            }
        }
        found.hosts = added;
    }
    print(found, dryRun, parsed.has(QStringLiteral("json")));
    return status;
}

} // namespace sloop::cli
