#pragma once

// sloop-lambda-agent's parts (agent.cpp, processfacts.cpp, main.cpp).
#include <string>
#include <vector>

// Serves the Runtime API on 127.0.0.1:port to the bootstrap it starts and
// speaks Sloop's line protocol on stdin and stdout until told to stop.
int runAgent(int port, const std::vector<std::string> &bootstrap);

// Peak memory of the environment: its cgroup's (v2, then v1), else what it
// uses now (v2 before 5.19 has no peak); 0 when no cgroup says.
long long maxMemoryKb();
// How many times the environment's cgroup met its memory limit and the
// kernel killed a process for it (v2's memory.events, v1's oom_control).
long long oomKills();
// A runtime's end in the words Lambda uses (Go's ProcessState): "exit
// status 1", "signal: killed".
std::string describeExit(int status);
