#pragma once

#include <QLoggingCategory>

// System containers' own category: `QT_LOGGING_RULES="sloop.instances.containers.debug=true"`
// shows the ports chosen, the engine calls of a create or recreate and their rollbacks.
Q_DECLARE_LOGGING_CATEGORY(lcSystemContainers)
