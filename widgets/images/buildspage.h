#pragma once

#include "images/imagebuild.h"
#include "util/result.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace sloop {
class ControlPlane;
}

namespace sloop::registry {
class ImageTransfer;
}

namespace sloop::widgets {

class NoticeBanner;

// Image builds: a folder with a Dockerfile (or a Git URL the engine can
// reach) built on the active engine with tags, build arguments, a target
// stage and no-cache; the builder's log live with its steps as progress; a
// failed step told by its Dockerfile line; the image pushed to a registry
// Sloop knows if asked. This window's builds are listed with how they ended.
class BuildsPage : public QWidget
{
    Q_OBJECT
public:
    explicit BuildsPage(ControlPlane *plane, QWidget *parent = nullptr);
    ~BuildsPage() override;
    void setEngine(const QString &engineName);

    // What the Build button ends in (and what tests call); pushTo is a
    // registry's name or empty.
    void startBuild(const images::BuildRequest &request, const QString &pushTo = {});
    void setSource(const QString &folderOrUrl);

Q_SIGNALS:
    void buildFinished(const sloop::Result<QString> &imageId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void build();
    void chooseFolder();
    void finish(const Result<QString> &outcome, const QString &note = {});
    void reloadRegistries();

    ControlPlane *m_plane;
    QString m_engine;
    NoticeBanner *m_problem;
    QLineEdit *m_source;
    QLineEdit *m_tag;
    QLineEdit *m_dockerfile;
    QLineEdit *m_target;
    QPlainTextEdit *m_args;
    QCheckBox *m_noCache;
    QComboBox *m_push;
    QPushButton *m_build;
    QPushButton *m_stop;
    QProgressBar *m_progress;
    QLabel *m_stepText;
    QPlainTextEdit *m_log;
    QTableWidget *m_history;
    QPointer<images::ImageBuild> m_running;
    QPointer<registry::ImageTransfer> m_transfer;
    images::BuildRequest m_request;
    qint64 m_startedMs = 0;
};

} // namespace sloop::widgets
