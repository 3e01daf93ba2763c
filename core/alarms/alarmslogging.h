#pragma once

#include <QLoggingCategory>

// Alarm evaluation, state changes and the commands they run:
// `QT_LOGGING_RULES="sloop.alarms.debug=true"` shows every evaluation.
Q_DECLARE_LOGGING_CATEGORY(lcAlarms)
