#pragma once

#include <QStringList>

namespace sloop::cli {

// True when the command line asks for a subcommand (or --version/--help)
// rather than the window.
bool wantsCli(int argc, char *argv[]);

// Runs a subcommand on a QCoreApplication that already exists. JSON (with
// --json) or text on stdout, errors on stderr; returns the exit status.
int run(const QStringList &arguments);

} // namespace sloop::cli
