#pragma once

#include "resourcepage.h"

class QAction;

namespace sloop::models {
class ImageListModel;
}

namespace sloop::widgets {

class ImagePullBar;

// The images of one engine: pull with progress, remove (by force when the
// engine says an image is in use), prune dangling images.
class ImagesPage : public ResourcePage
{
    Q_OBJECT
public:
    explicit ImagesPage(engine::DockerClient *client, QWidget *parent = nullptr);

    void reload() override;
    models::ImageListModel *model() const { return m_model; }
    ImagePullBar *pullBar() const { return m_pullBar; }

    void removeSelected();
    void pruneUnused();

Q_SIGNALS:
    void imagePulled(const QString &reference);

protected:
    void clientChanged() override;

private:
    void removeImages(const QStringList &ids, const QStringList &names, bool force);
    void updateActions();

    models::ImageListModel *m_model = nullptr;
    ImagePullBar *m_pullBar = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_prune = nullptr;
    QAction *m_refresh = nullptr;
};

} // namespace sloop::widgets
