#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace sloop::hosts {

// One line of an ssh_config: "Keyword value", "Keyword=value", values in
// double quotes. Empty keyword: a blank line or a comment.
struct SshConfigLine
{
    QString keyword; // lower case
    QString spelled; // as written
    QStringList args;
};
SshConfigLine tokenizeSshConfigLine(const QString &raw);

// What OpenSSH decides for one host where libssh 0.10 decides otherwise:
// every IdentityFile of every block that applies, in order (libssh keeps
// one), IdentitiesOnly, and ProxyJump as written (libssh turns it into a
// ProxyCommand). The other options are libssh's to evaluate.
struct OpenSshChoices
{
    QStringList identityFiles; // expanded: ~, %d %u %h %r %n %p %%
    bool identitiesOnly = false;
    QString proxyJump;       // empty: none
    QString proxyCommand;    // empty: none (first of the two wins, as in ssh)
    QStringList unevaluated; // Match lines whose criteria Sloop cannot evaluate
};

struct SshConfigSubject
{
    QString name;     // as typed after `ssh`: what Host patterns match
    QString hostName; // after HostName: what Match host matches, %h
    QString user;     // the remote user; empty: the local one
    int port = 22;
};

// Evaluates `config` (Includes already in place) the way ssh does for these
// options: Host blocks by their patterns (`*`, `?`, `!negated`), Match
// blocks with all, host, originalhost, user and localuser; a Match with
// any other criterion (exec, canonical, final...) is taken as not matching
// and named in `unevaluated`.
OpenSshChoices evaluateOpenSshChoices(const QByteArray &config, const SshConfigSubject &subject,
                                      const QString &homeDir);

// OpenSSH's wildcard match (`*`, `?`), without regard to case.
bool matchesSshPattern(const QString &text, const QString &pattern);

} // namespace sloop::hosts
