#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>

namespace sloop::test {

// What a run of the `sloop` binary printed and how it ended.
struct CliOutcome
{
    int exitCode = -1; // -1 when the process crashed or hung
    QByteArray out;
    QByteArray err;
};

// Runs `binary args` with `env`, stdin closed, and waits up to `ms`.
inline CliOutcome runCli(const QString &binary, const QStringList &args,
                         const QProcessEnvironment &env, int ms = 60000)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(binary, args);
    CliOutcome o;
    if (!process.waitForStarted(10000))
        return o;
    if (!process.waitForFinished(ms)) {
        process.kill();
        process.waitForFinished();
        return o;
    }
    o.out = process.readAllStandardOutput();
    o.err = process.readAllStandardError();
    if (process.exitStatus() == QProcess::NormalExit)
        o.exitCode = process.exitCode();
    return o;
}

inline QString describe(const CliOutcome &o)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
        .arg(o.exitCode)
        .arg(QString::fromUtf8(o.out.left(2000)), QString::fromUtf8(o.err.left(2000)));
}

} // namespace sloop::test
