#pragma once

#include "engine/dockerclient.h"
#include "engine/streamdecoders.h"
#include "pulltally.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace sloop::widgets {

// "Pull an image": a reference field and a Pull button, then while the
// engine streams its progress a bar (bytes over all layers; a busy bar while
// sizes are unknown), a status line and Cancel.
class ImagePullBar : public QWidget
{
    Q_OBJECT
public:
    explicit ImagePullBar(engine::DockerClient *client, QWidget *parent = nullptr);

    void setClient(engine::DockerClient *client); // cancels a running pull
    void pull(const QString &reference);
    void cancel();
    bool isPulling() const { return m_stream != nullptr; }

Q_SIGNALS:
    void started(const QString &reference);
    void pulled(const QString &reference);
    void failed(const QString &reference, const QString &message);
    void cancelled(const QString &reference);

private:
    void onData(const QByteArray &bytes);
    void onFinished(const QString &error);
    void finish();
    void updateControls();
    void showProgress();

    QPointer<engine::DockerClient> m_client;
    QLineEdit *m_reference = nullptr;
    QPushButton *m_pullButton = nullptr;
    QWidget *m_progressRow = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;

    engine::EngineStream *m_stream = nullptr;
    QString m_pulling;            // the reference being pulled
    QString m_error;              // the first error line the engine sent
    engine::LineSplitter m_lines; // the engine sends one JSON object a line
    PullTally m_tally;
    QString m_lastStatus;
};

} // namespace sloop::widgets
