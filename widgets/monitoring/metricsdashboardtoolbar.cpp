// The dashboard's top row: target name and kind, range buttons, Live, Export.
#include "metricsdashboard.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>

namespace sloop::widgets {

QWidget *MetricsDashboard::buildToolbar()
{
    auto *bar = new QWidget;
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_title->setObjectName(QStringLiteral("dashboardTitle"));
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_title->setFont(big);
    m_title->setTextFormat(Qt::PlainText);
    row->addWidget(m_title);
    m_kind->setObjectName(QStringLiteral("dashboardKind"));
    m_kind->setForegroundRole(QPalette::PlaceholderText);
    row->addWidget(m_kind, 1);

    const std::pair<Range, std::pair<QString, QString>> ranges[] = {
        {Range::Hour, {tr("1h"), tr("Last hour")}},
        {Range::SixHours, {tr("6h"), tr("Last 6 hours")}},
        {Range::Day, {tr("1d"), tr("Last day")}},
        {Range::Week, {tr("1w"), tr("Last week")}},
        {Range::TwoWeeks, {tr("2w"), tr("Last 2 weeks")}},
    };
    for (const auto &[range, text] : ranges) {
        auto *button = new QToolButton;
        button->setText(text.first);
        button->setToolTip(text.second);
        button->setAccessibleName(text.second);
        button->setObjectName(QStringLiteral("range_") + text.first);
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setChecked(range == m_range);
        m_ranges->addButton(button, int(range));
        row->addWidget(button);
    }
    m_ranges->setExclusive(true);
    connect(m_ranges, &QButtonGroup::idClicked, this, [this](int id) { setRange(Range(id)); });

    auto *live = new QToolButton;
    live->setText(tr("● Live"));
    live->setObjectName(QStringLiteral("liveToggle"));
    live->setAccessibleName(tr("Live updates"));
    live->setToolTip(tr("Keep the right edge at now and add samples as they arrive"));
    live->setCheckable(true);
    live->setChecked(m_live);
    live->setAutoRaise(true);
    connect(live, &QToolButton::toggled, this, &MetricsDashboard::setLive);
    m_liveButton = live;
    row->addSpacing(8);
    row->addWidget(live);

    m_export->setText(tr("Export ▾"));
    // The style's menu arrow would sit on the text; the text has its own.
    m_export->setStyleSheet(QStringLiteral("QToolButton::menu-indicator { image: none; }"));
    m_export->setObjectName(QStringLiteral("dashboardExport"));
    m_export->setAccessibleName(tr("Export charts"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_export);
    menu->addAction(tr("All charts as CSV into a folder…"), this,
                    [this] { exportAllInteractively(false); });
    menu->addAction(tr("All charts as PNG into a folder…"), this,
                    [this] { exportAllInteractively(true); });
    m_export->setMenu(menu);
    m_export->setToolTip(tr("Right-click a chart to export just that one"));
    row->addWidget(m_export);
    return bar;
}

} // namespace sloop::widgets
