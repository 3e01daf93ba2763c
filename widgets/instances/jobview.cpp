#include "jobview.h"
#include "common/tones.h"

#include "instances/instanceoperation.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sloop {

namespace {

using State = instances::InstanceOperation::StepState;

// Small round state marks, drawn so they read on light and dark palettes.
QIcon stateIcon(State state)
{
    static QHash<int, QIcon> cache;
    if (const auto it = cache.constFind(int(state)); it != cache.constEnd())
        return *it;
    QIcon icon;
    for (const int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const qreal s = size;
        const QRectF circle(s * 0.08, s * 0.08, s * 0.84, s * 0.84);
        QPen mark(Qt::white, s * 0.12, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        switch (state) {
        case State::Waiting:
            p.setPen(QPen(models::toneColor(models::Tone::Muted), s * 0.09));
            p.drawEllipse(circle.adjusted(s * 0.04, s * 0.04, -s * 0.04, -s * 0.04));
            break;
        case State::Running:
            p.setPen(Qt::NoPen);
            p.setBrush(models::toneColor(models::Tone::Info));
            p.drawEllipse(circle);
            p.setBrush(Qt::white);
            p.drawPie(circle.adjusted(s * 0.22, s * 0.22, -s * 0.22, -s * 0.22), 90 * 16,
                      -270 * 16);
            break;
        case State::Succeeded: {
            p.setPen(Qt::NoPen);
            p.setBrush(models::toneColor(models::Tone::Ok));
            p.drawEllipse(circle);
            p.setPen(mark);
            QPainterPath tick;
            tick.moveTo(s * 0.28, s * 0.52);
            tick.lineTo(s * 0.44, s * 0.67);
            tick.lineTo(s * 0.72, s * 0.36);
            p.setBrush(Qt::NoBrush);
            p.drawPath(tick);
            break;
        }
        case State::Failed:
            p.setPen(Qt::NoPen);
            p.setBrush(models::toneColor(models::Tone::Error));
            p.drawEllipse(circle);
            p.setPen(mark);
            p.drawLine(QPointF(s * 0.34, s * 0.34), QPointF(s * 0.66, s * 0.66));
            p.drawLine(QPointF(s * 0.66, s * 0.34), QPointF(s * 0.34, s * 0.66));
            break;
        case State::Skipped:
            p.setPen(Qt::NoPen);
            p.setBrush(models::toneColor(models::Tone::Muted));
            p.drawEllipse(circle);
            p.setPen(mark);
            p.drawLine(QPointF(s * 0.32, s * 0.5), QPointF(s * 0.68, s * 0.5));
            break;
        }
        p.end();
        icon.addPixmap(pixmap);
    }
    cache.insert(int(state), icon);
    return icon;
}

QString stateName(State state)
{
    switch (state) {
    case State::Waiting:
        return JobView::tr("waiting");
    case State::Running:
        return JobView::tr("running");
    case State::Succeeded:
        return JobView::tr("done");
    case State::Failed:
        return JobView::tr("failed");
    case State::Skipped:
        return JobView::tr("skipped");
    }
    return {};
}

QString duration(qint64 ms)
{
    const qint64 s = ms / 1000;
    if (ms < 10000) // quick steps are most of them: a tenth tells them apart
        return JobView::tr("%1 s").arg(QLocale().toString(ms / 1000.0, 'f', 1));
    if (s < 60)
        return JobView::tr("%1 s").arg(s);
    return JobView::tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

JobView::JobView(QWidget *parent)
    : QWidget(parent)
    , m_status(new QLabel(this))
    , m_steps(new QTreeWidget(this))
    , m_logTitle(new QLabel(this))
    , m_follow(new QCheckBox(tr("&Follow the running step"), this))
    , m_log(new QPlainTextEdit(this))
{
    m_status->setObjectName(QStringLiteral("jobStatus"));
    m_status->setAccessibleName(tr("Job status"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont statusFont = m_status->font();
    statusFont.setBold(true);
    m_status->setFont(statusFont);

    m_steps->setObjectName(QStringLiteral("jobSteps"));
    m_steps->setAccessibleName(tr("Steps"));
    m_steps->setColumnCount(2);
    m_steps->setHeaderLabels({tr("Step"), tr("Time")});
    m_steps->setRootIsDecorated(false);
    m_steps->setUniformRowHeights(true);
    m_steps->setIconSize(QSize(16, 16));
    m_steps->header()->setStretchLastSection(false);
    m_steps->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_steps->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    m_logTitle->setObjectName(QStringLiteral("jobLogTitle"));
    m_logTitle->setTextFormat(Qt::PlainText);
    m_follow->setObjectName(QStringLiteral("jobFollow"));
    m_follow->setAccessibleName(tr("Follow the running step"));
    m_follow->setChecked(true);
    m_log->setObjectName(QStringLiteral("jobLog"));
    m_log->setAccessibleName(tr("Step log"));
    m_log->setReadOnly(true);
    m_log->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_log->setMaximumBlockCount(50000);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setPlaceholderText(tr("Nothing logged yet."));

    auto *logPane = new QWidget(this);
    auto *logHead = new QHBoxLayout;
    logHead->addWidget(m_logTitle, 1);
    logHead->addWidget(m_follow);
    auto *logLayout = new QVBoxLayout(logPane);
    logLayout->setContentsMargins(0, 0, 0, 0);
    logLayout->addLayout(logHead);
    logLayout->addWidget(m_log, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_steps);
    split->addWidget(logPane);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);

    connect(m_steps, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        const int index = item ? m_steps->indexOfTopLevelItem(item) : -1;
        // A step picked by hand stops the following, unless it is the running one.
        if (!m_selecting && m_job && index >= 0)
            m_follow->setChecked(m_job->steps().value(index).state == State::Running);
        showStep(index);
    });
    connect(m_follow, &QCheckBox::toggled, this, [this](bool on) {
        if (!on || !m_job)
            return;
        for (int i = 0; i < m_job->steps().size(); ++i)
            if (m_job->steps().at(i).state == State::Running)
                updateStep(i);
    });
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &JobView::tick);
    updateStatus();
}

void JobView::setJob(instances::InstanceOperation *job)
{
    if (m_job)
        m_job->disconnect(this);
    m_job = job;
    m_steps->clear();
    m_started.clear();
    m_tookMs.clear();
    m_jobMs = -1;
    m_shown = -1;
    m_log->clear();
    m_logTitle->clear();
    m_follow->setChecked(true);
    m_jobClock.start();
    m_instance = job ? job->instanceName() : QString();
    m_action = job ? job->action() : QString();
    m_running = job && job->isRunning();
    m_failed = job && !job->isRunning() && !job->succeeded();
    if (job) {
        connect(job, &instances::InstanceOperation::stepAdded, this, &JobView::addStep);
        connect(job, &instances::InstanceOperation::stepChanged, this, &JobView::updateStep);
        connect(job, &instances::InstanceOperation::logAppended, this, &JobView::appendLog);
        connect(job, &instances::InstanceOperation::finished, this, [this](bool ok) {
            m_running = false;
            m_failed = !ok;
            m_jobMs = m_jobClock.elapsed();
            m_ticker.stop();
            tick();
            // A failure shows the step that failed and its log.
            if (m_job && m_job->failedStep() >= 0) {
                m_follow->setChecked(false);
                m_steps->setCurrentItem(m_steps->topLevelItem(m_job->failedStep()));
            }
            updateStatus();
        });
        for (int i = 0; i < job->steps().size(); ++i)
            addStep(i);
        if (job->isRunning())
            m_ticker.start();
        else if (job->failedStep() >= 0)
            m_steps->setCurrentItem(m_steps->topLevelItem(job->failedStep()));
    }
    if (!m_steps->currentItem())
        showStep(-1);
    updateStatus();
}

void JobView::addStep(int index)
{
    while (m_steps->topLevelItemCount() <= index) {
        auto *item = new QTreeWidgetItem(m_steps);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    updateStep(index);
}

void JobView::updateStep(int index)
{
    if (!m_job || index < 0 || index >= m_job->steps().size())
        return;
    QTreeWidgetItem *item = m_steps->topLevelItem(index);
    if (!item)
        return addStep(index);
    const instances::InstanceOperation::Step &step = m_job->steps().at(index);
    if (step.state == State::Running && !m_started.contains(index))
        m_started[index].start();
    if ((step.state == State::Succeeded || step.state == State::Failed) &&
        m_started.contains(index) && !m_tookMs.contains(index))
        m_tookMs.insert(index, m_started[index].elapsed());
    item->setIcon(0, stateIcon(step.state));
    item->setText(0, step.title);
    item->setData(0, Qt::AccessibleTextRole, tr("%1, %2").arg(step.title, stateName(step.state)));
    QFont font = m_steps->font();
    font.setBold(step.state == State::Running);
    item->setFont(0, font);
    item->setText(1, m_tookMs.contains(index) ? duration(m_tookMs.value(index))
                     : step.state == State::Running && m_started.contains(index)
                         ? duration(m_started[index].elapsed())
                         : QString());
    if (step.state == State::Running && m_follow->isChecked() && m_steps->currentItem() != item) {
        m_selecting = true;
        m_steps->setCurrentItem(item);
        m_selecting = false;
    }
    updateStatus();
}

void JobView::showStep(int index)
{
    if (!m_job)
        return; // gone: what is shown stays
    m_shown = index;
    if (index < 0) {
        m_logTitle->setText(tr("Whole log"));
        m_log->setPlainText(m_job->log());
    } else {
        const instances::InstanceOperation::Step step = m_job->steps().value(index);
        m_logTitle->setText(tr("Log of “%1”").arg(step.title));
        m_log->setPlainText(step.log);
    }
    m_log->verticalScrollBar()->setValue(m_log->verticalScrollBar()->maximum());
}

void JobView::appendLog(int index, const QString &text)
{
    if (index != m_shown)
        return;
    QScrollBar *bar = m_log->verticalScrollBar();
    // Reading further up: the text grows without pulling the view down.
    const bool atEnd = bar->value() >= bar->maximum() - 2;
    QTextCursor cursor(m_log->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(text);
    if (atEnd)
        bar->setValue(bar->maximum());
}

void JobView::tick()
{
    if (!m_job)
        return;
    for (int i = 0; i < m_job->steps().size(); ++i)
        if (m_job->steps().at(i).state == State::Running)
            updateStep(i);
    updateStatus();
}

void JobView::updateStatus()
{
    if (!m_job) {
        if (m_instance.isEmpty())
            m_status->setText(tr("No job"));
        return;
    }
    const auto &steps = m_job->steps();
    const qint64 ms = m_jobMs >= 0 ? m_jobMs : m_jobClock.elapsed();
    QString text;
    if (m_job->isRunning()) {
        int done = 0;
        QString running;
        for (const auto &step : steps) {
            if (step.state == State::Succeeded || step.state == State::Skipped)
                ++done;
            if (step.state == State::Running)
                running = step.title;
        }
        text = running.isEmpty() ? tr("%1: starting… (%2)").arg(m_job->instanceName(), duration(ms))
                                 : tr("%1: step %2 of %3, %4 (%5)")
                                       .arg(m_job->instanceName())
                                       .arg(done + 1)
                                       .arg(steps.size())
                                       .arg(running, duration(ms));
    } else if (m_job->succeeded()) {
        text = tr("✓ %1: done in %2").arg(m_job->instanceName(), duration(ms));
    } else {
        const QString step = steps.value(m_job->failedStep()).title;
        text = step.isEmpty()
                   ? tr("✗ %1 failed: %2").arg(m_job->instanceName(), m_job->error())
                   : tr("✗ %1 failed at “%2”: %3").arg(m_job->instanceName(), step, m_job->error());
    }
    m_status->setText(text);
    QPalette p = m_status->palette();
    p.setColor(QPalette::WindowText, !m_job->isRunning() && !m_job->succeeded()
                                         ? models::toneColor(models::Tone::Error)
                                         : palette().color(QPalette::WindowText));
    m_status->setPalette(p);
}

QString JobView::statusText() const
{
    return m_status->text();
}

bool JobView::isFollowing() const
{
    return m_follow->isChecked();
}

} // namespace sloop
