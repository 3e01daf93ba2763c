// InstancesPage: the monthly figures in the footer and the overview.
#include "instancespage.h"
#include "machinecostdialog.h"

#include "common/noticebanner.h"
#include "controlplane/controlplane.h"
#include "instances/instancelistmodel.h"
#include "instances/instanceservice.h"
#include "pricing/costestimator.h"
#include "pricing/costrepository.h"
#include "pricing/price.h"
#include "pricing/pricecatalog.h"

#include <QLabel>
#include <QUrl>

namespace sloop::widgets {

using models::InstanceRow;

// The monthly figures: each instance's plan price on Lightsail, and Sloop's
// estimate from what the person says each machine costs, shared by memory.
void InstancesPage::updateCosts()
{
    pricing::CostEstimator *estimator = m_plane->costEstimator();
    if (!m_service || !estimator)
        return;
    QList<pricing::InstanceUse> uses;
    for (const InstanceRow &row : m_model->items())
        uses.append({row.record.name, row.record.location, row.plan ? row.plan->memoryMiB : 0,
                     row.plan ? row.plan->priceCents : 0});
    const auto estimated = estimator->estimate(uses);
    if (!estimated) {
        m_footer->setText(tr("Costs cannot be shown: %1").arg(estimated.error().toHtmlEscaped()));
        return;
    }
    const pricing::CostSummary &summary = *estimated;
    QHash<QString, std::pair<std::optional<qint64>, QString>> estimates;
    for (const pricing::InstanceEstimate &e : summary.instances)
        estimates.insert(e.name.toLower(), {e.cents, e.currency});
    m_model->setEstimates(estimates);

    const QString currency = m_service->plans().currency;
    QStringList parts;
    parts.append(tr("<b>%n instance(s)</b>", nullptr, int(m_model->rowCount())));
    parts.append(tr("Lightsail equivalent: <b>%1</b>")
                     .arg(pricing::formatMonthly(summary.lightsailTotalCents, currency)));
    for (auto it = summary.instanceTotal.cbegin(); it != summary.instanceTotal.cend(); ++it)
        parts.append(
            tr("Sloop estimate: <b>%1</b> of the %2 you pay")
                .arg(pricing::formatMonthly(it.value(), it.key()),
                     pricing::formatMonthly(summary.statedTotal.value(it.key()), it.key())));
    QStringList machinesText;
    for (const pricing::MachineEstimate &m : summary.machines) {
        if (m.instances == 0)
            continue;
        if (!m.statedCents) {
            machinesText.append(
                tr("%1: no cost stated (<a href=\"%2\">set what it costs</a>)")
                    .arg(m.location.toHtmlEscaped(),
                         QStringLiteral("cost:") +
                             QString::fromLatin1(QUrl::toPercentEncoding(m.location))));
            continue;
        }
        if (estimator->memoryMiB(m.location).value_or(0) <= 0)
            machinesText.append(tr("%1: memory not known yet").arg(m.location.toHtmlEscaped()));
        else
            machinesText.append(tr("%1: %n instance(s), %2 of %3", nullptr, m.instances)
                                    .arg(m.location.toHtmlEscaped(),
                                         pricing::formatAmount(m.instanceCents, m.currency),
                                         pricing::formatMonthly(*m.statedCents, m.currency)));
    }
    QString text = parts.join(QStringLiteral(" &nbsp;·&nbsp; "));
    if (!machinesText.isEmpty())
        text += QStringLiteral("<br>") + machinesText.join(QStringLiteral(" &nbsp;·&nbsp; "));
    m_footer->setText(text);
    refreshOverviewIfShown();
}

void InstancesPage::editMachineCost(const QString &location)
{
    if (!m_service || location.isEmpty())
        return;
    const auto saved = widgets::editMachineCost(this, m_service->costs(), location, m_costPrompt);
    if (!saved) {
        m_message->showError(tr("The cost of %1 was not saved: %2").arg(location, saved.error()));
        return;
    }
    if (*saved)
        updateCosts();
}

QString InstancesPage::footerText() const
{
    return m_footer->text();
}

} // namespace sloop::widgets
