#include "volumespage.h"

#include "engine/dockerclient.h"
#include "engine/volumelistmodel.h"
#include "resourcename.h"

#include <QAction>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QToolBar>

namespace sloop::widgets {

using models::VolumeListModel;

VolumesPage::VolumesPage(engine::DockerClient *client, QWidget *parent)
    : ResourcePage(client, parent)
{
    setObjectName(QStringLiteral("volumesPage"));
    setAccessibleName(tr("Volumes"));
    m_model = new VolumeListModel(this);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("volumeName"));
    m_name->setPlaceholderText(tr("new-volume-name"));
    m_name->setAccessibleName(tr("New volume name"));
    m_name->setToolTip(tr("Starts with a letter or digit; then letters, digits, _ . or -"));
    m_create = new QPushButton(tr("Create volume"), this);
    m_create->setObjectName(QStringLiteral("createVolume"));
    m_create->setAccessibleName(tr("Create volume"));
    m_create->setToolTip(tr("Create an empty volume with this name (local driver)"));

    auto *createRow = new QWidget(this);
    auto *row = new QHBoxLayout(createRow);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new QLabel(tr("New volume:"), createRow));
    row->addWidget(m_name, 1);
    row->addWidget(m_create);
    addTopWidget(createRow);

    connect(m_name, &QLineEdit::textChanged, this, &VolumesPage::updateActions);
    // An invalid name still reaches createVolume(), which says what is wrong.
    connect(m_name, &QLineEdit::returnPressed, this, [this] {
        if (m_create->isEnabled())
            createVolume(m_name->text().trimmed());
    });
    connect(m_create, &QPushButton::clicked, this,
            [this] { createVolume(m_name->text().trimmed()); });

    m_remove = addPageAction(tr("Remove"), QStringLiteral("removeVolume"),
                             tr("Remove the selected volumes and the data in them (Delete)"),
                             QKeySequence::Delete, [this] { removeSelected(); });
    toolBar()->addSeparator();
    m_refresh = addPageAction(tr("Refresh"), QStringLiteral("refreshVolumes"),
                              tr("List the engine's volumes again"), QKeySequence::Refresh,
                              [this] { reload(); });

    setModel(m_model, VolumeListModel::Name);
    view()->setAccessibleName(tr("Volumes"));
    view()->setToolTip(tr("Volumes on this engine; select rows to remove them"));
    setEmptyTexts(tr("No engine selected. Choose an engine to see its volumes."),
                  tr("No volumes yet. Name one above and press Create volume."));
    connect(view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &VolumesPage::updateActions);
    updateActions();
}

void VolumesPage::clientChanged()
{
    m_model->setItems({});
    updateActions();
}

void VolumesPage::reload()
{
    if (!client())
        return;
    loadInto(client()->listVolumes(), m_model, tr("Could not list volumes"),
             [this] { updateActions(); });
}

void VolumesPage::createVolume(const QString &name)
{
    if (!client())
        return;
    clearMessage();
    if (!isValidResourceName(name)) {
        showError(tr("“%1” is not a valid volume name. Start with a letter or digit; then "
                     "use letters, digits, _ . or -.")
                      .arg(name));
        return;
    }
    m_create->setEnabled(false);
    const QPointer<engine::DockerClient> engineAtStart = client();
    client()->createVolume(name).then(this, [this, name, engineAtStart](const VoidResult &r) {
        updateActions();
        if (!engineAtStart || engineAtStart != client())
            return;
        if (!r) {
            showProblem(r.problem(), tr("Could not create volume %1").arg(name));
            return;
        }
        showInfo(tr("Created volume %1.").arg(name));
        if (m_name->text() == name)
            m_name->clear();
        reload();
    });
}

void VolumesPage::removeSelected()
{
    QStringList names;
    for (int row : selectedSourceRows())
        names.append(m_model->item(row).name);
    if (names.isEmpty() || !client())
        return;
    clearMessage();
    const QPointer<VolumesPage> self(this);
    const bool yes = confirm(
        {tr("Remove volumes"),
         names.size() == 1
             ? tr("Remove this volume from %1? The data in it is deleted.").arg(client()->name())
             : tr("Remove these %1 volumes from %2? The data in them is deleted.")
                   .arg(names.size())
                   .arg(client()->name()),
         names.join(QLatin1Char('\n')), tr("Remove")});
    if (!self || !yes || !client())
        return;
    QList<QFuture<VoidResult>> calls;
    for (const QString &name : std::as_const(names))
        calls.append(client()->removeVolume(name));
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

void VolumesPage::updateActions()
{
    const bool engine = client() != nullptr;
    m_name->setEnabled(engine);
    m_create->setEnabled(engine && !m_name->text().trimmed().isEmpty());
    m_remove->setEnabled(engine && !selectedSourceRows().isEmpty());
    m_refresh->setEnabled(engine);
}

} // namespace sloop::widgets
