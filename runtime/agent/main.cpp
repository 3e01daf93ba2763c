// sloop-lambda-agent [--port N] BOOTSTRAP [ARGS...]: the arguments, and an
// image function's entry point read from the file the image builder wrote.
#include "agent.h"

#include <nlohmann/json.hpp>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <unistd.h>

using json = nlohmann::json;

int main(int argc, char **argv)
{
    // sloop-lambda-agent [--port N] BOOTSTRAP [ARGS...]
    int port = 9001;
    int first = 1;
    if (argc > 2 && std::string(argv[1]) == "--port") {
        port = std::atoi(argv[2]);
        first = 3;
    }
    if (first >= argc) {
        std::fprintf(stderr, "usage: %s [--port N] BOOTSTRAP [ARGS...]\n", argv[0]);
        return 2;
    }
    std::vector<std::string> bootstrap(argv + first, argv + argc);
    // --argv-file FILE: a container image's own entry point, as the image
    // builder wrote it ({"entrypoint": [...], "cmd": [...], "workdir": "..."});
    // a handler (_HANDLER) replaces the CMD, as Lambda's ImageConfig.Command.
    if (bootstrap.size() == 2 && bootstrap[0] == "--argv-file") {
        std::ifstream in(bootstrap[1]);
        const json spec = json::parse(in, nullptr, false);
        bootstrap.clear();
        if (!spec.is_discarded() && spec.is_object()) {
            const char *handler = std::getenv("_HANDLER");
            const bool replaced = handler && *handler;
            for (const char *part : {"entrypoint", "cmd"}) {
                if (replaced && std::string(part) == "cmd")
                    bootstrap.push_back(handler);
                else if (spec.contains(part) && spec[part].is_array())
                    for (const json &a : spec[part])
                        bootstrap.push_back(a.is_string() ? a.get<std::string>() : a.dump());
            }
        }
        if (bootstrap.empty()) {
            std::fprintf(stderr, "%s does not hold an entry point\n", argv[first + 1]);
            return 2;
        }
        const std::string workdir = spec.value("workdir", std::string());
        if (!workdir.empty() && ::chdir(workdir.c_str()) != 0)
            std::fprintf(stderr, "cannot enter %s: %s\n", workdir.c_str(), std::strerror(errno));
    }
    return runAgent(port, bootstrap);
}
