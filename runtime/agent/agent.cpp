// sloop-lambda-agent: what runs inside a function's execution environment.
//
// It serves the Lambda Runtime API (GET /2018-06-01/runtime/invocation/next,
// POST .../invocation/{id}/response and /error, POST .../init/error) on
// 127.0.0.1 to the environment's bootstrap (Sloop's Python or Node.js
// runtime, or a custom runtime's own `bootstrap`), and speaks to Sloop over
// its stdin and stdout, one JSON object a line:
//
//   Sloop -> agent: {"type":"invoke","requestId":"…","deadlineMs":…,
//                    "functionArn":"…","payload":"<the event as JSON text>"}
//   agent -> Sloop: {"type":"ready","initMs":…}     the bootstrap asked for work
//                   {"type":"log","text":"…"}        a line the bootstrap wrote
//                   {"type":"result","requestId":"…","body":"…","durationMs":…,
//                    "maxMemoryKb":…}
//                   {"type":"error","requestId":"…","errorType":"…","body":"…",…}
//                   {"type":"initError","errorType":"…","body":"…"}
//                   {"type":"exit","errorType":"…","message":"…"}   then it ends
//
// Sloop reaches it as the container's process, through the engine's attach
// stream (a hijacked connection, over SSH for a host's engine), so nothing
// listens outside the container.
// It enforces the deadline itself (the bootstrap's process group is killed
// and Sandbox.Timedout reported), and measures init time, duration and peak
// memory where they happen. Built static, with no library of Sloop's, so it
// runs in any image.
#include "agent.h"

#include <nlohmann/json.hpp>

#include <arpa/inet.h>
#include <cctype>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <fcntl.h>
#include <fstream>
#include <netinet/in.h>
#include <optional>
#include <poll.h>
#include <string>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <vector>

namespace {

using json = nlohmann::json;

constexpr size_t kMaxLine = 7 * 1024 * 1024;     // one invoke frame: 6 MB payload + JSON
constexpr size_t kMaxBody = 7 * 1024 * 1024;     // a response the bootstrap posts
constexpr size_t kMaxLogPerInvoke = 1024 * 1024; // then "log truncated"
constexpr size_t kMaxLogLine = 256 * 1024;

long long nowMs()
{
    timespec ts{};
    clock_gettime(CLOCK_REALTIME, &ts);
    return ts.tv_sec * 1000LL + ts.tv_nsec / 1000000;
}

long long monoUs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000000LL + ts.tv_nsec / 1000;
}

long long monoMs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000LL + ts.tv_nsec / 1000000;
}

void emit(const json &frame)
{
    std::string line = frame.dump(-1, ' ', false, json::error_handler_t::replace);
    line.push_back('\n');
    size_t done = 0;
    while (done < line.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, line.data() + done, line.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            _exit(3); // Sloop is gone: nothing to work for
        done += size_t(n);
    }
}

struct Invocation
{
    std::string requestId;
    long long deadlineMs = 0;
    std::string functionArn;
    std::string payload;
    long long startedMono = 0;
    long long startedUs = 0; // for the reported duration, to 0.01 ms as Lambda's
    size_t logBytes = 0;
    bool logTruncated = false;
};

struct Connection
{
    int fd = -1;
    std::string in;
    bool waitingForNext = false; // a parked GET /next
    // HTTP/1.1 keep-alive, unless the client asked to close: a runtime's
    // two requests per invocation then need no new connections.
    bool keepAlive = false;
    size_t requestBytes = 0; // of `in`, the request being answered
};

class Agent
{
public:
    int run(int port, const std::vector<std::string> &bootstrap);

private:
    bool listenOn(int port);
    bool startBootstrap(const std::vector<std::string> &argv);
    void readSloop();
    void readLogs(int fd, std::string &buffer);
    void accept();
    void readConnection(Connection &c);
    void handleBuffered(Connection &c); // one request from c.in, if whole
    void handle(Connection &c, const std::string &method, const std::string &path,
                const std::string &body, const std::string &errorTypeHeader);
    void reply(Connection &c, int status, const std::string &body,
               const std::vector<std::pair<std::string, std::string>> &headers = {});
    void dispatch();
    void finish(const json &frame);
    void fail(const std::string &errorType, const std::string &message);
    void checkDeadline();
    void logLine(const std::string &text);
    void drainLogs();

