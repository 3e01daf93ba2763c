#pragma once

#include "alarms/alarmtypes.h"
#include "util/result.h"

#include <QDialog>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace sloop::widgets {

// Add or edit one alarm: name, target, metric, statistic, comparison,
// threshold (with the metric's unit), period, evaluation periods, datapoints
// to alarm, missing-data treatment and an optional command. Checked as it is
// typed with the rules the store applies; OK stays disabled, with the reason
// shown, until the alarm is valid. A store error (a name taken) shows in the
// dialog, which stays open.
class AlarmDialog : public QDialog
{
    Q_OBJECT
public:
    using SaveFunction =
        std::function<Result<alarms::AlarmDefinition>(const alarms::AlarmDefinition &)>;

    AlarmDialog(std::optional<alarms::AlarmDefinition> existing, const QStringList &targets,
                SaveFunction save, QWidget *parent = nullptr);

    alarms::AlarmDefinition alarm() const;
    const alarms::AlarmDefinition &saved() const { return m_saved; }
    void setFields(const alarms::AlarmDefinition &alarm);
    QString errorText() const;
    bool canAccept() const;

    void accept() override;

    // The periods offered: 1 min, 5 min, 15 min, 1 h.
    static QList<int> periodChoices();

private:
    void revalidate();
    std::optional<double> threshold() const;

    std::optional<alarms::AlarmDefinition> m_existing;
    SaveFunction m_save;
    alarms::AlarmDefinition m_saved;
    QLineEdit *m_name;
    QComboBox *m_target;
    QComboBox *m_metric;
    QComboBox *m_statistic;
    QComboBox *m_comparison;
    QLineEdit *m_threshold;
    QLabel *m_unit;
    QComboBox *m_period;
    QSpinBox *m_evaluationPeriods;
    QSpinBox *m_datapoints;
    QComboBox *m_missing;
    QLineEdit *m_command;
    QCheckBox *m_enabled;
    QLabel *m_summary;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace sloop::widgets
