#include "reviewsummary.h"

#include "controlplane/controlplane.h"
#include "pricing/costestimator.h"
#include "pricing/costmodel.h"
#include "pricing/costrepository.h"
#include "pricing/price.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace sloop::widgets {

ReviewSummary::ReviewSummary(ControlPlane *plane, QWidget *parent)
    : QWidget(parent)
    , m_plane(plane)
    , m_form(new QFormLayout)
    , m_price(new QLabel)
    , m_estimate(new QLabel)
{
    m_form->setLabelAlignment(Qt::AlignLeft);
    m_form->setHorizontalSpacing(24);
    m_form->setVerticalSpacing(8);
    const QList<std::pair<QString, QString>> rows = {
        {QStringLiteral("where"), tr("Where")},
        {QStringLiteral("platform"), tr("Platform")},
        {QStringLiteral("blueprint"), tr("Blueprint")},
        {QStringLiteral("script"), tr("Launch script")},
        {QStringLiteral("key"), tr("SSH key")},
        {QStringLiteral("plan"), tr("Plan")},
        {QStringLiteral("names"), tr("Name")},
        {QStringLiteral("tags"), tr("Tags")},
    };
    for (const auto &[key, title] : rows) {
        auto *value = new QLabel;
        value->setObjectName(QStringLiteral("review-%1").arg(key));
        value->setAccessibleName(title);
        value->setWordWrap(true);
        value->setTextFormat(Qt::PlainText);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        auto *label = new QLabel(title);
        label->setForegroundRole(QPalette::PlaceholderText);
        m_form->addRow(label, value);
        m_values.insert(key, value);
    }

    auto *priceBox = new QFrame;
    priceBox->setObjectName(QStringLiteral("reviewPriceBox"));
    priceBox->setFrameShape(QFrame::StyledPanel);
    m_price->setObjectName(QStringLiteral("reviewPrice"));
    m_price->setAccessibleName(tr("Lightsail-equivalent monthly price"));
    m_price->setWordWrap(true);
    m_estimate->setObjectName(QStringLiteral("reviewEstimate"));
    m_estimate->setAccessibleName(tr("Sloop's monthly estimate"));
    m_estimate->setWordWrap(true);
    m_estimate->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *priceLayout = new QVBoxLayout(priceBox);
    priceLayout->setContentsMargins(14, 12, 14, 12);
    priceLayout->addWidget(m_price);
    priceLayout->addWidget(m_estimate);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_form);
    layout->addSpacing(12);
    layout->addWidget(priceBox);
    layout->addStretch();

    if (m_plane->costEstimator())
        connect(m_plane->costEstimator(), &pricing::CostEstimator::memoryKnown, this,
                [this](const QString &location) {
                    if (location.compare(m_choices.request.location, Qt::CaseInsensitive) == 0)
                        updateEstimate();
                });
}

