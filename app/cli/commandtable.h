#pragma once

#include <QString>
#include <QStringList>

namespace sloop::cli {

// One command group of `sloop`: a new group is one entry in commandTable(),
// and `sloop help`, the main usage text and the shell completion follow
// from it.
struct CommandGroup
{
    QString name;        // "containers"
    QStringList aliases; // "container"
    QStringList verbs;   // "ls", "run", ...: what completion offers second
    QString synopsis;    // after the name in the usage text, when there are no verbs
    const char *summary; // one line for the main usage text (translated)
    QString (*usage)();  // the group's own help
    int (*run)(const QStringList &args);
};

const QList<CommandGroup> &commandTable();
// The group a word names: its name or an alias.
const CommandGroup *findCommand(const QString &word);
// The group a help topic names: as findCommand, or a prefix of a name
// ("inst" → instances).
const CommandGroup *findHelpTopic(const QString &topic);

// "  containers ls|run|...   containers on an engine", one or two lines a group.
QString commandSummaries();

// `sloop completion bash|zsh`: a completion script made from the table.
int completionCommand(const QStringList &args);
QString bashCompletion();
QString zshCompletion();

} // namespace sloop::cli
