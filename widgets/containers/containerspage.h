#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QTabWidget;

namespace sloop {
class ControlPlane;
}
namespace sloop::containers {
class ContainerInventory;
}
namespace sloop::engine {
class DockerClient;
}

namespace sloop::widgets {

class ContainersTab;
class ImagesPage;
class VolumesPage;
class NetworksPage;

// The Docker side of Sloop for the active engine: containers, images,
// volumes and networks, each on a tab.
class ContainersPage : public QWidget
{
    Q_OBJECT
public:
    explicit ContainersPage(ControlPlane *plane, QWidget *parent = nullptr);
    void setEngine(const QString &engineName);
    QString engine() const { return m_engine; }

    ContainersTab *containersTab() const { return m_containers; }
    // Built on first use.
    ImagesPage *imagesPage();
    VolumesPage *volumesPage();
    NetworksPage *networksPage();
    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    void statusChanged(const QString &text);

private:
    engine::DockerClient *client() const;
    template<typename Page>
    Page *ensure(Page *&page, int tab);

    ControlPlane *m_plane;
    QString m_engine;
    QPointer<containers::ContainerInventory> m_inventory;
    QTabWidget *m_tabs;
    ContainersTab *m_containers;
    ImagesPage *m_images = nullptr;
    VolumesPage *m_volumes = nullptr;
    NetworksPage *m_networks = nullptr;
    QTimer m_imagesReload;
    QTimer m_volumesReload;
    QTimer m_networksReload;
};

} // namespace sloop::widgets
