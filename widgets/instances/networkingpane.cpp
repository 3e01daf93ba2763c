#include "networkingpane.h"
#include "common/noticebanner.h"

#include "instances/instancelistmodel.h"
#include "instances/instanceoperation.h"
#include "instances/instanceservice.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sloop::widgets {

using instances::FirewallRule;
using instances::InstanceKind;

namespace {

QString portsText(const FirewallRule &rule)
{
    if (rule.protocol == QLatin1String("all"))
        return NetworkingPane::tr("all ports");
    if (rule.fromPort == rule.toPort)
        return QString::number(rule.fromPort);
    return QStringLiteral("%1–%2").arg(rule.fromPort).arg(rule.toPort);
}

QString sourceText(const QString &source)
{
    if (source == QLatin1String("0.0.0.0/0") || source == QLatin1String("::/0"))
        return NetworkingPane::tr("%1 (anyone)").arg(source);
    if (source == QLatin1String("127.0.0.1/32") || source == QLatin1String("::1/128"))
        return NetworkingPane::tr("%1 (this machine only)").arg(source);
    return source;
}

// Ports people open a browser on; the mapping gets a link.
bool isWebPort(int port)
{
    static const QList<int> web{80, 443, 3000, 5000, 8000, 8008, 8080, 8443, 8888};
    return web.contains(port);
}

} // namespace

NetworkingPane::NetworkingPane(instances::InstanceService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_intro(new QLabel)
    , m_rules(new QTreeWidget)
    , m_protocol(new QComboBox)
    , m_ports(new QLineEdit)
    , m_source(new QLineEdit(QStringLiteral("0.0.0.0/0")))
    , m_add(new QPushButton(tr("Add rule")))
    , m_remove(new QPushButton(tr("Remove rule")))
    , m_apply(new QPushButton(tr("Apply changes")))
    , m_revert(new QPushButton(tr("Revert")))
    , m_problem(new NoticeBanner)
    , m_status(new QLabel)
    , m_portsTitle(new QLabel(tr("<b>Published ports</b>")))
    , m_mappings(new QLabel)
{
    setObjectName(QStringLiteral("networkingPane"));
    m_intro->setWordWrap(true);
    m_intro->setForegroundRole(QPalette::PlaceholderText);

    m_rules->setObjectName(QStringLiteral("firewallRules"));
    m_rules->setAccessibleName(tr("Firewall rules"));
    m_rules->setRootIsDecorated(false);
    m_rules->setHeaderLabels({tr("Protocol"), tr("Port or range"), tr("Allowed source")});
    m_rules->header()->setStretchLastSection(true);
    m_rules->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_rules->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_rules->setMinimumHeight(140);
    connect(m_rules, &QTreeWidget::currentItemChanged, this, &NetworkingPane::updateButtons);

    m_protocol->setObjectName(QStringLiteral("ruleProtocol"));
    m_protocol->setAccessibleName(tr("Protocol"));
    m_protocol->addItem(QStringLiteral("TCP"), QStringLiteral("tcp"));
    m_protocol->addItem(QStringLiteral("UDP"), QStringLiteral("udp"));
    m_protocol->addItem(tr("All"), QStringLiteral("all"));
    m_ports->setObjectName(QStringLiteral("rulePorts"));
    m_ports->setAccessibleName(tr("Port or range"));
    m_ports->setPlaceholderText(tr("80 or 8000-8010"));
    m_source->setObjectName(QStringLiteral("ruleSource"));
    m_source->setAccessibleName(tr("Allowed source (CIDR)"));
    m_source->setPlaceholderText(QStringLiteral("0.0.0.0/0"));
    m_add->setObjectName(QStringLiteral("addRuleButton"));
    m_remove->setObjectName(QStringLiteral("removeRuleButton"));
    m_apply->setObjectName(QStringLiteral("applyFirewallButton"));
    m_revert->setObjectName(QStringLiteral("revertFirewallButton"));
    connect(m_add, &QPushButton::clicked, this, &NetworkingPane::addRule);
    connect(m_ports, &QLineEdit::returnPressed, this, &NetworkingPane::addRule);
    connect(m_source, &QLineEdit::returnPressed, this, &NetworkingPane::addRule);
    connect(m_remove, &QPushButton::clicked, this, &NetworkingPane::removeSelectedRule);
    connect(m_apply, &QPushButton::clicked, this, &NetworkingPane::apply);
    connect(m_revert, &QPushButton::clicked, this, &NetworkingPane::revert);

    m_problem->setObjectName(QStringLiteral("firewallProblem"));
    m_status->setObjectName(QStringLiteral("firewallStatus"));
    m_status->setWordWrap(true);

    m_mappings->setObjectName(QStringLiteral("portMappings"));
    m_mappings->setTextFormat(Qt::RichText);
    m_mappings->setOpenExternalLinks(true);
    m_mappings->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_mappings->setAccessibleName(tr("Published ports"));
    m_mappings->setWordWrap(true);

    auto *newRule = new QHBoxLayout;
    newRule->addWidget(m_protocol);
    newRule->addWidget(m_ports, 1);
    newRule->addWidget(m_source, 2);
    newRule->addWidget(m_add);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);
    layout->addWidget(new QLabel(tr("<b>Firewall</b>")));
    layout->addWidget(m_intro);
    layout->addWidget(m_rules, 1);
    layout->addLayout(newRule);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);
    layout->addSpacing(8);
    layout->addWidget(m_portsTitle);
    layout->addWidget(m_mappings);
    layout->addStretch();
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    updateButtons();
}

