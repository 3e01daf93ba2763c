// cpp-httplib 0.11 (libcpp-httplib-dev): blocking I/O on its own thread pool
// (CPPHTTPLIB_THREAD_POOL_COUNT: max(8, cores - 1) = 8 here), defaults kept
// (a connection keeps its worker thread while kept alive, at most 5 requests
// or 5 s idle) except TCP_NODELAY: 0.11 leaves it off and sends a response's
// head and body in two writes, so Nagle + the client's delayed ACK cost ~40 ms
// per request (a trial run: ~290 req/s, p50 48 ms). We turn it on.
//   serve-httplib PORT UPSTREAM_PORT
// GET /fixed answers "hello, world\n"; GET /proxy relays
// http://127.0.0.1:UPSTREAM_PORT/fixed with httplib::Client, one keep-alive
// client per worker thread (handlers are synchronous: the worker waits).

#include <httplib.h>

#include <cstdio>
#include <string>

static int g_upstreamPort = 0;

int main(int argc, char **argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s PORT UPSTREAM_PORT\n", argv[0]);
        return 2;
    }
    const int port = std::stoi(argv[1]);
    g_upstreamPort = std::stoi(argv[2]);

    httplib::Server server;
    server.set_tcp_nodelay(true);
    server.Get("/fixed", [](const httplib::Request &, httplib::Response &res) {
        res.set_content("hello, world\n", "text/plain");
    });
    server.Get("/proxy", [](const httplib::Request &, httplib::Response &res) {
        thread_local httplib::Client client("127.0.0.1", g_upstreamPort);
        thread_local bool configured = false;
        if (!configured) {
            client.set_keep_alive(true);
            client.set_tcp_nodelay(true);
            client.set_connection_timeout(10);
            client.set_read_timeout(10);
            configured = true;
        }
        auto up = client.Get("/fixed");
        if (!up) {
            res.status = 502;
            res.set_content("upstream failed: " + httplib::to_string(up.error()) + "\n",
                            "text/plain");
            return;
        }
        res.status = up->status;
        const std::string type = up->get_header_value("Content-Type");
        res.set_content(up->body, type.empty() ? "application/octet-stream" : type.c_str());
    });

    std::fprintf(stderr, "cpp-httplib %s on 127.0.0.1:%d (pool %u threads)\n", CPPHTTPLIB_VERSION,
                 port, unsigned(CPPHTTPLIB_THREAD_POOL_COUNT));
    if (!server.listen("127.0.0.1", port)) {
        std::fprintf(stderr, "cannot listen on 127.0.0.1:%d\n", port);
        return 1;
    }
    return 0;
}
