#pragma once

#include <QString>

namespace sloop {

// A part only the active owner of a data folder runs: the metrics collector,
// alarm evaluation, and next the scheduler, the gateway and the batch
// dispatcher. The control plane starts them in the order they were added
// when it becomes the owner and stops them in the reverse order before it
// gives the ownership up, so no two processes ever run one at once.
class OwnerService
{
public:
    virtual ~OwnerService() = default;
    virtual void start() = 0;
    // Everything done is stored before it returns: another process may
    // take over right after.
    virtual void stop() = 0;
};

} // namespace sloop
