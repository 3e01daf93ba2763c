#pragma once

#include "result.h"

#include <QStringList>

namespace sloop {

// Splits a command line the way a POSIX shell splits words, without running
// anything: 'single quotes' are literal, "double quotes" honour \" \\ \$ \`,
// a backslash outside quotes escapes the next character. No expansion, no
// globbing: "$(rm -rf /)" stays those characters. Fails on an unclosed quote.
Result<QStringList> splitShellWords(const QString &line);
// The reverse: words quoted where needed, so splitShellWords gives them back.
QString joinShellWords(const QStringList &words);

} // namespace sloop
