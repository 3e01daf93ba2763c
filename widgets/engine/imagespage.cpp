#include "imagespage.h"

#include "engine/dockerclient.h"
#include "engine/imagelistmodel.h"
#include "imagepullbar.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QLocale>
#include <QTableView>
#include <QToolBar>

namespace sloop::widgets {

using models::ImageListModel;

namespace {

// The engine refuses with HTTP 409 and a text like "conflict: unable to
// remove repository reference ... (must force)" or "... (must be forced) -
// image is referenced in multiple repositories". VoidResult keeps only the
// text, so the wording decides whether force can help; "cannot be forced"
// (a running container) is left as an error.
bool forceWouldHelp(const QString &error)
{
    return error.contains(QLatin1String("must force")) ||
           error.contains(QLatin1String("must be forced"));
}

} // namespace

ImagesPage::ImagesPage(engine::DockerClient *client, QWidget *parent)
    : ResourcePage(client, parent)
{
    setObjectName(QStringLiteral("imagesPage"));
    setAccessibleName(tr("Images"));
    m_model = new ImageListModel(this);

    m_pullBar = new ImagePullBar(client, this);
    addTopWidget(m_pullBar);
    connect(m_pullBar, &ImagePullBar::started, this, [this] { clearMessage(); });
    connect(m_pullBar, &ImagePullBar::pulled, this, [this](const QString &reference) {
        showInfo(tr("Pulled %1.").arg(reference));
        reload();
        Q_EMIT imagePulled(reference);
    });
    connect(m_pullBar, &ImagePullBar::cancelled, this, [this](const QString &reference) {
        showInfo(tr("Pull of %1 cancelled.").arg(reference));
        reload(); // layers that arrived before the cancel stay on the engine
    });
    connect(m_pullBar, &ImagePullBar::failed, this,
            [this](const QString &reference, const QString &error) {
                showError(tr("Could not pull %1: %2").arg(reference, error));
                reload(); // some layers may have arrived
            });

    m_remove = addPageAction(tr("Remove"), QStringLiteral("removeImage"),
                             tr("Remove the selected images from this engine (Delete)"),
                             QKeySequence::Delete, [this] { removeSelected(); });
    m_prune = addPageAction(tr("Prune unused"), QStringLiteral("pruneImages"),
                            tr("Remove dangling images: no tag and no container using them"), {},
                            [this] { pruneUnused(); });
    toolBar()->addSeparator();
    m_refresh = addPageAction(tr("Refresh"), QStringLiteral("refreshImages"),
                              tr("List the engine's images again"), QKeySequence::Refresh,
                              [this] { reload(); });

    setModel(m_model, ImageListModel::Tags);
    view()->setAccessibleName(tr("Images"));
    view()->setToolTip(tr("Images on this engine; select rows to remove them"));
    setEmptyTexts(tr("No engine selected. Choose an engine to see its images."),
                  tr("No images yet. Pull one above, for example "
                     "127.0.0.1:5000/sloop/busybox:latest"));
    connect(view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ImagesPage::updateActions);
    updateActions();
}

void ImagesPage::clientChanged()
{
    m_pullBar->setClient(client());
    m_model->setItems({});
    updateActions();
}

void ImagesPage::reload()
{
    if (!client())
        return;
    loadInto(client()->listImages(), m_model, tr("Could not list images"),
             [this] { updateActions(); });
}

void ImagesPage::removeSelected()
{
    QStringList ids;
    QStringList names;
    for (int row : selectedSourceRows()) {
        const engine::ImageSummary &image = m_model->item(row);
        ids.append(image.id);
        names.append(tr("%1 (%2)").arg(ImageListModel::tagsText(image),
                                       image.id.mid(image.id.indexOf(QLatin1Char(':')) + 1, 12)));
    }
    if (ids.isEmpty() || !client())
        return;
    clearMessage();
    const QPointer<ImagesPage> self(this);
    const bool yes =
        confirm({tr("Remove images"),
                 ids.size() == 1
                     ? tr("Remove this image from %1?").arg(client()->name())
                     : tr("Remove these %1 images from %2?").arg(ids.size()).arg(client()->name()),
                 names.join(QLatin1Char('\n')), tr("Remove")});
    if (self && yes)
        removeImages(ids, names, false);
}

void ImagesPage::removeImages(const QStringList &ids, const QStringList &names, bool force)
{
    QList<QFuture<VoidResult>> calls;
    for (const QString &id : ids)
        calls.append(client()->removeImage(id, force));
    // Answers that arrive after an engine switch concern the old engine only.
    const QPointer<engine::DockerClient> engineAtStart = client();
    whenAllDone(calls, [this, ids, names, force, engineAtStart](const QList<VoidResult> &results) {
        if (!engineAtStart || engineAtStart != client())
            return;
        QStringList errors, inUseIds, inUseNames, inUseReasons;
        for (int i = 0; i < results.size(); ++i) {
            if (results[i])
                continue;
            if (!force && forceWouldHelp(results[i].error())) {
                inUseIds.append(ids[i]);
                inUseNames.append(names[i]);
                inUseReasons.append(results[i].error());
            } else {
                errors.append(tr("%1: %2").arg(names[i], results[i].error()));
            }
        }
        if (!errors.isEmpty())
            showError(tr("Could not remove:\n%1").arg(errors.join(QLatin1Char('\n'))));
        reload();
        if (inUseIds.isEmpty())
            return;
        const QPointer<ImagesPage> self(this);
        const bool yes = confirm(
            {tr("Images in use"),
             tr("The engine will not remove these images without force. Containers that use "
                "them keep running but lose their image's name. Remove by force?"),
             inUseReasons.join(QLatin1Char('\n')), tr("Remove by force")});
        if (self && yes && client())
            removeImages(inUseIds, inUseNames, true);
    });
}

void ImagesPage::pruneUnused()
{
    if (!client())
        return;
    clearMessage();
    const QPointer<ImagesPage> self(this);
    const bool yes = confirm({tr("Prune unused images"),
                              tr("Remove every dangling image on %1?").arg(client()->name()),
                              tr("Dangling images have no tag and no container uses them. "
                                 "Tagged images stay."),
                              tr("Prune")});
    if (!self || !yes || !client())
        return;
    m_prune->setEnabled(false);
    client()->pruneImages().then(this, [this](const Result<qint64> &reclaimed) {
        m_prune->setEnabled(client() != nullptr);
        if (!reclaimed)
            showProblem(reclaimed.problem(), tr("Could not prune images"));
        else
            showInfo(
                tr("Pruned unused images; %1 reclaimed.")
                    .arg(QLocale().formattedDataSize(*reclaimed, 1, QLocale::DataSizeSIFormat)));
        reload();
    });
}

void ImagesPage::updateActions()
{
    const bool engine = client() != nullptr;
    m_remove->setEnabled(engine && !selectedSourceRows().isEmpty());
    m_prune->setEnabled(engine);
    m_refresh->setEnabled(engine);
}

} // namespace sloop::widgets