    int m_listen = -1;
    int m_port = 0;
    pid_t m_child = -1;
    int m_out = -1, m_err = -1;
    std::string m_outBuffer, m_errBuffer, m_stdin;
    std::vector<Connection> m_connections;
    std::deque<Invocation> m_queue; // received, not yet handed out
    std::optional<Invocation> m_current;
    long long m_startMono = 0;
    long long m_oomKillsAtStart = 0; // before this environment began
    bool m_ready = false;
    bool m_stdinClosed = false;
    bool m_done = false;
};

bool Agent::listenOn(int port)
{
    m_listen = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    int one = 1;
    ::setsockopt(m_listen, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(uint16_t(port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::bind(m_listen, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0 ||
        ::listen(m_listen, 16) != 0)
        return false;
    socklen_t len = sizeof addr;
    ::getsockname(m_listen, reinterpret_cast<sockaddr *>(&addr), &len);
    m_port = ntohs(addr.sin_port);
    return true;
}

bool Agent::startBootstrap(const std::vector<std::string> &argv)
{
    int out[2], err[2];
    if (::pipe2(out, O_CLOEXEC) != 0 || ::pipe2(err, O_CLOEXEC) != 0)
        return false;
    const std::string api = "127.0.0.1:" + std::to_string(m_port);
    m_child = ::fork();
    if (m_child < 0)
        return false;
    if (m_child == 0) {
        ::setpgid(0, 0);                    // its own group: a timeout kills everything it started
        ::prctl(PR_SET_PDEATHSIG, SIGKILL); // and it ends with the agent
        ::dup2(out[1], STDOUT_FILENO);
        ::dup2(err[1], STDERR_FILENO);
        const int devnull = ::open("/dev/null", O_RDONLY);
        ::dup2(devnull, STDIN_FILENO);
        ::setenv("AWS_LAMBDA_RUNTIME_API", api.c_str(), 1);
        std::vector<char *> args;
        for (const std::string &a : argv)
            args.push_back(const_cast<char *>(a.c_str()));
        args.push_back(nullptr);
        ::execvp(args[0], args.data());
        std::fprintf(stderr, "cannot start %s: %s\n", args[0], std::strerror(errno));
        _exit(127);
    }
    ::close(out[1]);
    ::close(err[1]);
    m_out = out[0];
    m_err = err[0];
    return true;
}

void Agent::logLine(const std::string &text)
{
    if (m_current) {
        if (m_current->logTruncated)
            return;
        m_current->logBytes += text.size() + 1;
        if (m_current->logBytes > kMaxLogPerInvoke) {
            m_current->logTruncated = true;
            emit({{"type", "log"},
                  {"text", "[sloop] log truncated: more than 1 MiB in one invocation"}});
            return;
        }
    }
    emit({{"type", "log"}, {"text", text}});
}

void Agent::readLogs(int fd, std::string &buffer)
{
    char chunk[65536];
    const ssize_t n = ::read(fd, chunk, sizeof chunk);
    if (n <= 0) {
        if (!buffer.empty())
            logLine(buffer);
        buffer.clear();
        ::close(fd);
        (fd == m_out ? m_out : m_err) = -1;
        return;
    }
    buffer.append(chunk, size_t(n));
    size_t start = 0;
    for (size_t nl; (nl = buffer.find('\n', start)) != std::string::npos; start = nl + 1)
        logLine(buffer.substr(start, nl - start));
    buffer.erase(0, start);
    if (buffer.size() > kMaxLogLine) {
        logLine(buffer);
        buffer.clear();
    }
}

void Agent::readSloop()
{
    char chunk[65536];
    const ssize_t n = ::read(STDIN_FILENO, chunk, sizeof chunk);
    if (n <= 0) {
        m_stdinClosed = true; // Sloop ended this environment
        return;
    }
    m_stdin.append(chunk, size_t(n));
    size_t start = 0;
    for (size_t nl; (nl = m_stdin.find('\n', start)) != std::string::npos; start = nl + 1) {
        const json frame =
            json::parse(m_stdin.begin() + long(start), m_stdin.begin() + long(nl), nullptr, false);
        if (frame.is_discarded() || !frame.is_object() || frame.value("type", "") != "invoke") {
            emit({{"type", "log"}, {"text", "[sloop] the agent got a frame it cannot read"}});
            continue;
        }
        Invocation inv;
        inv.requestId = frame.value("requestId", "");
        inv.deadlineMs = frame.value("deadlineMs", 0LL);
        inv.functionArn = frame.value("functionArn", "");
        inv.payload = frame.value("payload", "{}");
        m_queue.push_back(std::move(inv));
    }
    m_stdin.erase(0, start);
    if (m_stdin.size() > kMaxLine) {
        emit({{"type", "log"}, {"text", "[sloop] an invoke frame was too large"}});
        m_stdin.clear();
    }
    dispatch();
}

void Agent::accept()
{
    const int fd = ::accept4(m_listen, nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK);
    if (fd >= 0)
        m_connections.push_back(Connection{fd, {}, false});
}

void Agent::reply(Connection &c, int status, const std::string &body,
                  const std::vector<std::pair<std::string, std::string>> &headers)
{
    const char *reason = status == 200   ? "OK"
                         : status == 202 ? "Accepted"
                         : status == 404 ? "Not Found"
                                         : "Bad Request";
    std::string out = "HTTP/1.1 " + std::to_string(status) + " " + reason + "\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    // A refused request closes the connection: what follows it cannot be
    // told apart from its body.
    const bool keep = c.keepAlive && status < 400;
    out += "Content-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) +
           (keep ? "\r\nConnection: keep-alive\r\n\r\n" : "\r\nConnection: close\r\n\r\n") + body;
    // Blocking for the reply: the bootstrap reads it at once.
    const int flags = ::fcntl(c.fd, F_GETFL);
    ::fcntl(c.fd, F_SETFL, flags & ~O_NONBLOCK);
    size_t done = 0;
    while (done < out.size()) {
        const ssize_t n = ::send(c.fd, out.data() + done, out.size() - done, MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        done += size_t(n);
    }
    ::fcntl(c.fd, F_SETFL, flags);
    if (keep && done == out.size()) {
        c.in.erase(0, std::min(c.requestBytes, c.in.size()));
        c.requestBytes = 0;
        return;
    }
    ::close(c.fd);
    c.fd = -1;
}

void Agent::dispatch()
{
    if (m_current || m_queue.empty())
        return;
    for (Connection &c : m_connections) {
        if (c.fd < 0 || !c.waitingForNext)
            continue;
        m_current = std::move(m_queue.front());
        m_queue.pop_front();
        m_current->startedMono = monoMs();
        m_current->startedUs = monoUs();
        c.waitingForNext = false;
        reply(c, 200, m_current->payload,
              {{"Lambda-Runtime-Aws-Request-Id", m_current->requestId},
               {"Lambda-Runtime-Deadline-Ms", std::to_string(m_current->deadlineMs)},
               {"Lambda-Runtime-Invoked-Function-Arn", m_current->functionArn},
               {"Lambda-Runtime-Trace-Id", "Root=1-" + m_current->requestId}});
        return;
    }
}

// What the bootstrap wrote before it posted its answer belongs before the
// answer: read the pipes dry first.
void Agent::drainLogs()
{
    for (int pass = 0; pass < 64 && (m_out >= 0 || m_err >= 0); ++pass) {
        pollfd fds[2] = {{m_out, POLLIN, 0}, {m_err, POLLIN, 0}};
        if (::poll(fds, 2, 0) <= 0)
            return;
        if (fds[0].fd >= 0 && (fds[0].revents & (POLLIN | POLLHUP)))
            readLogs(m_out, m_outBuffer);
        if (fds[1].fd >= 0 && (fds[1].revents & (POLLIN | POLLHUP)))
            readLogs(m_err, m_errBuffer);
    }
}

void Agent::finish(const json &frame)
{
    drainLogs();
    json out = frame;
    out["requestId"] = m_current->requestId;
    out["durationMs"] = double((monoUs() - m_current->startedUs + 5) / 10) / 100.0;
    out["maxMemoryKb"] = maxMemoryKb();
    emit(out);
    m_current.reset();
}

void Agent::fail(const std::string &errorType, const std::string &message)
{
    emit({{"type", "exit"}, {"errorType", errorType}, {"message", message}});
    m_done = true;
}

void Agent::handle(Connection &c, const std::string &method, const std::string &path,
                   const std::string &body, const std::string &errorTypeHeader)
{
    static const std::string base = "/2018-06-01/runtime/";
    if (path.rfind(base, 0) != 0) {
        reply(c, 404, R"({"errorMessage":"not a Runtime API path","errorType":"NotFound"})");
        return;
    }
    const std::string rest = path.substr(base.size());
    if (method == "GET" && rest == "invocation/next") {
        if (!m_ready) {
            m_ready = true;
            emit({{"type", "ready"}, {"initMs", monoMs() - m_startMono}});
        }
        c.waitingForNext = true;
        dispatch();
        return;
    }
    if (method == "POST" && rest == "init/error") {
        reply(c, 202, R"({"status":"OK"})");
        emit({{"type", "initError"}, {"errorType", errorTypeHeader}, {"body", body}});
        fail("Runtime.InitError", "the runtime could not start the function");
        return;
    }
    const std::string prefix = "invocation/";
    if (method == "POST" && rest.rfind(prefix, 0) == 0) {
        const size_t slash = rest.find('/', prefix.size());
        const std::string id = rest.substr(prefix.size(), slash - prefix.size());
        const std::string what = slash == std::string::npos ? "" : rest.substr(slash + 1);
        if (!m_current || id != m_current->requestId || (what != "response" && what != "error")) {
            reply(
                c, 400,
                R"({"errorMessage":"no such invocation in progress","errorType":"InvalidRequestID"})");
            return;
        }
        if (body.size() > 6 * 1024 * 1024) {
            reply(c, 413, R"({"errorMessage":"response too large","errorType":"RequestTooLarge"})");
            finish({{"type", "error"},
                    {"errorType", "Function.ResponseSizeTooLarge"},
                    {"body", json({{"errorMessage", "Response payload size exceeded maximum "
                                                    "allowed payload size (6291556 bytes)."},
                                   {"errorType", "Function.ResponseSizeTooLarge"}})
                                 .dump()}});
            return;
        }
        reply(c, 202, R"({"status":"OK"})");
        if (what == "response")
            finish({{"type", "result"}, {"body", body}});
        else
            finish({{"type", "error"}, {"errorType", errorTypeHeader}, {"body", body}});
        dispatch();
        return;
    }
    reply(c, 404, R"({"errorMessage":"unknown Runtime API call","errorType":"NotFound"})");
}

void Agent::readConnection(Connection &c)
{
    char chunk[65536];
    const ssize_t n = ::recv(c.fd, chunk, sizeof chunk, 0);
    if (n <= 0) {
        ::close(c.fd);
        c.fd = -1;
        return;
    }
    c.in.append(chunk, size_t(n));
    // Requests one after another on a kept-alive connection; a parked GET
    // /next is answered later, by dispatch().
    while (c.fd >= 0 && !c.waitingForNext && c.requestBytes == 0 && !c.in.empty()) {
        const size_t before = c.in.size();
        handleBuffered(c);
        if (c.fd >= 0 && c.in.size() == before && c.requestBytes == 0)
            break; // incomplete: more to come
    }
}

void Agent::handleBuffered(Connection &c)
{
    const size_t headEnd = c.in.find("\r\n\r\n");
    if (headEnd == std::string::npos) {
        if (c.in.size() > 64 * 1024)
            reply(c, 400, R"({"errorMessage":"request head too large"})");
        return;
    }
    const std::string head = c.in.substr(0, headEnd);
    const size_t lineEnd = head.find("\r\n");
    const std::string requestLine = head.substr(0, lineEnd);
    const size_t sp1 = requestLine.find(' ');
    const size_t sp2 = requestLine.find(' ', sp1 + 1);
    if (sp1 == std::string::npos || sp2 == std::string::npos) {
        reply(c, 400, R"({"errorMessage":"bad request line"})");
        return;
    }
    const std::string method = requestLine.substr(0, sp1);
    const std::string path = requestLine.substr(sp1 + 1, sp2 - sp1 - 1);
    size_t length = 0;
    std::string errorType;
    c.keepAlive = requestLine.compare(sp2 + 1, std::string::npos, "HTTP/1.1") == 0;
    size_t pos = lineEnd;
    while (pos != std::string::npos && pos < head.size()) {
        const size_t next = head.find("\r\n", pos + 2);
        const std::string line =
            head.substr(pos + 2, next == std::string::npos ? std::string::npos : next - pos - 2);
        const size_t colon = line.find(':');
        if (colon != std::string::npos) {
            std::string name = line.substr(0, colon);
            for (char &ch : name)
                ch = char(std::tolower(static_cast<unsigned char>(ch)));
            std::string value = line.substr(colon + 1);
            value.erase(0, value.find_first_not_of(' '));
            if (name == "content-length")
                length = size_t(std::strtoull(value.c_str(), nullptr, 10));
            else if (name == "lambda-runtime-function-error-type")
                errorType = value;
            else if (name == "connection")
                c.keepAlive = c.keepAlive && value.find("close") == std::string::npos &&
                              value.find("Close") == std::string::npos;
        }
        pos = next;
    }
    if (length > kMaxBody) {
        reply(c, 413, R"({"errorMessage":"body too large"})");
        return;
    }
    if (c.in.size() < headEnd + 4 + length)
        return; // more to come
    c.requestBytes = headEnd + 4 + length;
    handle(c, method, path, c.in.substr(headEnd + 4, length), errorType);
}

void Agent::checkDeadline()
{
    if (!m_current || m_current->deadlineMs <= 0 || nowMs() < m_current->deadlineMs)
        return;
    const double seconds = double(monoMs() - m_current->startedMono) / 1000.0;
    char message[96];
    std::snprintf(message, sizeof message, "Task timed out after %.2f seconds", seconds);
    ::kill(-m_child, SIGKILL);
    finish({{"type", "error"},
            {"errorType", "Sandbox.Timedout"},
            {"body", json({{"errorMessage", message}, {"errorType", "Sandbox.Timedout"}}).dump()}});
    fail("Sandbox.Timedout", message); // the environment is replaced
}

int Agent::run(int port, const std::vector<std::string> &bootstrap)
{
    std::signal(SIGPIPE, SIG_IGN);
    m_startMono = monoMs();
    m_oomKillsAtStart = oomKills();
    if (!listenOn(port)) {
        fail("Runtime.AgentError", std::string("cannot listen: ") + std::strerror(errno));
        return 2;
    }
    if (!startBootstrap(bootstrap)) {
        fail("Runtime.AgentError", "cannot start the bootstrap");
        return 2;
    }
    while (!m_done) {
        std::vector<pollfd> fds;
        fds.push_back({m_listen, POLLIN, 0});
        if (!m_stdinClosed)
            fds.push_back({STDIN_FILENO, POLLIN, 0});
        if (m_out >= 0)
            fds.push_back({m_out, POLLIN, 0});
        if (m_err >= 0)
            fds.push_back({m_err, POLLIN, 0});
        for (const Connection &c : m_connections)
            if (c.fd >= 0)
                fds.push_back({c.fd, POLLIN, 0});
        int timeout = 1000;
        if (m_current && m_current->deadlineMs > 0)
            timeout = int(std::max(0LL, std::min(1000LL, m_current->deadlineMs - nowMs())));
        ::poll(fds.data(), fds.size(), timeout);
        for (const pollfd &p : fds) {
            if (!(p.revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            if (p.fd == m_listen)
                accept();
            else if (p.fd == STDIN_FILENO)
                readSloop();
            else if (p.fd == m_out)
                readLogs(m_out, m_outBuffer);
            else if (p.fd == m_err)
                readLogs(m_err, m_errBuffer);
            else
                for (Connection &c : m_connections)
                    if (c.fd == p.fd)
                        readConnection(c);
        }
        std::erase_if(m_connections, [](const Connection &c) { return c.fd < 0; });
        checkDeadline();
        int status = 0;
        if (!m_done && ::waitpid(m_child, &status, WNOHANG) == m_child) {
            const std::string how = "Runtime exited with error: " + describeExit(status);
            if (m_current) {
                const std::string message = "RequestId: " + m_current->requestId + " Error: " + how;
                if (oomKills() > m_oomKillsAtStart) {
                    const char *size = std::getenv("AWS_LAMBDA_FUNCTION_MEMORY_SIZE");
                    emit({{"type", "log"},
                          {"text", std::string("[sloop] out of memory: the function used all of "
                                               "its ") +
                                       (size ? size : "?") + " MB and was killed"}});
                }
                emit({{"type", "log"}, {"text", message}});
                finish(
                    {{"type", "error"},
                     {"errorType", "Runtime.ExitError"},
                     {"body", json({{"errorMessage", message}, {"errorType", "Runtime.ExitError"}})
                                  .dump()}});
            }
            fail("Runtime.ExitError", how);
        }
        if (m_stdinClosed && !m_current && m_queue.empty())
            break;
    }
    if (m_child > 0)
        ::kill(-m_child, SIGKILL);
    return 0;
}

} // namespace

int runAgent(int port, const std::vector<std::string> &bootstrap)
{
    return Agent().run(port, bootstrap);
}
