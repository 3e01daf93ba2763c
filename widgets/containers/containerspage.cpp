#include "containerspage.h"

#include "containers/containerinventory.h"
#include "containerstab.h"
#include "controlplane/controlplane.h"
#include "engine/imagespage.h"
#include "engine/networkspage.h"
#include "engine/volumespage.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace sloop::widgets {

ContainersPage::ContainersPage(ControlPlane *plane, QWidget *parent)
    : QWidget(parent)
    , m_plane(plane)
    , m_tabs(new QTabWidget)
    , m_containers(new ContainersTab)
    , m_images(new ImagesPage(nullptr))
    , m_volumes(new VolumesPage(nullptr))
    , m_networks(new NetworksPage(nullptr))
{
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Container engine resources"));
    m_tabs->addTab(m_containers, tr("Containers"));
    m_tabs->addTab(m_images, tr("Images"));
    m_tabs->addTab(m_volumes, tr("Volumes"));
    m_tabs->addTab(m_networks, tr("Networks"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_tabs);
    connect(m_containers, &ContainersTab::statusChanged, this, &ContainersPage::statusChanged);
    for (QTimer *timer : {&m_imagesReload, &m_volumesReload, &m_networksReload}) {
        timer->setSingleShot(true);
        timer->setInterval(250);
    }
    connect(&m_imagesReload, &QTimer::timeout, m_images, &ImagesPage::reload);
    connect(&m_volumesReload, &QTimer::timeout, m_volumes, &VolumesPage::reload);
    connect(&m_networksReload, &QTimer::timeout, m_networks, &NetworksPage::reload);
}

void ContainersPage::setEngine(const QString &engineName)
{
    m_engine = engineName;
    if (m_inventory)
        m_inventory->disconnect(this);
    containers::ContainerInventory *inventory = m_plane->inventory(engineName);
    m_inventory = inventory;
    m_containers->setEngine(engineName, inventory, m_plane->sampler(engineName));
    engine::DockerClient *client = inventory ? inventory->client() : nullptr;
    m_images->setClient(client);
    m_volumes->setClient(client);
    m_networks->setClient(client);
    if (!inventory)
        return;
    // The lists beside the containers follow the engine's events too.
    connect(inventory, &containers::ContainerInventory::eventReceived, this,
            [this](const engine::EngineEvent &e) {
                // A burst of events (a pull, a prune) becomes one reload.
                if (e.type == QLatin1String("image"))
                    m_imagesReload.start();
                else if (e.type == QLatin1String("volume"))
                    m_volumesReload.start();
                else if (e.type == QLatin1String("network"))
                    m_networksReload.start();
            });
    connect(inventory, &containers::ContainerInventory::stateChanged, this,
            [this](containers::ContainerInventory::State state) {
                if (state == containers::ContainerInventory::State::Ready) {
                    m_images->reload();
                    m_volumes->reload();
                    m_networks->reload();
                }
            });
}

} // namespace sloop::widgets
