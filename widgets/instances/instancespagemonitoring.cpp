// InstancesPage: the Monitoring tab and the default alarms of new instances.
#include "instancespage.h"

#include "alarms/alarmservice.h"
#include "common/noticebanner.h"
#include "controlplane/controlplane.h"
#include "instances/instanceservice.h"
#include "metrics/instancetarget.h"
#include "monitoring/targetmonitor.h"

#include <QLayout>

namespace sloop::widgets {

// The charts are built when the tab is first opened, then follow the
// selected instance.
void InstancesPage::showMonitoring(const instances::InstanceRecord &record)
{
    if (!m_monitor) {
        m_monitor = new TargetMonitor(m_plane);
        m_monitoringTab->layout()->addWidget(m_monitor);
    }
    const metrics::Target target = metrics::targetForInstance(record);
    if (m_monitor->targetKey() != target.key())
        m_monitor->setTarget(target);
}

// The alarms Lightsail suggests for a new instance (CPU, status check, disk;
// memory for containers), made once the wizard created it.
void InstancesPage::addDefaultAlarms(const QStringList &names)
{
    alarms::AlarmService *alarms = m_plane->alarms();
    if (!alarms || !m_service)
        return;
    for (const QString &name : names) {
        const auto record = m_service->find(name);
        if (!record || !record->has_value())
            continue;
        const auto added = alarms->addDefaultsFor(metrics::targetForInstance(**record));
        if (!added)
            m_message->showError(
                tr("The default alarms for %1 could not be made: %2").arg(name, added.error()));
    }
}

} // namespace sloop::widgets
