#pragma once

#include "instanceoperation.h"
#include "instancerecord.h"

#include "blueprints/blueprint.h"
#include "blueprints/provisionplan.h"
#include "pricing/pricecatalog.h"

#include <QObject>
#include <QPointer>

namespace sloop::ssh {
class SshSession;
}

namespace sloop::instances {

class FlowHost;
class SystemContainers;
class Provisioner;
class HealthProbe;

// Drives one instance from its record to Running: (container) make the
// system container and trust its host key, wait for SSH, run the
// provisioning steps from record.stepsDone on, then the blueprint's health
// check. Each phase is a step of the job; the record follows as it goes
// (state, stepsDone, the step that failed), so a retry resumes where this
// stopped. Deletes itself when done.
class CreationFlow : public QObject
{
    Q_OBJECT
public:
    struct Inputs
    {
        InstanceRecord record;
        blueprints::Blueprint blueprint;
        pricing::Plan plan;
        QList<blueprints::ProvisionStep> steps;
        QString image;         // Container: what to start from
        QString authorizedKey; // Container: root's key
        bool provision = true; // false for a restore: the image is provisioned already
    };

    CreationFlow(FlowHost *service, InstanceOperation *job, Inputs inputs);

    void start();

private:
    void makeContainer();
    void trustContainerKey();
    void ensureContainerRunning();
    void waitForSsh();
    void connect();
    void checkServer();
    void provision();
    void healthCheck();
    void succeed();
    void fail(int jobStep, const QString &why);
    bool stopIfCancelled(int jobStep);
    void save();
    ssh::SshSession *session();

    FlowHost *m_service;
    QPointer<InstanceOperation> m_job;
    Inputs m_in;
    QPointer<SystemContainers> m_containers;
    Provisioner *m_provisioner = nullptr;
    HealthProbe *m_probe = nullptr;
    int m_containerStep = -1;
    int m_sshStep = -1;
    int m_firstProvisionStep = -1;
    int m_healthStep = -1;
};

} // namespace sloop::instances
