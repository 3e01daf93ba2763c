// The Swarm page's Stacks tab: Compose files deployed as services.
#include "swarmpage.h"

#include "common/listpage.h"
#include "common/noticebanner.h"
#include "engine/dockerclient.h"
#include "swarm/composefile.h"
#include "swarm/stacks.h"
#include "util/futures.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sloop::widgets {

using namespace swarm;

QWidget *SwarmPage::buildStacksTab()
{
    auto *deploy = namedButton(tr("&Deploy a Compose file…"), QStringLiteral("deployStack"),
                               tr("Deploy a Compose file as a stack"));
    auto *remove = namedButton(tr("Remove stack"), QStringLiteral("removeStack"),
                               tr("Remove the selected stack"));
    connect(deploy, &QPushButton::clicked, this, &SwarmPage::askDeployStack);
    connect(remove, &QPushButton::clicked, this, &SwarmPage::removeSelectedStack);
    m_stacks = listTable({tr("Stack"), tr("Services"), tr("Tasks running")},
                         QStringLiteral("stackTable"), tr("Stacks"));
    auto *note = new QLabel(tr("A stack is a Compose file (version 3) run as services, as "
                               "docker stack deploy does. Deploying again updates its services; "
                               "keys Swarm does not use are named with their line."));
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(deploy);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(buttons);
    layout->addWidget(note);
    layout->addWidget(m_stacks, 1);
    return tab;
}

void SwarmPage::askDeployStack()
{
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Deploy a Compose file"), QString(),
                                     tr("Compose files (*.yml *.yaml);;All files (*)"));
    if (file.isEmpty())
        return;
    bool ok = false;
    QString name = QFileInfo(file).completeBaseName().toLower();
    name.replace(QRegularExpression(QStringLiteral("[^a-z0-9_-]")), QStringLiteral("-"));
    name =
        QInputDialog::getText(this, tr("Stack name"), tr("Its services are named STACK_SERVICE:"),
                              QLineEdit::Normal, name, &ok);
    if (ok)
        deployStack(name.trimmed(), file);
}

void SwarmPage::deployStack(const QString &name, const QString &composeFile)
{
    QFile in(composeFile);
    if (!in.open(QIODevice::ReadOnly)) {
        m_problem->showError(tr("Cannot read %1: %2").arg(composeFile, in.errorString()));
        return;
    }
    const ComposeParse parsed = parseCompose(in.read(4 * 1024 * 1024), name);
    if (!parsed.ok()) {
        m_problem->showProblem(
            Error{ErrorKind::InvalidInput, blueprints::formatProblems(parsed.errors)},
            tr("Nothing deployed from %1").arg(QFileInfo(composeFile).fileName()));
        return;
    }
    if (!m_client)
        return;
    const QString warnings = blueprints::formatProblems(parsed.warnings);
    swarm::ComposeStack stack = parsed.stack;
    stack.baseDir = QFileInfo(composeFile).absolutePath();
    whenFinished(swarm::deployStack(m_client, stack), this,
                 [this, name, warnings](const Result<StackDeployment> &done) {
                     if (!done)
                         m_problem->showProblem(done.problem(), tr("Deploy %1").arg(name));
                     else if (!warnings.isEmpty())
                         m_problem->showMessage(NoticeBanner::Kind::Warning,
                                                tr("Left out of stack %1:\n%2").arg(name, warnings),
                                                tr("Deployed"));
                     else
                         m_problem->showInfo(tr("Deployed stack %1: %2 services made, %3 updated.")
                                                 .arg(name)
                                                 .arg(done->created.size())
                                                 .arg(done->updated.size()));
                     refresh();
                 });
}

void SwarmPage::removeSelectedStack()
{
    const int row = m_stacks->currentRow();
    if (row < 0 || !m_client)
        return;
    const QString name = m_stacks->item(row, 0)->text();
    Confirmation question;
    question.title = tr("Remove stack %1?").arg(name);
    question.text = tr("Its services stop on every node and its networks go. Volumes stay.");
    question.acceptLabel = tr("Remove");
    if (!promptWith(m_prompter).confirm(this, question))
        return;
    act(removeStack(m_client, name), tr("Remove stack %1").arg(name));
}

void SwarmPage::showStacks(const QList<StackSummary> &stacks)
{
    // Every two seconds: items are kept and only changed text is set, so the
    // selection stays and nothing is rebuilt.
    m_stacks->setRowCount(int(stacks.size()));
    for (int r = 0; r < stacks.size(); ++r) {
        const StackSummary &st = stacks[r];
        const QStringList cells{st.name, QString::number(st.services),
                                tr("%1 of %2").arg(st.running).arg(st.desired)};
        for (int c = 0; c < cells.size(); ++c) {
            QTableWidgetItem *item = m_stacks->item(r, c);
            if (!item)
                m_stacks->setItem(r, c, new QTableWidgetItem(cells[c]));
            else if (item->text() != cells[c])
                item->setText(cells[c]);
        }
    }
}

} // namespace sloop::widgets
