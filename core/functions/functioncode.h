#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace sloop::functions {

// A function's code: relative path -> content, as it goes under /var/task.
using FunctionCode = QMap<QString, QByteArray>;

// Lambda's limit on a function's unpacked code.
inline constexpr qint64 kMaxCodeBytes = 250LL * 1024 * 1024;

// The regular files under dir. A symbolic link, a device or a fifo is
// refused with its path (a link could point anywhere on this machine), as
// is code over kMaxCodeBytes or an empty folder.
Result<FunctionCode> readCodeFolder(const QString &dir);

// Where Sloop keeps the code of a function's $LATEST (to rebuild its image
// on another engine, and for the editor): dataDir()/functions/NAME/latest.
QString codeFolder(const QString &functionName);
// Replaces what is kept; the old copy goes only once the new one is whole.
VoidResult keepCode(const QString &functionName, const FunctionCode &code);
VoidResult forgetCode(const QString &functionName);

} // namespace sloop::functions
