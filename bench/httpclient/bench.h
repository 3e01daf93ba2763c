// The modes every client binary runs, shared so that QNAM and libcurl are
// timed, counted and checked by the same code. A client only supplies
// get(), exec() and quit() on its own event loop.
//
//   CLIENT [--ca FILE] [--cert FILE --key FILE] MODE ARGS
//   load URL COUNT PARALLEL WARMUP  keeps PARALLEL GETs in flight; one JSON line
//   stream URL                      one GET, body written to /dev/null; one JSON line
//   one URL                         one GET, exit 0 on 200 (cold start)
//   features HTTPS H2 MTLS          the TLS/feature checks, one TSV line each
//   proxy                           the environment proxy check, likewise
#pragma once

#include <fcntl.h>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace bench {

struct Options
{
    std::string caFile, certFile, keyFile;
    long timeoutMs = 0;
};

struct Reply
{
    int status = 0; // HTTP status, 0 if none arrived
    long long bytes = 0;
    int httpVersion = 0;
    std::string error; // transport or TLS failure, or a cancelled transfer
};

using Sink = std::function<bool(const char *, size_t)>; // false cancels the transfer
using Done = std::function<void(const Reply &)>;

class Client
{
public:
    virtual ~Client() = default;
    virtual void get(const std::string &url, Sink sink, Done done) = 0;
    virtual void exec() = 0; // runs the event loop until quit()
    virtual void quit() = 0;
};

using Factory = std::function<std::unique_ptr<Client>(const Options &)>;

using Clock = std::chrono::steady_clock;

inline double since(Clock::time_point t)
{
    return std::chrono::duration<double>(Clock::now() - t).count();
}

inline double cpuSeconds() // all threads: QNAM does its HTTP work on a thread of its own
{
    rusage r{};
    getrusage(RUSAGE_SELF, &r);
    return double(r.ru_utime.tv_sec + r.ru_stime.tv_sec) +
           double(r.ru_utime.tv_usec + r.ru_stime.tv_usec) / 1e6;
}

inline long maxRssKib()
{
    rusage r{};
    getrusage(RUSAGE_SELF, &r);
    return r.ru_maxrss;
}

inline long rssKib()
{
    std::ifstream in("/proc/self/status");
    for (std::string line; std::getline(in, line);)
        if (line.rfind("VmRSS:", 0) == 0)
            return std::stol(line.substr(6));
    return 0;
}

struct Batch
{
    std::vector<double> latencies;
    long ok = 0, failed = 0, h2 = 0;
    std::string firstError;
};

// Keeps `parallel` GETs in flight until `count` have finished.
inline Batch runBatch(Client &c, const std::string &url, long count, int parallel)
{
    Batch b;
    b.latencies.reserve(size_t(count));
    long issued = 0, finished = 0;
    std::function<void()> issue = [&] {
        ++issued;
        const auto start = Clock::now();
        c.get(url, nullptr, [&, start](const Reply &r) {
            b.latencies.push_back(since(start));
            if (r.error.empty() && r.status == 200) {
                ++b.ok;
            } else {
                ++b.failed;
                if (b.firstError.empty())
                    b.firstError = r.error.empty() ? "HTTP " + std::to_string(r.status) : r.error;
            }
            b.h2 += r.httpVersion == 2;
            if (++finished == count)
                c.quit();
            else if (issued < count)
                issue();
        });
    };
    for (int i = 0; i < parallel && issued < count; ++i)
        issue();
    if (count > 0)
        c.exec();
    return b;
}

inline int load(Client &c, const std::string &url, long count, int parallel, long warmup)
{
    // Warm-up on its own, so the measured part starts on open connections.
    runBatch(c, url, warmup, 1);
    const double cpu0 = cpuSeconds();
    const auto t0 = Clock::now();
    Batch b = runBatch(c, url, count, parallel);
    const double secs = since(t0), cpu = cpuSeconds() - cpu0;
    std::sort(b.latencies.begin(), b.latencies.end());
    auto pct = [&](double p) {
        return b.latencies.empty() ? 0.0
                                   : b.latencies[size_t(p * double(b.latencies.size() - 1))] * 1e3;
    };
    std::printf("{\"requests\": %ld, \"ok\": %ld, \"failed\": %ld, \"h2\": %ld, \"seconds\": %.4f, "
                "\"rps\": %.1f, \"p50_ms\": %.4f, \"p99_ms\": %.4f, \"cpu_us_per_req\": %.2f, "
                "\"maxrss_kib\": %ld}\n",
                count, b.ok, b.failed, b.h2, secs, double(count) / secs, pct(0.5), pct(0.99),
                cpu * 1e6 / double(count), maxRssKib());
    if (!b.firstError.empty())
        std::fprintf(stderr, "first failure: %s\n", b.firstError.c_str());
    return b.failed == 0 ? 0 : 1;
}

inline int stream(Client &c, const std::string &url)
{
    const int devnull = open("/dev/null", O_WRONLY | O_CLOEXEC);
    const long rss0 = rssKib();
    const double cpu0 = cpuSeconds();
    const auto t0 = Clock::now();
    Reply reply;
    c.get(
        url, [&](const char *p, size_t n) { return write(devnull, p, n) == ssize_t(n); },
        [&](const Reply &r) {
            reply = r;
            c.quit();
        });
    c.exec();
    const double secs = since(t0), cpu = cpuSeconds() - cpu0;
    std::printf("{\"status\": %d, \"bytes\": %lld, \"seconds\": %.4f, \"mib_s\": %.1f, "
                "\"cpu_ms\": %.1f, \"rss_before_kib\": %ld, \"maxrss_kib\": %ld}\n",
                reply.status, reply.bytes, secs, double(reply.bytes) / 1048576.0 / secs, cpu * 1e3,
                rss0, maxRssKib());
    if (!reply.error.empty())
        std::fprintf(stderr, "%s\n", reply.error.c_str());
    return reply.error.empty() && reply.status == 200 ? 0 : 1;
}

