#pragma once

#include <QString>

#include <memory>

namespace sloop::instances {

// Says "this process is working on instance NAME" to every other Sloop
// process of the user (the window, `sloop serve`, a CLI run): a lock on a
// file in the runtime folder, held while the operation runs and let go by
// the kernel when the process ends, however it ends. A record left
// provisioning or deleting with no lease held was interrupted (Sloop was
// killed), not slow.
class OperationLease
{
public:
    ~OperationLease();
    OperationLease(const OperationLease &) = delete;
    OperationLease &operator=(const OperationLease &) = delete;

    // The lease for `instance`; nullptr when the runtime folder cannot hold
    // it (the operation then runs unannounced) or another process holds it.
    static std::unique_ptr<OperationLease> take(const QString &instance);
    // Whether some process holds the lease for `instance` now; true when
    // the runtime folder cannot tell (nothing is then taken for dead).
    static bool isHeld(const QString &instance);

private:
    explicit OperationLease(int fd);
    int m_fd;
};

} // namespace sloop::instances
