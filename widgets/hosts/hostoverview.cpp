#include "hostoverview.h"
#include "common/tones.h"

#include "hosts/hostlistmodel.h"
#include "pricing/price.h"

#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sloop::widgets {

using hosts::HostStatus;

namespace {

QString kib(qint64 kb)
{
    return QLocale().formattedDataSize(kb * 1024, 1, QLocale::DataSizeTraditionalFormat);
}

QString uptimeText(qint64 seconds)
{
    const qint64 days = seconds / 86400;
    const qint64 hours = (seconds % 86400) / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    if (days > 0)
        return HostOverview::tr("%n day(s), %1 h", nullptr, int(days)).arg(hours);
    if (hours > 0)
        return HostOverview::tr("%1 h %2 min").arg(hours).arg(minutes);
    return HostOverview::tr("%n minute(s)", nullptr, int(minutes));
}

// Soft tints that read on light and dark palettes alike.
QString bannerStyle(const HostStatus &status, const QPalette &palette)
{
    models::Tone tone = models::Tone::Muted;
    const bool question = status.error && status.error->kind == ssh::SshError::HostKeyUnknown;
    if (status.state == HostStatus::Online)
        tone = models::Tone::Ok;
    else if (status.state == HostStatus::Checking || question)
        tone = models::Tone::Warning;
    else if (status.state == HostStatus::Unreachable)
        tone = models::Tone::Error;
    return models::toneStripStyleSheet(QStringLiteral("hostBanner"), tone, palette);
}

} // namespace

