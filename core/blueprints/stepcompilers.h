#pragma once

// Private to core/blueprints: one function per module (or group of
// modules) that appends its steps. compileSteps() calls them in order.

#include "provisionplan.h"
#include "shellscript.h"

namespace sloop::blueprints {

using Steps = QList<ProvisionStep>;

// Appends a step, or fails when the script cannot be built or is too big.
VoidResult addStep(Steps &steps, const QString &module, const QString &title,
                   const ShellScript &script);

// cloud-init's shellify() for one entry: a string as it is, a list quoted.
QByteArray commandText(ShellScript &script, const CommandSpec &command);

VoidResult compileBootcmd(const QList<CommandSpec> &commands, const TargetInfo &target,
                          Steps &steps);
VoidResult compileWriteFile(const FileSpec &file, Steps &steps); // stepsfiles.cpp
VoidResult compileHostname(const CloudConfig &config, const TargetInfo &target, Steps &steps);
VoidResult compileGroups(const QList<GroupSpec> &groups, Steps &steps); // stepsusers.cpp
VoidResult compileUser(const UserSpec &user, Steps &steps);
VoidResult compileAuthorizedKeys(const QStringList &keys, const QString &user, Steps &steps);
VoidResult compileTimezone(const QString &timezone, Steps &steps);
VoidResult compilePackages(const CloudConfig &config, Steps &steps); // stepspackages.cpp
VoidResult compileStartServices(Steps &steps);
VoidResult compileRuncmd(const QList<CommandSpec> &commands, Steps &steps);
VoidResult compileFinalMessage(const QString &message, Steps &steps);

} // namespace sloop::blueprints
