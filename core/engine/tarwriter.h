#pragma once

#include <QByteArray>
#include <QString>

namespace sloop::engine {

// A tar archive (POSIX ustar) of regular files, for DockerClient::putArchive.
// Paths are relative ("usr/local/sbin/sloop-init"); the engine makes missing
// parent folders. Owned by root.
class TarWriter
{
public:
    // False when the path does not fit ustar's 100 + 155 bytes, is absolute
    // or climbs out with "..".
    bool addFile(const QString &path, const QByteArray &content, int mode = 0644,
                 qint64 mtimeSeconds = 0);
    QByteArray finish(); // the archive, with its two closing zero blocks

private:
    QByteArray m_data;
};

} // namespace sloop::engine
