#include "serverfirewall.h"

#include "firewallplan.h"
#include "instanceoperation.h"
#include "provisioner.h"

#include "hosts/hostconnections.h"
#include "ssh/remotecommand.h"
#include "ssh/sshsession.h"
#include "util/futures.h"

#include <QRandomGenerator>
#include <QTimer>

namespace sloop::instances {

ServerFirewall::ServerFirewall(hosts::HostConnections *connections, hosts::HostRecord host,
                               QList<FirewallRule> rules, bool viaSudo, InstanceOperation *job,
                               int rollbackSeconds)
    : QObject(job)
    , m_connections(connections)
    , m_host(std::move(host))
    , m_rules(std::move(rules))
    , m_viaSudo(viaSudo)
    , m_job(job)
    , m_rollbackSeconds(rollbackSeconds)
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    m_token = QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex();
    m_findStep = job->addStep(tr("Find where Sloop's connection arrives"));
    m_loadStep = job->addStep(
        tr("Load the nftables rules (the old ones come back after %n seconds unless Sloop "
           "connects again)",
           nullptr, rollbackSeconds));
    m_confirmStep = job->addStep(tr("Connect again through the new rules, then keep them"));
}

QStringList ServerFirewall::asRoot(QStringList argv) const
{
    if (m_viaSudo)
        argv.prepend(QStringLiteral("-n")), argv.prepend(QStringLiteral("sudo"));
    return argv;
}

void ServerFirewall::fail(int step, const QString &why)
{
    m_job->appendLog(step, why + QLatin1Char('\n'));
    m_job->setStep(step, InstanceOperation::Failed);
    Q_EMIT finished(false, why);
}

void ServerFirewall::start()
{
    m_session = m_connections->session(m_host);
    m_job->setStep(m_findStep, InstanceOperation::Running);
    whenFinished(m_session->exec(
                     ssh::RemoteCommand::argv({QStringLiteral("sh"), QStringLiteral("-c"),
                                               QStringLiteral("printf '%s' \"$SSH_CONNECTION\"")})),
                 this, [this](const ssh::SshResult<ssh::ExecResult> &done) {
                     if (!done)
                         return fail(m_findStep, done.message());
                     load(done->stdOut);
                 });
}

void ServerFirewall::load(const QByteArray &arrival)
{
    const Result<SshArrival> sloop = parseSshConnection(arrival);
    if (!sloop)
        return fail(m_findStep, sloop.error());
    m_job->appendLog(m_findStep, tr("Sloop connects from %1 to sshd's port %2.\n")
                                     .arg(sloop->client.toString())
                                     .arg(sloop->serverPort));
    m_job->setStep(m_findStep, InstanceOperation::Succeeded);
    const Result<QByteArray> step = applyNftablesStep(m_rules, *sloop, m_rollbackSeconds, m_token);
    if (!step)
        return fail(m_loadStep, step.error());
    if (!m_session)
        return fail(m_loadStep, tr("The SSH session to the server is gone."));
    auto *runner = new Provisioner(m_session, {{QStringLiteral("firewall"), tr("nftables"), *step}},
                                   m_viaSudo, this);
    connect(runner, &Provisioner::stepStarted, this,
            [this] { m_job->setStep(m_loadStep, InstanceOperation::Running); });
    connect(runner, &Provisioner::output, this, [this](int, const QByteArray &bytes) {
        m_job->appendLog(m_loadStep, QString::fromUtf8(bytes));
    });
    connect(runner, &Provisioner::finished, this, [this](bool ok, const QString &error) {
        if (!ok) {
            // The step stops at its first failing command; anything it
            // loaded is undone by the timer if the timer was set.
            m_job->setStep(m_loadStep, InstanceOperation::Failed);
            Q_EMIT finished(false, error);
            return;
        }
        m_job->setStep(m_loadStep, InstanceOperation::Succeeded);
        confirm();
    });
    QTimer::singleShot(0, runner, [runner] { runner->start(); });
}

void ServerFirewall::confirm()
{
    m_job->setStep(m_confirmStep, InstanceOperation::Running);
    ssh::SshSession *fresh = m_connections->freshSession(m_host, this);
    // Inside the rollback time, or the confirm comes too late anyway.
    const int timeoutMs = qMax(1000, m_rollbackSeconds * 1000 - 2000);
    whenFinished(
        fresh->exec(ssh::RemoteCommand::argv(asRoot(confirmNftablesCommand(m_token))), timeoutMs),
        this, [this, fresh](const ssh::SshResult<ssh::ExecResult> &done) {
            fresh->deleteLater();
            if (!done)
                return putBack(tr("Sloop could not connect again through the new rules: %1")
                                   .arg(done.message()));
            if (done->exitStatus != 0) {
                m_job->setStep(m_confirmStep, InstanceOperation::Failed);
                Q_EMIT finished(false, tr("Sloop connected again too late: the server had already "
                                          "put the old rules back."));
                return;
            }
            m_job->appendLog(m_confirmStep, tr("A new connection got in; the rules are kept.\n"));
            m_job->setStep(m_confirmStep, InstanceOperation::Succeeded);
            Q_EMIT finished(true, {});
        });
}

void ServerFirewall::putBack(const QString &why)
{
    m_job->appendLog(m_confirmStep, why + QLatin1Char('\n'));
    m_job->setStep(m_confirmStep, InstanceOperation::Failed);
    if (!m_session)
        return Q_EMIT finished(false, why + QLatin1Char(' ') +
                                          tr("The server puts the old rules back within %n "
                                             "seconds.",
                                             nullptr, m_rollbackSeconds));
    whenFinished(
        m_session->exec(ssh::RemoteCommand::argv(asRoot(rollbackNftablesCommand(m_token)))), this,
        [this, why](const ssh::SshResult<ssh::ExecResult> &done) {
            const bool back = done && done->exitStatus == 0;
            Q_EMIT finished(false, why + QLatin1Char(' ') +
                                       (back ? tr("The old rules are back.")
                                             : tr("The server puts the old rules back within "
                                                  "%n seconds.",
                                                  nullptr, m_rollbackSeconds)));
        });
}

} // namespace sloop::instances
