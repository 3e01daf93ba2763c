#pragma once

#include "asyncevents.h"
#include "awscontext.h"
#include "functioncode.h"
#include "functionpool.h"
#include "functionrecord.h"
#include "functionrepository.h"
#include "functionversions.h"
#include "invocationlog.h"
#include "util/result.h"

#include <QFuture>
#include <QObject>

#include <memory>

namespace sloop::store {
class Database;
class StoreWorker;
} // namespace sloop::store

namespace sloop::functions {

// One finished invocation: what the function returned (or its error) and
// how it went, as Lambda reports both.
struct Invocation
{
    InvocationResult result;
    InvocationRecord record; // requestId, the REPORT figures, the whole log
};

// Lambda's payload limits.
inline constexpr qint64 kMaxSyncPayloadBytes = 6 * 1024 * 1024;
// "arn:sloop:lambda:local:000000000000:function:NAME": Lambda's shape in
// Sloop's own partition, so nothing mistakes it for an AWS resource.
QString functionArn(const QString &name);
// Lambda's ResourceNotFoundException for a function (or NAME:QUALIFIER):
// "Function not found: ARN", kind NotFound.
Error functionNotFound(const QString &name);

// Functions end to end: creating one (its configuration checked and stored,
// its image built on its engine from the runtime's base image and the code),
// deploying new code, changing and removing it, and invoking it through the
// pool of warm environments, with each invocation's log and REPORT kept.
// The window and `sloop serve` run one over their control plane's store
// (its environments go when it does); a CLI asks the owner's, or without
// an owner runs one for its single invocation.
//
// Thread-safety: use on the thread that made it.
class FunctionService : public QObject
{
    Q_OBJECT
public:
    FunctionService(store::Database &db, FunctionPool::ClientLookup engines,
                    QObject *parent = nullptr);
    ~FunctionService() override;

    // Invocation logs go through the worker (the control plane's) instead
    // of being written here, on the caller's thread.
    void setStoreWorker(store::StoreWorker *worker) { m_worker = worker; }

    FunctionRepository &repository() { return m_repo; }
    InvocationLog &invocationLog() { return m_log; }
    FunctionVersions &versions() { return m_versions; }
    AsyncEvents &asyncEvents() { return m_async; }
    FunctionPool *pool() { return &m_pool; }

    // Where functions' environments get AWS_ENDPOINT_URL and credentials
    // from (the owner's endpoint); without one they get none.
    void setAwsContextSource(AwsContextSource *source) { m_awsContext = source; }

    // The image every runtime starts from (scripts/build-runtime-images.sh).
    QString baseImage() const { return m_baseImage; }
    void setBaseImage(const QString &image) { m_baseImage = image; }
    static constexpr auto kDefaultBaseImage = "sloop/runtime:bookworm";
    // The image of a function's $LATEST (sloop-fn/NAME:latest), or of a
    // published version (sloop-fn/NAME:N).
    static QString imageOf(const QString &functionName, int version = 0);

    // Checks, builds the image on the function's engine, then stores it. A
    // failed build stores nothing.
    QFuture<Result<FunctionRecord>> create(FunctionRecord record, FunctionCode code);
    // New code for $LATEST: a new image; warm environments of the old code
    // serve nothing new. An image function is rebuilt from imageUri (when
    // given) or from its image as it is now on the engine.
    QFuture<Result<FunctionRecord>> deploy(const QString &name, FunctionCode code,
                                           const QString &imageUri = {});
    // New configuration (memory, timeout, environment…); the image stays.
    Result<FunctionRecord> configure(FunctionRecord record);
    // The function's Docker network exists on its engine (when it names one).
    QFuture<VoidResult> checkNetwork(const FunctionRecord &record);
    // The Docker networks on an engine a function may join (by name).
    QFuture<Result<QStringList>> networkNames(const QString &engine);
    // The function, its environments, its image, its kept code and its logs.
    QFuture<VoidResult> remove(const QString &name);

    // Publishes $LATEST as the next version: its configuration as it is
    // now and its image tagged sloop-fn/NAME:N. Versions never change.
    QFuture<Result<FunctionVersion>> publish(const QString &name, const QString &description = {});
    // Points an alias at a version (with an optional canary version and its
    // weight); moving it back is a rollback.
    Result<FunctionAlias> setAlias(const FunctionAlias &alias);

    // A RequestResponse invocation. payload: JSON text (empty is {}).
    // qualifier: empty or "$LATEST", a version number, or an alias (which
    // picks its canary version by weight). A function's error is an
    // Invocation with result.ok false; failures are the platform's
    // (NotFound, InvalidInput for the payload, Throttled). The version that
    // ran is the record's version.
    // requestId: an Event invocation's own (its log carries it, as
    // Lambda's does); empty: a new one.
    QFuture<Result<Invocation>> invoke(const QString &name, const QByteArray &payload,
                                       const QString &qualifier = {},
                                       const QString &requestId = {});

    // An Event invocation: checked (the function, the payload: JSON, at
    // most 256 KB), stored durably and answered with its request id; the
    // owner's AsyncDispatcher runs it, retries it and sends it on when it
    // never succeeds. Delivery is at least once.
    Result<QueuedEvent> enqueue(const QString &name, const QByteArray &payload,
                                const QString &qualifier = {});

    // Removes every environment and waits (running this thread's events)
    // until the engines removed their containers, at most timeoutMs: for a
    // process about to end, whose destructors would only start the removals.
    void removeEnvironments(int timeoutMs = 10000);

Q_SIGNALS:
    void functionsChanged();
    void invoked(const sloop::functions::InvocationRecord &record);
    // An Event invocation was queued here (the dispatcher runs it now).
    void eventQueued();
    // An invocation was refused: the function's concurrency was taken.
    void throttled(const QString &function);

private:
    QFuture<Result<QString>> build(const FunctionRecord &record, const FunctionCode &code);
    void keep(const InvocationRecord &record);

    store::Database &m_db;
    FunctionRepository m_repo;
    InvocationLog m_log;
    FunctionVersions m_versions;
    AsyncEvents m_async;
    FunctionPool m_pool;
    QFuture<Result<QString>> buildOn(const QString &engine, const FunctionRecord &record,
                                     const FunctionCode &code);
    QFuture<VoidResult> checkNetworkOn(const QString &engine, const QString &network);

    FunctionPool::ClientLookup m_engines;
    store::StoreWorker *m_worker = nullptr;
    AwsContextSource *m_awsContext = nullptr;
    QString m_baseImage = QString::fromLatin1(kDefaultBaseImage);
};

} // namespace sloop::functions
