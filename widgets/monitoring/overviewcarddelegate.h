#pragma once

#include <QStyledItemDelegate>

namespace sloop::widgets {

// Paints a monitoring overview card straight from the model's roles: name,
// kind, alarm light with its word, CPU and memory, and a CPU sparkline of
// the last hour as one polyline — no widget or chart per card, so fifty
// cards cost fifty small paints.
class OverviewCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    static constexpr int kWidth = 248;
    static constexpr int kHeight = 118;

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QColor stateColor(int state);
};

} // namespace sloop::widgets
