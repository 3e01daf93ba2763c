#include "alarmdialog.h"
#include "common/tones.h"

#include "metrics/metricpoint.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sloop::widgets {

using alarms::AlarmDefinition;
using alarms::Comparison;
using alarms::MissingData;

namespace {

template <typename T> void selectData(QComboBox *box, T value)
{
    const int i = box->findData(QVariant::fromValue(int(value)));
    if (i >= 0)
        box->setCurrentIndex(i);
}

} // namespace

QList<int> AlarmDialog::periodChoices()
{
    return {60, 300, 900, 3600};
}

AlarmDialog::AlarmDialog(std::optional<AlarmDefinition> existing, const QStringList &targets,
                         SaveFunction save, QWidget *parent)
    : QDialog(parent)
    , m_existing(std::move(existing))
    , m_save(std::move(save))
    , m_name(new QLineEdit)
    , m_target(new QComboBox)
    , m_metric(new QComboBox)
    , m_statistic(new QComboBox)
    , m_comparison(new QComboBox)
    , m_threshold(new QLineEdit)
    , m_unit(new QLabel)
    , m_period(new QComboBox)
    , m_evaluationPeriods(new QSpinBox)
    , m_datapoints(new QSpinBox)
    , m_missing(new QComboBox)
    , m_command(new QLineEdit)
    , m_enabled(new QCheckBox(tr("&Enabled")))
    , m_summary(new QLabel)
    , m_error(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("alarmDialog"));
    setWindowTitle(m_existing ? tr("Edit alarm %1").arg(m_existing->name) : tr("Add an alarm"));
    setMinimumWidth(520);

    auto *intro = new QLabel(tr("Watches one metric of one server or container. Each period's "
                                "statistic is compared with the threshold; the alarm goes off "
                                "when enough of the latest periods cross it."));
    intro->setWordWrap(true);

    m_name->setObjectName(QStringLiteral("alarmName"));
    m_name->setAccessibleName(tr("Alarm name"));
    m_name->setPlaceholderText(tr("web1 CPU over 80%"));

    m_target->setObjectName(QStringLiteral("alarmTarget"));
    m_target->setAccessibleName(tr("Target"));
    m_target->setEditable(true);
    m_target->setInsertPolicy(QComboBox::NoInsert);
    for (const QString &key : targets) {
        const auto t = metrics::Target::fromKey(key);
        m_target->addItem(t ? tr("%1 (%2)").arg(t->label(), key) : key, key);
    }
    m_target->setCurrentIndex(-1);
    m_target->lineEdit()->setPlaceholderText(tr("host/NAME or container/ENGINE/NAME"));

    m_metric->setObjectName(QStringLiteral("alarmMetric"));
    m_metric->setAccessibleName(tr("Metric"));
    for (const alarms::AlarmableMetric &m : alarms::alarmableMetrics())
        m_metric->addItem(tr("%1 (%2)").arg(m.label, m.name), m.name);

    m_statistic->setObjectName(QStringLiteral("alarmStatistic"));
    m_statistic->setAccessibleName(tr("Statistic"));
    for (metrics::Statistic s :
         {metrics::Statistic::Average, metrics::Statistic::Maximum, metrics::Statistic::Minimum})
        m_statistic->addItem(alarms::statisticLabel(s), int(s));

    m_comparison->setObjectName(QStringLiteral("alarmComparison"));
    m_comparison->setAccessibleName(tr("Comparison"));
    for (Comparison c : {Comparison::Greater, Comparison::GreaterOrEqual, Comparison::Less,
                         Comparison::LessOrEqual})
        m_comparison->addItem(tr("%1 (%2)").arg(alarms::toString(c), alarms::comparisonLabel(c)),
                              int(c));

    m_threshold->setObjectName(QStringLiteral("alarmThreshold"));
    m_threshold->setAccessibleName(tr("Threshold"));
    m_threshold->setPlaceholderText(QLocale().toString(80.0));
    m_unit->setObjectName(QStringLiteral("alarmUnit"));
    auto *thresholdRow = new QHBoxLayout;
    thresholdRow->setContentsMargins(0, 0, 0, 0);
    thresholdRow->addWidget(m_threshold, 1);
    thresholdRow->addWidget(m_unit);

    m_period->setObjectName(QStringLiteral("alarmPeriod"));
    m_period->setAccessibleName(tr("Period"));
    for (int seconds : periodChoices())
        m_period->addItem(alarms::formatPeriod(seconds), seconds);
    m_period->setCurrentIndex(1);

    m_evaluationPeriods->setObjectName(QStringLiteral("alarmEvaluationPeriods"));
    m_evaluationPeriods->setAccessibleName(tr("Evaluation periods"));
    m_evaluationPeriods->setRange(1, alarms::kMaxEvaluationPeriods);
    m_evaluationPeriods->setValue(3);
    m_datapoints->setObjectName(QStringLiteral("alarmDatapoints"));
    m_datapoints->setAccessibleName(tr("Datapoints to alarm"));
    // Not capped at the evaluation periods: the check says why a value is wrong.
    m_datapoints->setRange(1, alarms::kMaxEvaluationPeriods);
    m_datapoints->setValue(3);

    m_missing->setObjectName(QStringLiteral("alarmMissingData"));
    m_missing->setAccessibleName(tr("Missing data treatment"));
    for (MissingData m : {MissingData::Missing, MissingData::Ignore, MissingData::Breaching,
                          MissingData::NotBreaching})
        m_missing->addItem(alarms::missingDataLabel(m), int(m));

    m_command->setObjectName(QStringLiteral("alarmCommand"));
    m_command->setAccessibleName(tr("Command on state change"));
    m_command->setPlaceholderText(tr("optional: notify-send \"$SLOOP_ALARM_NAME\" "
                                     "\"$SLOOP_ALARM_STATE\""));
    m_command->setToolTip(
        tr("Run with /bin/sh -c on every state change, for at most 30 seconds. It finds the "
           "alarm in SLOOP_ALARM_NAME, SLOOP_ALARM_STATE, SLOOP_ALARM_PREVIOUS_STATE, "
           "SLOOP_ALARM_REASON, SLOOP_ALARM_TARGET, SLOOP_ALARM_METRIC, SLOOP_ALARM_THRESHOLD "
           "and SLOOP_ALARM_VALUE."));
    m_enabled->setObjectName(QStringLiteral("alarmEnabled"));
    m_enabled->setChecked(true);

    auto *outOf = new QHBoxLayout;
    outOf->setContentsMargins(0, 0, 0, 0);
    outOf->addWidget(m_datapoints);
    outOf->addWidget(new QLabel(tr("out of")));
    outOf->addWidget(m_evaluationPeriods);
    outOf->addWidget(new QLabel(tr("periods")), 1);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Target:"), m_target);
    form->addRow(tr("&Metric:"), m_metric);
    form->addRow(tr("&Statistic:"), m_statistic);
    form->addRow(tr("&Comparison:"), m_comparison);
    form->addRow(tr("T&hreshold:"), thresholdRow);
    form->addRow(tr("&Period:"), m_period);
    form->addRow(tr("&Datapoints to alarm:"), outOf);
    form->addRow(tr("Missing &data:"), m_missing);
    form->addRow(tr("C&ommand:"), m_command);
    form->addRow(QString(), m_enabled);

    m_summary->setObjectName(QStringLiteral("alarmSummary"));
    m_summary->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("alarmDialogError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(models::toneStyleSheet(models::Tone::Error, QGuiApplication::palette()));
    m_error->setAccessibleName(tr("Problem with the alarm"));

    m_buttons->button(QDialogButtonBox::Ok)->setText(m_existing ? tr("Save") : tr("Add alarm"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AlarmDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AlarmDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : {m_name, m_threshold, m_command})
        connect(edit, &QLineEdit::textChanged, this, &AlarmDialog::revalidate);
    connect(m_target, &QComboBox::editTextChanged, this, &AlarmDialog::revalidate);
    for (QComboBox *box : {m_metric, m_statistic, m_comparison, m_period, m_missing})
        connect(box, &QComboBox::currentIndexChanged, this, &AlarmDialog::revalidate);
    for (QSpinBox *spin : {m_evaluationPeriods, m_datapoints})
        connect(spin, &QSpinBox::valueChanged, this, &AlarmDialog::revalidate);
    connect(m_enabled, &QCheckBox::toggled, this, &AlarmDialog::revalidate);

    if (m_existing)
        setFields(*m_existing);
    revalidate();
}

void AlarmDialog::setFields(const AlarmDefinition &a)
{
    m_name->setText(a.name);
    m_target->setEditText(a.target);
    const int metric = m_metric->findData(a.metric);
    if (metric >= 0) {
        m_metric->setCurrentIndex(metric);
    } else {
        // A per-device metric ("disk_used_pct:/var") made on the command line.
        m_metric->addItem(alarms::metricLabel(a.metric), a.metric);
        m_metric->setCurrentIndex(m_metric->count() - 1);
    }
    selectData(m_statistic, a.statistic);
    selectData(m_comparison, a.comparison);
    m_threshold->setText(QLocale().toString(a.threshold, 'g', 10));
    int period = m_period->findData(a.periodSeconds);
    if (period < 0) {
        m_period->addItem(alarms::formatPeriod(a.periodSeconds), a.periodSeconds);
        period = m_period->count() - 1;
    }
    m_period->setCurrentIndex(period);
    m_evaluationPeriods->setValue(a.evaluationPeriods);
    m_datapoints->setValue(a.datapointsToAlarm);
    selectData(m_missing, a.missingData);
    m_command->setText(a.command);
    m_enabled->setChecked(a.enabled);
}

std::optional<double> AlarmDialog::threshold() const
{
    const QString text = m_threshold->text().trimmed();
    bool ok = false;
    double v = QLocale().toDouble(text, &ok);
    if (!ok)
        v = QLocale::c().toDouble(text, &ok);
    if (!ok)
        return std::nullopt;
    return v;
}

AlarmDefinition AlarmDialog::alarm() const
{
    AlarmDefinition a;
    if (m_existing)
        a = *m_existing;
    a.name = m_name->text().trimmed();
    // The combo shows keys; a typed text is taken as typed.
    const int index = m_target->findText(m_target->currentText());
    a.target =
        index >= 0 ? m_target->itemData(index).toString() : m_target->currentText().trimmed();
    a.metric = m_metric->currentData().toString();
    a.statistic = metrics::Statistic(m_statistic->currentData().toInt());
    a.comparison = Comparison(m_comparison->currentData().toInt());
    a.threshold = threshold().value_or(std::numeric_limits<double>::quiet_NaN());
    a.periodSeconds = m_period->currentData().toInt();
    a.evaluationPeriods = m_evaluationPeriods->value();
    a.datapointsToAlarm = m_datapoints->value();
    a.missingData = MissingData(m_missing->currentData().toInt());
    a.command = m_command->text().trimmed();
    a.enabled = m_enabled->isChecked();
    return a;
}

QString AlarmDialog::errorText() const
{
    return m_error->text();
}

bool AlarmDialog::canAccept() const
{
    return m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

void AlarmDialog::revalidate()
{
    const AlarmDefinition a = alarm();
    const auto metric = alarms::alarmableMetric(a.metric);
    m_unit->setText(metric ? metric->unit : QString());
    // A fresh dialog opens clean: no complaint until something was typed.
    const bool untouched = m_name->text().isEmpty() && m_target->currentText().isEmpty() &&
                           m_threshold->text().isEmpty();
    VoidResult valid = alarms::validate(a);
    if (valid && !threshold())
        valid = VoidResult::failure(tr("The threshold must be a number."));
    m_error->setText(untouched || valid ? QString() : valid.error());
    m_summary->setText(valid ? tr("Goes to ALARM when the %1").arg(alarms::describeCondition(a))
                             : QString());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!untouched && bool(valid));
}

void AlarmDialog::accept()
{
    const AlarmDefinition a = alarm();
    VoidResult valid = alarms::validate(a);
    if (valid && !threshold())
        valid = VoidResult::failure(tr("The threshold must be a number."));
    if (!valid) {
        m_error->setText(valid.error());
        return;
    }
    const Result<AlarmDefinition> stored = m_save(a);
    if (!stored) {
        m_error->setText(stored.error());
        return;
    }
    m_saved = *stored;
    QDialog::accept();
}

} // namespace sloop::widgets
