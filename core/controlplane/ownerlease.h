#pragma once

#include "util/result.h"

#include <QLockFile>
#include <QString>

#include <memory>
#include <optional>

namespace sloop {

// Who owns a data folder's long-running work: collecting, alarms, and later
// the gateway, schedules and batch dispatch. Exactly one process per data
// folder holds dataDir()/owner.lock for as long as it runs: the first window
// or `sloop serve` to take it. Every other process is a client of the owner
// (through its admin API, AdminApi) or waits to take over; so nothing that
// must happen once (an alarm's command, a schedule's fire) can happen twice.
//
// A lease whose process died (even by SIGKILL) is taken over by the next
// process that tries (same host, pid no longer running); a live holder is
// never stale however long it has held the lease.
class OwnerLease
{
public:
    enum class Role
    {
        Window,
        Server
    };
    struct Holder
    {
        qint64 pid = 0;
        std::optional<Role> role; // unknown while the holder is still starting
        QString adminSocket;      // its admin API, empty when it has none
    };

    OwnerLease();
    ~OwnerLease();

    static QString path();

    // Takes the lease if it is free (or its holder died) and records the
    // role beside it. The failure names the holder (ErrorKind::Conflict) and
    // fills *other with it.
    VoidResult acquire(Role role, Holder *other = nullptr);
    // Records a new admin socket (once its server listens).
    void setAdminSocket(const QString &adminSocket);
    void release();
    bool isHeld() const;

    // Another live process holding the lease, looked at without keeping it;
    // nullopt when it is free. (A process that holds it sees itself.)
    static std::optional<Holder> holder();
    static QString describe(const Holder &holder); // "the window (pid 42)"

private:
    void writeInfo();
    // What owner.json says of the holder with that pid (role unknown while
    // it has not written it yet).
    static Holder describeHolder(qint64 pid);

    std::unique_ptr<QLockFile> m_lock;
    Role m_role = Role::Window;
    QString m_adminSocket;
};

} // namespace sloop
