#include "dockerexecbackend.h"

#include "engine/dockerclient.h"
#include "terminallogging.h"

#include <QCoreApplication>

namespace sloop::terminal {

using engine::EngineStream;

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
    m_client->createExec(m_containerId, m_command, true, {QStringLiteral("TERM=xterm-256color")})
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
            connect(m_stream, &EngineStream::data, this, &DockerExecBackend::received);
            connect(m_stream, &EngineStream::finished, this, [this](const QString &error) {
                finish(error.isEmpty() ? QString()
                                       : tr("The shell in %1 ended: %2").arg(m_name, error));
            });
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
