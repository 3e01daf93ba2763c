#pragma once

// Two CPU hogs on a test host, for suites that watch its load rise and fall.
//
// The netns hosts share this machine's kernel, so /proc/stat is machine-wide
// and other suites may keep both cores busy already; a rise of `cpu` alone
// could not be seen then. So the hogs burn *system* time (dd from /dev/zero:
// the kernel clears the pages), which builds and tests hardly make, and are
// reniced to -10 so they get most of the CPU even next to other busy
// processes; while they run, cpu_system climbs far above its baseline and no
// core is idle, and it falls back once they are gone. (Measured while other
// suites kept both cores busy: cpu_system 12% → 28% without the autogroup
// nice.) Suites that use them share the ctest resource lock sloop-cpuhog.

#include "ssh/remotecommand.h"
#include "ssh/sshsession.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QStringList>

namespace sloop::test {

class CpuHogs
{
public:
    CpuHogs() = default;
    CpuHogs(const CpuHogs &) = delete;
    CpuHogs &operator=(const CpuHogs &) = delete;
    ~CpuHogs() { killLocally(); }

    // Starts one hog per core of this machine over `session`; empty on
    // success, else why not.
    QString start(ssh::SshSession *session)
    {
        const auto started = await(session->exec(ssh::RemoteCommand::argv(
            {QStringLiteral("sh"), QStringLiteral("-c"),
             QStringLiteral("for i in 1 2; do dd if=/dev/zero of=/dev/null bs=64k </dev/null "
                            ">/dev/null 2>&1 & echo $!; done")})));
        if (!started.ok())
            return started.message();
        m_pids = QString::fromUtf8(started->stdOut).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (m_pids.size() != 2)
            return QStringLiteral("expected two pids, got: ") + m_pids.join(QLatin1Char(' '));
        QProcess::execute(
            QStringLiteral("renice"),
            QStringList{QStringLiteral("-n"), QStringLiteral("-10"), QStringLiteral("-p")} +
                m_pids);
        // With the kernel's autogroups (one per session) nice works only
        // inside the group: the group's own nice counts against other sessions.
        for (const QString &pid : std::as_const(m_pids)) {
            QFile group(QStringLiteral("/proc/%1/autogroup").arg(pid));
            if (group.open(QIODevice::WriteOnly))
                group.write("-10");
        }
        return {};
    }

    // Ends them over `session` (as a user would); empty on success.
    QString stop(ssh::SshSession *session)
    {
        const auto killed = await(
            session->exec(ssh::RemoteCommand::argv(QStringList{QStringLiteral("kill")} + m_pids)));
        if (!killed.ok() || killed->exitStatus != 0)
            return killed.ok() ? QString::fromUtf8(killed->stdErr) : killed.message();
        m_pids.clear();
        return {};
    }

    // Whatever happened in the test: they never outlive it.
    void killLocally()
    {
        for (const QString &pid : std::as_const(m_pids))
            QProcess::execute(QStringLiteral("kill"), {QStringLiteral("-9"), pid});
        m_pids.clear();
    }

private:
    QStringList m_pids;
};

} // namespace sloop::test
