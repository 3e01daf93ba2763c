#pragma once

#include "resourcepage.h"

class QAction;
class QComboBox;
class QLineEdit;
class QPushButton;

namespace sloop::models {
class NetworkListModel;
}

namespace sloop::widgets {

// The networks of one engine: create one (name + driver), remove selected
// ones except the engine's built-in bridge, host and none.
class NetworksPage : public ResourcePage
{
    Q_OBJECT
public:
    explicit NetworksPage(engine::DockerClient *client, QWidget *parent = nullptr);

    void reload() override;
    models::NetworkListModel *model() const { return m_model; }

    void createNetwork(const QString &name, const QString &driver);
    void removeSelected();

protected:
    void clientChanged() override;

private:
    void updateActions();

    models::NetworkListModel *m_model = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_driver = nullptr;
    QPushButton *m_create = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_refresh = nullptr;
};

} // namespace sloop::widgets
