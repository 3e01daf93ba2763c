#pragma once

#include <QLoggingCategory>

// The SSH layer's own category, so `QT_LOGGING_RULES="sloop.ssh.debug=true"`
// shows connects, host-key decisions and auth attempts without the rest.
Q_DECLARE_LOGGING_CATEGORY(lcSsh)
