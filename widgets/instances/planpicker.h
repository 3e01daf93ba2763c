#pragma once

#include "pricing/pricecatalog.h"

#include <QWidget>

#include <optional>

class QLabel;

namespace sloop::widgets {

class CardGrid;

// Plan cards: vCPUs, memory, disk and transfer, the monthly price big and
// the hourly one small, as Lightsail shows its bundles. Plans below the
// blueprint's minimum are disabled and say why.
class PlanPicker : public QWidget
{
    Q_OBJECT
public:
    explicit PlanPicker(const pricing::PriceCatalog &catalog, QWidget *parent = nullptr);

    // `minimumPlanId` empty: every plan fits.
    void setMinimum(const QString &minimumPlanId, const QString &blueprintName);
    // What the plan means where the instance goes.
    void setServer(bool server);
    bool setPlan(const QString &id);
    std::optional<pricing::Plan> plan() const;

Q_SIGNALS:
    void changed();

private:
    const pricing::PriceCatalog &m_catalog;
    CardGrid *m_grid;
    QLabel *m_meaning;
};

} // namespace sloop::widgets
