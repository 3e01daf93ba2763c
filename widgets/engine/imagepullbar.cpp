#include "imagepullbar.h"

#include "engine/dockerclient.h"
#include "engine/dockerjson.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace sloop::widgets {

ImagePullBar::ImagePullBar(engine::DockerClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
{
    m_reference = new QLineEdit(this);
    m_reference->setObjectName(QStringLiteral("pullReference"));
    m_reference->setPlaceholderText(tr("Image to pull, e.g. 127.0.0.1:5000/sloop/busybox:latest"));
    m_reference->setAccessibleName(tr("Image reference to pull"));
    m_reference->setToolTip(tr("An image reference: [registry/]repository[:tag]"));
    m_reference->setClearButtonEnabled(true);

    m_pullButton = new QPushButton(tr("Pull"), this);
    m_pullButton->setObjectName(QStringLiteral("pullButton"));
    m_pullButton->setAccessibleName(tr("Pull image"));
    m_pullButton->setToolTip(tr("Download the image from its registry onto this engine"));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("pullStatus"));
    m_status->setAccessibleName(tr("Pull status"));
    m_status->setTextFormat(Qt::PlainText);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("pullProgress"));
    m_progress->setAccessibleName(tr("Pull progress"));
    m_progress->setToolTip(tr("Bytes downloaded over all layers"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("pullCancel"));
    m_cancel->setAccessibleName(tr("Cancel pull"));
    m_cancel->setToolTip(tr("Stop downloading this image"));

    auto *inputRow = new QHBoxLayout;
    inputRow->setContentsMargins(0, 0, 0, 0);
    inputRow->addWidget(new QLabel(tr("Pull image:"), this));
    inputRow->addWidget(m_reference, 1);
    inputRow->addWidget(m_pullButton);

    m_progressRow = new QWidget(this);
    auto *progressRow = new QHBoxLayout(m_progressRow);
    progressRow->setContentsMargins(0, 0, 0, 0);
    progressRow->addWidget(m_status, 1);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    m_progressRow->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(inputRow);
    layout->addWidget(m_progressRow);

    connect(m_reference, &QLineEdit::textChanged, this, &ImagePullBar::updateControls);
    connect(m_reference, &QLineEdit::returnPressed, this,
            [this] { pull(m_reference->text().trimmed()); });
    connect(m_pullButton, &QPushButton::clicked, this,
            [this] { pull(m_reference->text().trimmed()); });
    connect(m_cancel, &QPushButton::clicked, this, &ImagePullBar::cancel);
    updateControls();
}

void ImagePullBar::setClient(engine::DockerClient *client)
{
    cancel();
    m_progressRow->hide();
    m_client = client;
    updateControls();
}

void ImagePullBar::pull(const QString &reference)
{
    if (reference.isEmpty() || !m_client || m_stream)
        return;
    m_pulling = reference;
    m_error.clear();
    m_lines = engine::LineSplitter();
    m_tally = PullTally();
    m_lastStatus = tr("Asking the engine to pull %1…").arg(reference);
    // The stream is a child of this bar: closing the page ends the pull.
    m_stream = m_client->pullImage(reference, this);
    connect(m_stream, &engine::EngineStream::data, this, &ImagePullBar::onData);
    connect(m_stream, &engine::EngineStream::finished, this, &ImagePullBar::onFinished);
    m_progressRow->show();
    showProgress();
    updateControls();
    Q_EMIT started(reference);
}

void ImagePullBar::cancel()
{
    if (!m_stream)
        return;
    // close() ends the request without a finished signal, so report here.
    m_stream->close();
    const QString reference = m_pulling;
    finish();
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    Q_EMIT cancelled(reference);
}

void ImagePullBar::onData(const QByteArray &bytes)
{
    QList<QByteArray> lines;
    m_lines.feed(bytes, &lines);
    for (const QByteArray &line : std::as_const(lines)) {
        if (line.trimmed().isEmpty())
            continue;
        const auto progress = engine::json::parsePullProgress(line);
        if (!progress) {
            if (m_error.isEmpty())
                m_error = progress.error(); // the engine's error line ("manifest unknown")
            continue;
        }
        m_tally.add(*progress);
        if (!progress->status.isEmpty())
            m_lastStatus = progress->id.isEmpty() || progress->id == m_pulling
                               ? progress->status
                               : tr("%1: %2").arg(progress->id, progress->status);
    }
    showProgress();
}

void ImagePullBar::onFinished(const QString &error)
{
    QList<QByteArray> rest;
    m_lines.flush(&rest);
    if (!rest.isEmpty())
        onData(rest.join('\n'));
    const QString reference = m_pulling;
    const QString message = !m_error.isEmpty() ? m_error : error;
    finish();
    if (!message.isEmpty()) {
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        Q_EMIT failed(reference, message);
        return;
    }
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    Q_EMIT pulled(reference);
}

void ImagePullBar::finish()
{
    if (m_stream) {
        m_stream->disconnect(this);
        m_stream->deleteLater();
        m_stream = nullptr;
    }
    m_pulling.clear();
    // The page's message strip reports how the pull ended; the bar goes away.
    m_progressRow->hide();
    updateControls();
}

void ImagePullBar::updateControls()
{
    const bool pulling = m_stream != nullptr;
    m_reference->setEnabled(m_client && !pulling);
    m_pullButton->setEnabled(m_client && !pulling && !m_reference->text().trimmed().isEmpty());
    m_cancel->setEnabled(pulling);
}

void ImagePullBar::showProgress()
{
    const qint64 total = m_tally.total();
    QString detail = m_lastStatus;
    if (total > 0) {
        // QProgressBar counts in int: kilobytes keep multi-gigabyte images in range.
        m_progress->setRange(0, int(qMax<qint64>(1, total / 1024)));
        m_progress->setValue(int(m_tally.current() / 1024));
        const QLocale locale;
        detail = tr("%1 — %2 of %3, %4 of %5 layers")
                     .arg(m_lastStatus,
                          locale.formattedDataSize(m_tally.current(), 1, QLocale::DataSizeSIFormat),
                          locale.formattedDataSize(total, 1, QLocale::DataSizeSIFormat))
                     .arg(m_tally.layersDone())
                     .arg(m_tally.layers());
    } else {
        m_progress->setRange(0, 0); // busy: the engine has not sent sizes yet
    }
    m_status->setText(detail);
    m_status->setToolTip(detail);
}

} // namespace sloop::widgets
