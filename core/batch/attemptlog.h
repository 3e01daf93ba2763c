#pragma once

#include <QByteArray>
#include <QFuture>
#include <QString>

namespace sloop::engine {
class DockerClient;
}

namespace sloop::batch {

// The end of what a finished container wrote (stdout and stderr, in order),
// at most maxBytes of it: a job that writes a gigabyte keeps its last
// megabyte and says it was cut, and nothing else waits meanwhile.
struct AttemptLog
{
    QByteArray text;
    bool cut = false;
    QString error; // the stream failed; text holds what came before
};
QFuture<AttemptLog> readAttemptLog(engine::DockerClient *client, const QString &containerId,
                                   qint64 maxBytes);

} // namespace sloop::batch
