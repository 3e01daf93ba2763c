#pragma once

// Qt-free, so the launcher (app/launcher.cpp) decides with it before any
// library is loaded.

#include <string_view>

namespace sloop::cli {

// Options QGuiApplication/QApplication take for themselves; with only these
// on the command line the window opens.
inline constexpr std::string_view kQtOptionsWithValue[] = {"-platform",      "-platformpluginpath",
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
inline constexpr std::string_view kQtFlags[] = {"-reverse", "-widgetcount", "-nograb",
                                                "-dograb",  "-sync",        "-testability"};

// True when the command line asks for a subcommand (or --version/--help)
// rather than the window.
inline bool wantsCli(int argc, char *argv[])
{
    const auto contains = [](const auto &list, std::string_view word) {
        for (std::string_view item : list) {
            if (item == word)
                return true;
        }
        return false;
    };
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

} // namespace sloop::cli
