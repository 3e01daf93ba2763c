#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QMutex>
#include <QObject>

namespace sloop {

struct CommandLogEntry
{
    qint64 id = 0; // set by the store; 0 until saved
    QDateTime time;
    QString target;  // "local" engine, later a host name
    QString call;    // "GET /v1.41/containers/json?all=1", or a quoted shell command
    qint64 durationMs = 0;
    bool ok = true;
    QString result; // "200", "404: No such container", an error message
};

// Every engine call and remote command Sloop makes, so a learner can see
// exactly what a click did. Safe to call record() from any thread; entries
// reach listeners on the log's own thread. Callers never pass secrets: the
// engine client logs method and path only, never bodies or auth headers.
class CommandLog : public QObject
{
    Q_OBJECT
public:
    explicit CommandLog(QObject *parent = nullptr);

    void record(CommandLogEntry entry);
    QList<CommandLogEntry> recent() const;
    static constexpr int kKeepInMemory = 2000;

Q_SIGNALS:
    void recorded(const sloop::CommandLogEntry &entry);

private:
    void deliver(const CommandLogEntry &entry);

    mutable QMutex m_mutex;
    QList<CommandLogEntry> m_recent;
};

} // namespace sloop

Q_DECLARE_METATYPE(sloop::CommandLogEntry)
