#include "commandlog.h"

#include <QThread>

namespace sloop {

CommandLog::CommandLog(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<CommandLogEntry>();
}

void CommandLog::record(CommandLogEntry entry)
{
    if (!entry.time.isValid())
        entry.time = QDateTime::currentDateTime();
    if (QThread::currentThread() == thread()) {
        deliver(entry);
        return;
    }
    QMetaObject::invokeMethod(this, [this, entry] { deliver(entry); }, Qt::QueuedConnection);
}

void CommandLog::deliver(const CommandLogEntry &entry)
{
    {
        QMutexLocker lock(&m_mutex);
        m_recent.append(entry);
        if (m_recent.size() > kKeepInMemory)
            m_recent.remove(0, m_recent.size() - kKeepInMemory);
    }
    Q_EMIT recorded(entry);
}

QList<CommandLogEntry> CommandLog::recent() const
{
    QMutexLocker lock(&m_mutex);
    return m_recent;
}

} // namespace sloop
