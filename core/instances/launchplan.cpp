#include "launchplan.h"

#include "blueprints/cloudconfig.h"
#include "ssh/remotecommand.h"

#include <QCoreApplication>

namespace sloop::instances {

namespace {

struct LaunchText
{
    Q_DECLARE_TR_FUNCTIONS(LaunchPlan)
};

bool isShellScript(const QByteArray &text)
{
    return text.startsWith("#!");
}

// A "#!" script is written to the instance and run as it is, the way
// cloud-init runs a user-data script.
Result<blueprints::ProvisionStep> scriptStep(const QByteArray &script)
{
    using R = Result<blueprints::ProvisionStep>;
    if (script.contains('\0'))
        return R::failure(LaunchText::tr("launch script: contains a NUL byte."));
    if (script.size() > blueprints::kMaxStepScript - 1024)
        return R::failure(LaunchText::tr("launch script: longer than %1 KiB.")
                              .arg((blueprints::kMaxStepScript - 1024) / 1024));
    const QByteArray path = QByteArray(blueprints::kInstanceStateDir) + "/launch-script";
    auto quotedPath = ssh::quoteArgument(path);
    auto quotedBody = ssh::quoteArgument(script);
    if (!quotedPath || !quotedBody)
        return R::failure(LaunchText::tr("launch script: cannot be quoted."));
    QByteArray body = "mkdir -p " + *ssh::quoteArgument(blueprints::kInstanceStateDir) + "\n";
    body += "printf '%s' " + *quotedBody + " > " + *quotedPath + ".tmp\n";
    body += "chmod 700 " + *quotedPath + ".tmp\n";
    body += "mv -f " + *quotedPath + ".tmp " + *quotedPath + "\n";
    body += "exec " + *quotedPath + "\n";
    return blueprints::ProvisionStep{QStringLiteral("launch-script"),
                                     LaunchText::tr("Run the launch script"), body};
}

} // namespace

VoidResult validateLaunchScript(const QByteArray &launchScript)
{
    if (launchScript.trimmed().isEmpty())
        return {};
    if (isShellScript(launchScript)) {
        auto step = scriptStep(launchScript);
        return step ? VoidResult() : VoidResult::failure(step.problem());
    }
    const auto parse = blueprints::parseCloudConfig(launchScript);
    if (!parse.ok())
        return VoidResult::failure(
            LaunchText::tr("launch script:\n%1").arg(blueprints::formatProblems(parse.problems)));
    return {};
}

Result<QList<blueprints::ProvisionStep>> launchSteps(const blueprints::Blueprint &blueprint,
                                                     const QByteArray &launchScript,
                                                     const blueprints::TargetInfo &target)
{
    using R = Result<QList<blueprints::ProvisionStep>>;
    const auto parse = blueprints::parseCloudConfig(blueprint.userData, blueprint.userDataLine - 1);
    if (!parse.ok())
        return R::failure(LaunchText::tr("blueprint %1:\n%2")
                              .arg(blueprint.id, blueprints::formatProblems(parse.problems)));
    auto steps = blueprints::compileSteps(parse.config, target);
    if (!steps)
        return R::failure(LaunchText::tr("blueprint %1: %2").arg(blueprint.id, steps.error()));
    QList<blueprints::ProvisionStep> all = *steps;
    if (launchScript.trimmed().isEmpty())
        return all;
    // The blueprint's final message closes the whole run, after the launch
    // script, as a person reads "ready" last.
    QList<blueprints::ProvisionStep> closing;
    for (qsizetype i = all.size() - 1; i >= 0; --i)
        if (all.at(i).module == QLatin1String("final_message"))
            closing.prepend(all.takeAt(i));
    if (isShellScript(launchScript)) {
        auto step = scriptStep(launchScript);
        if (!step)
            return R::failure(step.problem());
        all.append(*step);
        return all + closing;
    }
    const auto own = blueprints::parseCloudConfig(launchScript);
    if (!own.ok())
        return R::failure(
            LaunchText::tr("launch script:\n%1").arg(blueprints::formatProblems(own.problems)));
    auto ownSteps = blueprints::compileSteps(own.config, target);
    if (!ownSteps)
        return R::failure(LaunchText::tr("launch script: %1").arg(ownSteps.error()));
    bool installs = false;
    for (const auto &step : *ownSteps)
        installs = installs || step.module == QLatin1String("packages");
    for (auto step : *ownSteps) {
        // The blueprint's steps started the services already, unless the
        // launch script installs more.
        if (step.module == QLatin1String("services") && !installs)
            continue;
        step.title = LaunchText::tr("Launch script: %1").arg(step.title);
        all.append(step);
    }
    return all + closing;
}

} // namespace sloop::instances
