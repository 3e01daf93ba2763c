#pragma once

#include "resourcepage.h"

class QAction;
class QLineEdit;
class QPushButton;

namespace sloop::models {
class VolumeListModel;
}

namespace sloop::widgets {

// The volumes of one engine: create one by name, remove selected ones.
class VolumesPage : public ResourcePage
{
    Q_OBJECT
public:
    explicit VolumesPage(engine::DockerClient *client, QWidget *parent = nullptr);

    void reload() override;
    models::VolumeListModel *model() const { return m_model; }

    void createVolume(const QString &name);
    void removeSelected();

protected:
    void clientChanged() override;

private:
    void updateActions();

    models::VolumeListModel *m_model = nullptr;
    QLineEdit *m_name = nullptr;
    QPushButton *m_create = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_refresh = nullptr;
};

} // namespace sloop::widgets
