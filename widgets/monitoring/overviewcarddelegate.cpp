#include "overviewcarddelegate.h"
#include "common/tones.h"

#include "metrics/metricunits.h"
#include "metrics/targetoverviewmodel.h"

#include <QDateTime>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace sloop::widgets {

using models::TargetOverviewModel;

namespace {

QString percent(const QVariant &value)
{
    return value.isValid()
               ? models::formatMetricValue(value.toDouble(), models::MetricUnit::Percent)
               : QStringLiteral("—");
}

void paintSparkline(QPainter *p, const QRectF &area, const QList<QPointF> &points,
                    const QColor &color)
{
    // The last hour up to now, so a target that went quiet shows its line
    // ending early instead of stretched across the card.
    const double to = double(QDateTime::currentMSecsSinceEpoch());
    const double from = to - double(TargetOverviewModel::kSparklineSpanMs);
    double top = 100;
    for (const QPointF &pt : points)
        top = std::max(top, pt.y()); // containers may use more than one core
    QPainterPath path;
    QPointF last;
    bool open = false;
    for (const QPointF &pt : points) {
        if (pt.x() < from)
            continue;
        const QPointF at(area.left() + (pt.x() - from) / (to - from) * area.width(),
                         area.bottom() - std::clamp(pt.y() / top, 0.0, 1.0) * area.height());
        // A gap of more than three minutes breaks the line, as in the charts.
        if (open && pt.x() - last.x() > 180'000)
            open = false;
        if (open)
            path.lineTo(at);
        else
            path.moveTo(at);
        open = true;
        last = pt;
    }
    QColor fill = color;
    fill.setAlpha(40);
    p->fillRect(QRectF(area.left(), area.bottom() - 0.5, area.width(), 1), fill);
    p->setPen(QPen(color, 1.4));
    p->setBrush(Qt::NoBrush);
    p->drawPath(path);
}

} // namespace

QColor OverviewCardDelegate::stateColor(int state)
{
    switch (state) {
    case 0:
        return models::toneColor(models::Tone::Ok);
    case 2:
        return models::toneColor(models::Tone::Error);
    default:
        return models::toneColor(models::Tone::Muted);
    }
}

QSize OverviewCardDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const
{
    return {kWidth, kHeight};
}

void OverviewCardDelegate::paint(QPainter *p, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    const QPalette &pal = option.palette;
    const bool dark = models::isDark(pal);
    const int state = index.data(TargetOverviewModel::AlarmStateRole).toInt();
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = option.state & QStyle::State_HasFocus;
    const bool hovered = option.state & QStyle::State_MouseOver;

    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QRectF card = QRectF(option.rect).adjusted(3.5, 3.5, -3.5, -3.5);
    QColor border = pal.color(QPalette::Mid);
    if (state == 2)
        border = stateColor(2);
    if (selected || focused)
        border = pal.color(QPalette::Highlight);
    QColor background = pal.color(QPalette::Base);
    if (hovered)
        background = dark ? background.lighter(125) : background.darker(104);
    p->setPen(QPen(border, selected || focused || state == 2 ? 2 : 1));
    p->setBrush(background);
    p->drawRoundedRect(card, 6, 6);

    const QRectF inner = card.adjusted(10, 8, -10, -8);
    const QFontMetrics fm(option.font);
    const int line = fm.height();

    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.9);
    const QFontMetrics sfm(small);
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics bfm(bold);

    // Name (bold) across the card; long ones lose their middle.
    p->setFont(bold);
    p->setPen(pal.color(QPalette::Text));
    p->drawText(QRectF(inner.left(), inner.top(), inner.width(), line),
                Qt::AlignLeft | Qt::AlignVCenter,
                bfm.elidedText(index.data(TargetOverviewModel::NameRole).toString(),
                               Qt::ElideMiddle, int(inner.width())));

    // Kind on the left of the second line, the alarm light and its word
    // (never colour alone) on the right.
    const qreal second = inner.top() + line;
    const QString word = TargetOverviewModel::alarmStateText(state);
    const int wordWidth = sfm.horizontalAdvance(word);
    const QRectF wordRect(inner.right() - wordWidth, second, wordWidth, sfm.height());
    p->setPen(Qt::NoPen);
    p->setBrush(stateColor(state));
    p->drawEllipse(QPointF(wordRect.left() - 8, wordRect.center().y()), 4.5, 4.5);
    p->setFont(small);
    p->setPen(state == 2 ? stateColor(2) : pal.color(QPalette::Text));
    p->drawText(wordRect, Qt::AlignRight | Qt::AlignVCenter, word);
    const qreal kindWidth = wordRect.left() - 18 - inner.left();
    p->setPen(pal.color(QPalette::PlaceholderText));
    p->drawText(QRectF(inner.left(), second, kindWidth, sfm.height()),
                Qt::AlignLeft | Qt::AlignVCenter,
                sfm.elidedText(index.data(TargetOverviewModel::KindRole).toString(), Qt::ElideRight,
                               int(kindWidth)));

    // The numbers: CPU left, memory right of the middle.
    const qreal numbersTop = inner.top() + line + sfm.height() + 4;
    const qreal half = inner.width() / 2;
    const auto number = [&](qreal x, const QString &label, const QString &value) {
        p->setFont(small);
        p->setPen(pal.color(QPalette::PlaceholderText));
        const int lw = sfm.horizontalAdvance(label) + 6;
        p->drawText(QRectF(x, numbersTop, lw, line), Qt::AlignLeft | Qt::AlignVCenter, label);
        p->setFont(bold);
        p->setPen(pal.color(QPalette::Text));
        p->drawText(QRectF(x + lw, numbersTop, half - lw - 4, line),
                    Qt::AlignLeft | Qt::AlignVCenter, value);
    };
    number(inner.left(), tr("CPU"), percent(index.data(TargetOverviewModel::CpuRole)));
    number(inner.left() + half, tr("Memory"), percent(index.data(TargetOverviewModel::MemoryRole)));

    // The sparkline fills what is left.
    const QRectF spark(inner.left(), numbersTop + line + 4, inner.width(),
                       inner.bottom() - (numbersTop + line + 4));
    const QColor lineColor = models::seriesColor(0, option.palette);
    paintSparkline(p, spark, index.data(TargetOverviewModel::SparklineRole).value<QList<QPointF>>(),
                   lineColor);
    p->restore();
}

} // namespace sloop::widgets
