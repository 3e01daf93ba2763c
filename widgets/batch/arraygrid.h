#pragma once

#include "batch/batchtypes.h"

#include <QWidget>

namespace sloop::widgets {

// An array job's children as a grid of coloured cells, one a child in index
// order, coloured by status: 10,000 of them fit a screen and stay readable
// (hover for a child's index and status; click to open it).
class ArrayGrid : public QWidget
{
    Q_OBJECT
public:
    explicit ArrayGrid(QWidget *parent = nullptr);
    void setStatuses(QList<batch::JobStatus> statuses);
    int count() const { return int(m_statuses.size()); }
    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    // The child under a point, -1 when none.
    int indexAt(const QPoint &pos) const;

Q_SIGNALS:
    void childClicked(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    int cellSize() const; // smaller cells for bigger arrays
    int columns(int width) const;

    QList<batch::JobStatus> m_statuses;
};

} // namespace sloop::widgets
