#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace sloop::ssh {

// Changing a known_hosts file that other programs write too. OpenSSH and
// libssh append to it without a lock, so a rewrite (forgetting a key, or
// filing an instance's key) is made on a copy and only renamed into place
// when the file is still what was read; otherwise it is read and edited
// again. Sloop's own processes (the window and the CLI) take turns through
// a lock on the file.

// Makes the folder of `file` and every missing folder above it, owner only
// (0700, as OpenSSH wants ~/.ssh). Folders that exist are left as they are.
VoidResult ensureKnownHostsFolder(const QString &file);

// Replaces the file's text by `edit(text)` (a missing file is empty text;
// the new one is made 0600). Nothing is written when the text is unchanged.
// `edit` may run more than once, each time on what the file holds then.
using KnownHostsEdit = std::function<QByteArray(const QByteArray &text)>;
VoidResult editKnownHosts(const QString &file, const KnownHostsEdit &edit);

} // namespace sloop::ssh
