#pragma once

#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sloop::store {
class Database;
}

namespace sloop::instances {

// Image: a container instance committed on its engine. Archive: chosen
// paths of a whole server, copied over SFTP into an archive file.
enum class SnapshotKind
{
    Image,
    Archive
};

QString snapshotKindToString(SnapshotKind kind); // "image", "archive"
std::optional<SnapshotKind> snapshotKindFromString(const QString &text);

// A snapshot outlives its instance (it is how an instance is restored after
// a delete), so it names the instance and keeps what a restore needs.
struct SnapshotRecord
{
    qint64 id = 0; // set by the store
    QString name;  // unique whatever the case: "web-1-2026-11-27-0300"
    QString instanceName;
    SnapshotKind kind = SnapshotKind::Image;
    QString location;    // the engine holding the image, or the host the archive came from
    QString image;       // Image: the engine's image reference ("sloop-snapshots/web-1:...")
    QString archivePath; // Archive: the local archive file
    QStringList paths;   // Archive: the absolute paths it holds
    qint64 sizeBytes = 0;
    QString planId;         // the instance's, for restoring as a new instance
    QString blueprintId;    // the instance's
    bool automatic = false; // made by the daily schedule (those keep the last 7)
    qint64 createdMs = 0;   // 0: the store sets the time of adding

    bool operator==(const SnapshotRecord &other) const = default;
};

// Names, instance and location follow the instance-name rule; an image
// snapshot needs an image reference (no spaces or control characters), an
// archive snapshot an archive path and at least one absolute path.
VoidResult validate(const SnapshotRecord &snapshot);

// The snapshots table (schema step 4). Thread-safety: like the Database.
class SnapshotRepository
{
public:
    explicit SnapshotRepository(store::Database &db)
        : m_db(db)
    {
    }

    Result<SnapshotRecord> add(SnapshotRecord snapshot);
    VoidResult remove(const QString &name);
    Result<std::optional<SnapshotRecord>> find(const QString &name);
    // Newest first.
    Result<QList<SnapshotRecord>> forInstance(const QString &instanceName);
    Result<QList<SnapshotRecord>> all();

private:
    Result<QList<SnapshotRecord>> select(const QString &where, const QVariantList &binds);

    store::Database &m_db;
};

} // namespace sloop::instances
