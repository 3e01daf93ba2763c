#pragma once

#include "instances/instanceservice.h"
#include "pricing/pricecatalog.h"

#include <QHash>
#include <QSet>
#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;

namespace sloop {
class ControlPlane;
}

namespace sloop::widgets {

// Everything chosen, in the wizard's order, with two prices: what the same
// would cost on Lightsail (the plan's flat price × count) and Sloop's own
// estimate, the instances' memory share of what the person said the
// location really costs (pricing::estimateCosts). The location's memory is
// asked of the engine, or taken from the host's last check, without
// blocking.
class ReviewSummary : public QWidget
{
    Q_OBJECT
public:
    struct Choices
    {
        instances::CreateRequest request;
        QStringList names;
        QString where;     // "System container on engine local"
        QString blueprint; // its name
        QString key;       // how Sloop logs in
        std::optional<pricing::Plan> plan;
        QString currency;
    };

    explicit ReviewSummary(ControlPlane *plane, QWidget *parent = nullptr);

    void setChoices(const Choices &choices);
    QString priceText() const;
    QString estimateText() const;

private:
    void updateEstimate();

    ControlPlane *m_plane;
    Choices m_choices;
    QFormLayout *m_form;
    QHash<QString, QLabel *> m_values;
    QLabel *m_price;
    QLabel *m_estimate;
};

} // namespace sloop::widgets