HostOverview::HostOverview(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel)
    , m_endpoint(new QLabel)
    , m_banner(new QFrame)
    , m_bannerText(new QLabel)
    , m_check(new QPushButton(tr("Check again")))
    , m_trust(new QPushButton(tr("Review and trust the key…")))
    , m_forget(new QPushButton(tr("Forget the old key…")))
    , m_setCost(new QPushButton)
    , m_form(new QFormLayout)
    , m_disks(new QTreeWidget)
    , m_disksTitle(new QLabel(tr("<b>Disks</b>")))
{
    setObjectName(QStringLiteral("hostOverview"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_endpoint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_endpoint->setForegroundRole(QPalette::PlaceholderText);

    m_banner->setObjectName(QStringLiteral("hostBanner"));
    m_bannerText->setObjectName(QStringLiteral("hostBannerText"));
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bannerText->setAccessibleName(tr("Reachability"));
    m_check->setObjectName(QStringLiteral("checkHostButton"));
    m_trust->setObjectName(QStringLiteral("trustKeyButton"));
    m_forget->setObjectName(QStringLiteral("forgetKeyButton"));
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(12, 8, 8, 8);
    bannerLayout->addWidget(m_bannerText, 1);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_check);
    buttons->addWidget(m_trust);
    buttons->addWidget(m_forget);
    buttons->addStretch();
    bannerLayout->addLayout(buttons);
    connect(m_check, &QPushButton::clicked, this, &HostOverview::checkRequested);
    connect(m_trust, &QPushButton::clicked, this, &HostOverview::trustRequested);
    connect(m_forget, &QPushButton::clicked, this, &HostOverview::forgetRequested);

    m_form->setLabelAlignment(Qt::AlignRight);
    m_form->setHorizontalSpacing(16);
    m_form->setVerticalSpacing(6);
    addFact(tr("Operating system:"), QStringLiteral("factOs"));
    addFact(tr("Kernel:"), QStringLiteral("factKernel"));
    addFact(tr("Host name:"), QStringLiteral("factHostname"));
    addFact(tr("Up for:"), QStringLiteral("factUptime"));
    addFact(tr("CPUs:"), QStringLiteral("factCpus"));
    addFact(tr("Memory:"), QStringLiteral("factMemory"));
    addFact(tr("Docker:"), QStringLiteral("factDocker"));
    addFact(tr("SSH server:"), QStringLiteral("factServer"));
    addFact(tr("Host key:"), QStringLiteral("factHostKey"));
    addFact(tr("Reached through:"), QStringLiteral("factVia"));
    addFact(tr("Signed in with:"), QStringLiteral("factAuth"));
    addFact(tr("Monthly cost:"), QStringLiteral("factCost"));
    // What `sloop costs set` sets: its instances share it by memory.
    m_setCost->setObjectName(QStringLiteral("setHostCostButton"));
    m_setCost->setAccessibleName(tr("Set what this host costs a month"));
    m_setCost->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    connect(m_setCost, &QPushButton::clicked, this, &HostOverview::costRequested);
    m_form->addRow(QString(), m_setCost);

    m_disks->setObjectName(QStringLiteral("hostDisks"));
    m_disks->setAccessibleName(tr("Disks"));
    m_disks->setRootIsDecorated(false);
    m_disks->setHeaderLabels(
        {tr("Mount"), tr("Device"), tr("Size"), tr("Used"), tr("Free"), tr("Use")});
    m_disks->header()->setStretchLastSection(false);
    m_disks->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_disks->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_disks->setMinimumHeight(120);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);
    layout->addWidget(m_title);
    layout->addWidget(m_endpoint);
    layout->addWidget(m_banner);
    layout->addLayout(m_form);
    layout->addWidget(m_disksTitle);
    layout->addWidget(m_disks);
    layout->addStretch(1);
    m_banner->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

QLabel *HostOverview::addFact(const QString &label, const QString &objectName)
{
    auto *value = new QLabel;
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    value->setAccessibleName(label);
    m_form->addRow(label, value);
    m_facts.insert(objectName, value);
    return value;
}

QString HostOverview::bannerText() const
{
    return m_bannerText->text();
}

QString HostOverview::factText(const QString &objectName) const
{
    const QLabel *label = m_facts.value(objectName);
    return label ? label->text() : QString();
}

void HostOverview::showHost(const hosts::HostRecord &host, const HostStatus &status)
{
    m_title->setText(host.name);
    QString endpoint = models::hostEndpointText(host);
    if (!host.tags.isEmpty())
        endpoint += QStringLiteral("   ·   ") + host.tags.join(QStringLiteral(", "));
    m_endpoint->setText(endpoint);
    showBanner(status);
    showFacts(status);
    showRoute(host, status);
}

void HostOverview::showCost(const std::optional<pricing::HostCost> &cost)
{
    if (QLabel *label = m_facts.value(QStringLiteral("factCost")))
        label->setText(cost ? pricing::formatMonthly(cost->monthlyCents, cost->currency)
                            : tr("not stated: its instances get no estimate"));
    m_setCost->setText(cost ? tr("Change what it costs…") : tr("Set what it costs…"));
}

void HostOverview::showBanner(const HostStatus &status)
{
    m_banner->setStyleSheet(bannerStyle(status, palette()));
    const QString label = hosts::reachabilityLabel(status);
    QString detail;
    switch (status.state) {
    case HostStatus::Unknown:
        detail = tr("Sloop has not connected to this host yet in this session.");
        break;
    case HostStatus::Checking:
        detail = tr("Connecting and reading the host's facts…");
        break;
    case HostStatus::Online:
        detail = tr("Connected in %1 ms; checked %2.")
                     .arg(status.connectMs)
                     .arg(QLocale().toString(status.checkedAt.toLocalTime().time(),
                                             QLocale::ShortFormat));
        break;
    case HostStatus::Unreachable:
        detail = status.error ? status.error->message : QString();
        break;
    }
    m_bannerText->setText(
        QStringLiteral("<b>%1</b><br>%2").arg(label.toHtmlEscaped(), detail.toHtmlEscaped()));
    const auto kind = status.error ? status.error->kind : ssh::SshError::Protocol;
    const bool unreachable = status.state == HostStatus::Unreachable;
    m_trust->setVisible(unreachable && kind == ssh::SshError::HostKeyUnknown);
    m_forget->setVisible(unreachable && kind == ssh::SshError::HostKeyChanged);
    m_check->setEnabled(status.state != HostStatus::Checking);
}

void HostOverview::showRoute(const hosts::HostRecord &host, const HostStatus &status)
{
    QLabel *label = m_facts.value(QStringLiteral("factVia"));
    if (!label)
        return;
    if (host.proxyJump.isEmpty()) {
        label->setText(tr("dialled directly"));
        return;
    }
    if (status.state != HostStatus::Online || status.via.isEmpty()) {
        label->setText(tr("jump host %1 (OpenSSH's ProxyJump)").arg(host.proxyJump));
        return;
    }
    // Each hop with the key it showed: trust was given hop by hop.
    QStringList hops;
    for (const ssh::HopInfo &hop : status.via)
        hops << tr("%1 (%2 %3)").arg(hop.name, hop.hostKeyType, hop.fingerprint);
    label->setText(hops.join(QStringLiteral(" → ")));
}

void HostOverview::showFacts(const HostStatus &status)
{
    const hosts::HostFacts &f = status.facts;
    const bool online = status.state == HostStatus::Online;
    const QString unknown = online ? tr("not reported") : QStringLiteral("—");
    auto set = [this](const QString &name, const QString &text) {
        if (QLabel *label = m_facts.value(name))
            label->setText(text);
    };
    set(QStringLiteral("factOs"), f.os.isEmpty() ? unknown : f.os);
    set(QStringLiteral("factKernel"), f.kernel.isEmpty() ? unknown : f.kernel);
    set(QStringLiteral("factHostname"), f.hostname.isEmpty() ? unknown : f.hostname);
    set(QStringLiteral("factUptime"), f.uptimeSeconds ? uptimeText(*f.uptimeSeconds) : unknown);
    QString cpus = f.cpus ? QString::number(*f.cpus) : unknown;
    // A container instance: its plan's share, not the machine's count.
    if (f.cpuLimit && (!f.cpus || *f.cpuLimit < double(*f.cpus)))
        cpus = f.cpus ? tr("%1 (its limit; the machine has %2)")
                            .arg(QLocale().toString(*f.cpuLimit, 'g', 3))
                            .arg(*f.cpus)
                      : tr("%1 (its limit)").arg(QLocale().toString(*f.cpuLimit, 'g', 3));
    set(QStringLiteral("factCpus"), cpus);
    QString memory = unknown;
    if (f.memLimitKb && (!f.memTotalKb || *f.memLimitKb < *f.memTotalKb)) {
        memory = f.memLimitUsedKb
                     ? tr("%1 available of %2 (its limit)")
                           .arg(kib(*f.memLimitKb - *f.memLimitUsedKb), kib(*f.memLimitKb))
                     : tr("%1 (its limit)").arg(kib(*f.memLimitKb));
    } else if (f.memTotalKb && f.memAvailableKb) {
        memory = tr("%1 available of %2").arg(kib(*f.memAvailableKb), kib(*f.memTotalKb));
    } else if (f.memTotalKb) {
        memory = kib(*f.memTotalKb);
    }
    set(QStringLiteral("factMemory"), memory);
    set(QStringLiteral("factDocker"), !f.docker ? unknown
                                      : *f.docker
                                          ? tr("Installed: its engine can be used from Sloop")
                                          : tr("Not installed"));
    set(QStringLiteral("factServer"),
        status.serverBanner.isEmpty() ? unknown : status.serverBanner);
    set(QStringLiteral("factHostKey"),
        status.fingerprint.isEmpty()
            ? unknown
            : QStringLiteral("%1 %2").arg(status.hostKeyType, status.fingerprint));
    set(QStringLiteral("factAuth"), status.authMethod.isEmpty() ? unknown : status.authMethod);

    m_disks->clear();
    for (const hosts::DiskUsage &d : f.disks) {
        const int percent = d.sizeKb > 0 ? int(qRound(100.0 * d.usedKb / d.sizeKb)) : 0;
        auto *item = new QTreeWidgetItem({d.mount, d.device, kib(d.sizeKb), kib(d.usedKb),
                                          kib(d.availableKb), QStringLiteral("%1 %").arg(percent)});
        for (int c = 2; c <= 5; ++c)
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        if (percent >= 90)
            item->setForeground(5, models::toneColor(models::Tone::Error));
        m_disks->addTopLevelItem(item);
    }
    m_disks->setVisible(!f.disks.isEmpty());
    m_disksTitle->setVisible(!f.disks.isEmpty());
}

} // namespace sloop::widgets
