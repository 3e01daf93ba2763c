#pragma once

#include "functioncode.h"

namespace sloop::functions {

// Lambda's limit on a .zip uploaded directly (CreateFunction's ZipFile).
inline constexpr qint64 kMaxZipBytes = 50LL * 1024 * 1024;

// The files in a .zip as a person uploads it to Lambda. Refused, with the
// entry's name: a path that climbs out (`../`, an absolute path), a
// symbolic link, an encrypted entry, two entries with one path, more than
// kMaxCodeBytes unpacked (checked before anything is inflated, and again
// while inflating in case the sizes lie), or an archive that is not a zip.
Result<FunctionCode> readCodeZip(const QByteArray &zip);
Result<FunctionCode> readCodeZipFile(const QString &path);

// A folder, or a file ending in .zip: what `--code` and the create dialog take.
Result<FunctionCode> readCode(const QString &folderOrZip);

} // namespace sloop::functions
