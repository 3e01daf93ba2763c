#include "provisionplan.h"

#include "blueprintstext.h"
#include "stepcompilers.h"

namespace sloop::blueprints {

VoidResult addStep(Steps &steps, const QString &module, const QString &title,
                   const ShellScript &script)
{
    const Result<QByteArray> text = script.text();
    if (!text)
        return VoidResult::failure(
            BlueprintsText::tr("%1 (%2): %3").arg(module, title, text.error()));
    if (text->size() >= kMaxStepScript)
        return VoidResult::failure(
            BlueprintsText::tr("%1 (%2): the step's script is %3 KiB; a step must stay below "
                               "%4 KiB")
                .arg(module, title)
                .arg(text->size() / 1024)
                .arg(kMaxStepScript / 1024));
    steps.append({module, title, *text});
    return {};
}

QByteArray commandText(ShellScript &script, const CommandSpec &command)
{
    if (!command.isArgv)
        return command.shell.toUtf8();
    QByteArray out;
    for (const QString &word : command.argv) {
        if (!out.isEmpty())
            out += ' ';
        out += script.quote(word);
    }
    return out;
}

Result<QList<ProvisionStep>> compileSteps(const CloudConfig &config, const TargetInfo &target)
{
    Steps steps;
    QList<VoidResult> results;
    auto run = [&results](VoidResult r) {
        results.append(std::move(r));
    };

    if (!config.bootcmd.isEmpty())
        run(compileBootcmd(config.bootcmd, target, steps));
    for (const FileSpec &file : config.writeFiles) {
        if (!file.defer)
            run(compileWriteFile(file, steps));
    }
    if (!config.hostname.isEmpty() && !config.preserveHostname)
        run(compileHostname(config, target, steps));
    if (!config.groups.isEmpty())
        run(compileGroups(config.groups, steps));
    for (const UserSpec &user : config.users)
        run(compileUser(user, steps));
    if (!config.sshAuthorizedKeys.isEmpty())
        run(compileAuthorizedKeys(config.sshAuthorizedKeys, target.loginUser, steps));
    if (!config.timezone.isEmpty())
        run(compileTimezone(config.timezone, steps));
    run(compilePackages(config, steps));
    if (target.container)
        run(compileStartServices(steps));
    for (const FileSpec &file : config.writeFiles) {
        if (file.defer)
            run(compileWriteFile(file, steps));
    }
    run(compileRuncmd(config.runcmd, steps));
    run(compileFinalMessage(config.finalMessage, steps));

    for (const VoidResult &r : results) {
        if (!r)
            return Result<QList<ProvisionStep>>::failure(r.problem());
    }
    return steps;
}

} // namespace sloop::blueprints
