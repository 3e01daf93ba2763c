#include "arraygrid.h"

#include "batch/batchjobmodel.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace sloop::widgets {

namespace {
constexpr int kGap = 1;
}

ArrayGrid::ArrayGrid(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("arrayGrid"));
    setAccessibleName(tr("Array children by status"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setMouseTracking(true);
}

void ArrayGrid::setStatuses(QList<batch::JobStatus> statuses)
{
    const bool resized = statuses.size() != m_statuses.size();
    m_statuses = std::move(statuses);
    if (resized)
        updateGeometry();
    update();
}

int ArrayGrid::cellSize() const
{
    return m_statuses.size() <= 100 ? 18 : m_statuses.size() <= 1000 ? 10 : 6;
}

int ArrayGrid::columns(int width) const
{
    return qMax(1, (width + kGap) / (cellSize() + kGap));
}

QSize ArrayGrid::sizeHint() const
{
    return {400, heightForWidth(400)};
}

int ArrayGrid::heightForWidth(int width) const
{
    if (m_statuses.isEmpty())
        return 0;
    const int rows = int((m_statuses.size() + columns(width) - 1) / columns(width));
    return rows * (cellSize() + kGap);
}

int ArrayGrid::indexAt(const QPoint &pos) const
{
    const int step = cellSize() + kGap;
    const int column = pos.x() / step;
    const int row = pos.y() / step;
    if (pos.x() < 0 || pos.y() < 0 || column >= columns(width()))
        return -1;
    const int index = row * columns(width()) + column;
    return index < m_statuses.size() ? index : -1;
}

void ArrayGrid::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    const int size = cellSize();
    const int step = size + kGap;
    const int perRow = columns(width());
    // Only the rows the exposed area shows: 10,000 cells stay cheap.
    const int firstRow = event->rect().top() / step;
    const int lastRow = event->rect().bottom() / step;
    for (int row = firstRow; row <= lastRow; ++row) {
        for (int column = 0; column < perRow; ++column) {
            const int index = row * perRow + column;
            if (index >= m_statuses.size())
                return;
            painter.fillRect(column * step, row * step, size, size,
                             models::statusColor(m_statuses.at(index)));
        }
    }
}

void ArrayGrid::mouseReleaseEvent(QMouseEvent *event)
{
    const int index = indexAt(event->position().toPoint());
    if (index >= 0)
        Q_EMIT childClicked(index);
}

bool ArrayGrid::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = indexAt(help->pos());
        if (index >= 0)
            QToolTip::showText(
                help->globalPos(),
                tr("Child %1: %2").arg(index).arg(models::statusText(m_statuses.at(index))), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace sloop::widgets
