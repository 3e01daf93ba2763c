#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace sloop::ssh {

// One name in a remote folder, as SFTP (version 3) describes it. Names are
// decoded as UTF-8; the protocol carries bytes, and a name that is not UTF-8
// shows with replacement characters.
struct SftpEntry
{
    enum class Type
    {
        File,
        Directory,
        Symlink,
        Other, // sockets, devices, pipes
    };

    QString name; // the last path component ("." and ".." are never listed)
    QString path; // the full remote path
    Type type = Type::Other;
    bool linksToDirectory = false; // a symlink whose target is a folder (enterable)
    qint64 size = 0;
    quint32 permissions = 0; // the 12 mode bits (07777)
    QDateTime modified;
    QString owner; // names when the server says them, else the numeric id
    QString group;

    bool isDirectory() const
    {
        return type == Type::Directory || (type == Type::Symlink && linksToDirectory);
    }
};

// Where a transfer stands; each slice of work on the session's worker
// reports one.
struct SftpProgress
{
    qint64 done = 0;
    qint64 total = 0;
    bool finished = false;
};

// "rwxr-xr-x" for the listing and the CLI.
QString permissionString(quint32 permissions);

} // namespace sloop::ssh

Q_DECLARE_METATYPE(sloop::ssh::SftpEntry)
