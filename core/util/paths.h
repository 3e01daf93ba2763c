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
// dataDir()/known_hosts: the host keys of the instances Sloop made, which
// it reads through their engine. Kept out of ~/.ssh/known_hosts, where
// ports reused by new instances would look like changed keys to OpenSSH.
QString instanceKnownHostsFile();

bool ensureDir(const QString &path);
// A folder for sockets only this user may reach: made 0700, or checked with
// lstat when it exists: a real folder (not a link), this user's, others
// shut out. Never a pre-existing folder of someone else.
VoidResult ensurePrivateFolder(const QString &path);

} // namespace sloop::paths
