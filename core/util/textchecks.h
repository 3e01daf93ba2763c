#pragma once

#include <QString>

namespace sloop::text {

// For checks on names, addresses and paths people type: a control
// character (C0, DEL, C1) breaks a log line, a label or a terminal.
bool hasControl(const QString &s);
// The same, or any white space (names and addresses have none).
bool hasSpaceOrControl(const QString &s);

} // namespace sloop::text
