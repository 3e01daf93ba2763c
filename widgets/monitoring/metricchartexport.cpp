// MetricChart's exports (PNG, CSV) and its context menu.
#include "metricchart.h"
#include "metrics/metricseriesmodel.h"
#include "monitoringlogging.h"

#include <QContextMenuEvent>
#include <QDateTime>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPixmap>
#include <QSaveFile>

#include <algorithm>

namespace sloop::widgets {

using metrics::SeriesPoint;

namespace {

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

VoidResult writeAtomically(const QString &path, const std::function<bool(QIODevice &)> &write)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return VoidResult::failure(
            MetricChart::tr("Cannot write %1: %2").arg(path, file.errorString()));
    if (!write(file)) {
        file.cancelWriting();
        return VoidResult::failure(MetricChart::tr("Cannot write %1").arg(path));
    }
    if (!file.commit())
        return VoidResult::failure(
            MetricChart::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace

VoidResult MetricChart::exportPng(const QString &path)
{
    const bool hovering = !m_hoverText.isEmpty();
    clearHover(); // an export shows the data, not where the mouse was
    const QPixmap picture = grab();
    if (hovering)
        hoverAt(m_lastHover);
    const VoidResult written =
        writeAtomically(path, [&](QIODevice &device) { return picture.save(&device, "PNG"); });
    if (!written)
        qCWarning(lcMonitoring) << "PNG export failed:" << written.error();
    return written;
}

VoidResult MetricChart::exportCsv(const QString &path) const
{
    QByteArray csv("time,series,target,metric,average,minimum,maximum\n");
    for (const Line &line : m_series) {
        if (!line.model)
            continue;
        const QString prefix = csvField(line.name) + QLatin1Char(',') +
                               csvField(line.model->target()) + QLatin1Char(',') +
                               csvField(line.model->metric()) + QLatin1Char(',');
        for (const SeriesPoint &p : line.model->points()) {
            if (p.timeMs < m_viewFrom || p.timeMs > m_viewTo)
                continue;
            const QString time =
                QDateTime::fromMSecsSinceEpoch(p.timeMs, Qt::UTC).toString(Qt::ISODateWithMs);
            csv += (time + QLatin1Char(',') + prefix + QString::number(p.avg, 'g', 12) +
                    QLatin1Char(',') + QString::number(p.min, 'g', 12) + QLatin1Char(',') +
                    QString::number(p.max, 'g', 12) + QLatin1Char('\n'))
                       .toUtf8();
        }
    }
    const VoidResult written =
        writeAtomically(path, [&](QIODevice &device) { return device.write(csv) == csv.size(); });
    if (!written)
        qCWarning(lcMonitoring) << "CSV export failed:" << written.error();
    return written;
}

void MetricChart::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *reset = menu.addAction(tr("Reset zoom"), this, &MetricChart::resetZoom);
    reset->setEnabled(m_zoomed);
    menu.addSeparator();
    const QString base = title().isEmpty() ? tr("chart") : title().toLower();
    menu.addAction(tr("Export as PNG…"), this, [this, base] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export chart"), base + QStringLiteral(".png"), tr("PNG images (*.png)"));
        if (path.isEmpty())
            return;
        if (const VoidResult r = exportPng(path); !r)
            QMessageBox::warning(this, tr("Export chart"), r.error());
    });
    menu.addAction(tr("Export as CSV…"), this, [this, base] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export data"), base + QStringLiteral(".csv"), tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        if (const VoidResult r = exportCsv(path); !r)
            QMessageBox::warning(this, tr("Export data"), r.error());
    });
    menu.exec(event->globalPos());
}

} // namespace sloop::widgets
