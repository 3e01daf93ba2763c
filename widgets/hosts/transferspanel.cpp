#include "transferspanel.h"

#include "common/displaytext.h"
#include "ssh/sftpclient.h"
#include "ssh/sftptransfer.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace sloop::widgets {

using ssh::SftpTransfer;

QString speedText(double bytesPerSecond)
{
    return TransfersPanel::tr("%1/s").arg(models::text::size(qint64(bytesPerSecond)));
}

TransfersPanel::TransfersPanel(QWidget *parent)
    : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Transfers"));
    m_rows = new QVBoxLayout(this);
    m_rows->setContentsMargins(8, 6, 8, 6);
    m_rows->setSpacing(4);
    updateVisibility();
}

int TransfersPanel::rowCount() const
{
    return m_rows->count();
}

void TransfersPanel::updateVisibility()
{
    setVisible(m_rows->count() > 0);
}

void TransfersPanel::add(SftpTransfer *transfer)
{
    m_rows->addWidget(makeRow(transfer));
    updateVisibility();
}

QWidget *TransfersPanel::makeRow(SftpTransfer *transfer)
{
    auto *row = new QWidget(this);
    transfer->setParent(row);
    const bool up = transfer->direction() == SftpTransfer::Direction::Upload;
    const QString name = up ? QFileInfo(transfer->localPath()).fileName()
                            : ssh::remoteFileName(transfer->remotePath());
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label =
        new QLabel(up ? tr("Uploading %1").arg(name) : tr("Downloading %1").arg(name), row);
    label->setToolTip(up ? tr("%1 → %2").arg(transfer->localPath(), transfer->remotePath())
                         : tr("%1 → %2").arg(transfer->remotePath(), transfer->localPath()));
    label->setMinimumWidth(180);
    auto *bar = new QProgressBar(row);
    bar->setAccessibleName(tr("Progress of %1").arg(name));
    bar->setRange(0, 0); // busy until the size is known
    bar->setTextVisible(true);
    auto *speed = new QLabel(row);
    speed->setMinimumWidth(90);
    speed->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *button = new QPushButton(tr("Cancel"), row);
    button->setAccessibleName(tr("Cancel transfer of %1").arg(name));
    layout->addWidget(label, 2);
    layout->addWidget(bar, 3);
    layout->addWidget(speed);
    layout->addWidget(button);

    connect(transfer, &SftpTransfer::progress, row,
            [transfer, bar, speed](qint64 done, qint64 total) {
                // The bar counts KiB so a file over 2 GiB still fits an int.
                bar->setRange(0, int(qMax<qint64>(1, total / 1024)));
                bar->setValue(int(done / 1024));
                speed->setText(speedText(transfer->bytesPerSecond()));
            });
    connect(button, &QPushButton::clicked, row, [this, transfer, row] {
        if (!transfer->isFinished()) {
            transfer->cancel();
            return;
        }
        row->deleteLater();
        m_rows->removeWidget(row);
        updateVisibility();
    });
    connect(transfer, &SftpTransfer::finished, row,
            [transfer, label, bar, speed, button, name, up](const ssh::SshResult<void> &r) {
                button->setText(tr("Dismiss"));
                button->setAccessibleName(tr("Dismiss transfer of %1").arg(name));
                if (r.ok()) {
                    bar->setRange(0, 1);
                    bar->setValue(1);
                    label->setText(up ? tr("Uploaded %1").arg(name)
                                      : tr("Downloaded %1").arg(name));
                    speed->setText(speedText(double(transfer->bytesDone()) * 1000.0 /
                                             double(qMax<qint64>(1, transfer->elapsedMs()))));
                    return;
                }
                bar->setRange(0, 1);
                bar->setValue(0);
                speed->clear();
                label->setText(r.error().kind == ssh::SshError::Cancelled
                                   ? tr("Cancelled: %1").arg(name)
                                   : tr("Failed: %1").arg(name));
                label->setToolTip(r.message());
                bar->setFormat(r.error().kind == ssh::SshError::Cancelled ? tr("Cancelled")
                                                                          : r.message());
            });
    return row;
}

} // namespace sloop::widgets
