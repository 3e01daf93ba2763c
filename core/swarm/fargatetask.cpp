#include "fargatetask.h"

#include "engine/dockerclient.h"
#include "pricing/batchprice.h"
#include "swarmapi.h"
#include "util/futures.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

namespace sloop::swarm {

namespace {

struct TaskText
{
    Q_DECLARE_TR_FUNCTIONS(Swarm)
};

struct Size
{
    double vcpus;
    qint64 fromGb, toGb, stepGb; // memory choices in GB
    double fromHalf = 0;         // 0.25 vCPU also offers 0.5 GB
};

// Fargate's task sizes (the ECS developer guide's table).
const Size kSizes[] = {{0.25, 1, 2, 1, 0.5}, {0.5, 1, 4, 1}, {1, 2, 8, 1},    {2, 4, 16, 1},
                       {4, 8, 30, 1},        {8, 16, 60, 4}, {16, 32, 120, 8}};

bool ended(const QString &state)
{
    return state == QLatin1String("complete") || state == QLatin1String("failed") ||
           state == QLatin1String("rejected") || state == QLatin1String("shutdown") ||
           state == QLatin1String("orphaned") || state == QLatin1String("remove");
}

// One task's life: made, watched every half second, read and removed.
class TaskRun : public QObject
{
public:
    TaskRun(engine::DockerClient *client, TaskRequest request)
        : QObject(client)
        , m_client(client)
        , m_api(client)
        , m_request(std::move(request))
    {
    }

    QFuture<Result<TaskOutcome>> start()
    {
        ServiceSpec spec;
        spec.name = QStringLiteral("task-%1").arg(QRandomGenerator::global()->generate(), 8, 16,
                                                  QLatin1Char('0'));
        spec.image = m_request.image;
        spec.command = m_request.command;
        spec.env = m_request.env;
        spec.job = true;
        spec.replicas = 1;
        spec.cpuReservation = spec.cpuLimit = m_request.vcpus;
        spec.memoryReservation = spec.memoryLimit = m_request.memoryMb * 1024 * 1024;
        spec.restartCondition = QStringLiteral("none");
        spec.labels.insert(QStringLiteral("sloop.task"), QStringLiteral("fargate"));
        m_outcome.service = spec.name;
        m_clock.start();
        whenFinished(m_api.createService(spec), this, [this](const Result<QString> &made) {
            if (!made)
                return finish(Result<TaskOutcome>::failure(made.problem()));
            watch();
        });
        return m_pending.future();
    }

private:
    void watch()
    {
        if (m_clock.elapsed() > m_request.timeoutSeconds * 1000LL)
            return cleanUp(Result<TaskOutcome>::failure(
                ErrorKind::TimedOut,
                TaskText::tr("Task %1 did not end within %2 s; it was removed.")
                    .arg(m_outcome.service)
                    .arg(m_request.timeoutSeconds)));
        whenFinished(
            m_api.tasks(m_outcome.service), this, [this](const Result<QList<SwarmTask>> &tasks) {
                if (!tasks || tasks->isEmpty())
                    return later();
                const SwarmTask &t = tasks->first();
                if (t.state == QLatin1String("running") && !m_running.isValid())
                    m_running.start();
                if (!ended(t.state))
                    return later();
                m_outcome.state = t.state;
                m_outcome.exitCode = t.exitCode;
                m_outcome.error = t.error;
                m_outcome.node = t.nodeId;
                // A task too quick to be seen running ran under a poll.
                m_outcome.seconds = m_running.isValid() ? m_running.elapsed() / 1000.0 : 0.5;
                readAndRemove();
            });
    }

    void later()
    {
        QTimer::singleShot(500, this, [this] { watch(); });
    }

    void readAndRemove()
    {
        whenFinished(m_api.nodes(), this, [this](const Result<QList<SwarmNode>> &nodes) {
            for (const SwarmNode &n : nodes ? *nodes : QList<SwarmNode>())
                if (n.id == m_outcome.node)
                    m_outcome.node = n.hostname;
            whenFinished(
                m_api.logs(m_outcome.service, -1), this,
                [this](const Result<QList<ServiceLogLine>> &lines) {
                    for (const ServiceLogLine &l : lines ? *lines : QList<ServiceLogLine>())
                        m_outcome.log.append(l.text);
                    if (const auto prices = pricing::loadBatchPrices())
                        m_outcome.fargateUsd =
                            pricing::batchBill(*prices, {{m_request.vcpus, m_request.memoryMb, 1,
                                                          m_outcome.seconds}})
                                .fargate;
                    cleanUp(m_outcome);
                });
        });
    }

    void cleanUp(Result<TaskOutcome> outcome)
    {
        whenFinished(m_api.removeService(m_outcome.service), this,
                     [this, outcome](const VoidResult &) { finish(outcome); });
    }

    void finish(Result<TaskOutcome> outcome)
    {
        m_pending.settle(std::move(outcome));
        deleteLater();
    }

    QPointer<engine::DockerClient> m_client;
    SwarmApi m_api;
    TaskRequest m_request;
    TaskOutcome m_outcome;
    QElapsedTimer m_clock;
    QElapsedTimer m_running;
    PendingResult<Result<TaskOutcome>> m_pending;
};

} // namespace

QString checkFargateSize(double vcpus, qint64 memoryMb)
{
    QStringList cpus;
    for (const Size &s : kSizes) {
        cpus.append(QString::number(s.vcpus));
        if (!qFuzzyCompare(s.vcpus, vcpus))
            continue;
        const double gb = memoryMb / 1024.0;
        const bool half = s.fromHalf > 0 && qFuzzyCompare(gb, s.fromHalf);
        const bool inRange = gb >= s.fromGb && gb <= s.toGb &&
                             qFuzzyCompare(std::fmod(gb - s.fromGb, double(s.stepGb)) + 1, 1);
        if (half || inRange)
            return {};
        return TaskText::tr("Fargate gives %1 vCPU with %2%3 to %4 GB of memory in steps of %5 "
                            "GB, not %6 MB.")
            .arg(s.vcpus)
            .arg(s.fromHalf > 0 ? QStringLiteral("0.5, ") : QString())
            .arg(s.fromGb)
            .arg(s.toGb)
            .arg(s.stepGb)
            .arg(memoryMb);
    }
    return TaskText::tr("Fargate's vCPU sizes are %1, not %2.")
        .arg(cpus.join(QStringLiteral(", ")))
        .arg(vcpus);
}

QFuture<Result<TaskOutcome>> runFargateTask(engine::DockerClient *manager,
                                            const TaskRequest &request)
{
    if (const QString bad = checkFargateSize(request.vcpus, request.memoryMb); !bad.isEmpty())
        return QtFuture::makeReadyFuture(
            Result<TaskOutcome>::failure(ErrorKind::InvalidInput, bad));
    return (new TaskRun(manager, request))->start();
}

} // namespace sloop::swarm
