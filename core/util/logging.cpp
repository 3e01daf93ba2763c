#include "logging.h"

Q_LOGGING_CATEGORY(lcEngine, "sloop.engine", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "sloop.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcContainers, "sloop.containers", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApp, "sloop.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcInstances, "sloop.instances", QtInfoMsg)
