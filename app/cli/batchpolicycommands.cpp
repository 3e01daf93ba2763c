// `sloop batch policies ...`: AWS Batch's fair-share scheduling policies. A
// job queue made with --policy NAME runs its jobs by share identifier.
#include "batchcli.h"
#include "commands.h"
#include "output.h"

#include "batch/batchdispatcher.h"
#include "batch/batchjson.h"

namespace sloop::cli {

namespace {

using namespace batch;

// --share ID=WEIGHT (repeatable), --decay S, --reservation PERCENT onto a
// policy; false with a usage error's text.
bool readPolicyOptions(const ParsedArgs &p, SchedulingPolicy &policy, QString *error)
{
    if (p.has(QStringLiteral("share")))
        policy.shares.clear();
    for (const QString &text : p.values(QStringLiteral("share"))) {
        const qsizetype eq = text.lastIndexOf(QLatin1Char('='));
        ShareWeight w;
        w.identifier = eq < 0 ? text : text.left(eq);
        bool ok = true;
        if (eq >= 0)
            w.weight = text.mid(eq + 1).toDouble(&ok);
        if (!ok || w.identifier.isEmpty()) {
            *error =
                Tr::tr("--share takes ID=WEIGHT (a lower weight gets more), not \"%1\"").arg(text);
            return false;
        }
        policy.shares << w;
    }
    const std::pair<const char *, int *> numbers[] = {{"decay", &policy.shareDecaySeconds},
                                                      {"reservation", &policy.computeReservation}};
    for (const auto &[name, into] : numbers) {
        const QString key = QString::fromLatin1(name);
        if (!p.has(key))
            continue;
        const auto n = wholeNumber(p.value(key));
        if (!n) {
            *error = Tr::tr("--%1 takes a whole number").arg(key);
            return false;
        }
        *into = *n;
    }
    return true;
}

QString sharesText(const SchedulingPolicy &policy)
{
    QStringList parts;
    for (const ShareWeight &s : policy.shares)
        parts << s.identifier + QLatin1Char('=') + QString::number(s.weight);
    return parts.isEmpty() ? Tr::tr("(every share weighs 1)") : parts.join(QStringLiteral(", "));
}

int printPolicy(const ParsedArgs &p, const SchedulingPolicy &policy)
{
    if (p.has(QStringLiteral("json")))
        printJson(nlohmann::json::parse(policyJson(policy).toStdString()));
    else
        printLine(policy.name);
    return kExitOk;
}

int policiesSave(const QStringList &args, bool create)
{
    const ParsedArgs p = parseArgs(
        args, commonOptions() + QList<OptionSpec>{{{QStringLiteral("--share")}, true},
                                                  {{QStringLiteral("--decay")}, true},
                                                  {{QStringLiteral("--reservation")}, true}});
    if (const int status = checkParsed(p, kBatchTopic); status != kContinue)
        return status;
    if (p.positionals.size() != 1)
        return usageError(create ? Tr::tr("\"batch policies create\" takes a name")
                                 : Tr::tr("\"batch policies update\" takes a name"),
                          kBatchTopic);
    return withBatch([&](BatchRepository &repo) {
        SchedulingPolicy policy;
        policy.name = p.positionals.first();
        if (!create) {
            const auto found = repo.findPolicy(policy.name);
            if (!found)
                return fail(found.problem());
            if (!*found)
                return fail(Error::make(
                    ErrorKind::NotFound,
                    Tr::tr("There is no scheduling policy called \"%1\".").arg(policy.name)));
            policy = **found;
        }
        QString error;
        if (!readPolicyOptions(p, policy, &error))
            return usageError(error, kBatchTopic);
        if (create) {
            const auto made = repo.addPolicy(policy);
            if (!made)
                return fail(made.problem());
            return printPolicy(p, *made);
        }
        if (const auto done = repo.updatePolicy(policy); !done)
            return fail(done.problem());
        BatchDispatcher::tellOwner();
        return printPolicy(p, policy);
    });
}

int policiesList(const QStringList &args)
{
    const ParsedArgs p = parseArgs(args, commonOptions());
    if (const int status = checkParsed(p, kBatchTopic); status != kContinue)
        return status;
    return withBatch([&](BatchRepository &repo) {
        const auto all = repo.policies();
        if (!all)
            return fail(all.problem());
        if (p.has(QStringLiteral("json"))) {
            nlohmann::json out = nlohmann::json::array();
            for (const SchedulingPolicy &policy : *all)
                out.push_back(nlohmann::json::parse(policyJson(policy).toStdString()));
            printJson({{"schedulingPolicies", out}});
            return kExitOk;
        }
        Table table(
            {Tr::tr("NAME"), Tr::tr("SHARES (WEIGHT)"), Tr::tr("DECAY"), Tr::tr("RESERVATION")});
        for (const SchedulingPolicy &policy : *all)
            table.addRow({policy.name, sharesText(policy),
                          policy.shareDecaySeconds > 0
                              ? Tr::tr("%1 s").arg(policy.shareDecaySeconds)
                              : Tr::tr("none"),
                          QString::number(policy.computeReservation) + QLatin1Char('%')});
        table.print();
        return kExitOk;
    });
}

} // namespace

int batchPolicies(const QStringList &args)
{
    const QString verb = args.value(0);
    const QStringList rest = args.mid(1);
    if (verb == QLatin1String("create"))
        return policiesSave(rest, true);
    if (verb == QLatin1String("update"))
        return policiesSave(rest, false);
    if (verb == QLatin1String("ls") || verb == QLatin1String("list") || verb.isEmpty())
        return policiesList(rest);
    if (verb == QLatin1String("rm") || verb == QLatin1String("remove")) {
        const ParsedArgs p = parseArgs(rest, commonOptions());
        if (const int status = checkParsed(p, kBatchTopic); status != kContinue)
            return status;
        if (p.positionals.isEmpty())
            return usageError(Tr::tr("name at least one"), kBatchTopic);
        return withBatch([&](BatchRepository &repo) {
            return applyToEach(p.positionals,
                               [&](const QString &name) { return repo.removePolicy(name); });
        });
    }
    return usageError(Tr::tr("unknown batch policies command \"%1\"").arg(verb), kBatchTopic);
}

} // namespace sloop::cli
