#pragma once

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

} // namespace sloop::paths