inline Reply fetch(Client &c, const std::string &url, Sink sink = nullptr)
{
    Reply reply;
    c.get(url, std::move(sink), [&](const Reply &r) {
        reply = r;
        c.quit();
    });
    c.exec();
    return reply;
}

inline std::string describe(const Reply &r)
{
    return r.error.empty()
               ? "HTTP " + std::to_string(r.status) + ", " + std::to_string(r.bytes) + " bytes"
               : r.error;
}

inline void verdict(const char *check, bool yes, const std::string &detail)
{
    std::printf("%s\t%s\t%s\n", check, yes ? "yes" : "no", detail.c_str());
}

// A listening socket that is never accepted: connect succeeds (the kernel's
// backlog answers), the request goes out and no reply ever comes.
inline int silentPort(int &fd)
{
    fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    bind(fd, reinterpret_cast<sockaddr *>(&a), len);
    listen(fd, 16);
    getsockname(fd, reinterpret_cast<sockaddr *>(&a), &len);
    return ntohs(a.sin_port);
}

inline int features(const Factory &make, const Options &base, const std::string &https,
                    const std::string &h2, const std::string &mtls)
{
    Options noCa = base;
    noCa.caFile.clear();
    noCa.certFile.clear();
    Options ca = noCa;
    ca.caFile = base.caFile;
    {
        Reply with = fetch(*make(ca), https + "/small");
        Reply without = fetch(*make(noCa), https + "/small");
        verdict("custom CA file", with.status == 200 && !without.error.empty(),
                "with it: " + describe(with) + "; system store only: " + describe(without));
    }
    {
        Reply with = fetch(*make(base), mtls + "/small");
        Reply without = fetch(*make(ca), mtls + "/small");
        verdict("client certificate", with.status == 200 && without.status == 400,
                "with it: " + describe(with) + "; without: " + describe(without));
    }
    {
        Reply r = fetch(*make(ca), h2 + "/small");
        verdict("HTTP/2 (ALPN, by default)", r.httpVersion == 2,
                describe(r) + ", HTTP/" + std::to_string(r.httpVersion));
    }
    {
        Options t = ca;
        t.timeoutMs = 500;
        int fd = -1;
        const std::string url = "http://127.0.0.1:" + std::to_string(silentPort(fd)) + "/";
        const auto t0 = Clock::now();
        Reply r = fetch(*make(t), url);
        const double secs = since(t0);
        close(fd);
        verdict("timeout (500 ms, server silent)", !r.error.empty() && secs < 2.0,
                describe(r) + " after " + std::to_string(int(secs * 1e3)) + " ms");
    }
    {
        auto c = make(ca);
        long long seen = 0;
        Clock::time_point cancelled;
        Reply r = fetch(*c, https + "/big", [&](const char *, size_t n) {
            seen += static_cast<long long>(n);
            if (seen < 10 << 20)
                return true;
            cancelled = Clock::now();
            return false;
        });
        const double ms = since(cancelled) * 1e3;
        Reply next = fetch(*c, https + "/small");
        verdict("cancel mid-transfer", !r.error.empty() && r.bytes < 50 << 20 && next.status == 200,
                "stopped at " + std::to_string(r.bytes >> 20) + " MiB: " + r.error + "; done " +
                    std::to_string(ms).substr(0, 5) + " ms later; next GET " + describe(next));
    }
    return 0;
}

// run.sh runs this with http_proxy set to a server that answers everything
// with the 10 bytes "via proxy\n". The target is TEST-NET-2 (RFC 5737): Qt
// never proxies loopback addresses, and nothing there answers directly.
inline int proxy(const Factory &make, Options o)
{
    const std::string url = "http://198.51.100.1/small";
    o.timeoutMs = 2000;
    const Reply r = fetch(*make(o), url);
    verdict("proxy from the environment (http_proxy), by default", r.bytes == 10,
            r.bytes == 10 ? "went through it" : "went direct: " + describe(r));
    return 0;
}

inline int main(int argc, char **argv, const Factory &make)
{
    Options o;
    int i = 1;
    for (; i + 1 < argc && std::strncmp(argv[i], "--", 2) == 0; i += 2) {
        const std::string flag = argv[i];
        (flag == "--ca" ? o.caFile : flag == "--cert" ? o.certFile : o.keyFile) = argv[i + 1];
    }
    const std::vector<std::string> a(argv + i, argv + argc);
    if (a.size() == 5 && a[0] == "load")
        return load(*make(o), a[1], std::stol(a[2]), std::stoi(a[3]), std::stol(a[4]));
    if (a.size() == 2 && a[0] == "stream")
        return stream(*make(o), a[1]);
    if (a.size() == 2 && a[0] == "one") {
        const Reply r = fetch(*make(o), a[1]);
        if (r.status != 200)
            std::fprintf(stderr, "%s\n", describe(r).c_str());
        return r.status == 200 ? 0 : 1;
    }
    if (a.size() == 4 && a[0] == "features")
        return features(make, o, a[1], a[2], a[3]);
    if (a.size() == 1 && a[0] == "proxy")
        return proxy(make, o);
    std::fprintf(stderr, "usage: see bench.h\n");
    return 2;
}

} // namespace bench
