#include "monitoringlogging.h"

Q_LOGGING_CATEGORY(lcMonitoring, "sloop.monitoring", QtInfoMsg)
