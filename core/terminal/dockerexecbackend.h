#pragma once

#include "terminalbackend.h"

#include <QPointer>
#include <QStringList>

namespace sloop::engine {
class DockerClient;
class EngineStream;
} // namespace sloop::engine

namespace sloop::terminal {

// A shell inside a running container: `docker exec -it <container> /bin/sh`
// over the Engine API. Creates the exec with a TTY, starts it as a hijacked
// stream and forwards bytes both ways; resizes go to the exec resize endpoint.
// Deleting the backend (or close()) ends the session.
class DockerExecBackend : public TerminalBackend
{
    Q_OBJECT
public:
    DockerExecBackend(engine::DockerClient *client, QString containerId, QString containerName,
                      QStringList command = {QStringLiteral("/bin/sh")}, QObject *parent = nullptr);
    ~DockerExecBackend() override;

    void send(const QByteArray &bytes) override;
    void resize(int columns, int rows) override;
    QString title() const override { return m_name; }
    bool canDuplicate() const override { return true; }
    TerminalBackend *duplicate(QObject *parent) const override;

    // Ends the session: the shell gets a hangup and the exec finishes.
    void close();
    QString execId() const { return m_execId; }
    bool isOpen() const { return m_stream && !m_closed; }
    QString containerId() const { return m_containerId; }

Q_SIGNALS:
    void opened(); // the TTY is attached; input now reaches the shell

private:
    void start();
    void finish(const QString &reason);
    void applySize();
    void onData(const QByteArray &bytes);
    void hangUp();

    QPointer<engine::DockerClient> m_client;
    QString m_containerId;
    QString m_name;
    QStringList m_command;
    QString m_execId;
    engine::EngineStream *m_stream = nullptr;
    QByteArray m_pending;  // typed before the TTY was attached
    QByteArray m_head;     // output before the shell's pid was seen
    QByteArray m_shellPid; // in the container's pid namespace
    int m_columns = 0;
    int m_rows = 0;
    bool m_attached = false;
    bool m_closed = false;
};

} // namespace sloop::terminal
