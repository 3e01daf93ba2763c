#include "functionservice.h"

#include "buckets/bucketrepository.h"
#include "engine/dockerclient.h"
#include "schedules/schedulerepository.h"
#include "store/storeworker.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTimer>
#include <QUuid>

#include <nlohmann/json.hpp>

Q_LOGGING_CATEGORY(lcFunctions, "sloop.functions")

namespace sloop::functions {

namespace {

struct ServiceText
{
    Q_DECLARE_TR_FUNCTIONS(Functions)
};

template <typename T> QFuture<T> ready(T value)
{
    return QtFuture::makeReadyFuture(std::move(value));
}

QStringList environmentList(const QMap<QString, QString> &environment)
{
    QStringList out;
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        out << it.key() + QLatin1Char('=') + it.value();
    return out;
}

} // namespace

Error functionNotFound(const QString &name)
{
    // Lambda's ResourceNotFoundException names the ARN.
    return Error{ErrorKind::NotFound,
                 ServiceText::tr("Function not found: %1").arg(functionArn(name))};
}

QString functionArn(const QString &name)
{
    return QStringLiteral("arn:sloop:lambda:local:000000000000:function:") + name;
}

FunctionService::FunctionService(store::Database &db, FunctionPool::ClientLookup engines,
                                 QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_repo(db)
    , m_log(db)
    , m_versions(db)
    , m_async(db)
    , m_pool(engines)
    , m_engines(std::move(engines))
{
}

FunctionService::~FunctionService() = default;

QString FunctionService::imageOf(const QString &functionName, int version)
{
    return QStringLiteral("sloop-fn/") + functionName.toLower() + QLatin1Char(':') +
           (version > 0 ? QString::number(version) : QStringLiteral("latest"));
}

// Waits for each; the first failure, else the first result.
template <typename T> QFuture<T> allOf(QList<QFuture<T>> futures, QObject *context)
{
    return QtFuture::whenAll(futures.begin(), futures.end())
        .then(context, [](const QList<QFuture<T>> &done) {
            for (const QFuture<T> &f : done)
                if (!f.result())
                    return f.result();
            return done.first().result();
        });
}

QFuture<Result<QString>> FunctionService::build(const FunctionRecord &record,
                                                const FunctionCode &code)
{
    QList<QFuture<Result<QString>>> builds;
    for (const QString &engine : enginesOf(record))
        builds << buildOn(engine, record, code);
    return allOf(builds, this);
}

QFuture<Result<QString>> FunctionService::buildOn(const QString &engineName,
                                                  const FunctionRecord &record,
                                                  const FunctionCode &code)
{
    engine::DockerClient *client = m_engines ? m_engines(engineName) : nullptr;
    if (!client)
        return ready(Result<QString>::failure(
            ErrorKind::NotFound, ServiceText::tr("There is no engine called %1.").arg(engineName)));
    ImageRecipe recipe;
    recipe.baseImage = m_baseImage;
    recipe.runtime = record.runtime;
    recipe.code = code;
    if (record.runtime == Runtime::Image)
        recipe.sourceImage = record.imageUri;
    const QString image = imageOf(record.name);
    recipe.repository = image.section(QLatin1Char(':'), 0, 0);
    recipe.tag = image.section(QLatin1Char(':'), 1);
    const QString base = m_baseImage;
    const QString source = record.imageUri;
    return buildImage(client, recipe)
        .then(this, [base, engineName, source](const Result<QString> &built) {
            if (built || built.kind() != ErrorKind::NotFound)
                return built;
            if (!source.isEmpty())
                return Result<QString>::failure(
                    ErrorKind::NotFound,
                    ServiceText::tr(
                        "The engine %1 has no image %2: pull it (on the Images page, or "
                        "with \"docker pull\") or build it there first.")
                        .arg(engineName, source));
            // The engine lacks the runtime's base image: say how to get it.
            return Result<QString>::failure(
                ErrorKind::NotFound,
                ServiceText::tr(
                    "The engine %1 has no image %2, which functions run on. Build it with "
                    "scripts/build-runtime-images.sh, or copy it to a host with "
                    "\"docker save %2 | ssh HOST docker load\".")
                    .arg(engineName, base));
        });
}

QFuture<VoidResult> FunctionService::checkNetwork(const FunctionRecord &record)
{
    if (record.dockerNetwork.isEmpty() || !record.network)
        return ready(VoidResult{});
    QList<QFuture<VoidResult>> checks;
    for (const QString &engine : enginesOf(record))
        checks << checkNetworkOn(engine, record.dockerNetwork);
    return allOf(checks, this);
}

QFuture<VoidResult> FunctionService::checkNetworkOn(const QString &engineName,
                                                    const QString &wanted)
{
    engine::DockerClient *client = m_engines ? m_engines(engineName) : nullptr;
    if (!client)
        return ready(VoidResult{});
    return client->listNetworks().then(
        this, [wanted, engineName](const Result<QList<engine::NetworkSummary>> &networks) {
            if (!networks)
                return VoidResult::failure(networks.problem());
            for (const engine::NetworkSummary &n : *networks)
                if (n.name == wanted || n.id.startsWith(wanted))
                    return VoidResult{};
            return VoidResult::failure(
                ErrorKind::NotFound,
                ServiceText::tr("The engine %1 has no network %2. Make it on the Containers "
                                "page (or with \"docker network create %2\") first.")
                    .arg(engineName, wanted));
        });
}

QFuture<Result<QStringList>> FunctionService::networkNames(const QString &engineName)
{
    engine::DockerClient *client = m_engines ? m_engines(engineName) : nullptr;
    if (!client)
        return ready(Result<QStringList>::failure(
            ErrorKind::NotFound, ServiceText::tr("There is no engine called %1.").arg(engineName)));
    return client->listNetworks().then(
        this, [](const Result<QList<engine::NetworkSummary>> &networks) {
            if (!networks)
                return Result<QStringList>::failure(networks.problem());
            QStringList names;
            for (const engine::NetworkSummary &n : *networks)
                names << n.name;
            names.sort(Qt::CaseInsensitive);
            return Result<QStringList>(names);
        });
}

QFuture<Result<FunctionRecord>> FunctionService::create(FunctionRecord record, FunctionCode code)
{
    if (const VoidResult valid = validate(record); !valid)
        return ready(Result<FunctionRecord>::failure(valid.problem()));
    if (auto existing = m_repo.find(record.name); !existing)
        return ready(Result<FunctionRecord>::failure(existing.problem()));
    else if (existing->has_value())
        return ready(Result<FunctionRecord>::failure(
            ErrorKind::Conflict,
            ServiceText::tr("A function named %1 exists already.").arg(record.name)));
    return checkNetwork(record)
        .then(this,
              [this, record, code](const VoidResult &network) {
                  if (!network)
                      return ready(Result<QString>::failure(network.problem()));
                  return build(record, code);
              })
        .unwrap()
        .then(this, [this, record, code](const Result<QString> &built) {
            if (!built)
                return Result<FunctionRecord>::failure(built.problem());
            auto stored = m_repo.add(record);
            if (!stored)
                return stored;
            if (const VoidResult kept = keepCode(record.name, code); !kept)
                qCWarning(lcFunctions) << kept.error();
            qCInfo(lcFunctions) << "created" << record.name << "as" << *built;
            Q_EMIT functionsChanged();
            return stored;
        });
}

QFuture<Result<FunctionRecord>> FunctionService::deploy(const QString &name, FunctionCode code,
                                                        const QString &imageUri)
{
    auto found = m_repo.find(name);
    if (!found)
        return ready(Result<FunctionRecord>::failure(found.problem()));
    if (!found->has_value())
        return ready(Result<FunctionRecord>::failure(functionNotFound(name)));
    FunctionRecord record = **found;
    if (!imageUri.isEmpty())
        record.imageUri = imageUri;
    if (const VoidResult valid = validate(record); !valid)
        return ready(Result<FunctionRecord>::failure(valid.problem()));
    return build(record, code).then(this, [this, record, code](const Result<QString> &built) {
        if (!built)
            return Result<FunctionRecord>::failure(built.problem());
        m_pool.retire(record.name);
        if (const VoidResult kept = keepCode(record.name, code); !kept)
            qCWarning(lcFunctions) << kept.error();
        // The record's updated time says when the code last changed too.
        auto stored = m_repo.update(record);
        if (stored)
            Q_EMIT functionsChanged();
        return stored;
    });
}

Result<FunctionRecord> FunctionService::configure(FunctionRecord record)
{
    auto stored = m_repo.update(std::move(record));
    if (stored) {
        m_pool.retire(stored->name);
        Q_EMIT functionsChanged();
    }
    return stored;
}

QFuture<VoidResult> FunctionService::remove(const QString &name)
{
    auto found = m_repo.find(name);
    if (!found)
        return ready(VoidResult::failure(found.problem()));
    if (!found->has_value())
        return ready(VoidResult::failure(functionNotFound(name)));
    const FunctionRecord record = **found;
    m_pool.retire(record.name);
    if (const VoidResult gone = m_repo.remove(record.name); !gone)
        return ready(gone);
    m_log.removeFunction(record.name);
    const auto published = m_versions.versions(record.name);
    m_versions.removeFunction(record.name);
    if (m_awsContext)
        m_awsContext->forget(record.name);
    if (const VoidResult events = m_async.removeFunction(record.name); !events)
        qCWarning(lcFunctions) << "queued events of" << record.name << "stay:" << events.error();
    if (const VoidResult triggers = buckets::BucketRepository(m_db).removeFunction(record.name);
        !triggers)
        qCWarning(lcFunctions) << "folder triggers of" << record.name
                               << "stay:" << triggers.error();
    // Its schedules would only fail from now on.
    if (const auto schedules = schedules::ScheduleRepository(m_db).removeForFunction(record.name);
        !schedules)
        qCWarning(lcFunctions) << "schedules of" << record.name << "stay:" << schedules.error();
    forgetCode(record.name);
    Q_EMIT functionsChanged();
    QList<QFuture<VoidResult>> removals;
    for (const QString &engine : enginesOf(record)) {
        engine::DockerClient *client = m_engines ? m_engines(engine) : nullptr;
        if (!client)
            continue;
        removals << client->removeImage(imageOf(record.name), true);
        for (const FunctionVersion &v : published ? *published : QList<FunctionVersion>{})
            removals << client->removeImage(imageOf(record.name, v.version), true);
    }
    if (removals.isEmpty())
        return ready(VoidResult{});
    // An image may be gone already (removed by hand); that is no failure.
    return QtFuture::whenAll(removals.begin(), removals.end())
        .then(this, [](const QList<QFuture<VoidResult>> &done) {
            for (const QFuture<VoidResult> &f : done) {
                const VoidResult removed = f.result();
                if (!removed && removed.kind() != ErrorKind::NotFound)
                    return removed;
            }
            return VoidResult{};
        });
}

QFuture<Result<FunctionVersion>> FunctionService::publish(const QString &name,
                                                          const QString &description)
{
    auto found = m_repo.find(name);
    if (!found)
        return ready(Result<FunctionVersion>::failure(found.problem()));
    if (!found->has_value())
        return ready(Result<FunctionVersion>::failure(functionNotFound(name)));
    const FunctionRecord record = **found;
    const auto next = m_versions.nextVersion(record.name);
    if (!next)
        return ready(Result<FunctionVersion>::failure(next.problem()));
    const int version = *next;
    const QString image = imageOf(record.name, version);
    // The version's image on every engine the function runs on.
    QList<QFuture<VoidResult>> tags;
    for (const QString &engine : enginesOf(record)) {
        engine::DockerClient *client = m_engines ? m_engines(engine) : nullptr;
        if (!client)
            return ready(Result<FunctionVersion>::failure(
                ErrorKind::NotFound, ServiceText::tr("There is no engine called %1.").arg(engine)));
        tags << client->tagImage(imageOf(record.name), image.section(QLatin1Char(':'), 0, 0),
                                 QString::number(version));
    }
    return allOf(tags, this)
        .then(this, [this, record, version, description](const VoidResult &tagged) {
            if (!tagged)
                return Result<FunctionVersion>::failure(tagged.problem());
            auto added = m_versions.add(record.name, version, description, record);
            if (added)
                Q_EMIT functionsChanged();
            return added;
        });
}

Result<FunctionAlias> FunctionService::setAlias(const FunctionAlias &alias)
{
    auto found = m_repo.find(alias.function);
    if (!found)
        return Result<FunctionAlias>::failure(found.problem());
    if (!found->has_value())
        return Result<FunctionAlias>::failure(functionNotFound(alias.function));
    FunctionAlias named = alias;
    named.function = (*found)->name;
    auto set = m_versions.setAlias(named);
    if (set)
        Q_EMIT functionsChanged();
    return set;
}

Result<QueuedEvent> FunctionService::enqueue(const QString &name, const QByteArray &payload,
                                             const QString &qualifier)
{
    const auto found = m_repo.find(name);
    if (!found)
        return Result<QueuedEvent>::failure(found.problem());
    if (!found->has_value())
        return Result<QueuedEvent>::failure(functionNotFound(name));
    if (payload.size() > kMaxAsyncPayloadBytes)
        return Result<QueuedEvent>::failure(
            ErrorKind::InvalidInput,
            ServiceText::tr(
                "Request must be smaller than %1 bytes for the InvokeFunction operation")
                .arg(kMaxAsyncPayloadBytes));
    const QByteArray event = payload.trimmed().isEmpty() ? QByteArrayLiteral("{}") : payload;
    if (!nlohmann::json::accept(event.constBegin(), event.constEnd()))
        return Result<QueuedEvent>::failure(
            ErrorKind::InvalidInput,
            ServiceText::tr("Could not parse request body into json: the payload is not JSON."));
    auto queued = m_async.add((*found)->name, qualifier, event);
    if (queued)
        Q_EMIT eventQueued();
    return queued;
}

QFuture<Result<Invocation>> FunctionService::invoke(const QString &name, const QByteArray &payload,
                                                    const QString &qualifier,
                                                    const QString &requestId)
{
    auto found = m_repo.find(name);
    if (!found)
        return ready(Result<Invocation>::failure(found.problem()));
    if (!found->has_value())
        return ready(Result<Invocation>::failure(functionNotFound(name)));
    FunctionRecord record = **found;
    // Which version runs: $LATEST, a number, or an alias's pick.
    int version = 0;
    if (!qualifier.isEmpty() && qualifier != QLatin1String("$LATEST")) {
        bool number = false;
        version = qualifier.toInt(&number);
        if (!number) {
            const auto alias = m_versions.alias(record.name, qualifier);
            if (!alias)
                return ready(Result<Invocation>::failure(alias.problem()));
            if (!alias->has_value())
                return ready(Result<Invocation>::failure(
                    functionNotFound(record.name + QLatin1Char(':') + qualifier)));
            const FunctionAlias &a = **alias;
            version = a.extraVersion && QRandomGenerator::global()->generateDouble() < a.extraWeight
                          ? *a.extraVersion
                          : a.version;
        }
        const auto published = m_versions.find(record.name, version);
        if (!published)
            return ready(Result<Invocation>::failure(published.problem()));
        if (!published->has_value())
            return ready(Result<Invocation>::failure(
                functionNotFound(record.name + QLatin1Char(':') + qualifier)));
        // A version runs as it was published; what it may use now (its
        // concurrency) stays the function's.
        const std::optional<int> concurrency = record.reservedConcurrency;
        record = (*published)->config;
        record.reservedConcurrency = concurrency;
        record.updatedMs = (*published)->createdMs;
    }
    if (payload.size() > kMaxSyncPayloadBytes)
        return ready(Result<Invocation>::failure(
            ErrorKind::InvalidInput,
            ServiceText::tr(
                "Request must be smaller than %1 bytes for the InvokeFunction operation")
                .arg(kMaxSyncPayloadBytes)));
    const QByteArray event = payload.trimmed().isEmpty() ? QByteArrayLiteral("{}") : payload;
    if (!nlohmann::json::accept(event.constBegin(), event.constEnd()))
        return ready(Result<Invocation>::failure(
            ErrorKind::InvalidInput,
            ServiceText::tr("Could not parse request body into json: the payload is not JSON.")));
    if (record.reservedConcurrency && *record.reservedConcurrency == 0) {
        Q_EMIT throttled(record.name);
        return ready(Result<Invocation>::failure(
            ErrorKind::Throttled,
            ServiceText::tr("Rate exceeded: %1's reserved concurrency is 0.").arg(record.name)));
    }

    PoolTarget target;
    target.engines = enginesOf(record);
    target.timeoutMs = record.timeoutSeconds * 1000;
    target.concurrency = record.reservedConcurrency.value_or(0);
    target.revision = record.updatedMs;
    EnvironmentConfig &config = target.config;
    config.functionName = record.name;
    config.image = imageOf(record.name, version);
    if (version > 0)
        config.version = QString::number(version);
    config.runtime = record.runtime;
    config.handler = record.handler;
    config.memoryMiB = record.memoryMiB;
    config.ephemeralMiB = record.ephemeralMiB;
    config.environment = environmentList(record.environment);
    // AWS's SDKs inside reach Sloop's endpoint, as Lambda's reach AWS,
    // from the engines where it is served.
    if (record.network && m_awsContext)
        for (const QString &engine : target.engines)
            if (const auto aws = m_awsContext->contextFor(record, engine))
                target.engineEnvironment.insert(engine, aws->environment());
    config.network = record.network;
    config.dockerNetwork = record.dockerNetwork;
    config.functionArn = functionArn(record.name);

    InvocationRecord started;
    started.function = record.name;
    started.requestId =
        requestId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : requestId;
    started.version = config.version;
    started.startedMs = QDateTime::currentMSecsSinceEpoch();
    started.memoryMiB = record.memoryMiB;
    return m_pool.invoke(target, started.requestId, event)
        .then(this, [this, started](const Result<InvocationResult> &done) {
            if (!done) {
                if (done.kind() == ErrorKind::Throttled)
                    Q_EMIT throttled(started.function);
                return Result<Invocation>::failure(done.problem());
            }
            Invocation out;
            out.result = *done;
            InvocationRecord &r = out.record;
            r = started;
            r.durationMs = done->durationMs;
            r.billedMs = billedDuration(done->durationMs);
            r.maxMemoryMiB = int((done->maxMemoryKb + 1023) / 1024);
            if (done->initMs)
                r.initMs = double(*done->initMs);
            r.errorType = done->ok ? QString() : done->errorType;
            r.log = lambdaLog(r, done->log);
            keep(r);
            Q_EMIT invoked(r);
            return Result<Invocation>(out);
        });
}

void FunctionService::removeEnvironments(int timeoutMs)
{
    const QFuture<void> gone = m_pool.shutdown();
    if (gone.isFinished())
        return;
    QEventLoop loop;
    QFutureWatcher<void> watcher;
    connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    watcher.setFuture(gone);
    if (!gone.isFinished())
        loop.exec();
    if (!gone.isFinished())
        qCWarning(lcFunctions) << "some environments were not removed within" << timeoutMs << "ms";
}

void FunctionService::keep(const InvocationRecord &record)
{
    if (!m_worker) {
        if (const VoidResult kept = m_log.append(record); !kept)
            qCWarning(lcFunctions) << "an invocation's log was not kept:" << kept.error();
        return;
    }
    m_worker->submit(QStringLiteral("an invocation's log"),
                     [record](store::StoreWriteContext &context) {
                         return context.resident<InvocationLog>().append(record);
                     });
}

} // namespace sloop::functions
