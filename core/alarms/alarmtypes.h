#pragma once

#include "metrics/metricstore.h"
#include "util/result.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace sloop::alarms {

enum class Comparison
{
    Greater,
    GreaterOrEqual,
    Less,
    LessOrEqual
};

// How periods without a datapoint count (CloudWatch's TreatMissingData).
enum class MissingData
{
    Missing,
    Ignore,
    Breaching,
    NotBreaching
};

enum class AlarmState
{
    InsufficientData,
    Ok,
    Alarm
};

// A threshold alarm on one metric of one target, CloudWatch style: the
// statistic of each period is compared with the threshold; the alarm fires
// when `datapointsToAlarm` of the last `evaluationPeriods` periods breach.
struct AlarmDefinition
{
    qint64 id = 0;  // set by the store
    QString name;   // unique whatever the case: "web1 CPU over 80%"
    QString target; // metrics::Target key: host/web1
    QString metric; // metricnames.h, optionally with ":LABEL"
    metrics::Statistic statistic = metrics::Statistic::Average;
    Comparison comparison = Comparison::Greater;
    double threshold = 0;
    int periodSeconds = 300;
    int evaluationPeriods = 1;
    int datapointsToAlarm = 1;
    MissingData missingData = MissingData::Missing;
    QString command; // run with /bin/sh -c on every state change; empty: none
    bool enabled = true;
    AlarmState state = AlarmState::InsufficientData;
    QString stateReason;
    qint64 stateSinceMs = 0;

    bool operator==(const AlarmDefinition &other) const = default;
};

struct AlarmHistoryEntry
{
    qint64 id = 0; // set by the store
    qint64 alarmId = 0;
    QString alarmName;
    qint64 timeMs = 0;
    AlarmState from = AlarmState::InsufficientData;
    AlarmState to = AlarmState::InsufficientData;
    QString reason;
    QString note; // what the alarm's command did, written when it ended

    bool operator==(const AlarmHistoryEntry &other) const = default;
};

// Texts as stored and typed on the command line.
QString toString(Comparison c);             // ">", ">=", "<", "<="
QString toString(MissingData m);            // "missing", "ignore", "breaching", "not-breaching"
QString toString(AlarmState s);             // "INSUFFICIENT_DATA", "OK", "ALARM"
QString statisticKey(metrics::Statistic s); // "avg", "min", "max"
std::optional<Comparison> comparisonFromString(const QString &text);
std::optional<MissingData> missingDataFromString(const QString &text);
std::optional<AlarmState> alarmStateFromString(const QString &text);
std::optional<metrics::Statistic> statisticFromKey(const QString &text);

// For people: "Average", "greater than", "treat as breaching", "Insufficient data".
QString statisticLabel(metrics::Statistic s);
QString comparisonLabel(Comparison c);
QString missingDataLabel(MissingData m);
QString stateLabel(AlarmState s);

// The metrics an alarm can watch, with a label and unit for people.
struct AlarmableMetric
{
    QString name;  // metricnames.h
    QString label; // "CPU utilization"
    QString unit;  // "%", "bytes/s", "" for counts
};
const QList<AlarmableMetric> &alarmableMetrics();
std::optional<AlarmableMetric> alarmableMetric(const QString &metric); // ":LABEL" allowed
// "CPU utilization", or the metric's own name when it has no label.
QString metricLabel(const QString &metric);

// "cpu > 80 % for 3 of 3 periods of 5 min": the condition in one line.
QString describeCondition(const AlarmDefinition &a);
QString formatPeriod(int seconds); // "1 min", "5 min", "1 h"

// Names: 1..255 characters, no control or bidirectional-override characters,
// not starting with '-' or white space (they end up in logs, terminals and
// the environment of commands).
VoidResult validateName(const QString &name);
// Every field; the message says what is wrong, for the dialog and the CLI.
VoidResult validate(const AlarmDefinition &a);

inline constexpr int kMaxEvaluationPeriods = 100;
inline constexpr qint64 kMaxEvaluationSeconds = 7 * 24 * 3600; // periods × period
inline constexpr int kMaxCommandLength = 4096;

} // namespace sloop::alarms

Q_DECLARE_METATYPE(sloop::alarms::AlarmDefinition)
Q_DECLARE_METATYPE(sloop::alarms::AlarmHistoryEntry)
Q_DECLARE_METATYPE(sloop::alarms::AlarmState)
