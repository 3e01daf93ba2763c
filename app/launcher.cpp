// sloop: chooses, before any library loads, between the window
// (sloop-window: Qt Widgets, Charts, the terminal...) and the command line
// (sloop-server: QtCore, QtNetwork and QtSql only), and becomes it with
// execv. A command as a user runs it (`sloop containers ls`) so does not
// pay for loading and relocating the GUI libraries it never uses: about
// 8 ms of a 10 ms start on this kind of machine (bench/containerlist.cpp,
// "as processes"). Links nothing but the C library.
#include "cli/wantscli.h"

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstring>
#include <string>
#include <unistd.h>

namespace {

std::string ownFolder()
{
    char path[PATH_MAX];
    const ssize_t n = ::readlink("/proc/self/exe", path, sizeof path - 1);
    if (n <= 0)
        return ".";
    path[n] = '\0';
    std::string folder(path);
    const size_t slash = folder.rfind('/');
    return slash == std::string::npos ? std::string(".") : folder.substr(0, slash);
}

} // namespace

int main(int argc, char *argv[])
{
    const std::string folder = ownFolder();
    const std::string window = folder + "/sloop-window";
    std::string target = window;
    if (sloop::cli::wantsCli(argc, argv)) {
        // The desktop package alone still has a command line: the window's.
        const std::string cli = folder + "/sloop-server";
        if (::access(cli.c_str(), X_OK) == 0)
            target = cli;
    }
    ::execv(target.c_str(), argv);
    std::fprintf(stderr, "sloop: cannot start %s: %s\n", target.c_str(), std::strerror(errno));
    return 127;
}
