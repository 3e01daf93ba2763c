#pragma once

#include "wantscli.h"

#include <QStringList>

namespace sloop::cli {

// Runs a subcommand on a QCoreApplication that already exists. JSON (with
// --json) or text on stdout, errors on stderr; returns the exit status.
int run(const QStringList &arguments);

// Ends the process after a command: flushes stdout and stderr and exits
// without running destructors. Everything a command opened (the store,
// sessions, engine clients, temporary files) is closed when run() returns;
// what is left is freeing memory the kernel takes back anyway, a twentieth
// of a 1,000-container `containers ls`.
[[noreturn]] void exitAfterCommand(int code);

} // namespace sloop::cli
