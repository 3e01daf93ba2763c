#pragma once

#include "engine/dockertypes.h"
#include "util/result.h"

#include <QFuture>
#include <QObject>
#include <QPointer>

namespace sloop::engine {
class DockerClient;
}

namespace sloop::containers {

// Running a container, as `docker run -d` does it: create; when the engine
// has no such image (ErrorKind::NotFound), pull it with progress and create
// again; then start. One implementation for the Containers page's Run dialog
// and `sloop containers run`.
//
// Lives on the caller's thread; the future finishes there. step() says what
// it does now (for a status line or stderr), pullProgress() how a pull goes.
class ContainerLauncher : public QObject
{
    Q_OBJECT
public:
    enum class Step
    {
        Create,
        Pull,
        Start
    };
    struct Options
    {
        bool start = true;         // false: create only (the dialog's "start" box)
        bool pullIfMissing = true; // false: a missing image is the answer
    };
    struct Launched
    {
        QString id;
        bool pulled = false;  // the image was pulled first
        bool started = false; // Options::start and it started
    };

    explicit ContainerLauncher(engine::DockerClient *client, QObject *parent = nullptr);

    // The failure keeps the engine's kind: a name in use is Conflict, an
    // image that cannot be pulled is NotFound or Unreachable. A container
    // that was made but did not start fails with its id in the message.
    QFuture<Result<Launched>> launch(const engine::ContainerSpec &spec, Options options);
    QFuture<Result<Launched>> launch(const engine::ContainerSpec &spec)
    {
        return launch(spec, Options{});
    }

Q_SIGNALS:
    void step(sloop::containers::ContainerLauncher::Step step, const QString &text);
    void pullProgress(const QString &status);
    // The container exists (before it starts, which may still fail): a page
    // selects it, so a failed start's logs are one click away.
    void created(const QString &id);

private:
    struct Run;
    void create(std::shared_ptr<Run> run);
    void pull(std::shared_ptr<Run> run);
    void start(std::shared_ptr<Run> run);
    void finish(const std::shared_ptr<Run> &run, Result<Launched> result);

    QPointer<engine::DockerClient> m_client;
};

} // namespace sloop::containers
