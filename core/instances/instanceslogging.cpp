#include "instanceslogging.h"

Q_LOGGING_CATEGORY(lcSystemContainers, "sloop.instances.containers", QtInfoMsg)
