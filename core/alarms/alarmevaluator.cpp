#include "alarmevaluator.h"

#include "alarmstext.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace sloop::alarms {

namespace {

QString number(double v)
{
    return QString::number(v, 'g', 6);
}

QString listed(const QList<double> &values)
{
    QStringList parts;
    for (double v : values)
        parts.append(number(v));
    return QLatin1Char('[') + parts.join(QLatin1String(", ")) + QLatin1Char(']');
}

Evaluation decided(const AlarmDefinition &a, bool alarm, int breaching, int counted,
                   const QList<double> &values, const QString &note)
{
    Evaluation e;
    e.state = alarm ? AlarmState::Alarm : AlarmState::Ok;
    e.reason =
        (alarm ? AlarmsText::tr("Threshold crossed: %1 of the last %2 datapoints %3 were %4 the "
                                "threshold (%5).")
               : AlarmsText::tr("Threshold not crossed: %1 of the last %2 datapoints %3 were %4 "
                                "the threshold (%5)."))
            .arg(breaching)
            .arg(counted)
            .arg(listed(values), comparisonLabel(a.comparison), number(a.threshold));
    if (!note.isEmpty())
        e.reason += QLatin1Char(' ') + note;
    return e;
}

} // namespace

bool isBreaching(Comparison c, double value, double threshold)
{
    switch (c) {
    case Comparison::Greater:
        return value > threshold;
    case Comparison::GreaterOrEqual:
        return value >= threshold;
    case Comparison::Less:
        return value < threshold;
    case Comparison::LessOrEqual:
        return value <= threshold;
    }
    return false;
}

int evaluationRange(const AlarmDefinition &a)
{
    const int n = std::max(1, a.evaluationPeriods);
    return n + std::max(2, n);
}

Evaluation evaluateAlarm(const AlarmDefinition &a, const QList<std::optional<double>> &periods)
{
    const int n = std::max(1, a.evaluationPeriods);
    const int m = std::clamp(a.datapointsToAlarm, 1, n);

    // Present datapoints, newest first, with how far back each lies (1 = newest period).
    struct Point
    {
        double value;
        int age;
        bool breaching;
    };
    QList<Point> present;
    for (qsizetype i = periods.size() - 1; i >= 0; --i) {
        const std::optional<double> &v = periods.at(i);
        if (v && std::isfinite(*v))
            present.append(
                {*v, int(periods.size() - i), isBreaching(a.comparison, *v, a.threshold)});
    }

    if (present.isEmpty()) {
        Evaluation e;
        const QString none =
            AlarmsText::tr("No datapoints in the last %n period(s).", nullptr, int(periods.size()));
        switch (a.missingData) {
        case MissingData::Missing:
            e.state = AlarmState::InsufficientData;
            e.reason = none;
            break;
        case MissingData::Ignore:
            e.state = a.state;
            e.reason = a.stateReason.isEmpty()
                           ? none + QLatin1Char(' ') + AlarmsText::tr("Missing data is ignored.")
                           : a.stateReason;
            break;
        case MissingData::Breaching:
            e.state = AlarmState::Alarm;
            e.reason =
                none + QLatin1Char(' ') + AlarmsText::tr("Missing data is treated as breaching.");
            break;
        case MissingData::NotBreaching:
            e.state = AlarmState::Ok;
            e.reason = none + QLatin1Char(' ') +
                       AlarmsText::tr("Missing data is treated as not breaching.");
            break;
        }
        return e;
    }

    Evaluation result;
    if (present.size() >= n) {
        QList<double> values;
        int breaching = 0;
        for (int i = n - 1; i >= 0; --i) {
            values.append(present.at(i).value);
            breaching += present.at(i).breaching ? 1 : 0;
        }
        result = decided(a, breaching >= m, breaching, n, values, {});
    } else {
        QList<double> values;
        int breaching = 0;
        for (qsizetype i = present.size() - 1; i >= 0; --i) {
            values.append(present.at(i).value);
            breaching += present.at(i).breaching ? 1 : 0;
        }
        const int fills = n - int(present.size());
        switch (a.missingData) {
        case MissingData::Breaching:
            result = decided(
                a, breaching + fills >= m, breaching + fills, n, values,
                AlarmsText::tr("%n missing datapoint(s) treated as breaching.", nullptr, fills));
            break;
        case MissingData::NotBreaching:
            result = decided(a, breaching >= m, breaching, n, values,
                             AlarmsText::tr("%n missing datapoint(s) treated as not breaching.",
                                            nullptr, fills));
            break;
        case MissingData::Missing:
        case MissingData::Ignore: {
            bool alarm = breaching >= m;
            QString note;
            if (!alarm) {
                // The oldest breaching datapoint, and whether all newer ones breach.
                qsizetype oldest = -1;
                for (qsizetype i = 0; i < present.size(); ++i) {
                    if (present.at(i).breaching)
                        oldest = i;
                    else
                        break;
                }
                if (oldest >= 0 && present.at(oldest).age >= m) {
                    alarm = true;
                    note = AlarmsText::tr("Datapoints since the first breach %n period(s) ago are "
                                          "breaching or missing.",
                                          nullptr, present.at(oldest).age);
                }
            }
            result = decided(a, alarm, breaching, int(present.size()), values, note);
            break;
        }
        }
    }
    result.value = present.first().value;
    return result;
}

} // namespace sloop::alarms
