// What the kernel says about the environment's processes: the cgroup's peak
// memory and its out-of-memory kills, and how a process ended.
#include "agent.h"

#include <cctype>
#include <csignal>
#include <cstring>
#include <fstream>
#include <sys/wait.h>

long long maxMemoryKb()
{
    for (const char *file :
         {"/sys/fs/cgroup/memory.peak", "/sys/fs/cgroup/memory/memory.max_usage_in_bytes",
          "/sys/fs/cgroup/memory.current"}) {
        std::ifstream in(file);
        long long bytes = 0;
        if (in >> bytes && bytes > 0)
            return bytes / 1024;
    }
    return 0;
}

long long oomKills()
{
    for (const char *file :
         {"/sys/fs/cgroup/memory.events", "/sys/fs/cgroup/memory/memory.oom_control"}) {
        std::ifstream in(file);
        std::string key;
        long long value = 0;
        bool found = false;
        while (in >> key >> value)
            if (key == "oom_kill") {
                found = true;
                break;
            }
        if (found)
            return value;
    }
    return 0;
}

std::string describeExit(int status)
{
    if (WIFEXITED(status))
        return "exit status " + std::to_string(WEXITSTATUS(status));
    const int signal = WTERMSIG(status);
    if (signal == SIGKILL)
        return "signal: killed";
    std::string name = strsignal(signal);
    for (char &c : name)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return "signal: " + name;
}
