#pragma once

#include <QStringList>

namespace sloop::store {

// Numbered schema steps. Never edit a step that has shipped; add the next one.
// Index 0 is version 1.
inline const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps = {
        // 1: the command log
        {
            QStringLiteral("CREATE TABLE command_log ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " time_ms INTEGER NOT NULL,"
                           " target TEXT NOT NULL,"
                           " call TEXT NOT NULL,"
                           " duration_ms INTEGER NOT NULL,"
                           " ok INTEGER NOT NULL,"
                           " result TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX command_log_time ON command_log(time_ms)"),
        },
        // 2: engines the person added besides the local one
        {
            QStringLiteral("CREATE TABLE engines ("
                           " name TEXT PRIMARY KEY,"
                           " endpoint TEXT NOT NULL,"
                           " added_ms INTEGER NOT NULL)"),
        },
        // 3: SSH hosts (core/hosts); tags in their own table so a tag is a
        // group that can be queried. Names are unique whatever their case.
        {
            QStringLiteral("CREATE TABLE hosts ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
                           " address TEXT NOT NULL,"
                           " port INTEGER NOT NULL CHECK (port BETWEEN 1 AND 65535),"
                           " user TEXT NOT NULL,"
                           " identity_file TEXT NOT NULL,"
                           " added_ms INTEGER NOT NULL,"
                           " updated_ms INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE host_tags ("
                           " host_id INTEGER NOT NULL REFERENCES hosts(id) ON DELETE CASCADE,"
                           " tag TEXT NOT NULL,"
                           " PRIMARY KEY (host_id, tag))"),
            QStringLiteral("CREATE INDEX host_tags_tag ON host_tags(tag)"),
        },
    };
    return steps;
}

} // namespace sloop::store
