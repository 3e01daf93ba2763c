// InstancesPage: the monthly figures in the footer and the overview.
#include "instancespage.h"

#include "controlplane/controlplane.h"
#include "engine/dockerclient.h"
#include "engine/enginecatalog.h"
#include "hosts/hostconnections.h"
#include "instances/instancelistmodel.h"
#include "instances/instanceservice.h"
#include "pricing/costmodel.h"
#include "pricing/costrepository.h"
#include "pricing/price.h"
#include "pricing/pricecatalog.h"

#include <QLabel>
#include <QSet>

namespace sloop::widgets {

using models::InstanceRow;

// The monthly figures: each instance's plan price on Lightsail, and Sloop's
// estimate from what the person says each machine costs, shared by memory.
void InstancesPage::updateCosts()
{
    if (!m_service)
        return;
    const auto costs = m_service->costs().all();
    QSet<QString> stated;
    if (costs)
        for (const pricing::HostCost &c : *costs)
            stated.insert(c.location.toLower());
    QList<pricing::InstanceUse> uses;
    QStringList unstated;
    for (const InstanceRow &row : m_model->items()) {
        const QString location = row.record.location;
        uses.append({row.record.name, location, row.plan ? row.plan->memoryMiB : 0,
                     row.plan ? row.plan->priceCents : 0});
        // Memory is asked only of machines with a stated cost: nothing to share otherwise.
        if (stated.contains(location.toLower()))
            askMachineMemory(location);
        else if (!unstated.contains(location, Qt::CaseInsensitive))
            unstated.append(location);
    }
    QList<pricing::MachineCost> machines;
    if (costs)
        for (const pricing::HostCost &c : *costs)
            machines.append(
                {c.location, m_memoryMiB.value(c.location.toLower()), c.monthlyCents, c.currency});
    const pricing::CostSummary summary = pricing::estimateCosts(machines, uses);
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
        if (!m.statedCents)
            continue;
        if (m_memoryMiB.value(m.location.toLower()) <= 0)
            machinesText.append(tr("%1: memory not known yet").arg(m.location.toHtmlEscaped()));
        else
            machinesText.append(tr("%1: %n instance(s), %2 of %3", nullptr, m.instances)
                                    .arg(m.location.toHtmlEscaped(),
                                         pricing::formatAmount(m.instanceCents, m.currency),
                                         pricing::formatMonthly(*m.statedCents, m.currency)));
    }
    for (const QString &location : std::as_const(unstated))
        machinesText.append(tr("%1: no cost stated (set one with <code>sloop costs set %1 "
                               "AMOUNT</code>)")
                                .arg(location.toHtmlEscaped()));
    QString text = parts.join(QStringLiteral(" &nbsp;·&nbsp; "));
    if (!machinesText.isEmpty())
        text += QStringLiteral("<br>") + machinesText.join(QStringLiteral(" &nbsp;·&nbsp; "));
    m_footer->setText(text);
    refreshOverviewIfShown();
}

void InstancesPage::askMachineMemory(const QString &location)
{
    const QString key = location.toLower();
    if (m_memoryAsked.contains(key))
        return;
    m_memoryAsked.insert(key);
    if (engine::DockerClient *client = m_service->engines()->client(location)) {
        client->systemInfo().then(this, [this, key](const Result<engine::EngineSystemInfo> &info) {
            if (!info || info->memoryBytes <= 0)
                return;
            m_memoryMiB.insert(key, info->memoryBytes / (1024 * 1024));
            updateCosts();
        });
        return;
    }
    const auto facts = m_plane->hostConnections()->status(location).facts;
    if (facts.memTotalKb)
        m_memoryMiB.insert(key, *facts.memTotalKb / 1024);
}

QString InstancesPage::footerText() const
{
    return m_footer->text();
}

} // namespace sloop::widgets
