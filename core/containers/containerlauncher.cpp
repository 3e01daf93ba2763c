#include "containerlauncher.h"

#include "engine/dockerclient.h"
#include "engine/dockerjson.h"
#include "engine/streamdecoders.h"
#include "util/futures.h"

#include <QPromise>

namespace sloop::containers {

struct ContainerLauncher::Run
{
    engine::ContainerSpec spec;
    Options options;
    Launched launched;
    QPromise<Result<Launched>> promise;
};

ContainerLauncher::ContainerLauncher(engine::DockerClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

QFuture<Result<ContainerLauncher::Launched>>
ContainerLauncher::launch(const engine::ContainerSpec &spec, Options options)
{
    auto run = std::make_shared<Run>();
    run->spec = spec;
    run->options = options;
    run->promise.start();
    QFuture<Result<Launched>> future = run->promise.future();
    create(run);
    return future;
}

void ContainerLauncher::finish(const std::shared_ptr<Run> &run, Result<Launched> result)
{
    run->promise.addResult(std::move(result));
    run->promise.finish();
}

void ContainerLauncher::create(std::shared_ptr<Run> run)
{
    if (!m_client)
        return finish(run,
                      Result<Launched>::failure(ErrorKind::Unreachable, tr("The engine is gone.")));
    Q_EMIT step(Step::Create, tr("Creating a container from %1…").arg(run->spec.image));
    whenFinished(m_client->createContainer(run->spec), this,
                 [this, run](const Result<QString> &id) {
                     // Creating answers 404 only when the image is missing (Docker and Podman).
                     if (!id && id.kind() == ErrorKind::NotFound && run->options.pullIfMissing &&
                         !run->launched.pulled)
                         return pull(run);
                     if (!id)
                         return finish(run, Result<Launched>::failure(id.problem()));
                     run->launched.id = *id;
                     Q_EMIT created(*id);
                     if (!run->options.start)
                         return finish(run, run->launched);
                     start(run);
                 });
}

void ContainerLauncher::pull(std::shared_ptr<Run> run)
{
    Q_EMIT step(Step::Pull, tr("Pulling %1…").arg(run->spec.image));
    run->launched.pulled = true;
    engine::EngineStream *stream = m_client->pullImage(run->spec.image, this);
    auto splitter = std::make_shared<engine::LineSplitter>();
    auto error = std::make_shared<QString>();
    auto lastStatus = std::make_shared<QString>();
    connect(stream, &engine::EngineStream::data, this,
            [this, run, splitter, error, lastStatus](const QByteArray &bytes) {
                QList<QByteArray> lines;
                splitter->feed(bytes, &lines);
                for (const QByteArray &line : std::as_const(lines)) {
                    const auto update = engine::json::parsePullProgress(line);
                    if (!update) {
                        if (error->isEmpty())
                            *error = update.error();
                        continue;
                    }
                    // The engine repeats a layer's status with every chunk
                    // it fetches (hundreds a second): pass on only changes.
                    if (!update->status.isEmpty() && update->status != *lastStatus) {
                        *lastStatus = update->status;
                        Q_EMIT pullProgress(
                            tr("Pulling %1: %2").arg(run->spec.image, update->status));
                    }
                }
            });
    connect(stream, &engine::EngineStream::finished, this,
            [this, run, stream, error](const QString &e) {
                stream->deleteLater();
                const QString problem = !e.isEmpty() ? e : *error;
                if (!problem.isEmpty())
                    return finish(run, Result<Launched>::failure(
                                           ErrorKind::NotFound,
                                           tr("Cannot pull %1: %2").arg(run->spec.image, problem)));
                create(run);
            });
}

void ContainerLauncher::start(std::shared_ptr<Run> run)
{
    Q_EMIT step(Step::Start,
                tr("Starting %1…")
                    .arg(run->spec.name.isEmpty() ? run->launched.id.left(12) : run->spec.name));
    whenFinished(
        m_client->startContainer(run->launched.id), this, [this, run](const VoidResult &started) {
            if (!started)
                return finish(run, Result<Launched>::failure(started.problem().withMessage(
                                       tr("Created container %1 but could not start it: %2")
                                           .arg(run->launched.id.left(12), started.error()))));
            run->launched.started = true;
            finish(run, run->launched);
        });
}

} // namespace sloop::containers
