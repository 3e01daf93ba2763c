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
    };
    return steps;
}

} // namespace sloop::store