void NetworkingPane::showInstance(const instances::InstanceRecord &record)
{
    const bool other = record.name.compare(m_record.name, Qt::CaseInsensitive) != 0;
    // Edits not yet applied survive a refresh of the same instance.
    const bool edited = !other && m_pending != m_record.firewall;
    m_record = record;
    if (other || !edited)
        m_pending = record.firewall;
    if (other)
        showProblem({});
    m_intro->setText(
        record.kind == InstanceKind::Container
            ? tr("Each rule becomes a published port of the container, and the port on this "
                 "machine stays the same across restarts. A container can allow everyone "
                 "(0.0.0.0/0) or this machine only (127.0.0.1/32); other sources need a "
                 "server instance, where nftables enforces them.")
            : tr("The rules are applied with nftables on the server: what no rule allows is "
                 "dropped. A rule must open SSH (TCP %1); Sloop keeps it open for its own "
                 "address, and keeps new rules only once it has connected again through "
                 "them, else the old ones come back within a minute.")
                  .arg(record.sshPort));
    showRules();
    showPorts();
    updateButtons();
}

void NetworkingPane::showRules()
{
    const QString current = m_rules->currentItem() ? m_rules->currentItem()->text(1) : QString();
    m_rules->clear();
    for (int i = 0; i < m_pending.size(); ++i) {
        const FirewallRule &rule = m_pending.at(i);
        auto *item = new QTreeWidgetItem(
            {rule.protocol.toUpper(), portsText(rule), sourceText(rule.source)});
        item->setData(0, Qt::UserRole, i);
        if (!m_record.firewall.contains(rule))
            item->setToolTip(0, tr("Not applied yet"));
        m_rules->addTopLevelItem(item);
    }
}

void NetworkingPane::showPorts()
{
    const bool container = m_record.kind == InstanceKind::Container;
    m_portsTitle->setVisible(container);
    m_mappings->setVisible(container);
    if (!container)
        return;
    QStringList lines;
    for (const instances::PortMapping &p : m_record.ports) {
        QString line = models::portMappingText(p).toHtmlEscaped();
        if (p.containerPort == 22 && p.protocol == QLatin1String("tcp"))
            line += QStringLiteral(" &nbsp;") + tr("(SSH)").toHtmlEscaped();
        if (p.protocol == QLatin1String("tcp") && isWebPort(p.containerPort)) {
            QString host = p.hostIp;
            if (host.isEmpty() || host == QLatin1String("0.0.0.0") || host == QLatin1String("::"))
                host = m_record.address.isEmpty() ? QStringLiteral("127.0.0.1") : m_record.address;
            if (host.contains(QLatin1Char(':')))
                host = QLatin1Char('[') + host + QLatin1Char(']');
            const bool tls = p.containerPort == 443 || p.containerPort == 8443;
            const QString url =
                QStringLiteral("%1://%2:%3")
                    .arg(tls ? QStringLiteral("https") : QStringLiteral("http"), host)
                    .arg(p.hostPort);
            line += QStringLiteral(" &nbsp;<a href=\"%1\">%1</a>").arg(url.toHtmlEscaped());
        }
        lines.append(line);
    }
    m_mappings->setText(lines.isEmpty() ? tr("No ports published yet.").toHtmlEscaped()
                                        : lines.join(QStringLiteral("<br>")));
}

