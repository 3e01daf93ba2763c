#include "terminallogging.h"

Q_LOGGING_CATEGORY(lcTerminal, "sloop.terminal", QtInfoMsg)
