#pragma once

#include "util/result.h"

#include <QStringList>

namespace sloop::store {

class Database;

// Records with tags keep them in a table of their own, (owner id, tag), so a
// tag is a group that can be queried. Replaces one owner's tags; call inside
// the write's transaction. `table` and `idColumn` are Sloop's own names,
// never a person's input.
VoidResult replaceTags(Database &db, const char *table, const char *idColumn, qint64 id,
                       const QStringList &tags);

} // namespace sloop::store
