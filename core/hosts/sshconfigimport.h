#pragma once

#include "hostrecord.h"

#include <QList>
#include <QStringList>

namespace sloop::hosts {

// One host found in an OpenSSH client config, ready for the repository.
struct ImportedHost
{
    HostRecord host;
    QString origin; // "/home/me/.ssh/config:12": where its Host line is
};

// Something in the config that does not become a host, and why, in plain
// words ("a pattern, not one host").
struct SkippedEntry
{
    QString name; // the Host pattern, the Match line, the option or the Include
    QString origin;
    QString reason;
};

struct SshConfigImport
{
    QString file;     // the config read (absolute)
    QStringList read; // it and every file it included, in order
    QList<ImportedHost> hosts;
    QList<SkippedEntry> skipped; // hosts that were not imported
    QList<SkippedEntry> ignored; // options libssh does not know or does not use
};

struct SshConfigImportOptions
{
    QString sshDir;            // relative Includes resolve here; empty: ~/.ssh
    QStringList existingNames; // hosts already in Sloop (compared without case)
};

// ~/.ssh/config
QString defaultSshConfigFile();

// Reads `file` and its Includes to find the Host names, then lets libssh
// evaluate the config for each concrete name (no wildcards, no negation):
// HostName, User and Port come from libssh's own parser, so a later
// "Host *" block fills in what a specific block left open, as in ssh. The
// IdentityFile list (every matching block adds to it), IdentitiesOnly and
// ProxyJump are evaluated the way OpenSSH does (sshconfigeval.h), since
// libssh keeps one key and rewrites ProxyJump.
//
// Hosts reached through a ProxyCommand are skipped: Sloop does not run
// programs to reach a host, and dialling them directly would reach another
// machine or none. Match blocks are not imported (they apply to the hosts
// they match). Names and values go through validate(), so a hostile name
// is skipped with its message, never stored.
//
// Fails only when `file` itself cannot be read.
Result<SshConfigImport> importSshConfig(const QString &file,
                                        const SshConfigImportOptions &options = {});

} // namespace sloop::hosts
