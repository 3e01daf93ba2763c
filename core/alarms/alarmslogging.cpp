#include "alarmslogging.h"

Q_LOGGING_CATEGORY(lcAlarms, "sloop.alarms", QtInfoMsg)
