#include "functiontestpane.h"
#include "common/tones.h"

#include "functions/functionservice.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace sloop::widgets {

namespace {

QPlainTextEdit *codeView(const QString &objectName, const QString &accessibleName, bool readOnly)
{
    auto *view = new QPlainTextEdit;
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setReadOnly(readOnly);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    // Lambda's log lines separate their fields with tabs: a short stop keeps
    // "Max Memory Used: 20 MB" and "Init Duration" apart without wide gaps.
    view->setTabStopDistance(view->fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 3);
    return view;
}

QLabel *heading(const QString &text)
{
    auto *label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

// Pretty JSON when it is JSON, else the text as it came.
QString pretty(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isNull())
        return QString::fromUtf8(body);
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
}

} // namespace

FunctionTestPane::FunctionTestPane(functions::FunctionService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_event(codeView(QStringLiteral("testEvent"), tr("Test event"), false))
    , m_invoke(new QPushButton(tr("&Invoke")))
    , m_status(new QLabel)
    , m_result(codeView(QStringLiteral("testResult"), tr("Result"), true))
    , m_log(codeView(QStringLiteral("testLog"), tr("Log"), true))
{
    // REPORT lines are long; read whole, as Lambda's console shows them.
    m_log->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_invoke->setObjectName(QStringLiteral("invokeFunction"));
    m_invoke->setAccessibleName(tr("Invoke the function with the test event"));
    m_status->setObjectName(QStringLiteral("testStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setPlaceholderText(tr("What the function returns appears here."));
    m_log->setPlaceholderText(tr("The invocation's log: START, what the handler printed, END "
                                 "and REPORT."));

    auto *eventBox = new QWidget;
    auto *eventLayout = new QVBoxLayout(eventBox);
    eventLayout->setContentsMargins(0, 0, 0, 0);
    eventLayout->addWidget(heading(tr("Event (JSON)")));
    eventLayout->addWidget(m_event, 1);
    auto *invokeRow = new QHBoxLayout;
    invokeRow->addWidget(m_invoke);
    invokeRow->addStretch();
    eventLayout->addLayout(invokeRow);

    auto *outBox = new QWidget;
    auto *outLayout = new QVBoxLayout(outBox);
    outLayout->setContentsMargins(0, 0, 0, 0);
    outLayout->addWidget(m_status);
    outLayout->addWidget(heading(tr("Result")));
    outLayout->addWidget(m_result, 2);
    outLayout->addWidget(heading(tr("Log")));
    outLayout->addWidget(m_log, 3);

    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(eventBox);
    split->addWidget(outBox);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_invoke, &QPushButton::clicked, this, &FunctionTestPane::invoke);
    connect(m_event, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_function.isEmpty())
            m_events.insert(m_function.toLower(), m_event->toPlainText());
    });
    setFunction({});
}

void FunctionTestPane::setFunction(const QString &name)
{
    if (name.compare(m_function, Qt::CaseInsensitive) == 0 && !name.isEmpty())
        return;
    m_function = name;
    m_invoke->setEnabled(!name.isEmpty());
    m_event->setEnabled(!name.isEmpty());
    const QString event = m_events.value(name.toLower(), QStringLiteral("{}"));
    m_event->blockSignals(true);
    m_event->setPlainText(event);
    m_event->blockSignals(false);
    m_status->setText(name.isEmpty()
                          ? tr("Select a function to test it.")
                          : tr("Edit the event and press Invoke to run %1 once.").arg(name));
    m_status->setStyleSheet({});
    m_result->clear();
    m_log->clear();
}

void FunctionTestPane::setEvent(const QString &name, const QByteArray &event)
{
    m_events.insert(name.toLower(), pretty(event));
    if (name.compare(m_function, Qt::CaseInsensitive) == 0)
        m_event->setPlainText(pretty(event));
}

void FunctionTestPane::invoke()
{
    if (m_function.isEmpty())
        return;
    m_invoke->setEnabled(false);
    m_status->setStyleSheet({});
    m_status->setText(tr("Invoking %1…").arg(m_function));
    const QString name = m_function;
    m_service->invoke(name, m_event->toPlainText().toUtf8())
        .then(this, [this, name](const Result<functions::Invocation> &done) {
            if (name != m_function)
                return; // another function was chosen meanwhile
            m_invoke->setEnabled(true);
            if (!done) {
                m_status->setStyleSheet(models::toneStyleSheet(models::Tone::Error, palette()));
                m_status->setText(tr("Not invoked: %1").arg(done.error()));
                m_result->clear();
                m_log->clear();
                return;
            }
            show(*done);
            Q_EMIT invoked();
        });
}

void FunctionTestPane::show(const functions::Invocation &invocation)
{
    const auto &r = invocation.record;
    const QLocale locale;
    QString figures = tr("%1 ms, billed %2 ms · %3 MB of %4 MB used")
                          .arg(locale.toString(r.durationMs, 'f', 2))
                          .arg(r.billedMs)
                          .arg(r.maxMemoryMiB)
                          .arg(r.memoryMiB);
    if (r.initMs)
        figures += tr(" · cold start, init %1 ms").arg(locale.toString(*r.initMs, 'f', 0));
    if (invocation.result.ok) {
        m_status->setStyleSheet(models::toneStyleSheet(models::Tone::Ok, palette()));
        m_status->setText(tr("Succeeded: %1").arg(figures));
    } else {
        m_status->setStyleSheet(models::toneStyleSheet(models::Tone::Error, palette()));
        m_status->setText(tr("Failed with %1: %2").arg(invocation.result.errorType, figures));
    }
    m_result->setPlainText(pretty(invocation.result.body));
    m_log->setPlainText(r.log);
}

} // namespace sloop::widgets
