// The Swarm page's swarm and node actions: make, join and leave a swarm,
// and the Nodes tab.
#include "swarmpage.h"

#include "common/listpage.h"
#include "common/noticebanner.h"
#include "controlplane/controlplane.h"
#include "engine/dockerclient.h"
#include "engine/enginecatalog.h"
#include "swarm/swarmapi.h"
#include "swarm/swarmmodels.h"
#include "util/futures.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace sloop::widgets {

using namespace swarm;

QWidget *SwarmPage::buildNodesTab()
{
    auto *join = namedButton(tr("&Join an engine…"), QStringLiteral("joinEngine"),
                             tr("Join another engine to this swarm"));
    auto *leave = namedButton(tr("Leave the swarm"), QStringLiteral("leaveSwarm"),
                              tr("This engine leaves the swarm"));
    connect(join, &QPushButton::clicked, this, &SwarmPage::askJoin);
    connect(leave, &QPushButton::clicked, this, &SwarmPage::leaveSwarm);
    connect(m_drain, &QPushButton::clicked, this,
            [this] { setNodeAvailability(QStringLiteral("drain")); });
    connect(m_pause, &QPushButton::clicked, this,
            [this] { setNodeAvailability(QStringLiteral("pause")); });
    connect(m_activate, &QPushButton::clicked, this,
            [this] { setNodeAvailability(QStringLiteral("active")); });
    m_drain->setToolTip(tr("Its tasks move to other nodes; none start here"));
    m_pause->setToolTip(tr("Its tasks keep running; no new ones start here"));
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {join, m_drain, m_pause, m_activate})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(leave);
    m_nodeView = makeTable(m_nodes, models::NodeListModel::Hostname, models::NodeListModel::Address,
                           QStringLiteral("nodeTable"), this);
    m_nodeView->setAccessibleName(tr("Nodes"));
    connect(m_nodeView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SwarmPage::updateButtons);
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(buttons);
    layout->addWidget(m_nodeView, 1);
    return tab;
}

void SwarmPage::askCreateSwarm()
{
    bool ok = false;
    const QString address = QInputDialog::getText(
        this, tr("Create a swarm"),
        tr("The address other engines reach this one at. Leave it empty to let the engine "
           "choose (it asks when it has more than one)."),
        QLineEdit::Normal, QString(), &ok);
    if (ok)
        createSwarm(address.trimmed());
}

void SwarmPage::createSwarm(const QString &advertiseAddress)
{
    if (!m_api)
        return;
    whenFinished(m_api->init(advertiseAddress), this, [this](const Result<QString> &id) {
        if (!id)
            m_problem->showProblem(id.problem(), tr("Create a swarm"));
        else
            m_problem->showInfo(tr("Engine %1 now manages a new swarm. Join your other "
                                   "engines from the Nodes tab.")
                                    .arg(m_engine));
        refresh();
    });
}

void SwarmPage::askJoin()
{
    QStringList others;
    for (const engine::EngineEndpoint &e : m_plane->engines()->engines())
        if (e.name != m_engine && e.kind == QLatin1String("docker"))
            others.append(e.name);
    if (others.isEmpty()) {
        m_problem->showInfo(tr("Sloop knows no other Docker engine. Add one with \"sloop engines "
                               "add NAME unix:///path/docker.sock\", or add an SSH host that "
                               "has Docker."));
        return;
    }
    bool ok = false;
    const bool managing = m_state.manager;
    const QString other =
        QInputDialog::getItem(this, managing ? tr("Join an engine") : tr("Join a swarm"),
                              managing ? tr("Engine to join to this swarm as a worker:")
                                       : tr("Manager engine of the swarm to join:"),
                              others, 0, false, &ok);
    if (!ok)
        return;
    if (managing) {
        joinEngine(other, false);
        return;
    }
    // This engine joins the swarm `other` manages.
    engine::DockerClient *manager = m_plane->engines()->client(other);
    if (manager && m_client)
        act(joinSwarm(manager, m_client, false), tr("Join the swarm of %1").arg(other));
}

void SwarmPage::joinEngine(const QString &engineName, bool asManager)
{
    engine::DockerClient *joiner = m_plane->engines()->client(engineName);
    if (!joiner || !m_client) {
        m_problem->showError(tr("There is no engine named %1.").arg(engineName));
        return;
    }
    act(joinSwarm(m_client, joiner, asManager), tr("Join %1").arg(engineName));
}

void SwarmPage::leaveSwarm()
{
    if (!m_api)
        return;
    const bool lastManager = m_state.manager && m_state.managers <= 1;
    Confirmation question;
    question.title = tr("Leave the swarm?");
    question.text =
        lastManager
            ? tr("Engine %1 is the swarm's only manager: leaving ends the swarm, "
                 "with its services. Workers stay joined to nothing until they "
                 "leave too.")
                  .arg(m_engine)
            : tr("Engine %1 stops taking tasks; the swarm moves them elsewhere.").arg(m_engine);
    question.acceptLabel = lastManager ? tr("End the swarm") : tr("Leave");
    if (!promptWith(m_prompter).confirm(this, question))
        return;
    act(m_api->leave(lastManager), tr("Leave the swarm"));
}

void SwarmPage::setNodeAvailability(const QString &availability)
{
    const QString node = selectedNode();
    if (m_api && !node.isEmpty())
        act(m_api->setAvailability(node, availability), tr("Node %1").arg(availability));
}

} // namespace sloop::widgets
