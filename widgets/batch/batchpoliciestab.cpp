// BatchPage's Scheduling policies tab: AWS Batch's fair-share policies,
// which a job queue names when it is made, with their share weights.
#include "batchpage.h"

#include "batchdialogs.h"
#include "batchtables.h"

#include "batch/batchrepository.h"
#include "common/noticebanner.h"
#include "common/prompter.h"

#include <QTabWidget>

namespace sloop::widgets {

using namespace batch;
using namespace batchtables;

QWidget *BatchPage::buildPoliciesTab()
{
    m_policies = makeTable(QStringLiteral("policyList"), tr("Scheduling policies"),
                           {tr("Policy"), tr("Shares and weights"), tr("Share decay"),
                            tr("Compute reservation"), tr("Queues")},
                           1);
    m_policies->setToolTip(tr("A lower weight gets more: 0.25 gets four times the vCPUs of 1."));
    auto *create = button(tr("Create &policy…"), QStringLiteral("createPolicy"));
    auto *edit = button(tr("&Edit…"), QStringLiteral("editPolicy"));
    auto *remove = button(tr("Delete"), QStringLiteral("deletePolicy"));
    connect(create, &QPushButton::clicked, this, &BatchPage::createPolicy);
    connect(edit, &QPushButton::clicked, this, &BatchPage::editPolicy);
    connect(m_policies, &QTableWidget::cellDoubleClicked, this, &BatchPage::editPolicy);
    connect(remove, &QPushButton::clicked, this, [this] {
        actOnSelected(
            m_policies, tr("The policy cannot be deleted"),
            [this](const QString &name) { return m_repo->removePolicy(name); },
            [](const QString &name) {
                Confirmation question;
                question.title = tr("Delete scheduling policy?");
                question.text = tr("Delete the scheduling policy %1?").arg(name);
                question.acceptLabel = tr("Delete");
                return question;
            });
    });
    return listTab(m_policies, {create, edit, remove});
}

void BatchPage::showPolicies()
{
    const auto policies = m_repo->policies();
    const auto queues = m_repo->queues();
    if (!policies || !queues)
        return;
    QList<QStringList> rows;
    for (const SchedulingPolicy &p : *policies) {
        QStringList shares;
        for (const ShareWeight &s : p.shares)
            shares << tr("%1: %2").arg(s.identifier, QLocale().toString(s.weight));
        QStringList users;
        for (const JobQueue &q : *queues)
            if (q.schedulingPolicy.compare(p.name, Qt::CaseInsensitive) == 0)
                users << q.name;
        rows << QStringList{
            p.name,
            shares.isEmpty() ? tr("every share weighs 1") : shares.join(QStringLiteral(", ")),
            p.shareDecaySeconds > 0 ? tr("%1 s").arg(QLocale().toString(p.shareDecaySeconds))
                                    : tr("only what runs now"),
            QLocale().toString(p.computeReservation) + QLatin1Char('%'),
            users.isEmpty() ? tr("none") : users.join(QStringLiteral(", "))};
    }
    fill(m_policies, rows);
}

void BatchPage::createPolicy()
{
    const auto made = askPolicy(this);
    if (!made)
        return;
    if (const auto added = m_repo->addPolicy(*made); !added) {
        m_problem->showProblem(added.problem(), tr("The policy was not created"));
        return;
    }
    m_problem->showInfo(tr("Created the scheduling policy %1. Create a job queue that uses it, "
                           "and give its jobs a share identifier.")
                            .arg(made->name));
    refresh();
}

void BatchPage::editPolicy()
{
    const QString name = currentName(m_policies);
    if (name.isEmpty())
        return;
    const auto found = m_repo->findPolicy(name);
    if (!found || !*found)
        return;
    const auto changed = askPolicy(this, **found);
    if (!changed)
        return;
    if (const VoidResult ok = m_repo->updatePolicy(*changed); !ok) {
        m_problem->showProblem(ok.problem(), tr("The policy was not changed"));
        return;
    }
    toldOwner();
}

} // namespace sloop::widgets
