#pragma once

#include "util/result.h"

#include <QString>

namespace sloop::paths {

// XDG base directories, read from the environment each call so a test (or a
// person) can point Sloop at an empty folder with XDG_*_HOME.
QString configDir();  // $XDG_CONFIG_HOME/sloop
QString dataDir();    // $XDG_DATA_HOME/sloop
QString runtimeDir(); // $XDG_RUNTIME_DIR/sloop, or a private folder in /tmp

QString databaseFile(); // dataDir()/sloop.db
QString settingsFile(); // configDir()/sloop.conf

bool ensureDir(const QString &path);
// A folder for sockets only this user may reach: made 0700, or checked with
// lstat when it exists: a real folder (not a link), this user's, others
// shut out. Never a pre-existing folder of someone else.
VoidResult ensurePrivateFolder(const QString &path);

} // namespace sloop::paths
