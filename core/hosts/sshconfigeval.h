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

// Lines around an included file's text in a flattened config. After it,
// ssh goes on in the including block's state; inside an Include that sits
// in a block that does not apply, no Host or Match line applies either.
inline constexpr char kIncludeBegin[] = "\x01include-begin\n";
inline constexpr char kIncludeEnd[] = "\x01include-end\n";

// What OpenSSH decides for one host, for the options Sloop keeps. libssh
// 0.10's own evaluation differs where it matters: it applies a block whose
// Host line negates the name ("Host !web2 web*" to web2), keeps one
// IdentityFile and turns ProxyJump into a ProxyCommand.
struct OpenSshChoices
{
    QString hostName; // HostName (%h and %% expanded); empty: the name itself
    QString user;     // empty: the local user
    int port = 22;
    // Every IdentityFile of every block that applies, in order, expanded
    // (~, %d %u %h %r %n %p %l %%); a file named twice is tried once;
    // "none" is not a file.
    QStringList identityFiles;
    bool identitiesOnly = false;
    QString proxyJump;       // empty: none
    QString proxyCommand;    // empty: none (first of the two wins, as in ssh)
    QStringList unevaluated; // Match lines whose criteria Sloop cannot evaluate
};

// Evaluates `config` (Includes already in place) for `name` (as typed
// after `ssh`) the way ssh does for these options: the first value wins;
// Host blocks by their patterns (`*`, `?`, `!negated`), Match blocks with
// all, host, originalhost, user and localuser (against the values set so
// far); a Match with any other criterion (exec, canonical, final...) is
// taken as not matching and named in `unevaluated`. `homeDir` is ~ and %d.
OpenSshChoices evaluateOpenSshChoices(const QByteArray &config, const QString &name,
                                      const QString &homeDir);

// Whether every criterion of a Match line is one evaluateOpenSshChoices
// evaluates.
bool canEvaluateMatch(const QStringList &args);

// OpenSSH's wildcard match (`*`, `?`), without regard to case.
bool matchesSshPattern(const QString &text, const QString &pattern);

} // namespace sloop::hosts
