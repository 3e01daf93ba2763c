#include "addscheduledialog.h"

#include "common/tones.h"
#include "schedules/scheduleexpression.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace sloop::widgets {

using schedules::ScheduleExpression;

AddScheduleDialog::AddScheduleDialog(const QString &function, const QStringList &qualifiers,
                                     QWidget *parent)
    : QDialog(parent)
    , m_function(function)
    , m_name(new QLineEdit)
    , m_expression(new QComboBox)
    , m_zone(new QComboBox)
    , m_qualifier(new QComboBox)
    , m_input(new QPlainTextEdit)
    , m_catchUp(new QCheckBox(tr("If Sloop was not running at a fire, invoke once when it runs "
                                 "again")))
    , m_next(new QListWidget)
    , m_problem(new QLabel)
    , m_add(nullptr)
{
    setObjectName(QStringLiteral("addScheduleDialog"));
    setWindowTitle(tr("Add schedule for %1").arg(function));

    m_name->setObjectName(QStringLiteral("scheduleName"));
    m_name->setAccessibleName(tr("Schedule name"));
    m_name->setText(function + QStringLiteral("-schedule"));

    m_expression->setObjectName(QStringLiteral("scheduleExpression"));
    m_expression->setAccessibleName(tr("Schedule expression"));
    m_expression->setEditable(true);
    // Common schedules, with what they mean; the text is the expression.
    const QList<std::pair<QString, QString>> presets = {
        {QStringLiteral("rate(5 minutes)"), tr("every 5 minutes")},
        {QStringLiteral("rate(1 hour)"), tr("every hour")},
        {QStringLiteral("cron(0 2 * * ? *)"), tr("every night at 02:00")},
        {QStringLiteral("cron(0 9 ? * MON-FRI *)"), tr("weekdays at 09:00")},
        {QStringLiteral("cron(0 0 1 * ? *)"), tr("the first of each month at midnight")},
    };
    for (const auto &[expression, meaning] : presets) {
        m_expression->addItem(expression);
        m_expression->setItemData(m_expression->count() - 1, meaning, Qt::ToolTipRole);
    }
    m_expression->setCurrentIndex(2);
    m_expression->setMinimumContentsLength(28);

    m_zone->setObjectName(QStringLiteral("scheduleTimeZone"));
    m_zone->setAccessibleName(tr("Time zone"));
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id));
    // EventBridge's console starts from the browser's zone; this from the
    // machine's, as a person thinks of "02:00".
    const QString local = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    m_zone->setCurrentText(local.isEmpty() ? QStringLiteral("UTC") : local);

    m_qualifier->setObjectName(QStringLiteral("scheduleQualifier"));
    m_qualifier->setAccessibleName(tr("Version or alias to invoke"));
    m_qualifier->addItem(tr("$LATEST (the code as deployed)"), QString());
    for (const QString &q : qualifiers)
        m_qualifier->addItem(q, q);

    m_input->setObjectName(QStringLiteral("scheduleInput"));
    m_input->setAccessibleName(tr("Input for the function"));
    m_input->setPlaceholderText(
        tr("Empty: the function gets EventBridge's Scheduled Event. Or JSON of your own."));
    m_input->setTabChangesFocus(true);
    m_input->setFixedHeight(m_input->fontMetrics().lineSpacing() * 4 + 12);

    m_catchUp->setObjectName(QStringLiteral("scheduleCatchUp"));
    m_catchUp->setToolTip(tr("Missed fires are always listed under the schedule's runs."));

    m_next->setObjectName(QStringLiteral("scheduleNextFires"));
    m_next->setAccessibleName(tr("The next ten fires"));
    m_next->setSelectionMode(QAbstractItemView::NoSelection);
    m_next->setFocusPolicy(Qt::NoFocus);
    m_next->setMinimumHeight(m_next->fontMetrics().lineSpacing() * 10 + 8);

    m_problem->setObjectName(QStringLiteral("scheduleProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(models::toneStyleSheet(models::Tone::Error, palette()));
    m_problem->hide();

    auto *help = new QLabel(tr("rate(5 minutes), cron(minutes hours day-of-month month "
                               "day-of-week year) with ? in one day field, or "
                               "at(2026-12-24T18:00:00) for once."));
    help->setWordWrap(true);
    help->setStyleSheet(models::toneStyleSheet(models::Tone::Muted, palette()));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Schedule:"), m_expression);
    form->addRow(QString(), help);
    form->addRow(tr("&Time zone:"), m_zone);
    if (!qualifiers.isEmpty())
        form->addRow(tr("&Version:"), m_qualifier);
    form->addRow(tr("&Input:"), m_input);
    form->addRow(QString(), m_catchUp);
    form->addRow(tr("Next fires:"), m_next);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_add = buttons->addButton(tr("&Add schedule"), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(QStringLiteral("addScheduleButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_name, &QLineEdit::textChanged, this, &AddScheduleDialog::update);
    connect(m_expression, &QComboBox::currentTextChanged, this, &AddScheduleDialog::update);
    connect(m_zone, &QComboBox::currentTextChanged, this, &AddScheduleDialog::update);
    connect(m_input, &QPlainTextEdit::textChanged, this, &AddScheduleDialog::update);
    update();
}

schedules::Schedule AddScheduleDialog::schedule() const
{
    schedules::Schedule s;
    s.name = m_name->text().trimmed();
    s.expression = m_expression->currentText().trimmed();
    s.timeZone = m_zone->currentText().trimmed();
    s.function = m_function;
    s.input = m_input->toPlainText().trimmed();
    s.qualifier = m_qualifier->currentData().toString();
    s.catchUp = m_catchUp->isChecked();
    return s;
}

void AddScheduleDialog::update()
{
    const schedules::Schedule s = schedule();
    const VoidResult valid = schedules::validate(s);
    m_next->clear();
    m_problem->setVisible(!valid);
    m_problem->setText(valid ? QString() : valid.error());
    m_add->setEnabled(valid.ok());
    if (!valid)
        return;
    const auto expression = ScheduleExpression::parse(s.expression);
    const auto zone = ScheduleExpression::zone(s.timeZone);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<QDateTime> fires = expression->nextFires(now, *zone, now, 10);
    const QLocale locale;
    for (const QDateTime &at : fires) {
        const QDateTime local = at.toTimeZone(*zone);
        // The day, the time in the schedule's zone, and UTC beside it
        // (unless that zone is UTC).
        const QString zoneName = zone->abbreviation(local);
        const QString day = locale.toString(local.date(), QStringLiteral("ddd d MMM yyyy"));
        const QString time = local.toString(QStringLiteral("HH:mm"));
        m_next->addItem(zoneName == QLatin1String("UTC")
                            ? tr("%1  %2 UTC").arg(day, time)
                            : tr("%1  %2 %3  (%4 UTC)")
                                  .arg(day, time, zoneName, at.toString(QStringLiteral("HH:mm"))));
    }
    if (fires.isEmpty())
        m_next->addItem(tr("It never fires: the time has passed."));
}

} // namespace sloop::widgets
