// InstancesPage: what the toolbar and the failure banner ask of the service.
#include "instancespage.h"

#include "common/noticebanner.h"
#include "deleteinstancedialog.h"
#include "hosts/hostterminalpane.h"
#include "instances/instanceoperation.h"
#include "instances/instanceservice.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QRegularExpression>
#include <QWidget>

namespace sloop::widgets {

using instances::InstanceKind;

void InstancesPage::connectToInstance()
{
    showTab(QStringLiteral("connectTab"));
    if (auto *pane = m_connect->findChild<HostTerminalPane *>())
        pane->openShell();
}

void InstancesPage::runAction(
    const QString &verb,
    const std::function<Result<instances::InstanceOperation *>(const QString &)> &call)
{
    const QString name = currentName();
    if (name.isEmpty() || !m_service)
        return;
    const Result<instances::InstanceOperation *> job = call(name);
    if (!job) {
        m_message->showProblem(job.problem(), tr("%1 %2").arg(verb, name));
        return;
    }
    m_message->clear();
    watchJob(*job);
    updateActions();
}

void InstancesPage::watchJob(instances::InstanceOperation *job)
{
    if (!job)
        return;
    connect(job, &instances::InstanceOperation::finished, this,
            [this, job](bool ok, const QString &error) {
                if (!ok)
                    m_message->showError(
                        tr("%1 of %2 failed: %3").arg(job->action(), job->instanceName(), error));
                updateActions();
            });
}

void InstancesPage::startInstance()
{
    runAction(tr("Start"), [this](const QString &n) { return m_service->start(n); });
}

void InstancesPage::stopInstance()
{
    runAction(tr("Stop"), [this](const QString &n) { return m_service->stop(n); });
}

void InstancesPage::rebootInstance()
{
    runAction(tr("Reboot"), [this](const QString &n) { return m_service->reboot(n); });
}

void InstancesPage::retryInstance()
{
    runAction(tr("Retry"), [this](const QString &n) { return m_service->retry(n); });
}

void InstancesPage::deleteInstance()
{
    const auto record = currentInstance();
    if (!record || !m_service)
        return;
    auto *dialog =
        new DeleteInstanceDialog(record->name, record->kind == InstanceKind::Container, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString name = record->name;
    connect(dialog, &QDialog::accepted, this, [this, name] {
        const Result<instances::InstanceOperation *> job = m_service->remove(name);
        if (!job) {
            m_message->showProblem(job.problem(), tr("Delete %1").arg(name));
            return;
        }
        m_message->clear();
        watchJob(*job);
    });
    if (m_deleteHook)
        m_deleteHook(dialog);
    else
        dialog->open();
}

void InstancesPage::editTags()
{
    const auto record = currentInstance();
    if (!record || !m_service)
        return;
    const QString title = tr("Tags of %1").arg(record->name);
    const QString label = tr("Tags, separated by commas or spaces:");
    const QString current = record->tags.join(QStringLiteral(", "));
    std::optional<QString> typed;
    if (m_textHook) {
        typed = m_textHook(title, label, current);
    } else {
        bool ok = false;
        const QString text =
            QInputDialog::getText(this, title, label, QLineEdit::Normal, current, &ok);
        if (ok)
            typed = text;
    }
    if (!typed)
        return;
    const QStringList tags =
        typed->split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
    for (const QString &tag : tags) {
        if (!instances::isValidTag(tag)) {
            m_message->showError(tr("\"%1\" cannot be a tag: use letters, digits and _.:=+@/- "
                                    "(no spaces or quotes), at most 64.")
                                     .arg(tag));
            return;
        }
    }
    const VoidResult set = m_service->setTags(record->name, tags);
    if (!set)
        m_message->showProblem(set.problem());
    else
        m_message->clear();
}

} // namespace sloop::widgets
