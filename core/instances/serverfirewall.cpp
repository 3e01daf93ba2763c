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
                                               QStringLiteral("printf '%s' \"$SSH_CONNECTION\"")}),
                     30000, 4096),
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
    if (!rulesLetIn(m_rules, *sloop))
        m_job->appendLog(m_findStep,
                         tr("None of these rules lets %1 reach port %2: only the rule Sloop keeps "
                            "for its own address does. If that address changes, Sloop can no "
                            "longer reach the server.\n")
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
            // Whatever the step loaded before it stopped goes (the token
            // makes this a no-op when nothing was pending).
            m_job->setStep(m_loadStep, InstanceOperation::Failed);
            putBack(m_loadStep, error);
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
    // The whole confirm, connecting and a password prompt included, ends
    // inside the rollback time; a later one would only find the old rules.
    auto *deadline = new QTimer(this);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [this, fresh] {
        if (std::exchange(m_confirmSettled, true))
            return;
        fresh->deleteLater();
        putBack(m_confirmStep, tr("Sloop could not connect again through the new rules within "
                                  "%n seconds.",
                                  nullptr, m_rollbackSeconds - 2));
    });
    deadline->start(qMax(1000, m_rollbackSeconds * 1000 - 2000));
    whenFinished(
        fresh->exec(ssh::RemoteCommand::argv(asRoot(confirmNftablesCommand(m_token)))), this,
        [this, fresh, deadline](const ssh::SshResult<ssh::ExecResult> &done) {
            if (std::exchange(m_confirmSettled, true))
                return;
            deadline->stop();
            fresh->deleteLater();
            if (!done)
                return putBack(m_confirmStep,
                               tr("Sloop could not connect again through the new rules: %1")
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

void ServerFirewall::putBack(int step, const QString &why)
{
    m_job->appendLog(step, why + QLatin1Char('\n'));
    m_job->setStep(step, InstanceOperation::Failed);
    if (!m_session)
        return Q_EMIT finished(false, why + QLatin1Char(' ') +
                                          tr("If the new rules were loaded, the server puts the "
                                             "old ones back within %n seconds.",
                                             nullptr, m_rollbackSeconds));
    whenFinished(
        m_session->exec(ssh::RemoteCommand::argv(asRoot(rollbackNftablesCommand(m_token)))), this,
        [this, why](const ssh::SshResult<ssh::ExecResult> &done) {
            const bool back = done && done->exitStatus == 0;
            Q_EMIT finished(false, why + QLatin1Char(' ') +
                                       (back ? tr("The old rules are back.")
                                             : tr("If the new rules were loaded, the server puts "
                                                  "the old ones back within %n seconds.",
                                                  nullptr, m_rollbackSeconds)));
        });
}

} // namespace sloop::instances
