#include "cli.h"

#include "args.h"
#include "commands.h"
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

    const QString group = args.takeFirst();
    if (group == QLatin1String("help")) {
        const QString topic = args.value(0);
        if (topic.startsWith(QLatin1String("engine")))
            writeBytes(stdout, enginesUsage().toUtf8());
        else if (topic.startsWith(QLatin1String("container")))
            writeBytes(stdout, containersUsage().toUtf8());
        else if (topic.startsWith(QLatin1String("host")))
            writeBytes(stdout, hostsUsage().toUtf8());
        else if (topic.startsWith(QLatin1String("plan")))
            writeBytes(stdout, plansUsage().toUtf8());
        else if (topic.startsWith(QLatin1String("cost")))
            writeBytes(stdout, costsUsage().toUtf8());
        else if (topic.startsWith(QLatin1String("blueprint")))
            writeBytes(stdout, blueprintsUsage().toUtf8());
        else if (topic.startsWith(QLatin1String("instance")))
            writeBytes(stdout, instancesUsage().toUtf8());
        else if (topic.startsWith(QLatin1String("snapshot")))
            writeBytes(stdout, snapshotsUsage().toUtf8());
        else if (topic.startsWith(QLatin1String("alarm")))
            writeBytes(stdout, alarmsUsage().toUtf8());
        else if (topic.isEmpty())
            writeBytes(stdout, mainUsage().toUtf8());
        else
            return usageError(Tr::tr("no help for \"%1\"").arg(topic));
        return kExitOk;
    }
    if (group == QLatin1String("version")) {
        printLine(QStringLiteral("sloop " SLOOP_VERSION));
        return kExitOk;
    }
    // The verb stays first so each group can find it; global options follow it.
    if (!args.isEmpty() && !args.first().startsWith(QLatin1Char('-')))
        args = QStringList{args.first()} + leading + args.mid(1);
    else
        args = leading + args;
    if (group == QLatin1String("engines") || group == QLatin1String("engine"))
        return enginesCommand(args);
    if (group == QLatin1String("containers") || group == QLatin1String("container"))
        return containersCommand(args);
    if (group == QLatin1String("hosts") || group == QLatin1String("host"))
        return hostsCommand(args);
    if (group == QLatin1String("plans") || group == QLatin1String("plan"))
        return plansCommand(args);
    if (group == QLatin1String("costs") || group == QLatin1String("cost"))
        return costsCommand(args);
    if (group == QLatin1String("blueprints") || group == QLatin1String("blueprint"))
        return blueprintsCommand(args);
    if (group == QLatin1String("instances") || group == QLatin1String("instance"))
        return instancesCommand(args);
    if (group == QLatin1String("snapshots") || group == QLatin1String("snapshot"))
        return snapshotsCommand(args);
    if (group == QLatin1String("alarms") || group == QLatin1String("alarm"))
        return alarmsCommand(args);
    return usageError(Tr::tr("unknown command \"%1\"").arg(group));
}

} // namespace sloop::cli
