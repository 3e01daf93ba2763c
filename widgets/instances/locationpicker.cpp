#include "locationpicker.h"

#include "cardgrid.h"
#include "choicecard.h"

#include "controlplane/controlplane.h"
#include "engine/enginecatalog.h"
#include "hosts/hostrecord.h"
#include "hosts/hostrepository.h"
#include "instances/instanceservice.h"

#include <QButtonGroup>
#include <QLabel>
#include <QVBoxLayout>

namespace sloop::widgets {

namespace {

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel *hint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

LocationPicker::LocationPicker(ControlPlane *plane, QWidget *parent)
    : QWidget(parent)
    , m_plane(plane)
    , m_group(new QButtonGroup(this))
    , m_engines(new CardGrid(2, m_group, this))
    , m_hosts(new CardGrid(2, m_group, this))
    , m_noHosts(hint(tr("No SSH hosts yet. Add one on the Hosts page to turn a whole server "
                        "into an instance."),
                     this))
{
    m_engines->setObjectName(QStringLiteral("engineCards"));
    m_engines->setAccessibleName(tr("Engines"));
    m_hosts->setObjectName(QStringLiteral("hostCards"));
    m_hosts->setAccessibleName(tr("SSH hosts"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(sectionTitle(tr("System container on a Docker engine"), this));
    layout->addWidget(hint(tr("A Debian container with its own init, sshd and the plan's CPU "
                              "and memory limits. Quick to make and to throw away; many fit "
                              "on one machine."),
                           this));
    layout->addWidget(m_engines);
    layout->addSpacing(12);
    layout->addWidget(sectionTitle(tr("Whole server over SSH"), this));
    layout->addWidget(hint(tr("A server from your Hosts becomes the instance: the blueprint is "
                              "applied to it over SSH, as its own login user."),
                           this));
    layout->addWidget(m_hosts);
    layout->addWidget(m_noHosts);
    layout->addStretch();

    connect(m_engines, &CardGrid::picked, this,
            [this](const QString &name) { picked(instances::InstanceKind::Container, name); });
    connect(m_hosts, &CardGrid::picked, this,
            [this](const QString &name) { picked(instances::InstanceKind::Server, name); });
    engine::EngineManager *engines = m_plane->engines();
    connect(engines, &engine::EngineManager::engineAdded, this, &LocationPicker::refresh);
    connect(engines, &engine::EngineManager::engineRemoved, this, &LocationPicker::refresh);
    refresh();
}

void LocationPicker::refresh()
{
    const QString keep = m_location;
    const QSignalBlocker blocker(m_group);
    m_engines->clear();
    m_hosts->clear();
    for (const engine::EngineEndpoint &e : m_plane->engines()->engines()) {
        ChoiceCard *card = m_engines->addCard(e.name);
        card->setObjectName(QStringLiteral("engine-%1").arg(e.name));
        card->setIcon(QIcon(QStringLiteral(":/sloop/icons/nav-containers.png")), 32);
        card->setTitle(e.name);
        card->setBody(
            e.sshHost.isEmpty()
                ? tr("System container on this machine's %1 engine (%2)").arg(e.kind, e.address)
                : tr("System container on the Docker engine of SSH host %1").arg(e.sshHost));
    }
    QStringList servers; // hosts that already are an instance's server
    if (instances::InstanceService *service = m_plane->instances())
        if (const auto all = service->instances(); all)
            for (const instances::InstanceRecord &r : *all)
                if (r.kind == instances::InstanceKind::Server)
                    servers << r.location.toLower() + QLatin1Char('\n') + r.name;
    hosts::HostRepository *repo = m_plane->hostRepository();
    const auto hostList = repo ? repo->all() : Result<QList<hosts::HostRecord>>::failure(QString());
    int hostCount = 0;
    if (hostList) {
        for (const hosts::HostRecord &host : *hostList) {
            // Container instances log in through a host record of their own.
            if (host.tags.contains(QStringLiteral("instance")))
                continue;
            ++hostCount;
            ChoiceCard *card = m_hosts->addCard(host.name);
            card->setObjectName(QStringLiteral("host-%1").arg(host.name));
            card->setIcon(QIcon(QStringLiteral(":/sloop/icons/nav-hosts.png")), 32);
            card->setTitle(host.name);
            const QString user = host.user.isEmpty() ? qEnvironmentVariable("USER") : host.user;
            card->setBody(tr("The whole server %1@%2:%3").arg(user, host.address).arg(host.port));
            for (const QString &entry : servers) {
                if (entry.section(QLatin1Char('\n'), 0, 0) == host.name.toLower()) {
                    card->setEnabled(false);
                    card->setNote(tr("Already the server of instance %1")
                                      .arg(entry.section(QLatin1Char('\n'), 1)));
                }
            }
        }
    }
    m_noHosts->setVisible(hostCount == 0);
    m_hosts->setVisible(hostCount > 0);
    if (!keep.isEmpty() && !setLocation(keep)) {
        m_location.clear();
        Q_EMIT changed();
    }
}

bool LocationPicker::setLocation(const QString &name)
{
    for (CardGrid *grid : {m_engines, m_hosts}) {
        if (ChoiceCard *card = grid->card(name); card && card->isEnabled()) {
            card->setChecked(true);
            picked(grid == m_engines ? instances::InstanceKind::Container
                                     : instances::InstanceKind::Server,
                   name);
            return true;
        }
    }
    return false;
}

QString LocationPicker::location() const
{
    return m_location;
}

QString LocationPicker::describe() const
{
    if (m_location.isEmpty())
        return {};
    return m_kind == instances::InstanceKind::Container
               ? tr("System container on engine %1").arg(m_location)
               : tr("Whole server %1, over SSH").arg(m_location);
}

void LocationPicker::picked(instances::InstanceKind kind, const QString &name)
{
    if (m_kind == kind && m_location == name)
        return;
    m_kind = kind;
    m_location = name;
    Q_EMIT changed();
}

} // namespace sloop::widgets
