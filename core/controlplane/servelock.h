#pragma once

#include "util/result.h"

#include <QLockFile>
#include <QString>

#include <memory>
#include <optional>

namespace sloop {

// One `sloop serve` per data folder: it holds dataDir()/serve.lock for its
// whole life. The window does not take the lock; it only looks whether a
// serve holds it, and then leaves collecting to that serve (two collectors
// would write every point twice).
//
// A lock whose process died is taken over (same host, pid not running); a
// live holder is never considered stale however long it has held the lock.
class ServeLock
{
public:
    ServeLock();
    ~ServeLock();

    static QString path();

    // Takes the lock, waiting up to `waitMs` for a holder that is letting go
    // (or a window that is just looking). The failure names the holder's pid.
    VoidResult acquire(int waitMs = 3000);
    void release();
    bool isHeld() const;

    // The pid of another live process holding the lock, looked at without
    // keeping it; nullopt when it is free.
    static std::optional<qint64> holder();

private:
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace sloop
