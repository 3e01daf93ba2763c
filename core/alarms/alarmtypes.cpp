#include "alarmtypes.h"

#include "alarmstext.h"

#include "metrics/metricnames.h"
#include "metrics/metricpoint.h"
#include "util/textchecks.h"

#include <cmath>

namespace sloop::alarms {

namespace {

// Characters that reorder what a terminal or label shows (bidi overrides,
// isolates, marks): refused in names, which are shown and logged as is.
bool hasDirectionControl(const QString &s)
{
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if ((u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) || u == 0x200E ||
            u == 0x200F || u == 0x061C || c.category() == QChar::Separator_Line ||
            c.category() == QChar::Separator_Paragraph)
            return true;
    }
    return false;
}

// Commands may span lines; other control characters are refused.
bool hasControlBesidesLines(const QString &s)
{
    for (const QChar c : s) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\t'))
            continue;
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

} // namespace

QString toString(Comparison c)
{
    switch (c) {
    case Comparison::Greater:
        return QStringLiteral(">");
    case Comparison::GreaterOrEqual:
        return QStringLiteral(">=");
    case Comparison::Less:
        return QStringLiteral("<");
    case Comparison::LessOrEqual:
        return QStringLiteral("<=");
    }
    return {};
}

QString toString(MissingData m)
{
    switch (m) {
    case MissingData::Missing:
        return QStringLiteral("missing");
    case MissingData::Ignore:
        return QStringLiteral("ignore");
    case MissingData::Breaching:
        return QStringLiteral("breaching");
    case MissingData::NotBreaching:
        return QStringLiteral("not-breaching");
    }
    return {};
}

QString toString(AlarmState s)
{
    switch (s) {
    case AlarmState::InsufficientData:
        return QStringLiteral("INSUFFICIENT_DATA");
    case AlarmState::Ok:
        return QStringLiteral("OK");
    case AlarmState::Alarm:
        return QStringLiteral("ALARM");
    }
    return {};
}

QString statisticKey(metrics::Statistic s)
{
    switch (s) {
    case metrics::Statistic::Average:
        return QStringLiteral("avg");
    case metrics::Statistic::Minimum:
        return QStringLiteral("min");
    case metrics::Statistic::Maximum:
        return QStringLiteral("max");
    }
    return {};
}

std::optional<Comparison> comparisonFromString(const QString &text)
{
    for (Comparison c : {Comparison::Greater, Comparison::GreaterOrEqual, Comparison::Less,
                         Comparison::LessOrEqual}) {
        if (toString(c) == text)
            return c;
    }
    return std::nullopt;
}

std::optional<MissingData> missingDataFromString(const QString &text)
{
    for (MissingData m : {MissingData::Missing, MissingData::Ignore, MissingData::Breaching,
                          MissingData::NotBreaching}) {
        if (toString(m) == text)
            return m;
    }
    // CloudWatch's spelling, for people who know it.
    if (text == QLatin1String("notBreaching"))
        return MissingData::NotBreaching;
    return std::nullopt;
}

std::optional<AlarmState> alarmStateFromString(const QString &text)
{
    for (AlarmState s : {AlarmState::InsufficientData, AlarmState::Ok, AlarmState::Alarm}) {
        if (toString(s) == text)
            return s;
    }
    return std::nullopt;
}

std::optional<metrics::Statistic> statisticFromKey(const QString &text)
{
    for (metrics::Statistic s :
         {metrics::Statistic::Average, metrics::Statistic::Minimum, metrics::Statistic::Maximum}) {
        if (statisticKey(s) == text)
            return s;
    }
    return std::nullopt;
}

QString statisticLabel(metrics::Statistic s)
{
    switch (s) {
    case metrics::Statistic::Average:
        return AlarmsText::tr("Average");
    case metrics::Statistic::Minimum:
        return AlarmsText::tr("Minimum");
    case metrics::Statistic::Maximum:
        return AlarmsText::tr("Maximum");
    }
    return {};
}

QString comparisonLabel(Comparison c)
{
    switch (c) {
    case Comparison::Greater:
        return AlarmsText::tr("greater than");
    case Comparison::GreaterOrEqual:
        return AlarmsText::tr("greater than or equal to");
    case Comparison::Less:
        return AlarmsText::tr("less than");
    case Comparison::LessOrEqual:
        return AlarmsText::tr("less than or equal to");
    }
    return {};
}

QString missingDataLabel(MissingData m)
{
    switch (m) {
    case MissingData::Missing:
        return AlarmsText::tr("Treat as missing");
    case MissingData::Ignore:
        return AlarmsText::tr("Ignore (keep the state)");
    case MissingData::Breaching:
        return AlarmsText::tr("Treat as breaching");
    case MissingData::NotBreaching:
        return AlarmsText::tr("Treat as not breaching");
    }
    return {};
}

QString stateLabel(AlarmState s)
{
    switch (s) {
    case AlarmState::InsufficientData:
        return AlarmsText::tr("Insufficient data");
    case AlarmState::Ok:
        return AlarmsText::tr("OK");
    case AlarmState::Alarm:
        return AlarmsText::tr("In alarm");
    }
    return {};
}

const QList<AlarmableMetric> &alarmableMetrics()
{
    namespace n = metrics::names;
    const QString percent = QStringLiteral("%");
    const QString perSecond = AlarmsText::tr("bytes/s");
    const QString bytes = AlarmsText::tr("bytes");
    // Built once; the labels follow the language the program started in.
    static const QList<AlarmableMetric> list = {
        {n::kCpu, AlarmsText::tr("CPU utilization"), percent},
        {n::kMemory, AlarmsText::tr("Memory used"), percent},
        {n::kDisk, AlarmsText::tr("Disk used (fullest mount)"), percent},
        {n::kNetIn, AlarmsText::tr("Network in"), perSecond},
        {n::kNetOut, AlarmsText::tr("Network out"), perSecond},
        {n::kDiskRead, AlarmsText::tr("Disk reads"), perSecond},
        {n::kDiskWrite, AlarmsText::tr("Disk writes"), perSecond},
        {n::kStatusCheckFailed, AlarmsText::tr("Status check failed"), QString()},
        {n::kStatusReachable, AlarmsText::tr("Status check: reachable"), QString()},
        {n::kStatusSsh, AlarmsText::tr("Status check: SSH answers"), QString()},
        {n::kStatusHealth, AlarmsText::tr("Status check: health"), QString()},
        {n::kLoad1, AlarmsText::tr("Load average (1 min)"), QString()},
        {n::kLoad5, AlarmsText::tr("Load average (5 min)"), QString()},
        {n::kProcesses, AlarmsText::tr("Processes"), QString()},
        {n::kSwapUsed, AlarmsText::tr("Swap used"), bytes},
        {n::kMemUsed, AlarmsText::tr("Memory used (bytes)"), bytes},
        {n::kContainersRunning, AlarmsText::tr("Containers running"), QString()},
    };
    return list;
}

std::optional<AlarmableMetric> alarmableMetric(const QString &metric)
{
    const qsizetype colon = metric.indexOf(QLatin1Char(':'));
    const QString base = colon < 0 ? metric : metric.left(colon);
    if (colon >= 0) {
        const QString label = metric.mid(colon + 1);
        if (label.isEmpty() || label.size() > 128 || text::hasSpaceOrControl(label))
            return std::nullopt;
    }
    for (const AlarmableMetric &m : alarmableMetrics()) {
        if (m.name == base) {
            AlarmableMetric out = m;
            if (colon >= 0) {
                out.name = metric;
                out.label = AlarmsText::tr("%1 (%2)").arg(m.label, metric.mid(colon + 1));
            }
            return out;
        }
    }
    return std::nullopt;
}

QString metricLabel(const QString &metric)
{
    const auto m = alarmableMetric(metric);
    return m ? m->label : metric;
}

QString formatPeriod(int seconds)
{
    if (seconds % 3600 == 0)
        return AlarmsText::tr("%n h", nullptr, seconds / 3600);
    if (seconds % 60 == 0)
        return AlarmsText::tr("%n min", nullptr, seconds / 60);
    return AlarmsText::tr("%n s", nullptr, seconds);
}

QString describeCondition(const AlarmDefinition &a)
{
    const auto m = alarmableMetric(a.metric);
    const QString unit = m && !m->unit.isEmpty() ? QLatin1Char(' ') + m->unit : QString();
    return AlarmsText::tr("%1 of %2 %3 %4%5 for %6 of %7 periods of %8")
        .arg(statisticLabel(a.statistic), a.metric, toString(a.comparison),
             QString::number(a.threshold), unit)
        .arg(a.datapointsToAlarm)
        .arg(a.evaluationPeriods)
        .arg(formatPeriod(a.periodSeconds));
}

VoidResult validateName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return VoidResult::failure(AlarmsText::tr("The alarm needs a name."));
    if (name.size() > 255)
        return VoidResult::failure(AlarmsText::tr("The name is longer than 255 characters."));
    if (text::hasControl(name) || hasDirectionControl(name))
        return VoidResult::failure(AlarmsText::tr(
            "The name holds control or text-direction characters; use printable text."));
    if (name != name.trimmed())
        return VoidResult::failure(AlarmsText::tr("The name starts or ends with white space."));
    if (name.startsWith(QLatin1Char('-')))
        return VoidResult::failure(AlarmsText::tr("The name cannot start with '-'."));
    return {};
}

