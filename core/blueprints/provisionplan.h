#pragma once

#include "cloudconfig.h"
#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace sloop::blueprints {

// Where the steps will run.
struct TargetInfo
{
    bool container = false; // a system container: no systemd, services started by Sloop
    QString loginUser = QStringLiteral("root"); // gets the top-level ssh_authorized_keys
    QString baseOs = QStringLiteral("debian-12");
};

// One unit of provisioning: a POSIX sh script the runner sends as
// `sh -ec SCRIPT` (under sudo when the login user is not root). Every step
// is safe to run again, so a retry resumes at the step that failed. Scripts
// stay below kMaxStepScript bytes, so they fit in one argv word.
struct ProvisionStep
{
    QString module; // the cloud-init module it comes from ("packages", "runcmd", ...)
    QString title;  // what the progress view shows
    QByteArray script;
};

inline constexpr qsizetype kMaxStepScript = 100 * 1024;

// Where Sloop keeps its own files on an instance.
inline constexpr const char *kInstanceStateDir = "/var/lib/sloop";

// Turns a validated config into steps, in the order cloud-init applies its
// modules: bootcmd, write_files, hostname, groups, users,
// ssh_authorized_keys, timezone, package_update, package_upgrade, packages,
// (containers: start the enabled services), write_files with defer,
// runcmd, final_message.
//
// Unlike cloud-init, which writes all runcmd entries into one script and
// runs it without -e, each runcmd entry is its own step run with -e, and
// the first failing entry stops provisioning (a retry resumes there).
// Fails when a value cannot be quoted (a NUL) or a step would be too big.
Result<QList<ProvisionStep>> compileSteps(const CloudConfig &config, const TargetInfo &target);

} // namespace sloop::blueprints
