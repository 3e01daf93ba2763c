#include "sshlogging.h"

Q_LOGGING_CATEGORY(lcSsh, "sloop.ssh", QtInfoMsg)
