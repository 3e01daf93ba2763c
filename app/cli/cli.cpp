#include "cli.h"
#include "wantscli.h"

#include "args.h"
#include "commands.h"
#include "commandtable.h"
#include "output.h"

#include <QLoggingCategory>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string_view>

namespace sloop::cli {

void exitAfterCommand(int code)
{
    std::fflush(stdout);
    std::fflush(stderr);
    std::_Exit(code);
}

int run(const QStringList &arguments)
{
    // Core's progress notes are for the GUI's log; on a terminal they would
    // mix with the output. --verbose shows the calls instead (QT_LOGGING_RULES
    // still wins for debugging).
    if (!arguments.contains(QLatin1String("--verbose")))
        QLoggingCategory::setFilterRules(QStringLiteral("sloop.*.debug=false\nsloop.*.info=false"));
    QStringList args = arguments.mid(1);
    // Options before the command (sloop --json engines ls) apply to it.
    QStringList leading;
    while (!args.isEmpty() && args.first().startsWith(QLatin1Char('-'))) {
        const QString word = args.takeFirst();
        if (word == QLatin1String("--version")) {
            printLine(QStringLiteral("sloop " SLOOP_VERSION));
            return kExitOk;
        }
        if (word == QLatin1String("--help") || word == QLatin1String("-h")) {
            writeBytes(stdout, mainUsage().toUtf8());
            return kExitOk;
        }
        if (word == QLatin1String("--json") || word == QLatin1String("--verbose") ||
            word.startsWith(QLatin1String("--engine="))) {
            leading.append(word);
        } else if (word == QLatin1String("--engine")) {
            if (args.isEmpty())
                return usageError(Tr::tr("option --engine needs a value"));
            leading << word << args.takeFirst();
        } else {
            return usageError(Tr::tr("unknown option \"%1\"").arg(word));
        }
    }
    if (args.isEmpty())
        return usageError(Tr::tr("which command? For example \"sloop containers ls\"."));

    const QString word = args.takeFirst();
    const CommandGroup *group = findCommand(word);
    if (!group)
        return usageError(Tr::tr("unknown command \"%1\"").arg(word));
    // The verb stays first so each group can find it; global options follow it.
    if (!args.isEmpty() && !args.first().startsWith(QLatin1Char('-')))
        args = QStringList{args.first()} + leading + args.mid(1);
    else
        args = leading + args;
    return group->run(args);
}

} // namespace sloop::cli
