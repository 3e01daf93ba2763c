#include "statscharts.h"

#include "containers/statssampler.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QLabel>
#include <QLineSeries>
#include <QValueAxis>

namespace sloop::widgets {

StatsCharts::StatsCharts(QWidget *parent) : QWidget(parent), m_empty(new QLabel)
{
    m_empty->setText(tr("Charts appear while the container runs."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_empty, 0, 0, 1, 2);
}

void StatsCharts::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    ensureCharts();
}

void StatsCharts::ensureCharts()
{
    if (m_built)
        return;
    m_built = true;
    m_cpu = makeChart(tr("CPU"), tr("%"), tr("CPU %"));
    m_memory = makeChart(tr("Memory"), tr("MiB"), tr("Used (without page cache)"));
    m_net = makeChart(tr("Network"), tr("KiB/s"), tr("Received"), tr("Sent"));
    auto *layout = static_cast<QGridLayout *>(this->layout());
    layout->addWidget(m_cpu.view, 1, 0);
    layout->addWidget(m_memory.view, 1, 1);
    layout->addWidget(m_net.view, 2, 0, 1, 2);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(1, 1);
    if (m_sampler) { // backfill what was sampled before the tab opened
        m_hasPrevious = false;
        for (const engine::StatsSample &s : m_sampler->history(m_id))
            add(s);
        rescale();
    }
}

StatsCharts::Chart StatsCharts::makeChart(const QString &title, const QString &unit,
                                          const QString &name, const QString &name2)
{
    Chart c;
    c.chart = new QChart;
    c.chart->setTitle(title);
    c.chart->setMargins(QMargins(4, 4, 4, 4));
    c.chart->legend()->setVisible(!name2.isEmpty());
    c.chart->legend()->setAlignment(Qt::AlignBottom);
    // Follow the window's palette so the charts read in light and dark.
    const QPalette pal = palette();
    c.chart->setBackgroundBrush(pal.color(QPalette::Base));
    c.chart->setTitleBrush(pal.color(QPalette::Text));
    c.chart->legend()->setLabelColor(pal.color(QPalette::Text));
    c.series = new QLineSeries;
    c.series->setName(name);
    c.chart->addSeries(c.series);
    if (!name2.isEmpty()) {
        c.series2 = new QLineSeries;
        c.series2->setName(name2);
        c.chart->addSeries(c.series2);
    }
    c.x = new QDateTimeAxis;
    c.x->setFormat(QStringLiteral("HH:mm"));
    c.x->setTickCount(4); // half-width charts have room for four times
    c.y = new QValueAxis;
    c.y->setTitleText(unit);
    c.y->setLabelFormat(QStringLiteral("%.0f"));
    c.y->setRange(0, 1);
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(c.x), static_cast<QAbstractAxis *>(c.y)}) {
        axis->setLabelsColor(pal.color(QPalette::Text));
        axis->setTitleBrush(pal.color(QPalette::Text));
        axis->setGridLineColor(pal.color(QPalette::Mid));
    }
    c.chart->addAxis(c.x, Qt::AlignBottom);
    c.chart->addAxis(c.y, Qt::AlignLeft);
    for (QLineSeries *s : {c.series, c.series2}) {
        if (s) {
            s->attachAxis(c.x);
            s->attachAxis(c.y);
        }
    }
    c.view = new QChartView(c.chart);
    c.view->setRenderHint(QPainter::Antialiasing);
    c.view->setMinimumHeight(180);
    c.view->setAccessibleName(tr("%1 chart").arg(title));
    return c;
}

void StatsCharts::attach(containers::StatsSampler *sampler, const QString &containerId)
{
    detach();
    m_sampler = sampler;
    m_id = containerId;
    if (!sampler)
        return;
    if (m_built) {
        for (const engine::StatsSample &s : sampler->history(containerId))
            add(s);
    }
    connect(sampler, &containers::StatsSampler::sampled, this,
            [this](const engine::StatsSample &s) {
                if (s.id == m_id)
                    add(s);
            });
    rescale();
}

void StatsCharts::detach()
{
    if (m_sampler)
        m_sampler->disconnect(this);
    m_sampler = nullptr;
    m_hasPrevious = false;
    if (m_built) {
        for (QLineSeries *s : {m_cpu.series, m_memory.series, m_net.series, m_net.series2})
            s->clear();
    }
    m_empty->setVisible(true);
}

int StatsCharts::pointCount() const
{
    return m_built ? int(m_memory.series->count()) : 0;
}

void StatsCharts::add(const engine::StatsSample &s)
{
    if (!m_built)
        return; // the sampler keeps the history; the charts backfill from it
    const qreal t = qreal(s.read.toMSecsSinceEpoch());
    if (s.cpuPercent >= 0)
        m_cpu.series->append(t, s.cpuPercent);
    m_memory.series->append(t, double(s.memoryUsage) / (1024.0 * 1024.0));
    if (m_hasPrevious) {
        const double seconds = m_previous.read.msecsTo(s.read) / 1000.0;
        if (seconds > 0 && s.netRx >= m_previous.netRx && s.netTx >= m_previous.netTx) {
            m_net.series->append(t, double(s.netRx - m_previous.netRx) / 1024.0 / seconds);
            m_net.series2->append(t, double(s.netTx - m_previous.netTx) / 1024.0 / seconds);
        }
    }
    m_previous = s;
    m_hasPrevious = true;
    m_empty->setVisible(false);
    rescale();
}

void StatsCharts::rescale()
{
    if (!m_built)
        return;
    const QDateTime now = QDateTime::currentDateTime();
    const qreal oldest = qreal(now.addSecs(-kWindowSeconds).toMSecsSinceEpoch());
    for (Chart *c : {&m_cpu, &m_memory, &m_net}) {
        double top = 1;
        for (QLineSeries *s : {c->series, c->series2}) {
            if (!s)
                continue;
            while (s->count() > 0 && s->at(0).x() < oldest)
                s->remove(0);
            for (const QPointF &p : s->points())
                top = qMax(top, p.y());
        }
        c->x->setRange(now.addSecs(-kWindowSeconds), now);
        c->y->setRange(0, top * 1.15);
        // Whole numbers only once the axis is tall enough to tell them apart.
        c->y->setLabelFormat(top < 10 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    }
}

} // namespace sloop::widgets