void ReviewSummary::setChoices(const Choices &choices)
{
    m_choices = choices;
    const instances::CreateRequest &r = choices.request;
    m_values[QStringLiteral("where")]->setText(choices.where);
    m_values[QStringLiteral("platform")]->setText(tr("Linux/Unix"));
    m_values[QStringLiteral("blueprint")]->setText(
        r.image.isEmpty() ? choices.blueprint
                          : tr("%1, from the image %2").arg(choices.blueprint, r.image));
    const QString script = QString::fromUtf8(r.launchScript).trimmed();
    m_values[QStringLiteral("script")]->setText(
        script.isEmpty() ? tr("None")
        : !script.contains(QLatin1Char('\n'))
            ? tr("1 line")
            : tr("%1 lines").arg(script.count(QLatin1Char('\n')) + 1));
    m_values[QStringLiteral("key")]->setText(choices.key);
    if (choices.plan)
        m_values[QStringLiteral("plan")]->setText(
            tr("%1: %2 vCPU, %3 memory, %4 SSD, %5 transfer")
                .arg(choices.plan->name)
                .arg(choices.plan->vcpus)
                .arg(pricing::formatMemory(choices.plan->memoryMiB),
                     pricing::formatStorage(choices.plan->diskGiB),
                     pricing::formatStorage(choices.plan->transferGiB)));
    m_values[QStringLiteral("names")]->setText(choices.names.join(QStringLiteral(", ")));
    m_values[QStringLiteral("tags")]->setText(r.tags.isEmpty() ? tr("None")
                                                               : r.tags.join(QStringLiteral(", ")));

    if (choices.plan) {
        const qint64 each = choices.plan->priceCents;
        const QString monthly = pricing::formatMonthly(each * r.count, choices.currency);
        const QString line = r.count > 1 ? tr("%1 × %2 = %3")
                                               .arg(pricing::formatMonthly(each, choices.currency))
                                               .arg(r.count)
                                               .arg(monthly)
                                         : monthly;
        m_price->setText(
            tr("<span style='font-size:large'><b>%1</b></span><br>what the same "
               "would cost on Amazon Lightsail (%2)")
                .arg(line.toHtmlEscaped(),
                     pricing::formatHourly(each * r.count, choices.currency).toHtmlEscaped()));
    }
    updateEstimate();
}

QString ReviewSummary::priceText() const
{
    return m_price->text();
}

QString ReviewSummary::estimateText() const
{
    return m_estimate->text();
}

void ReviewSummary::updateEstimate()
{
    const instances::CreateRequest &r = m_choices.request;
    instances::InstanceService *service = m_plane->instances();
    pricing::CostEstimator *estimator = m_plane->costEstimator();
    if (!service || !estimator || !m_choices.plan || r.location.isEmpty()) {
        m_estimate->clear();
        return;
    }
    const auto cost = service->costs().find(r.location);
    if (!cost || !cost->has_value()) {
        m_estimate->setText(
            tr("Sloop's estimate: say what %1 really costs a month (the VPS you rent, a home "
               "server's power), e.g. sloop costs set %1 12.50 --currency EUR, and each "
               "instance on it gets its share.")
                .arg(r.location));
        return;
    }
    const std::optional<qint64> memory = estimator->memoryMiB(r.location);
    const pricing::HostCost &stated = cost->value();
    if (!memory && r.kind != instances::InstanceKind::Server) {
        m_estimate->setText(
            tr("Sloop's estimate: asking %1 how much memory it has…").arg(r.location));
        return;
    }
    if (memory.value_or(0) <= 0) {
        m_estimate->setText(
            tr("Sloop's estimate: %1 costs %2, but its memory is not known yet (Sloop reads it "
               "when it checks the host; see the Hosts page).")
                .arg(r.location, pricing::formatMonthly(stated.monthlyCents, stated.currency)));
        return;
    }
    QList<pricing::InstanceUse> uses;
    for (const QString &name : m_choices.names)
        uses.append({name, r.location, m_choices.plan->memoryMiB, m_choices.plan->priceCents});
    const pricing::CostSummary summary =
        pricing::estimateCosts({{r.location, *memory, stated.monthlyCents, stated.currency}}, uses);
    const qint64 total = summary.machines.value(0).instanceCents;
    const std::optional<qint64> each = summary.instances.value(0).cents;
    m_estimate->setText(
        tr("Sloop's estimate: %1 — the plan's %2 of %3's %4 memory, a share of the %5 you "
           "said it costs%6.")
            .arg(pricing::formatMonthly(total, stated.currency),
                 pricing::formatMemory(m_choices.plan->memoryMiB), r.location,
                 pricing::formatMemory(*memory),
                 pricing::formatMonthly(stated.monthlyCents, stated.currency),
                 r.count > 1 && each
                     ? tr(" (%1 each)").arg(pricing::formatAmount(*each, stated.currency))
                     : QString()));
}

} // namespace sloop::widgets
