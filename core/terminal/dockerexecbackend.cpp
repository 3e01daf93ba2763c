#include "dockerexecbackend.h"

#include "engine/dockerclient.h"
#include "terminallogging.h"

#include <QCoreApplication>

namespace sloop::terminal {

using engine::EngineStream;

namespace {

// The engine keeps an exec running after its connection closes, so the
// backend must end the shell itself. A small wrapper reports the shell's pid
// (in the container's namespace) as a private OSC sequence before it execs
// the command, and close() sends that pid a hangup.
const QByteArray kPidMark = "\x1b]777;sloop-pid;";

QStringList wrapped(const QStringList &command)
{
    return QStringList{QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                       QStringLiteral("printf '\\033]777;sloop-pid;%s\\007' $$; exec \"$@\""),
                       QStringLiteral("sh")} +
           command;
}

} // namespace

DockerExecBackend::DockerExecBackend(engine::DockerClient *client, QString containerId,
                                     QString containerName, QStringList command, QObject *parent)
    : TerminalBackend(parent)
    , m_client(client)
    , m_containerId(std::move(containerId))
    , m_name(containerName.isEmpty() ? m_containerId.left(12) : std::move(containerName))
    , m_command(std::move(command))
{
    start();
}

DockerExecBackend::~DockerExecBackend()
{
    close();
}

TerminalBackend *DockerExecBackend::duplicate(QObject *parent) const
{
    if (!m_client)
        return nullptr;
    return new DockerExecBackend(m_client, m_containerId, m_name, m_command, parent);
}

void DockerExecBackend::start()
{
    if (!m_client) {
        finish(tr("No engine is connected."));
        return;
    }
    qCDebug(lcTerminal) << "exec" << m_command << "in" << m_containerId;
    // TERM tells programs in the container what the widget understands;
    // without it busybox sh and vi fall back to a dumb terminal.
    m_client
        ->createExec(m_containerId, wrapped(m_command), true,
                     {QStringLiteral("TERM=xterm-256color")})
        .then(this, [this](const Result<QString> &exec) {
            if (m_closed)
                return;
            if (!exec) {
                finish(tr("Could not start a shell in %1: %2").arg(m_name, exec.error()));
                return;
            }
            m_execId = *exec;
            if (!m_client) {
                finish(tr("The engine connection was closed."));
                return;
            }
            m_stream = m_client->startExec(m_execId, true, this);
            connect(m_stream, &EngineStream::opened, this, [this](int status) {
                if (status != 101 && status != 200)
                    return; // finished() carries the engine's message
                m_attached = true;
                applySize();
                if (!m_pending.isEmpty())
                    m_stream->write(std::exchange(m_pending, {}));
                Q_EMIT opened();
            });
            connect(m_stream, &EngineStream::data, this, &DockerExecBackend::onData);
            connect(m_stream, &EngineStream::finished, this, [this](const QString &error) {
                finish(error.isEmpty() ? QString()
                                       : tr("The shell in %1 ended: %2").arg(m_name, error));
            });
        });
}

void DockerExecBackend::onData(const QByteArray &bytes)
{
    if (!m_shellPid.isEmpty() || m_head.size() > 4096) {
        if (!m_head.isEmpty())
            Q_EMIT received(std::exchange(m_head, {}));
        Q_EMIT received(bytes);
        return;
    }
    m_head += bytes;
    const qsizetype start = m_head.indexOf(kPidMark);
    const qsizetype end = start < 0 ? -1 : m_head.indexOf('\x07', start);
    if (end < 0)
        return; // wait for the rest of the mark
    m_shellPid = m_head.mid(start + kPidMark.size(), end - start - kPidMark.size());
    m_head.remove(start, end + 1 - start);
    if (!m_head.isEmpty())
        Q_EMIT received(std::exchange(m_head, {}));
}

void DockerExecBackend::hangUp()
{
    bool numeric = false;
    m_shellPid.toInt(&numeric);
    if (!numeric || !m_client)
        return;
    // Runs after this backend is gone: the client owns the helper exec.
    engine::DockerClient *client = m_client;
    const QString pid = QString::fromLatin1(m_shellPid);
    client
        ->createExec(m_containerId,
                     {QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                      QStringLiteral("kill -HUP %1").arg(pid)},
                     false)
        .then(client, [client](const Result<QString> &exec) {
            if (!exec) {
                qCInfo(lcTerminal) << "could not end the shell:" << exec.error();
                return;
            }
            EngineStream *helper = client->startExec(*exec, false, client);
            QObject::connect(helper, &EngineStream::finished, helper, &QObject::deleteLater);
        });
}

void DockerExecBackend::send(const QByteArray &bytes)
{
    if (m_closed)
        return;
    if (m_attached)
        m_stream->write(bytes);
    else
        m_pending += bytes;
}

void DockerExecBackend::resize(int columns, int rows)
{
    if (columns <= 0 || rows <= 0 || (columns == m_columns && rows == m_rows))
        return;
    m_columns = columns;
    m_rows = rows;
    if (m_attached && !m_closed)
        applySize();
}

void DockerExecBackend::applySize()
{
    if (!m_client || m_execId.isEmpty() || m_columns <= 0)
        return;
    m_client->resizeExec(m_execId, m_rows, m_columns).then(this, [this](const VoidResult &r) {
        // A resize racing the end of the shell fails harmlessly.
        if (!r && !m_closed)
            qCDebug(lcTerminal) << "exec resize failed:" << r.error();
    });
}

void DockerExecBackend::close()
{
    if (m_closed)
        return;
    m_closed = true;
    if (m_stream) {
        if (!m_stream->isFinished())
            hangUp();
        m_stream->disconnect(this);
        m_stream->close();
        m_stream->deleteLater();
        m_stream = nullptr;
    }
}

void DockerExecBackend::finish(const QString &reason)
{
    if (m_closed)
        return;
    m_closed = true;
    if (!reason.isEmpty())
        qCInfo(lcTerminal).noquote() << reason;
    Q_EMIT closed(reason);
}

} // namespace sloop::terminal
