#include "cli.h"

#include "args.h"
#include "commands.h"
#include "commandtable.h"
#include "output.h"

#include <QLoggingCategory>

#include <cstring>
#include <string_view>

namespace sloop::cli {

namespace {

// Options QGuiApplication/QApplication take for themselves; with only these
// on the command line the window opens.
constexpr std::string_view kQtOptionsWithValue[] = {"-platform",      "-platformpluginpath",
                                                    "-platformtheme", "-plugin",
                                                    "-style",         "-stylesheet",
                                                    "-session",       "-qwindowgeometry",
                                                    "-qwindowicon",   "-qwindowtitle",
                                                    "-display",       "-geometry",
                                                    "-title",         "-name",
                                                    "-visual",        "-ncols",
                                                    "-cmap",          "-fn",
                                                    "-font",          "-bg",
                                                    "-background",    "-fg",
                                                    "-foreground",    "-btn",
                                                    "-button",        "-im",
                                                    "-inputstyle",    "-qmljsdebugger"};
constexpr std::string_view kQtFlags[] = {"-reverse", "-widgetcount", "-nograb",
                                         "-dograb",  "-sync",        "-testability"};

bool contains(const auto &list, std::string_view word)
{
    for (std::string_view item : list) {
        if (item == word)
            return true;
    }
    return false;
}

} // namespace

bool wantsCli(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        std::string_view arg = argv[i];
        // Qt accepts its options with one dash or two, and "-style=fusion".
        if (arg.starts_with("--"))
            arg.remove_prefix(1);
        const std::string_view name = arg.substr(0, arg.find('='));
        if (contains(kQtOptionsWithValue, name)) {
            if (name.size() == arg.size())
                ++i; // the value is the next word
            continue;
        }
        if (contains(kQtFlags, arg))
            continue;
        return true;
    }
    return false;
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
