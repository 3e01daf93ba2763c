#pragma once

#include "alarmtypes.h"

#include <QList>

#include <optional>

namespace sloop::alarms {

struct Evaluation
{
    AlarmState state = AlarmState::InsufficientData;
    QString reason;
    std::optional<double> value; // the newest datapoint present, for commands
};

// Whether one datapoint is on the wrong side of the threshold.
bool isBreaching(Comparison c, double value, double threshold);

// How many periods an alarm's evaluation range spans: its evaluation periods
// plus as many again (at least 2 more), so that gaps can be bridged with
// older real datapoints as CloudWatch does.
int evaluationRange(const AlarmDefinition &a);

// CloudWatch's alarm logic, pure. `periods` is the evaluation range, oldest
// first, one statistic per complete period, nullopt where the period had no
// datapoint. N = evaluationPeriods, M = datapointsToAlarm, P = periods present.
//
// After "How alarm state is evaluated when data is missing" in the CloudWatch
// user guide:
//  1. P >= N: the N newest *present* datapoints are evaluated (gaps are
//     bridged with older ones from the range); ALARM when at least M of them
//     breach, else OK. The missing-data treatment is not consulted.
//  2. P == 0 (everything in the range missing):
//       missing → INSUFFICIENT_DATA; ignore → the current state is kept;
//       breaching → ALARM; not-breaching → OK.
//  3. 0 < P < N: every present datapoint counts and the N - P missing slots
//     are filled by the treatment:
//       breaching     → they count as breaching;  ALARM when B + (N - P) >= M
//       not-breaching → they count as fine;       ALARM when B >= M
//       missing, ignore → they count for nothing: ALARM when B >= M, or when
//         the oldest present breaching datapoint lies at least M periods back
//         (counting the newest period as 1) and every present datapoint newer
//         than it breaches — CloudWatch's documented "single breach followed
//         by missing data" case; otherwise OK.
//     (B = present datapoints that breach.)
// Equality never breaches for > and <, always for >= and <=.
Evaluation evaluateAlarm(const AlarmDefinition &a, const QList<std::optional<double>> &periods);

} // namespace sloop::alarms
