// The overview's disk use of a container instance, as its engine measures it.
#include "instanceoverview.h"
#include "instancespage.h"

#include "engine/dockertypes.h"
#include "instances/instanceservice.h"
#include "util/futures.h"

#include <QTabWidget>

namespace sloop::widgets {

void InstancesPage::setUpDiskMeasuring()
{
    // While an overview is on screen its disk use stays current.
    m_diskTimer = new QTimer(this);
    m_diskTimer->setInterval(kDiskMeasureMs);
    connect(m_diskTimer, &QTimer::timeout, this, [this] {
        const auto record = currentInstance();
        const QWidget *tab = m_tabs->currentWidget();
        if (record && isVisible() && tab && tab->objectName() == QLatin1String("overviewTab"))
            measureDisk(*record);
    });
    m_diskTimer->start();
}

void InstancesPage::measureDisk(const instances::InstanceRecord &record)
{
    // A container not made yet has nothing to measure: "Measuring…" stays.
    if (record.kind != instances::InstanceKind::Container || record.containerId.isEmpty())
        return;
    const QString key = record.name + QLatin1Char('|') + record.containerId;
    if (key == m_diskInFlight)
        return;
    if (key == m_diskMeasuredFor && m_diskMeasuredAt.isValid() &&
        !m_diskMeasuredAt.hasExpired(kDiskMeasureMs))
        return;
    m_diskInFlight = key;
    m_diskMeasuredFor = key;
    m_diskMeasuredAt.start();
    const QString name = record.name;
    whenFinished(m_service->measureDisk(record), this,
                 [this, name, key](const Result<engine::ContainerDetails> &details) {
                     if (m_diskInFlight == key)
                         m_diskInFlight.clear();
                     const auto current = currentInstance();
                     if (!current || current->name != name)
                         return; // another instance was opened meanwhile
                     if (!details || !details->sizeRw) {
                         m_overview->showDiskUse(std::nullopt, std::nullopt,
                                                 details ? tr("the engine did not say")
                                                         : details.error());
                         return;
                     }
                     std::optional<qint64> image;
                     if (details->sizeRootFs)
                         image = qMax<qint64>(0, *details->sizeRootFs - *details->sizeRw);
                     m_overview->showDiskUse(details->sizeRw, image);
                 });
}

} // namespace sloop::widgets