VoidResult validate(const AlarmDefinition &a)
{
    if (const VoidResult name = validateName(a.name); !name)
        return name;
    if (!metrics::Target::fromKey(a.target))
        return VoidResult::failure(
            AlarmsText::tr(
                "\"%1\" is not a target: use host/NAME, container/ENGINE/NAME or engine/NAME.")
                .arg(a.target));
    if (!alarmableMetric(a.metric))
        return VoidResult::failure(
            AlarmsText::tr(
                "\"%1\" is not a metric an alarm can watch (for example cpu, memory, disk, "
                "net_in, status_check_failed).")
                .arg(a.metric));
    if (!std::isfinite(a.threshold))
        return VoidResult::failure(AlarmsText::tr("The threshold must be a number."));
    if (a.periodSeconds < 60 || a.periodSeconds % 60 != 0 || a.periodSeconds > 86400)
        return VoidResult::failure(
            AlarmsText::tr(
                "The period must be whole minutes, from 1 minute to 1 day (%1 seconds given).")
                .arg(a.periodSeconds));
    if (a.evaluationPeriods < 1 || a.evaluationPeriods > kMaxEvaluationPeriods)
        return VoidResult::failure(
            AlarmsText::tr("Evaluation periods must be from 1 to %1.").arg(kMaxEvaluationPeriods));
    if (qint64(a.evaluationPeriods) * a.periodSeconds > kMaxEvaluationSeconds)
        return VoidResult::failure(
            AlarmsText::tr("Evaluation periods × period must stay within 7 days."));
    if (a.datapointsToAlarm < 1 || a.datapointsToAlarm > a.evaluationPeriods)
        return VoidResult::failure(
            AlarmsText::tr(
                "Datapoints to alarm must be from 1 to the number of evaluation periods (%1).")
                .arg(a.evaluationPeriods));
    if (a.command.size() > kMaxCommandLength)
        return VoidResult::failure(
            AlarmsText::tr("The command is longer than %1 characters.").arg(kMaxCommandLength));
    if (hasControlBesidesLines(a.command))
        return VoidResult::failure(AlarmsText::tr("The command holds control characters."));
    return {};
}

} // namespace sloop::alarms
