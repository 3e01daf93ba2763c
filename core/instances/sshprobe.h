#pragma once

#include "util/result.h"

#include <QFuture>
#include <QString>

namespace sloop::instances {

// Finishes once a TCP connection to address:port is answered with an SSH
// banner ("SSH-2.0-..."), trying again every 50 ms until timeoutMs. A port
// published by the engine accepts connections before the container's sshd
// listens (the engine's proxy closes them at once), so the banner is what
// counts, not the connect. Event-driven on the calling thread, which must
// run an event loop; nothing blocks.
QFuture<VoidResult> waitForSsh(const QString &address, quint16 port, int timeoutMs = 30000);

} // namespace sloop::instances
