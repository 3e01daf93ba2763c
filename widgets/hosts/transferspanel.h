#pragma once

#include <QFrame>

class QVBoxLayout;

namespace sloop::ssh {
class SftpTransfer;
}

namespace sloop::widgets {

// The file browser's running and finished transfers: one row each with a
// progress bar, the speed, and Cancel (Dismiss once it is over). Hidden
// while there is nothing to show.
class TransfersPanel : public QFrame
{
    Q_OBJECT
public:
    explicit TransfersPanel(QWidget *parent = nullptr);

    // Takes ownership of the transfer.
    void add(ssh::SftpTransfer *transfer);
    int rowCount() const;

private:
    QWidget *makeRow(ssh::SftpTransfer *transfer);
    void updateVisibility();

    QVBoxLayout *m_rows = nullptr;
};

// "12.5 MB/s", "830 kB/s".
QString speedText(double bytesPerSecond);

} // namespace sloop::widgets
