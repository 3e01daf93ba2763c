#include "batchtypes.h"

#include "exitrules.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <QRegularExpression>
#include <cmath>

namespace sloop::batch {

namespace {

struct BatchText
{
    Q_DECLARE_TR_FUNCTIONS(Batch)
};

const QList<std::pair<JobStatus, QString>> &statusNames()
{
    static const QList<std::pair<JobStatus, QString>> names = {
        {JobStatus::Submitted, QStringLiteral("SUBMITTED")},
        {JobStatus::Pending, QStringLiteral("PENDING")},
        {JobStatus::Runnable, QStringLiteral("RUNNABLE")},
        {JobStatus::Starting, QStringLiteral("STARTING")},
        {JobStatus::Running, QStringLiteral("RUNNING")},
        {JobStatus::Succeeded, QStringLiteral("SUCCEEDED")},
        {JobStatus::Failed, QStringLiteral("FAILED")}};
    return names;
}

VoidResult invalid(const QString &message)
{
    return VoidResult::failure(ErrorKind::InvalidInput, message);
}

} // namespace

QString statusName(JobStatus status)
{
    for (const auto &[s, name] : statusNames())
        if (s == status)
            return name;
    return {};
}

std::optional<JobStatus> statusFromName(const QString &name)
{
    for (const auto &[s, n] : statusNames())
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return s;
    return std::nullopt;
}

bool isFinished(JobStatus status)
{
    return status == JobStatus::Succeeded || status == JobStatus::Failed;
}

const QList<JobStatus> &allStatuses()
{
    static const QList<JobStatus> all = [] {
        QList<JobStatus> out;
        for (const auto &entry : statusNames())
            out.append(entry.first);
        return out;
    }();
    return all;
}

QString dependencyTypeName(DependencyType type)
{
    switch (type) {
    case DependencyType::NToN:
        return QStringLiteral("N_TO_N");
    case DependencyType::Sequential:
        return QStringLiteral("SEQUENTIAL");
    case DependencyType::Plain:
        break;
    }
    return {};
}

// AWS's own words, kept in English as AWS shows them (scripts match them).
QString essentialContainerExited()
{
    return QStringLiteral("Essential container in task exited");
}

QString timeoutReason()
{
    return QStringLiteral("Job attempt duration exceeded timeout");
}

QString dependencyFailedReason()
{
    return QStringLiteral("Dependent Job failed");
}

QString resourceMisconfiguredReason()
{
    return QStringLiteral(
        "MISCONFIGURATION:JOB_RESOURCE_REQUIREMENT - The job resource requirement (vCPU/memory) "
        "is higher than that can be met by the CE(s) attached to the job queue.");
}

QString engineLostReason(const QString &engine)
{
    return QStringLiteral("Host EC2 (engine %1) terminated.").arg(engine);
}

bool isValidName(const QString &name)
{
    static const QRegularExpression rule(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$"));
    return rule.match(name).hasMatch();
}

QString swarmTarget(const QString &managerEngine)
{
    return QStringLiteral("swarm:") + managerEngine;
}

bool isSwarmTarget(const QString &engine)
{
    return engine.startsWith(QLatin1String("swarm:"));
}

QString managerOf(const QString &target)
{
    return isSwarmTarget(target) ? target.mid(6) : QString();
}

QString ComputeEnvironment::swarmManager() const
{
    return engines.size() == 1 ? managerOf(engines.first()) : QString();
}

VoidResult validate(const ComputeEnvironment &e)
{
    if (!isValidName(e.name))
        return invalid(BatchText::tr("computeEnvironmentName: up to 128 letters, digits, '-' and "
                                     "'_', starting with a letter or digit."));
    if (e.engines.isEmpty())
        return invalid(BatchText::tr("A compute environment needs at least one engine."));
    for (const QString &engine : e.engines)
        if (isSwarmTarget(engine) && (e.engines.size() > 1 || managerOf(engine).isEmpty()))
            return invalid(BatchText::tr("A Swarm compute environment names one engine: the "
                                         "swarm's manager, and no other engines."));
    if (!(e.maxVcpus > 0) || e.maxVcpus > 10'000)
        return invalid(BatchText::tr("maxvCpus: a number from 0.25 to 10000."));
    if (e.maxMemoryMb < 0 || e.maxMemoryMb > 64LL * 1024 * 1024)
        return invalid(BatchText::tr("Maximum memory: a number of MiB from 0 (what the engines "
                                     "have) to 67108864."));
    return {};
}

VoidResult validate(const JobQueue &q)
{
    if (!isValidName(q.name))
        return invalid(BatchText::tr("jobQueueName: up to 128 letters, digits, '-' and '_', "
                                     "starting with a letter or digit."));
    if (q.priority < 0 || q.priority > 1000)
        return invalid(BatchText::tr("priority: a whole number from 0 to 1000."));
    if (q.environments.isEmpty() || q.environments.size() > 3)
        return invalid(
            BatchText::tr("computeEnvironmentOrder: one to three compute environments."));
    return {};
}

VoidResult validateContainer(const ContainerProperties &c)
{
    if (c.image.trimmed().isEmpty() || c.image.contains(QRegularExpression(QStringLiteral("\\s"))))
        return invalid(BatchText::tr("image: the name of an image, without spaces."));
    if (!(c.vcpus >= 0.25) || c.vcpus > 256 || std::fmod(c.vcpus * 4, 1.0) != 0)
        return invalid(BatchText::tr("vcpus: from 0.25 to 256, in steps of 0.25."));
    if (c.memoryMb < 4 || c.memoryMb > 1024LL * 1024)
        return invalid(BatchText::tr("memory: from 4 to 1048576 MiB."));
    if (c.attempts < 1 || c.attempts > kMaxAttempts)
        return invalid(BatchText::tr("retryStrategy.attempts: from 1 to 10."));
    if (c.timeoutSeconds != 0 && c.timeoutSeconds < kMinTimeoutSeconds)
        return invalid(BatchText::tr("timeout.attemptDurationSeconds: at least 60 seconds."));
    if (c.evaluateOnExit.size() > kMaxExitRules)
        return invalid(BatchText::tr("retryStrategy.evaluateOnExit: at most 5 rules."));
    for (const ExitRule &rule : c.evaluateOnExit)
        if (auto ok = validateRule(rule); !ok)
            return ok;
    for (auto it = c.env.cbegin(); it != c.env.cend(); ++it)
        if (it.key().isEmpty() || it.key().contains(QLatin1Char('=')) ||
            it.key().startsWith(QLatin1String("AWS_BATCH")))
            return invalid(BatchText::tr("environment: \"%1\" is not a name a job may set "
                                         "(names starting AWS_BATCH are Batch's own).")
                               .arg(it.key()));
    for (const QString &v : c.volumes)
        if (v.split(QLatin1Char(':')).size() < 2)
            return invalid(BatchText::tr("volumes: \"%1\" is not SOURCE:TARGET[:ro].").arg(v));
    return {};
}

VoidResult validate(const JobDefinition &d)
{
    if (!isValidName(d.name))
        return invalid(BatchText::tr("jobDefinitionName: up to 128 letters, digits, '-' and "
                                     "'_', starting with a letter or digit."));
    if (d.schedulingPriority < 0 || d.schedulingPriority > 9999)
        return invalid(BatchText::tr("schedulingPriority: a whole number from 0 to 9999."));
    return validateContainer(d.container);
}

QStringList substituteParameters(const QStringList &command,
                                 const QMap<QString, QString> &parameters)
{
    QStringList out;
    out.reserve(command.size());
    for (const QString &arg : command) {
        if (arg.startsWith(QLatin1String("Ref::"))) {
            const QString name = arg.mid(5);
            out.append(parameters.contains(name) ? parameters.value(name) : arg);
        } else {
            out.append(arg);
        }
    }
    return out;
}

QString containerName(const QString &folderTag, const QString &jobId, int attempt)
{
    QString id = jobId;
    id.replace(QLatin1Char(':'), QLatin1Char('-'));
    return QStringLiteral("sloop-batch-%1-%2-%3").arg(folderTag, id).arg(attempt);
}

QString swarmServiceName(const QString &folderTag, const QString &jobId, int attempt)
{
    QString id = jobId;
    id.remove(QLatin1Char('-'));
    id.replace(QLatin1Char(':'), QLatin1Char('-'));
    return QStringLiteral("sloop-%1-%2-%3").arg(folderTag, id).arg(attempt);
}

QString folderTag(const QString &databaseFile)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(databaseFile.toUtf8(), QCryptographicHash::Sha1).toHex().left(10));
}

} // namespace sloop::batch
