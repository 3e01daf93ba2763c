#include "planpicker.h"

#include "cardgrid.h"
#include "choicecard.h"

#include "pricing/price.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace sloop::widgets {

PlanPicker::PlanPicker(const pricing::PriceCatalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_grid(new CardGrid(4, nullptr, this))
    , m_meaning(new QLabel(this))
{
    m_grid->setObjectName(QStringLiteral("planCards"));
    m_grid->setAccessibleName(tr("Plans"));
    for (const pricing::Plan &plan : m_catalog.plans) {
        ChoiceCard *card = m_grid->addCard(plan.id);
        card->setObjectName(QStringLiteral("plan-%1").arg(plan.id));
        card->setTitle(plan.name);
        card->setFigure(pricing::formatMonthly(plan.priceCents, m_catalog.currency),
                        pricing::formatHourly(plan.priceCents, m_catalog.currency));
        const QString cpus = plan.vcpus == 1 ? tr("1 vCPU") : tr("%1 vCPUs").arg(plan.vcpus);
        card->setBody(tr("%1 · %2 memory").arg(cpus, pricing::formatMemory(plan.memoryMiB)) +
                      QLatin1Char('\n') +
                      tr("%1 SSD · %2 transfer")
                          .arg(pricing::formatStorage(plan.diskGiB),
                               pricing::formatStorage(plan.transferGiB)));
    }
    m_meaning->setWordWrap(true);
    m_meaning->setObjectName(QStringLiteral("planMeaning"));
    auto *source = new QLabel(
        tr("Prices: %1, as of %2 (%3). They show what the same would cost there; Sloop "
           "itself charges nothing.")
            .arg(m_catalog.title, QLocale().toString(m_catalog.takenOn, QLocale::LongFormat),
                 m_catalog.source),
        this);
    source->setWordWrap(true);
    source->setForegroundRole(QPalette::PlaceholderText);
    source->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_meaning);
    layout->addWidget(m_grid);
    layout->addWidget(source);
    layout->addStretch();
    connect(m_grid, &CardGrid::picked, this, &PlanPicker::changed);
    setServer(false);
}

void PlanPicker::setServer(bool server)
{
    m_meaning->setText(
        server ? tr("A whole server keeps its own size: the plan names what it compares to, "
                    "for the price and the estimate.")
               : tr("The plan sets the container's CPU and memory limits (and a process "
                    "limit). Disk and transfer are what Lightsail includes with it."));
}

void PlanPicker::setMinimum(const QString &minimumPlanId, const QString &blueprintName)
{
    const auto minimum = m_catalog.plan(minimumPlanId);
    const QString keep = m_grid->checkedKey();
    for (ChoiceCard *card : m_grid->cards()) {
        const auto plan = m_catalog.plan(card->key());
        const bool tooSmall = minimum && plan && plan->memoryMiB < minimum->memoryMiB;
        card->setEnabled(!tooSmall);
        card->setNote(tooSmall ? tr("%1 needs at least %2 (%3 memory)")
                                     .arg(blueprintName, minimum->name,
                                          pricing::formatMemory(minimum->memoryMiB))
                               : QString());
    }
    // A plan that no longer fits is not kept; the smallest that fits is
    // Lightsail's default choice.
    if (!keep.isEmpty() && m_grid->card(keep)->isEnabled())
        return;
    for (ChoiceCard *card : m_grid->cards()) {
        if (card->isEnabled()) {
            m_grid->setCheckedKey(card->key());
            break;
        }
    }
    Q_EMIT changed();
}

bool PlanPicker::setPlan(const QString &id)
{
    ChoiceCard *card = m_grid->card(id);
    if (!card || !card->isEnabled())
        return false;
    m_grid->setCheckedKey(id);
    return true;
}

std::optional<pricing::Plan> PlanPicker::plan() const
{
    const QString id = m_grid->checkedKey();
    return id.isEmpty() ? std::nullopt : m_catalog.plan(id);
}

} // namespace sloop::widgets
