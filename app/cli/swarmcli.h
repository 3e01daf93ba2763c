#pragma once

// What `sloop swarm` and `sloop services` share (swarmcommands.cpp,
// servicecommands.cpp).
#include "args.h"

#include <functional>

namespace sloop::swarm {
class SwarmApi;
}

namespace sloop::cli {

class Session;

// Opens the engine the command line names and runs `use` with its Swarm
// API; when the engine cannot be had, prints why and returns that status.
int withSwarm(const ParsedArgs &parsed,
              const std::function<int(Session &session, swarm::SwarmApi &api)> &use);

} // namespace sloop::cli
