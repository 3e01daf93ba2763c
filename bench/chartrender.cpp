// First render of a two-week chart: 20,160 minute points × 4 series (what
// the 2-week range shows for net in/out, disk read/write), from the models
// to pixels in a QImage, on the offscreen platform. Each run builds a new
// MetricChart, fills its models, lays it out and paints it once, as the
// dashboard does when the range changes.
//   sloop-bench-chart [--runs 9] [--width 1200] [--height 320] [--naive]
// --naive also times the same data put into QLineSeries unthinned (what the
// chart would cost without downsample()), for comparison. Goal: ≤ 50 ms.

#include "metrics/metricseriesmodel.h"
#include "monitoring/metricchart.h"

#include "benchsupport.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QElapsedTimer>
#include <QImage>
#include <QLineSeries>
#include <QPainter>
#include <QValueAxis>

#include <cmath>
#include <cstdio>

using namespace sloop;
using sloop::bench::say;

namespace {

constexpr qint64 kStart = 1'700'000'000'000;
constexpr qint64 kMinute = 60'000;
constexpr int kPoints = 20160; // 14 days of minutes
constexpr int kSeries = 4;

int intOption(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
}

// Minute rollups with daily waves, noise and a few spikes, like a busy host.
QList<metrics::SeriesPoint> makeSeries(int seed)
{
    QList<metrics::SeriesPoint> points;
    points.reserve(kPoints);
    quint32 state = 2166136261u ^ quint32(seed);
    for (int i = 0; i < kPoints; ++i) {
        state = state * 1664525u + 1013904223u;
        const double noise = double(state >> 8) / double(1 << 24);
        const double day = std::sin(2 * M_PI * i / 1440.0 + seed);
        double avg = 2e6 * (1.2 + day) * (0.8 + 0.4 * noise);
        if (i % 997 == seed)
            avg *= 8; // spikes that must stay visible
        points.append({kStart + i * kMinute, avg, avg * 0.6, avg * 1.5, 12});
    }
    return points;
}

struct Run
{
    double fill = 0;    // models set
    double build = 0;   // chart made, series added, range set
    double refresh = 0; // layout + thinning + QLineSeries::replace (the first resize)
    double paint = 0;   // painting into the image
    double total = 0;
    int drawn = 0;
};

Run runOnce(const QList<QList<metrics::SeriesPoint>> &data, QSize size)
{
    Run r;
    QElapsedTimer all;
    all.start();
    QElapsedTimer t;
    t.start();
    std::vector<std::unique_ptr<models::MetricSeriesModel>> models;
    for (int i = 0; i < kSeries; ++i) {
        auto m = std::make_unique<models::MetricSeriesModel>();
        m->setMetric(QStringLiteral("host/bench"),
                     i % 2 ? QStringLiteral("net_out") : QStringLiteral("net_in"));
        m->setSeries(data.at(i), kMinute);
        models.push_back(std::move(m));
    }
    r.fill = double(t.nsecsElapsed()) / 1e6;

    t.restart();
    widgets::MetricChart chart;
    chart.setTitle(QStringLiteral("Network"));
    for (int i = 0; i < kSeries; ++i)
        chart.addSeries(models.at(i).get(), QStringLiteral("Series %1").arg(i + 1));
    chart.setRange(kStart, kStart + (kPoints - 1) * kMinute);
    chart.resize(size);
    r.build = double(t.nsecsElapsed()) / 1e6;

    t.restart();
    // What showing the widget does first: the pending resize lays the chart
    // out, and MetricChart thins to the new plot width.
    chart.setAttribute(Qt::WA_DontShowOnScreen);
    chart.show();
    r.refresh = double(t.nsecsElapsed()) / 1e6;

    t.restart();
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    static_cast<QWidget &>(chart).render(&image);
    r.paint = double(t.nsecsElapsed()) / 1e6;
    r.total = double(all.nsecsElapsed()) / 1e6;
    for (int i = 0; i < kSeries; ++i)
        r.drawn += chart.drawnPointCount(i);
    return r;
}

// The same data straight into QLineSeries, no thinning.
double naiveOnce(const QList<QList<metrics::SeriesPoint>> &data, QSize size)
{
    QElapsedTimer t;
    t.start();
    auto *c = new QChart;
    auto *x = new QValueAxis;
    auto *y = new QValueAxis;
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    double top = 0;
    for (const auto &points : data) {
        QList<QPointF> v;
        v.reserve(points.size());
        for (const auto &p : points) {
            v.append(QPointF(qreal(p.timeMs), p.avg));
            top = std::max(top, p.avg);
        }
        auto *s = new QLineSeries;
        s->replace(v);
        c->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    }
    x->setRange(qreal(kStart), qreal(kStart + (kPoints - 1) * kMinute));
    y->setRange(0, top);
    QChartView view(c);
    view.setRenderHint(QPainter::Antialiasing);
    view.resize(size);
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.show();
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    static_cast<QWidget &>(view).render(&image);
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int runs = std::max(1, intOption(args, QStringLiteral("--runs"), 9));
    const QSize size(intOption(args, QStringLiteral("--width"), 1200),
                     intOption(args, QStringLiteral("--height"), 320));

    QList<QList<metrics::SeriesPoint>> data;
    for (int i = 0; i < kSeries; ++i)
        data.append(makeSeries(i));

    say(QStringLiteral("chart first render: %1 series × %2 points, %3×%4 px, %5 runs "
                       "(the first is a warm-up and not counted)")
            .arg(kSeries)
            .arg(kPoints)
            .arg(size.width())
            .arg(size.height())
            .arg(runs));
    const Run cold = runOnce(data, size); // fonts, glyph caches, plugin loading
    say(QStringLiteral("cold first run (process start-up costs included): %1")
            .arg(bench::ms(cold.total)));
    QList<double> total, fill, build, refresh, paint;
    int drawn = 0;
    for (int i = 0; i < runs; ++i) {
        const Run r = runOnce(data, size);
        total.append(r.total);
        fill.append(r.fill);
        build.append(r.build);
        refresh.append(r.refresh);
        paint.append(r.paint);
        drawn = r.drawn;
    }
    const bench::Figures f = bench::figures(total);
    say(QStringLiteral("total       median %1  p90 %2  min %3  max %4  (goal ≤ 50 ms)")
            .arg(bench::ms(f.median), bench::ms(f.p90), bench::ms(f.min), bench::ms(f.max)));
    say(QStringLiteral("  models    median %1").arg(bench::ms(bench::figures(fill).median)));
    say(QStringLiteral("  chart     median %1").arg(bench::ms(bench::figures(build).median)));
    say(QStringLiteral("  layout+thin median %1").arg(bench::ms(bench::figures(refresh).median)));
    say(QStringLiteral("  paint     median %1").arg(bench::ms(bench::figures(paint).median)));
    say(QStringLiteral("vertices drawn: %1 of %2").arg(drawn).arg(kSeries * kPoints));
    if (args.contains(QStringLiteral("--naive"))) {
        QList<double> naive;
        for (int i = 0; i < std::min(runs, 3); ++i)
            naive.append(naiveOnce(data, size));
        say(QStringLiteral("unthinned QLineSeries, same data: median %1")
                .arg(bench::ms(bench::figures(naive).median)));
    }
    say(QStringLiteral("reproduce: %1").arg(bench::commandLine()));
    say(bench::machineLoad());
    return f.median <= 50 ? 0 : 1;
}
