#include "cli.h"

#include <cstdio>
#include <cstring>

namespace sloop::cli {

bool wantsCli(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (argv[i][0] != '-' || !std::strcmp(argv[i], "--version") || !std::strcmp(argv[i], "--help"))
            return true;
    }
    return false;
}

int run(const QStringList &arguments)
{
    Q_UNUSED(arguments);
    std::fputs("sloop " SLOOP_VERSION "\n", stdout);
    return 0;
}

} // namespace sloop::cli
