#pragma once

#include "blueprints/provisionplan.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace sloop::ssh {
class SshSession;
class SshChannel;
} // namespace sloop::ssh

namespace sloop::instances {

// Steps come from the blueprint compiler (blueprints/provisionplan.h).
using ProvisionStepScript = blueprints::ProvisionStep;

// Runs provisioning steps one after another over a host's SSH session, each
// as its own streaming command so its output shows while it runs. Stops at
// the first step that fails, and says which; start(from) resumes there,
// which is what a retry does (the steps are written to be safe to rerun).
//
// Every step runs as root: directly when the login user is root, else
// through `sudo -n` (a server instance's user needs passwordless sudo, as
// cloud images give their default user).
class Provisioner : public QObject
{
    Q_OBJECT
public:
    Provisioner(ssh::SshSession *session, QList<ProvisionStepScript> steps, bool viaSudo,
                QObject *parent = nullptr);
    ~Provisioner() override;

    const QList<ProvisionStepScript> &steps() const { return m_steps; }
    int currentStep() const { return m_current; }
    bool isRunning() const { return m_running; }

    void start(int fromStep = 0);
    // Ends the running step (TERM to it, then the channel closes) and
    // finishes with a "cancelled" failure at that step.
    void cancel();

Q_SIGNALS:
    void stepStarted(int index, const QString &title);
    void output(int index, const QByteArray &bytes); // stdout and stderr as they come
    void stepFinished(int index, bool ok);
    // ok false: error says why and failedStep which step (-1 before any).
    void finished(bool ok, const QString &error, int failedStep);

private:
    void runStep(int index);
    void stepEnded(int index, int exitStatus);
    void stepFailed(int index, const QString &why);
    void finish(bool ok, const QString &error, int failedStep);

    QPointer<ssh::SshSession> m_session;
    QList<ProvisionStepScript> m_steps;
    bool m_viaSudo = false;
    int m_current = -1;
    bool m_running = false;
    ssh::SshChannel *m_channel = nullptr;
};

} // namespace sloop::instances
