#include "jobtimeline.h"

#include "batch/batchjobmodel.h"
#include "common/tones.h"

#include <QDateTime>
#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace sloop::widgets {

using batch::JobStatus;

namespace {

constexpr int kBarHeight = 14;
constexpr int kBoxWidth = 150;
constexpr int kBoxHeight = 26;
constexpr int kGap = 8;

QString clock(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).time(), QLocale::ShortFormat);
}

QString span(qint64 ms)
{
    if (ms < 60'000)
        return JobTimeline::tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
    if (ms < 3'600'000)
        return JobTimeline::tr("%1 min %2 s").arg(ms / 60'000).arg((ms / 1000) % 60);
    return JobTimeline::tr("%1 h %2 min").arg(ms / 3'600'000).arg((ms / 60'000) % 60);
}

} // namespace

JobTimeline::JobTimeline(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("jobTimeline"));
    setAccessibleName(tr("The job's timeline"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void JobTimeline::setJob(const batch::Job &job, const QList<batch::Attempt> &attempts, qint64 nowMs)
{
    m_parts.clear();
    m_fromMs = job.createdMs;
    m_toMs = batch::isFinished(job.status) && job.stoppedMs > 0 ? job.stoppedMs : nowMs;
    qint64 at = job.createdMs;
    const QColor waiting = models::statusColor(JobStatus::Runnable);
    for (const batch::Attempt &a : attempts) {
        if (a.startedMs <= 0)
            continue;
        if (a.startedMs > at)
            m_parts.append({at, a.startedMs, waiting,
                            a.number > 1              ? tr("waited to retry")
                            : job.dependsOn.isEmpty() ? tr("waited for room")
                                                      : tr("waited for what it depends on, "
                                                           "then for room")});
        const qint64 end = a.stoppedMs > 0 ? a.stoppedMs : m_toMs;
        const bool running = a.stoppedMs <= 0;
        const QColor color = running           ? models::statusColor(JobStatus::Running)
                             : a.exitCode == 0 ? models::statusColor(JobStatus::Succeeded)
                                               : models::statusColor(JobStatus::Failed);
        QString text = running ? tr("attempt %1, running").arg(a.number)
                       : a.exitCode >= 0
                           ? tr("attempt %1, exit code %2").arg(a.number).arg(a.exitCode)
                           : tr("attempt %1, %2").arg(a.number).arg(a.statusReason);
        m_parts.append({a.startedMs, end, color, text});
        at = end;
    }
    if (at < m_toMs && !batch::isFinished(job.status))
        m_parts.append({at, m_toMs, waiting,
                        job.status == JobStatus::Submitted || job.status == JobStatus::Pending
                            ? tr("waiting for what it depends on")
                            : tr("waiting for room")});
    updateGeometry();
    update();
}

QSize JobTimeline::sizeHint() const
{
    return {360, kBarHeight + fontMetrics().height() + 6};
}

QSize JobTimeline::minimumSizeHint() const
{
    return {120, sizeHint().height()};
}

QRect JobTimeline::barRect() const
{
    return {1, 1, width() - 2, kBarHeight};
}

int JobTimeline::partAt(const QPoint &pos) const
{
    const QRect bar = barRect();
    if (!bar.contains(pos) || m_toMs <= m_fromMs)
        return -1;
    const qint64 t = m_fromMs + (m_toMs - m_fromMs) * (pos.x() - bar.left()) / qMax(1, bar.width());
    for (int i = 0; i < m_parts.size(); ++i)
        if (t >= m_parts[i].fromMs && t <= m_parts[i].toMs)
            return i;
    return -1;
}

void JobTimeline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRect bar = barRect();
    QPainterPath clip;
    clip.addRoundedRect(bar, 4, 4);
    p.setClipPath(clip);
    p.fillRect(bar, models::toneColor(models::Tone::Muted).lighter(150));
    const double total = double(qMax<qint64>(1, m_toMs - m_fromMs));
    for (const Part &part : std::as_const(m_parts)) {
        const int x0 = bar.left() + int(bar.width() * double(part.fromMs - m_fromMs) / total);
        const int x1 = bar.left() + int(bar.width() * double(part.toMs - m_fromMs) / total);
        p.fillRect(QRect(x0, bar.top(), qMax(2, x1 - x0), bar.height()), part.color);
    }
    p.setClipping(false);
    if (m_fromMs <= 0)
        return;
    p.setPen(palette().color(QPalette::WindowText));
    const int y = bar.bottom() + 3 + fontMetrics().ascent();
    p.drawText(bar.left(), y, clock(m_fromMs));
    const QString end = tr("%1 (%2)").arg(clock(m_toMs), span(m_toMs - m_fromMs));
    p.drawText(bar.right() - fontMetrics().horizontalAdvance(end), y, end);
}

bool JobTimeline::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int i = partAt(help->pos());
        if (i < 0) {
            QToolTip::hideText();
        } else {
            const Part &part = m_parts[i];
            QToolTip::showText(help->globalPos(),
                               tr("%1: %2 to %3 (%4)")
                                   .arg(part.text, clock(part.fromMs), clock(part.toMs),
                                        span(part.toMs - part.fromMs)),
                               this);
        }
        return true;
    }
    return QWidget::event(event);
}

// --- DependencyGraph ----------------------------------------------------------

DependencyGraph::DependencyGraph(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("jobDependencies"));
    setAccessibleName(tr("What the job waits for and what waits for it"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMouseTracking(true);
}

void DependencyGraph::setGraph(const Node &job, const QList<Node> &upstream,
                               const QList<Node> &downstream)
{
    m_job = job;
    m_upstream = upstream;
    m_downstream = downstream;
    updateGeometry();
    update();
}

QSize DependencyGraph::sizeHint() const
{
    const qsizetype rows = qMax<qsizetype>(
        1, qMin<qsizetype>(kMaxPerSide, qMax(m_upstream.size(), m_downstream.size())));
    return {3 * kBoxWidth + 4 * kGap * 3, int(rows) * (kBoxHeight + kGap) + kGap};
}

QList<DependencyGraph::Box> DependencyGraph::boxes() const
{
    QList<Box> out;
    // A column for each side that has jobs, and the job's own.
    const int columns = 1 + (m_upstream.isEmpty() ? 0 : 1) + (m_downstream.isEmpty() ? 0 : 1);
    const int w = qMin(kBoxWidth, (width() - (columns + 1) * kGap * 3) / columns);
    const int h = sizeHint().height();
    auto column = [&](const QList<Node> &nodes, int x) {
        const int shown = int(qMin<qsizetype>(nodes.size(), kMaxPerSide));
        const int top = (h - shown * (kBoxHeight + kGap) + kGap) / 2;
        for (int i = 0; i < shown; ++i) {
            Node node = nodes[i];
            if (i == kMaxPerSide - 1 && nodes.size() > kMaxPerSide) {
                node.id.clear();
                node.label = tr("and %1 more").arg(nodes.size() - kMaxPerSide + 1);
            }
            out.append({QRect(x, top + i * (kBoxHeight + kGap), w, kBoxHeight), node});
        }
    };
    const int middle = m_upstream.isEmpty()     ? kGap
                       : m_downstream.isEmpty() ? width() - kGap - w
                                                : (width() - w) / 2;
    column(m_upstream, kGap);
    out.append({QRect(middle, (h - kBoxHeight) / 2, w, kBoxHeight), m_job});
    column(m_downstream, width() - kGap - w);
    return out;
}

QString DependencyGraph::jobAt(const QPoint &pos) const
{
    for (const Box &b : boxes())
        if (b.rect.contains(pos))
            return b.node.id;
    return {};
}

void DependencyGraph::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QList<Box> all = boxes();
    const QRect centre = all.value(int(qMin<qsizetype>(m_upstream.size(), kMaxPerSide))).rect;
    QColor line = palette().color(QPalette::WindowText);
    line.setAlpha(140);
    auto arrow = [&](QPointF from, QPointF to) {
        p.setPen(QPen(line, 1.5));
        QPainterPath path(from);
        const double mid = (from.x() + to.x()) / 2;
        path.cubicTo(mid, from.y(), mid, to.y(), to.x(), to.y());
        p.drawPath(path);
        p.setBrush(line);
        p.drawPolygon(QPolygonF{to, to + QPointF(-7, -4), to + QPointF(-7, 4)});
        p.setBrush(Qt::NoBrush);
    };
    for (const Box &b : all) {
        if (b.rect == centre)
            continue;
        if (b.rect.center().x() < centre.center().x())
            arrow(QPointF(b.rect.right(), b.rect.center().y()),
                  QPointF(centre.left(), centre.center().y()));
        else
            arrow(QPointF(centre.right(), centre.center().y()),
                  QPointF(b.rect.left(), b.rect.center().y()));
    }
    for (const Box &b : all) {
        const QColor tone = models::statusColor(b.node.status);
        QColor fill = tone;
        fill.setAlpha(b.rect == centre ? 90 : 45);
        p.setPen(QPen(tone, b.rect == centre ? 2 : 1));
        p.setBrush(b.node.id.isEmpty() && b.rect != centre ? QBrush(Qt::NoBrush) : QBrush(fill));
        p.drawRoundedRect(QRectF(b.rect).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5);
        p.setPen(palette().color(QPalette::WindowText));
        const QString text =
            fontMetrics().elidedText(b.node.label, Qt::ElideMiddle, b.rect.width() - 10);
        p.drawText(b.rect.adjusted(5, 0, -5, 0), Qt::AlignCenter, text);
    }
}

bool DependencyGraph::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        for (const Box &b : boxes())
            if (b.rect.contains(help->pos())) {
                QToolTip::showText(
                    help->globalPos(),
                    tr("%1: %2").arg(b.node.label, models::statusText(b.node.status)), this);
                return true;
            }
        QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void DependencyGraph::mouseReleaseEvent(QMouseEvent *event)
{
    const QString id = jobAt(event->position().toPoint());
    if (!id.isEmpty() && id != m_job.id)
        Q_EMIT jobClicked(id);
}

} // namespace sloop::widgets
