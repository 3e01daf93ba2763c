#pragma once

#include "args.h"

#include "commandlog/commandlog.h"
#include "engine/enginecatalog.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>

#include <memory>

namespace sloop::engine {
class DockerClient;
}

namespace sloop::hosts {
class RemoteEngineTunnel;
}

namespace sloop::cli {

// Runs this thread's event loop until `future` ends: for work whose
// continuations run on this thread (core services that chain calls).
template <typename T> void runUntilFinished(const QFuture<T> &future)
{
    QEventLoop loop;
    QFutureWatcher<T> watcher;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished())
        loop.exec();
}

// What one CLI invocation shares between its calls: the command log (echoed
// to stderr with --verbose) and the engine the command line chose.
class Session
{
public:
    explicit Session(const ParsedArgs &args);
    ~Session();

    bool json() const { return m_json; }

    // The engine --engine names, or the first one. On failure the message
    // is ready to print and exitCode() says how to exit.
    Result<engine::DockerClient *> client() { return client(m_engineName); }
    Result<engine::DockerClient *> client(const QString &name);
    QList<engine::EngineEndpoint> engines() const { return m_engines.engines(); }
    int lookupExitCode() const { return m_lookupExitCode; }

    // Runs this thread's event loop until the future ends: engine and SSH
    // calls settle their futures here (util/futures.h), and core services
    // chain calls on it. Log entries reach us as queued events: they are
    // delivered before returning so --verbose prints each call next to its
    // effect.
    template <typename T> T run(QFuture<T> future)
    {
        runUntilFinished(future);
        flushLog();
        return future.result();
    }
    void flushLog();

private:
    void onRecorded(const CommandLogEntry &entry);
    // An SSH host of that name with Docker: its engine through a forward.
    std::optional<Result<engine::DockerClient *>> remoteClient(const QString &name);

    CommandLog m_log;
    std::unique_ptr<hosts::RemoteEngineTunnel> m_tunnel; // outlives the clients below
    engine::EngineManager m_engines;
    QString m_engineName;
    bool m_json = false;
    bool m_verbose = false;
    int m_lookupExitCode = 1;
};

} // namespace sloop::cli
