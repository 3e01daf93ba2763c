#pragma once

#include <QString>
#include <QStringList>

namespace sloop::text {

// For checks on names, addresses and paths people type: a control
// character (C0, DEL, C1) breaks a log line, a label or a terminal.
bool hasControl(const QString &s);
// The same, or any white space (names and addresses have none).
bool hasSpaceOrControl(const QString &s);
// The name rule of hosts, instances and containers: a letter or digit,
// then letters, digits, '_', '.', '-'; at most 64 in all.
bool isPlainName(const QString &s);
// Tags trimmed, de-duplicated and sorted, as the stores keep them.
QStringList normalizedTags(const QStringList &tags);

} // namespace sloop::text
