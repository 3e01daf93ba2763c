#pragma once

// A throwaway container of the Debian test image in which compiled
// provisioning steps run as the provisioner runs them: `sh -ec SCRIPT`
// through `docker exec`. Removed when the object goes.

#include "blueprints/provisionplan.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

namespace sloop::test {

inline constexpr const char *kDebianImage = "sloop-test/debian:bookworm";

struct ExecOutcome
{
    int exitCode = -1; // -1: did not finish in time
    QByteArray out;
    QByteArray err;
};

inline ExecOutcome docker(const QStringList &args, int ms = 60000)
{
    QProcess p;
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(QStringLiteral("docker"), args);
    ExecOutcome o;
    if (!p.waitForStarted(10000))
        return o;
    if (!p.waitForFinished(ms)) {
        p.kill();
        p.waitForFinished();
        return o;
    }
    o.out = p.readAllStandardOutput();
    o.err = p.readAllStandardError();
    if (p.exitStatus() == QProcess::NormalExit)
        o.exitCode = p.exitCode();
    return o;
}

class StepContainer
{
public:
    StepContainer() = default;
    StepContainer(const StepContainer &) = delete;
    StepContainer &operator=(const StepContainer &) = delete;
    ~StepContainer()
    {
        if (!m_name.isEmpty())
            docker({QStringLiteral("rm"), QStringLiteral("-f"), m_name});
    }

    // Starts one; the message says why not (the image missing: run
    // scripts/test-services.sh). Callers QVERIFY2 on it, never skip.
    QString start(const QString &tag)
    {
        if (docker({QStringLiteral("image"), QStringLiteral("inspect"),
                    QString::fromLatin1(kDebianImage)})
                .exitCode != 0)
            return QStringLiteral("the test image %1 is missing: run scripts/test-services.sh")
                .arg(QString::fromLatin1(kDebianImage));
        m_name = QStringLiteral("sloop-test-%1-%2")
                     .arg(tag)
                     .arg(QRandomGenerator::global()->generate() % 1000000);
        const ExecOutcome o =
            docker({QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--init"),
                    QStringLiteral("--name"), m_name, QStringLiteral("--hostname"),
                    QStringLiteral("sloop-test"), QString::fromLatin1(kDebianImage),
                    QStringLiteral("sleep"), QStringLiteral("infinity")});
        if (o.exitCode != 0) {
            const QString error = QString::fromUtf8(o.err);
            m_name.clear();
            return QStringLiteral("docker run failed: %1").arg(error);
        }
        return {};
    }

    const QString &name() const { return m_name; }

    // Runs argv in the container.
    ExecOutcome exec(const QStringList &argv, int ms = 60000) const
    {
        return docker(QStringList{QStringLiteral("exec"), m_name} + argv, ms);
    }
    ExecOutcome sh(const QString &command, int ms = 60000) const
    {
        return exec({QStringLiteral("sh"), QStringLiteral("-c"), command}, ms);
    }

    // One step, as the provisioner sends it.
    ExecOutcome run(const blueprints::ProvisionStep &step, int ms = 900000) const
    {
        return exec({QStringLiteral("sh"), QStringLiteral("-ec"), QString::fromUtf8(step.script)},
                    ms);
    }

    // Every step in order; stops at the first that fails and says which.
    QString runAll(const QList<blueprints::ProvisionStep> &steps, QByteArray *log = nullptr) const
    {
        for (const blueprints::ProvisionStep &s : steps) {
            QElapsedTimer t;
            t.start();
            const ExecOutcome o = run(s);
            if (log)
                *log += "== " + s.title.toUtf8() + " (" + QByteArray::number(t.elapsed()) +
                        " ms)\n" + o.out + o.err;
            if (o.exitCode != 0)
                return QStringLiteral("step \"%1\" failed (exit %2):\n%3\n%4")
                    .arg(s.title)
                    .arg(o.exitCode)
                    .arg(QString::fromUtf8(o.out.right(3000)),
                         QString::fromUtf8(o.err.right(3000)));
        }
        return {};
    }

private:
    QString m_name;
};

} // namespace sloop::test
