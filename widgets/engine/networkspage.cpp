#include "networkspage.h"

#include "engine/dockerclient.h"
#include "engine/networklistmodel.h"
#include "resourcename.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QToolBar>

namespace sloop::widgets {

using models::NetworkListModel;

NetworksPage::NetworksPage(engine::DockerClient *client, QWidget *parent)
    : ResourcePage(client, parent)
{
    setObjectName(QStringLiteral("networksPage"));
    setAccessibleName(tr("Networks"));
    m_model = new NetworkListModel(this);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("networkName"));
    m_name->setPlaceholderText(tr("new-network-name"));
    m_name->setAccessibleName(tr("New network name"));
    m_name->setToolTip(tr("Starts with a letter or digit; then letters, digits, _ . or -"));
    m_driver = new QComboBox(this);
    m_driver->setObjectName(QStringLiteral("networkDriver"));
    m_driver->setAccessibleName(tr("Network driver"));
    m_driver->setToolTip(tr("bridge: a private network on this host (the usual choice).\n"
                            "macvlan / ipvlan: containers get addresses on the host's LAN.\n"
                            "overlay: spans the nodes of a Swarm (needs Swarm mode)."));
    for (const char *driver : {"bridge", "macvlan", "ipvlan", "overlay"})
        m_driver->addItem(QString::fromLatin1(driver), QString::fromLatin1(driver));
    m_create = new QPushButton(tr("Create network"), this);
    m_create->setObjectName(QStringLiteral("createNetwork"));
    m_create->setAccessibleName(tr("Create network"));
    m_create->setToolTip(tr("Create a network with this name and driver"));

    auto *createRow = new QWidget(this);
    auto *row = new QHBoxLayout(createRow);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new QLabel(tr("New network:"), createRow));
    row->addWidget(m_name, 1);
    row->addWidget(m_driver);
    row->addWidget(m_create);
    addTopWidget(createRow);

    auto createFromFields = [this] {
        if (m_create->isEnabled())
            createNetwork(m_name->text().trimmed(), m_driver->currentData().toString());
    };
    connect(m_name, &QLineEdit::textChanged, this, &NetworksPage::updateActions);
    connect(m_name, &QLineEdit::returnPressed, this, createFromFields);
    connect(m_create, &QPushButton::clicked, this, createFromFields);

    m_remove = addPageAction(tr("Remove"), QStringLiteral("removeNetwork"),
                             tr("Remove the selected networks (Delete)"), QKeySequence::Delete,
                             [this] { removeSelected(); });
    toolBar()->addSeparator();
    m_refresh = addPageAction(tr("Refresh"), QStringLiteral("refreshNetworks"),
                              tr("List the engine's networks again"), QKeySequence::Refresh,
                              [this] { reload(); });

    setModel(m_model, NetworkListModel::Name);
    view()->setAccessibleName(tr("Networks"));
    view()->setToolTip(tr("Networks on this engine; select rows to remove them"));
    setEmptyTexts(tr("No engine selected. Choose an engine to see its networks."),
                  tr("This engine lists no networks, not even its built-in bridge."));
    connect(view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &NetworksPage::updateActions);
    updateActions();
}

void NetworksPage::clientChanged()
{
    m_model->setItems({});
    updateActions();
}

void NetworksPage::reload()
{
    if (!client())
        return;
    loadInto(client()->listNetworks(), m_model, tr("Could not list networks"),
             [this] { updateActions(); });
}

void NetworksPage::createNetwork(const QString &name, const QString &driver)
{
    if (!client())
        return;
    clearMessage();
    if (!isValidResourceName(name)) {
        showError(tr("“%1” is not a valid network name. Start with a letter or digit; then "
                     "use letters, digits, _ . or -.")
                      .arg(name));
        return;
    }
    m_create->setEnabled(false);
    const QPointer<engine::DockerClient> engineAtStart = client();
    client()
        ->createNetwork(name, driver)
        .then(this, [this, name, driver, engineAtStart](const VoidResult &r) {
            updateActions();
            if (!engineAtStart || engineAtStart != client())
                return;
            if (!r) {
                showProblem(r.problem(), tr("Could not create network %1 (%2)").arg(name, driver));
                return;
            }
            showInfo(tr("Created network %1 (%2).").arg(name, driver));
            if (m_name->text().trimmed() == name)
                m_name->clear();
            reload();
        });
}

void NetworksPage::removeSelected()
{
    QStringList ids, names, builtIn;
    for (int row : selectedSourceRows()) {
        const engine::NetworkSummary &network = m_model->item(row);
        if (NetworkListModel::isBuiltIn(network.name))
            builtIn.append(network.name);
        ids.append(network.id);
        names.append(network.name);
    }
    if (ids.isEmpty() || !client())
        return;
    clearMessage();
    if (!builtIn.isEmpty()) {
        // The engine would refuse too, but with a terse 403; say why up front.
        showError(tr("%1: built into the engine, which needs it; it cannot be removed. "
                     "Select only networks you created.")
                      .arg(builtIn.join(QStringLiteral(", "))));
        return;
    }
    const QPointer<NetworksPage> self(this);
    const bool yes = confirm(
        {tr("Remove networks"),
         names.size() == 1
             ? tr("Remove this network from %1?").arg(client()->name())
             : tr("Remove these %1 networks from %2?").arg(names.size()).arg(client()->name()),
         names.join(QLatin1Char('\n')), tr("Remove")});
    if (!self || !yes || !client())
        return;
    QList<QFuture<VoidResult>> calls;
    for (const QString &id : std::as_const(ids))
        calls.append(client()->removeNetwork(id));
    const QPointer<engine::DockerClient> engineAtStart = client();
    whenAllDone(calls, [this, names, engineAtStart](const QList<VoidResult> &results) {
        if (!engineAtStart || engineAtStart != client())
            return;
        QStringList errors;
        for (int i = 0; i < results.size(); ++i)
            if (!results[i])
                errors.append(tr("%1: %2").arg(names[i], results[i].error()));
        if (!errors.isEmpty())
            showError(tr("Could not remove:\n%1").arg(errors.join(QLatin1Char('\n'))));
        reload();
    });
}

void NetworksPage::updateActions()
{
    const bool engine = client() != nullptr;
    m_name->setEnabled(engine);
    m_driver->setEnabled(engine);
    m_create->setEnabled(engine && !m_name->text().trimmed().isEmpty());
    m_remove->setEnabled(engine && !selectedSourceRows().isEmpty());
    m_refresh->setEnabled(engine);
}

} // namespace sloop::widgets