void NetworkingPane::setNewRule(const QString &protocol, const QString &ports,
                                const QString &source)
{
    const int index = m_protocol->findData(protocol.toLower());
    if (index >= 0)
        m_protocol->setCurrentIndex(index);
    m_ports->setText(ports);
    m_source->setText(source);
}

bool NetworkingPane::addRule()
{
    FirewallRule rule;
    rule.protocol = m_protocol->currentData().toString();
    rule.source = m_source->text().trimmed();
    if (rule.source.isEmpty())
        rule.source = QStringLiteral("0.0.0.0/0");
    if (rule.protocol != QLatin1String("all")) {
        const QStringList parts = m_ports->text().trimmed().split(QLatin1Char('-'));
        bool okFrom = false;
        bool okTo = false;
        rule.fromPort = parts.value(0).trimmed().toInt(&okFrom);
        rule.toPort = parts.size() > 1 ? parts.value(1).trimmed().toInt(&okTo) : rule.fromPort;
        if (parts.size() == 1)
            okTo = okFrom;
        if (!okFrom || !okTo || parts.size() > 2) {
            showProblem(tr("Type a port (80) or a range (8000-8010)."));
            m_ports->setFocus();
            return false;
        }
    }
    if (const VoidResult valid = instances::validate(rule); !valid) {
        showProblem(valid.error());
        return false;
    }
    rule = instances::normalized(rule);
    if (m_pending.contains(rule)) {
        showProblem(tr("That rule is already there."));
        return false;
    }
    m_pending.append(rule);
    showProblem({});
    m_ports->clear();
    showRules();
    updateButtons();
    return true;
}

void NetworkingPane::removeSelectedRule()
{
    QTreeWidgetItem *item = m_rules->currentItem();
    if (!item)
        return;
    const int index = item->data(0, Qt::UserRole).toInt();
    if (index < 0 || index >= m_pending.size())
        return;
    m_pending.removeAt(index);
    showRules();
    updateButtons();
}

void NetworkingPane::revert()
{
    m_pending = m_record.firewall;
    showProblem({});
    showRules();
    updateButtons();
}

void NetworkingPane::apply()
{
    if (!m_service || (m_job && m_job->isRunning()))
        return;
    const Result<instances::InstanceOperation *> job =
        m_service->setFirewall(m_record.name, m_pending);
    if (!job) {
        showProblem(job.error());
        return;
    }
    showProblem({});
    m_job = *job;
    m_status->setText(tr("Applying…"));
    connect(m_job, &instances::InstanceOperation::finished, this,
            [this](bool ok, const QString &error) {
                m_status->setText(ok ? tr("Applied.") : QString());
                if (!ok)
                    showProblem(error);
                updateButtons();
            });
    updateButtons();
    Q_EMIT operationStarted(m_job);
}

void NetworkingPane::showProblem(const QString &text)
{
    if (text.isEmpty())
        m_problem->clear();
    else
        m_problem->showError(text);
}

QString NetworkingPane::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void NetworkingPane::updateButtons()
{
    const bool busy = m_job && m_job->isRunning();
    const bool changed = m_pending != m_record.firewall;
    m_add->setEnabled(!busy && !m_record.name.isEmpty());
    m_remove->setEnabled(!busy && m_rules->currentItem() != nullptr);
    m_apply->setEnabled(!busy && changed);
    m_revert->setEnabled(!busy && changed);
    if (changed && !busy)
        m_status->setText(tr("Changes not applied yet."));
    else if (!busy && m_status->text() == tr("Changes not applied yet."))
        m_status->clear();
}

} // namespace sloop::widgets
