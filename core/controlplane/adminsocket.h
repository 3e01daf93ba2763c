#pragma once

#include "util/result.h"

#include <QString>

namespace sloop::admin {

// Where the owner of the current data folder serves its admin API:
// runtimeDir()/admin-HASH.sock, HASH naming the data folder, so two data
// folders (two users' or a test's) never share a socket. The folder is made
// 0700 and checked with lstat: a symlink, a folder of someone else's or one
// that others may enter is refused, never used.
Result<QString> socketPath();

} // namespace sloop::admin
