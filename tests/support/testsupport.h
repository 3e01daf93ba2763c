#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFuture>
#include <QTemporaryDir>
#include <QThread>

#include <memory>

namespace sloop::engine {
class DockerClient;
}

namespace sloop::test {

// The image the test scripts build from busybox-static with `docker import`.
inline constexpr const char *kBusybox = "sloop-test/busybox:latest";

// Waits for a future while the event loop runs (continuations with a
// context object need it). Fails the wait after `ms`.
template <typename T> T await(QFuture<T> future, int ms = 60000)
{
    QDeadlineTimer deadline(ms);
    while (!future.isFinished() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(1);
    }
    if (!future.isFinished())
        qFatal("await: the future did not finish within %d ms", ms);
    if constexpr (!std::is_void_v<T>)
        return future.result();
}

// Points XDG_CONFIG_HOME, XDG_DATA_HOME and XDG_RUNTIME_DIR at a fresh
// temporary folder for the life of the object.
class IsolatedXdg
{
public:
    IsolatedXdg();
    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

// The local engine the test script started (DOCKER_HOST honoured). Returns a
// client after a successful negotiation, or a message that says the engine
// the tests need is not running. Callers QVERIFY2 on it: never skip.
Result<engine::DockerClient *> connectTestEngine(QObject *parent);

// A name no other test run uses, safe for the engine: sloop-test-<tag>-<random>.
QString uniqueName(const QString &tag);

// Writes `text` to `path` (replacing it), making its folders first; false
// when that fails. Callers QVERIFY on it.
bool writeTestFile(const QString &path, const QByteArray &text);

} // namespace sloop::test
