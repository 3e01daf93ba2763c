// The dashboard's "all charts" exports; one chart exports from its own
// context menu (metricchartexport.cpp).
#include "metricchart.h"
#include "metricsdashboard.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>

namespace sloop::widgets {

VoidResult MetricsDashboard::exportAll(const QString &folder, bool png) const
{
    const QString stem = m_target.key().replace(QLatin1Char('/'), QLatin1Char('-'));
    for (const Panel &panel : m_panels) {
        if (!isShown(panel))
            continue;
        const QString path = QDir(folder).filePath(
            QStringLiteral("%1-%2.%3")
                .arg(stem, panel.fileName, png ? QStringLiteral("png") : QStringLiteral("csv")));
        const VoidResult r = png ? panel.chart->exportPng(path) : panel.chart->exportCsv(path);
        if (!r)
            return r;
    }
    return {};
}

void MetricsDashboard::exportAllInteractively(bool png)
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Export charts into a folder"));
    if (folder.isEmpty())
        return;
    if (const VoidResult r = exportAll(folder, png); !r)
        QMessageBox::warning(this, tr("Export charts"), r.error());
}

} // namespace sloop::widgets
