#include "jobview.h"

#include "instances/instancejob.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollBar>

namespace sloop {

JobView::JobView(QWidget *parent)
    : QWidget(parent)
    , m_steps(new QListWidget(this))
    , m_log(new QPlainTextEdit(this))
{
    m_steps->setAccessibleName(tr("Steps"));
    m_log->setAccessibleName(tr("Step log"));
    m_log->setReadOnly(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_steps, 2);
    layout->addWidget(m_log, 3);
    connect(m_steps, &QListWidget::currentRowChanged, this, &JobView::showStep);
}

void JobView::setJob(instances::InstanceJob *job)
{
    if (m_job)
        m_job->disconnect(this);
    m_job = job;
    rebuild();
    if (!job)
        return;
    connect(job, &instances::InstanceJob::stepAdded, this, &JobView::rebuild);
    connect(job, &instances::InstanceJob::stepChanged, this, [this](int index) {
        rebuild();
        if (m_job && m_job->steps().value(index).state == instances::InstanceJob::Running)
            m_steps->setCurrentRow(index);
    });
    connect(job, &instances::InstanceJob::logAppended, this,
            [this](int index, const QString &text) {
                if (index == m_steps->currentRow()) {
                    m_log->moveCursor(QTextCursor::End);
                    m_log->insertPlainText(text);
                    m_log->verticalScrollBar()->setValue(m_log->verticalScrollBar()->maximum());
                }
            });
}

void JobView::rebuild()
{
    const int current = m_steps->currentRow();
    m_steps->clear();
    if (!m_job)
        return;
    for (const auto &step : m_job->steps()) {
        QString mark;
        switch (step.state) {
        case instances::InstanceJob::Waiting:
            mark = QStringLiteral("○");
            break;
        case instances::InstanceJob::Running:
            mark = QStringLiteral("●");
            break;
        case instances::InstanceJob::Succeeded:
            mark = QStringLiteral("✓");
            break;
        case instances::InstanceJob::Failed:
            mark = QStringLiteral("✗");
            break;
        case instances::InstanceJob::Skipped:
            mark = QStringLiteral("–");
            break;
        }
        m_steps->addItem(mark + QLatin1Char(' ') + step.title);
    }
    m_steps->setCurrentRow(qBound(-1, current, int(m_steps->count()) - 1));
}

void JobView::showStep(int index)
{
    m_log->setPlainText(m_job && index >= 0 ? m_job->steps().value(index).log : QString());
}

} // namespace sloop
