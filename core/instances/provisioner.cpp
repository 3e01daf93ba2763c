#include "provisioner.h"

#include "ssh/remotecommand.h"
#include "ssh/sshchannel.h"
#include "ssh/sshsession.h"
#include "util/logging.h"

#include <QCryptographicHash>

namespace sloop::instances {

Provisioner::Provisioner(ssh::SshSession *session, QList<ProvisionStepScript> steps, bool viaSudo,
                         QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_steps(std::move(steps))
    , m_viaSudo(viaSudo)
{
}

Provisioner::~Provisioner()
{
    if (m_channel)
        m_channel->close();
}

void Provisioner::start(int fromStep)
{
    if (m_running)
        return;
    m_running = true;
    runStep(qBound(0, fromStep, int(m_steps.size())));
}

void Provisioner::cancel()
{
    if (!m_running)
        return;
    const int index = m_current;
    if (m_channel) {
        m_channel->sendSignal(QStringLiteral("TERM"));
        m_channel->close();
        m_channel->deleteLater();
        m_channel = nullptr;
    }
    finish(false, tr("Cancelled during step %1.").arg(index + 1), index);
}

void Provisioner::runStep(int index)
{
    m_current = index;
    if (index >= m_steps.size()) {
        finish(true, {}, -1);
        return;
    }
    if (!m_session) {
        stepFailed(index, tr("The SSH session is gone."));
        return;
    }
    const ProvisionStepScript &step = m_steps.at(index);
    QStringList argv;
    if (m_viaSudo)
        argv << QStringLiteral("sudo") << QStringLiteral("-n");
    // The script comes on stdin into a file only its runner may read, and
    // runs from there with stdin closed: in the argv, write_files contents
    // (keys, .env) would show in /proc/PID/cmdline to every user on the
    // server, in sudo's log and in the command log.
    // The file is opened, unlinked and run from its descriptor: nothing is
    // left behind even after a kill, and TERM (cancel) ends the step at once.
    // A script cut short on the way (the link dropped) is not run.
    argv << QStringLiteral("sh") << QStringLiteral("-c")
         << QStringLiteral("f=$(mktemp) || exit 1; cat >\"$f\" || { rm -f -- \"$f\"; exit 1; }; "
                           "if [ \"$(wc -c <\"$f\")\" -ne \"$1\" ]; then rm -f -- \"$f\"; "
                           "echo 'sloop: the step arrived cut short' >&2; exit 1; fi; "
                           "exec 3<\"$f\"; rm -f -- \"$f\"; exec sh -e /dev/fd/3 </dev/null")
         << QStringLiteral("sloop-step") << QString::number(step.script.size());
    const auto command =
        ssh::RemoteCommand::argv(argv).withEnv(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    Q_EMIT stepStarted(index, step.title);
    // The title and a digest, never the script (it may hold secrets).
    qCInfo(lcInstances)
        << "step" << index + 1 << "of" << m_steps.size() << step.title << "sha256"
        << QCryptographicHash::hash(step.script, QCryptographicHash::Sha256).toHex().left(12);
    m_channel = m_session->openExecStream(command, this);
    m_channel->write(step.script);
    m_channel->sendEof();
    connect(m_channel, &ssh::SshChannel::stdoutReceived, this,
            [this, index](const QByteArray &data) { Q_EMIT output(index, data); });
    connect(m_channel, &ssh::SshChannel::stderrReceived, this,
            [this, index](const QByteArray &data) { Q_EMIT output(index, data); });
    connect(m_channel, &ssh::SshChannel::finished, this,
            [this, index](int status) { stepEnded(index, status); });
    connect(m_channel, &ssh::SshChannel::failed, this,
            [this, index](const ssh::SshError &error) { stepFailed(index, error.message); });
}

void Provisioner::stepEnded(int index, int exitStatus)
{
    if (m_channel) {
        m_channel->deleteLater();
        m_channel = nullptr;
    }
    if (exitStatus != 0) {
        const QString why = exitStatus < 0
                                ? tr("Step %1 (%2) ended without an exit status (killed).")
                                      .arg(index + 1)
                                      .arg(m_steps.at(index).title)
                                : tr("Step %1 (%2) failed with exit status %3.")
                                      .arg(index + 1)
                                      .arg(m_steps.at(index).title)
                                      .arg(exitStatus);
        Q_EMIT stepFinished(index, false);
        finish(false, why, index);
        return;
    }
    Q_EMIT stepFinished(index, true);
    runStep(index + 1);
}

void Provisioner::stepFailed(int index, const QString &why)
{
    if (m_channel) {
        m_channel->deleteLater();
        m_channel = nullptr;
    }
    Q_EMIT stepFinished(index, false);
    finish(false,
           tr("Step %1 (%2) could not finish: %3")
               .arg(index + 1)
               .arg(index < m_steps.size() ? m_steps.at(index).title : QString())
               .arg(why),
           index);
}

void Provisioner::finish(bool ok, const QString &error, int failedStep)
{
    if (!m_running)
        return;
    m_running = false;
    if (!ok)
        qCWarning(lcInstances) << error;
    Q_EMIT finished(ok, error, failedStep);
}

} // namespace sloop::instances
