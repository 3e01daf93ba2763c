#include "remotecommand.h"

#include <QCoreApplication>

namespace sloop::ssh {

namespace {

// Texts are looked up, and filed by lupdate, under "Ssh".
struct SshText
{
    Q_DECLARE_TR_FUNCTIONS(Ssh)
};

QByteArrayList utf8(const QStringList &list)
{
    QByteArrayList out;
    out.reserve(list.size());
    for (const QString &s : list)
        out.append(s.toUtf8());
    return out;
}

bool isShellName(const QByteArray &name)
{
    if (name.isEmpty())
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char c = name.at(i);
        const bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
        const bool digit = c >= '0' && c <= '9';
        if (!alpha && !(digit && i > 0))
            return false;
    }
    return true;
}

} // namespace

Result<QByteArray> quoteArgument(const QByteArray &argument)
{
    if (argument.contains('\0'))
        return Result<QByteArray>::failure(
            SshText::tr("An argument contains a NUL byte, which a remote command cannot receive: "
                    "refusing to run it."));
    QByteArray out;
    out.reserve(argument.size() + 2);
    out.append('\'');
    for (const char c : argument) {
        if (c == '\'')
            out.append("'\\''");
        else
            out.append(c);
    }
    out.append('\'');
    return out;
}

Result<QByteArray> quoteArgv(const QByteArrayList &argv)
{
    if (argv.isEmpty())
        return Result<QByteArray>::failure(
            SshText::tr("A remote command needs at least a program name."));
    QByteArray out;
    for (const QByteArray &arg : argv) {
        Result<QByteArray> quoted = quoteArgument(arg);
        if (!quoted)
            return quoted;
        if (!out.isEmpty())
            out.append(' ');
        out.append(*quoted);
    }
    return out;
}

Result<QByteArray> quoteArgv(const QStringList &argv)
{
    return quoteArgv(utf8(argv));
}

RemoteCommand RemoteCommand::argv(const QStringList &args)
{
    return argvBytes(utf8(args));
}

RemoteCommand RemoteCommand::argvBytes(const QByteArrayList &args)
{
    RemoteCommand c;
    c.m_stages.append(args);
    return c;
}

RemoteCommand RemoteCommand::pipe(const QStringList &args) const
{
    return pipeBytes(utf8(args));
}

RemoteCommand RemoteCommand::pipeBytes(const QByteArrayList &args) const
{
    RemoteCommand c = *this;
    c.m_stages.append(args);
    return c;
}

RemoteCommand RemoteCommand::withEnv(const QString &name, const QString &value) const
{
    return withEnvBytes(name.toUtf8(), value.toUtf8());
}

RemoteCommand RemoteCommand::withEnvBytes(const QByteArray &name, const QByteArray &value) const
{
    RemoteCommand c = *this;
    c.m_env.append({name, value});
    return c;
}

RemoteCommand RemoteCommand::withCwd(const QString &folder) const
{
    return withCwdBytes(folder.toUtf8());
}

RemoteCommand RemoteCommand::withCwdBytes(const QByteArray &folder) const
{
    RemoteCommand c = *this;
    c.m_cwd = folder;
    c.m_hasCwd = true;
    return c;
}

Result<QByteArray> RemoteCommand::toShell() const
{
    if (m_stages.isEmpty())
        return Result<QByteArray>::failure(
            SshText::tr("A remote command needs at least a program name."));
    QByteArray out;
    if (m_hasCwd) {
        // `--` so a folder that starts with a dash is not read as an option.
        Result<QByteArray> dir = quoteArgument(m_cwd);
        if (!dir)
            return dir;
        out += "cd -- " + *dir + " && ";
    }
    if (!m_env.isEmpty()) {
        // export rather than NAME=value prefixes: it reaches every stage of
        // a pipeline, and the shell is a fresh one that ends with the command.
        out += "export";
        for (const auto &[name, value] : m_env) {
            if (!isShellName(name))
                return Result<QByteArray>::failure(
                    SshText::tr("\"%1\" is not a valid environment variable name (letters, digits and "
                            "underscores, not starting with a digit).")
                        .arg(QString::fromUtf8(name)));
            Result<QByteArray> quoted = quoteArgument(value);
            if (!quoted)
                return quoted;
            out += ' ' + name + '=' + *quoted;
        }
        out += " && ";
    }
    for (qsizetype i = 0; i < m_stages.size(); ++i) {
        Result<QByteArray> stage = quoteArgv(m_stages.at(i));
        if (!stage)
            return stage;
        if (i > 0)
            out += " | ";
        out += *stage;
    }
    return out;
}

QString RemoteCommand::display() const
{
    const Result<QByteArray> shell = toShell();
    if (!shell)
        return SshText::tr("(not run: %1)").arg(shell.error());
    return QString::fromUtf8(*shell);
}

} // namespace sloop::ssh
