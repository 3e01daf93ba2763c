#pragma once

#include "blueprints/blueprint.h"
#include "blueprints/provisionplan.h"
#include "util/result.h"

#include <QByteArray>
#include <QList>

namespace sloop::instances {

// Everything an instance runs when it is made: the blueprint's user-data,
// then the person's launch script (Lightsail's order). A launch script is
// #cloud-config user-data, or a script starting with "#!" that runs as one
// step with its own interpreter. Fails with every problem listed, prefixed
// with where it is ("blueprint nginx: line 4 ..." / "launch script: ...").
Result<QList<blueprints::ProvisionStep>> launchSteps(const blueprints::Blueprint &blueprint,
                                                     const QByteArray &launchScript,
                                                     const blueprints::TargetInfo &target);

// Checks a launch script alone (the wizard's live validation): empty is fine.
VoidResult validateLaunchScript(const QByteArray &launchScript);

} // namespace sloop::instances
