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
{
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Container engine resources"));
    m_containers->setControlPlane(plane);
    m_tabs->addTab(m_containers, tr("Containers"));
    // The other tabs are built when first opened (start-up pays for what
    // is on screen only).
    for (const QString &title : {tr("Images"), tr("Volumes"), tr("Networks")}) {
        auto *holder = new QWidget;
        auto *holderLayout = new QVBoxLayout(holder);
        holderLayout->setContentsMargins(0, 0, 0, 0);
        m_tabs->addTab(holder, title);
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1)
            imagesPage();
        else if (index == 2)
            volumesPage();
        else if (index == 3)
            networksPage();
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_tabs);
    connect(m_containers, &ContainersTab::statusChanged, this, &ContainersPage::statusChanged);
    for (QTimer *timer : {&m_imagesReload, &m_volumesReload, &m_networksReload}) {
        timer->setSingleShot(true);
        timer->setInterval(250);
    }
    connect(&m_imagesReload, &QTimer::timeout, this, [this] {
        if (m_images)
            m_images->reload();
    });
    connect(&m_volumesReload, &QTimer::timeout, this, [this] {
        if (m_volumes)
            m_volumes->reload();
    });
    connect(&m_networksReload, &QTimer::timeout, this, [this] {
        if (m_networks)
            m_networks->reload();
    });
}

engine::DockerClient *ContainersPage::client() const
{
    return m_inventory ? m_inventory->client() : nullptr;
}

template <typename Page> Page *ContainersPage::ensure(Page *&page, int tab)
{
    if (!page) {
        page = new Page(client());
        m_tabs->widget(tab)->layout()->addWidget(page);
    }
    return page;
}

ImagesPage *ContainersPage::imagesPage()
{
    return ensure(m_images, 1);
}

VolumesPage *ContainersPage::volumesPage()
{
    return ensure(m_volumes, 2);
}

NetworksPage *ContainersPage::networksPage()
{
    return ensure(m_networks, 3);
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
    if (m_images)
        m_images->setClient(client);
    if (m_volumes)
        m_volumes->setClient(client);
    if (m_networks)
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
                    m_imagesReload.start();
                    m_volumesReload.start();
                    m_networksReload.start();
                }
            });
}

} // namespace sloop::widgets
