#pragma once

#include "util/result.h"

#include <QByteArrayList>
#include <QList>
#include <QPair>
#include <QStringList>

namespace sloop::ssh {

// THE one place that turns argument lists into a POSIX shell command string.
// sshd hands a command to the user's login shell (`$SHELL -c COMMAND`), so
// every argument is single-quoted: inside '...' a POSIX shell expands
// nothing, and an embedded ' becomes '\'' (close, escaped quote, reopen).
// Arguments are bytes: a QString is sent as UTF-8, a QByteArray as it is, so
// file names that are not UTF-8 survive. A NUL byte cannot be passed through
// execve() at all, so it is refused instead of silently cutting the argument.

// One argument, always quoted ('' for the empty string).
Result<QByteArray> quoteArgument(const QByteArray &argument);
// Arguments joined by single spaces, each quoted. Fails on an empty list.
Result<QByteArray> quoteArgv(const QByteArrayList &argv);
Result<QByteArray> quoteArgv(const QStringList &argv);

// A command as data: one or more argv stages joined by pipes, with optional
// environment and working folder, all quoted when turned into a string.
//
//   RemoteCommand::argv({"tar", "-C", dir, "-cf", "-", "."})
//       .pipe({"gzip", "-1"})
//       .withEnv("LC_ALL", "C")
//       .withCwd("/srv")
//   → cd -- '/srv' && export LC_ALL='C' && 'tar' '-C' ... | 'gzip' '-1'
//
// Values are immutable and cheap to copy; errors (NUL, a bad variable
// name, an empty stage) surface from toShell().
class RemoteCommand
{
public:
    RemoteCommand() = default;
    static RemoteCommand argv(const QStringList &args);
    static RemoteCommand argvBytes(const QByteArrayList &args);

    RemoteCommand pipe(const QStringList &args) const;
    RemoteCommand pipeBytes(const QByteArrayList &args) const;
    // Exported for every stage. `name` must be a shell identifier.
    RemoteCommand withEnv(const QString &name, const QString &value) const;
    RemoteCommand withEnvBytes(const QByteArray &name, const QByteArray &value) const;
    // The command runs only if `cd` into the folder worked.
    RemoteCommand withCwd(const QString &folder) const;
    RemoteCommand withCwdBytes(const QByteArray &folder) const;

    bool isEmpty() const { return m_stages.isEmpty(); }
    const QList<QByteArrayList> &stages() const { return m_stages; }

    Result<QByteArray> toShell() const;
    // For logs and the command log: the shell string as text (bytes that
    // are not UTF-8 show as U+FFFD), or a note saying why there is none.
    QString display() const;

private:
    QList<QByteArrayList> m_stages;
    QList<QPair<QByteArray, QByteArray>> m_env;
    QByteArray m_cwd;
    bool m_hasCwd = false;
};

} // namespace sloop::ssh
