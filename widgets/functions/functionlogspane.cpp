#include "functionlogspane.h"

#include "common/tones.h"
#include "functions/functionservice.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QVBoxLayout>

namespace sloop::widgets {

FunctionLogsPane::FunctionLogsPane(functions::FunctionService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_filter(new QLineEdit)
    , m_errors(new QCheckBox(tr("&Errors only")))
    , m_live(new QCheckBox(tr("&Live tail")))
    , m_count(new QLabel)
    , m_view(new QPlainTextEdit)
{
    m_filter->setObjectName(QStringLiteral("logFilter"));
    m_filter->setAccessibleName(tr("Filter the logs"));
    m_filter->setPlaceholderText(tr("Filter: words, \"a phrase\", -exclude, ?any"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("CloudWatch Logs' filter patterns: an invocation is shown when one "
                            "of its lines has every word (case matters), none of the -words, "
                            "and one of the ?words."));
    m_errors->setObjectName(QStringLiteral("logErrorsOnly"));
    m_errors->setAccessibleName(tr("Show failed invocations only"));
    m_live->setObjectName(QStringLiteral("logLiveTail"));
    m_live->setAccessibleName(tr("Add invocations as they happen"));
    m_live->setToolTip(tr("Adds each invocation as it is stored, whether the window, the CLI, a "
                          "schedule or AWS's SDK invoked it."));
    m_count->setObjectName(QStringLiteral("logCount"));
    m_count->setStyleSheet(models::toneStyleSheet(models::Tone::Muted, palette()));

    m_view->setObjectName(QStringLiteral("functionLogs"));
    m_view->setAccessibleName(tr("The function's latest invocations"));
    m_view->setReadOnly(true);
    m_view->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setTabStopDistance(m_view->fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 3);
    // A tail that runs for a day keeps its last lines, not all of them.
    m_view->setMaximumBlockCount(20000);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_errors);
    bar->addWidget(m_live);
    bar->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    m_typing.setSingleShot(true);
    m_typing.setInterval(250);
    connect(m_filter, &QLineEdit::textChanged, this, [this] { m_typing.start(); });
    connect(&m_typing, &QTimer::timeout, this, &FunctionLogsPane::reload);
    connect(m_errors, &QCheckBox::toggled, this, &FunctionLogsPane::reload);
    m_tailTimer.setInterval(1000);
    connect(&m_tailTimer, &QTimer::timeout, this, &FunctionLogsPane::tail);
    connect(m_live, &QCheckBox::toggled, this, [this](bool on) {
        if (on) {
            tail();
            m_tailTimer.start();
        } else {
            m_tailTimer.stop();
        }
    });
}

functions::InvocationLog::Search FunctionLogsPane::search() const
{
    functions::InvocationLog::Search s;
    s.filter = functions::LogFilter(m_filter->text());
    s.errorsOnly = m_errors->isChecked();
    s.limit = kShown;
    return s;
}

void FunctionLogsPane::setFunction(const QString &name)
{
    if (name == m_function)
        return refresh();
    m_function = name;
    reload();
}

void FunctionLogsPane::refresh()
{
    if (m_live->isChecked())
        tail();
    else
        reload();
}

void FunctionLogsPane::reload()
{
    m_view->clear();
    m_shown = 0;
    m_lastId = 0;
    const bool filtered = !m_filter->text().trimmed().isEmpty() || m_errors->isChecked();
    m_view->setPlaceholderText(
        filtered ? tr("No invocation matches.")
                 : tr("No invocations yet. Invoke the function on the Test tab, or with "
                      "\"sloop functions invoke NAME\"."));
    m_count->clear();
    if (m_function.isEmpty() || !m_service)
        return;
    functions::InvocationLog::Search everything;
    everything.limit = 1;
    const auto newest = m_service->invocationLog().search(m_function, everything);
    const auto found = m_service->invocationLog().search(m_function, search());
    if (!found || !newest) {
        m_view->setPlainText(
            tr("The logs cannot be read: %1").arg(found ? newest.error() : found.error()));
        return;
    }
    // A tail goes on from the newest stored, shown or filtered out.
    m_lastId = newest->isEmpty() ? 0 : newest->first().id;
    QString text;
    for (auto it = found->crbegin(); it != found->crend(); ++it)
        text += it->log;
    m_view->setPlainText(text);
    m_view->verticalScrollBar()->setValue(m_view->verticalScrollBar()->maximum());
    m_shown = int(found->size());
    m_count->setText(filtered ? tr("%n matching", nullptr, m_shown)
                              : tr("the latest %n", nullptr, m_shown));
}

void FunctionLogsPane::tail()
{
    if (m_function.isEmpty() || !m_service)
        return;
    // Everything up to the newest stored now is looked at, matching or not.
    functions::InvocationLog::Search everything;
    everything.afterId = m_lastId;
    everything.limit = 1;
    const auto newest = m_service->invocationLog().search(m_function, everything);
    if (!newest || newest->isEmpty())
        return;
    functions::InvocationLog::Search after = search();
    after.afterId = m_lastId;
    after.upToId = newest->first().id;
    after.limit = 1000;
    const auto found = m_service->invocationLog().search(m_function, after);
    if (!found)
        return;
    m_lastId = newest->first().id;
    QScrollBar *bar = m_view->verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum() - 4;
    for (auto it = found->crbegin(); it != found->crend(); ++it)
        m_view->appendPlainText(it->log.endsWith(QLatin1Char('\n')) ? it->log.chopped(1) : it->log);
    if (atEnd) // someone reading further up is not pulled down
        bar->setValue(bar->maximum());
    m_shown += int(found->size());
    m_count->setText(tr("%n shown, live", nullptr, m_shown));
}

} // namespace sloop::widgets
