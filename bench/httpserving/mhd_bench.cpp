// libmicrohttpd 0.9.75 (libmicrohttpd-dev) in its internal epoll thread mode.
//   serve-mhd PORT UPSTREAM_PORT
// GET /fixed answers "hello, world\n" (in the handler's second call: MHD
// 0.9.75 closes the connection after a response queued in the first call).
// GET /proxy uses MHD's async pattern:
// the handler suspends the connection and hands the fetch of
// http://127.0.0.1:UPSTREAM_PORT/fixed to one thread running libcurl's multi
// interface (MHD has no client of its own; curl's connection cache keeps the
// upstream connections alive); when it is in, that thread resumes the
// connection and MHD calls the handler again, which relays status and body.

#include <curl/curl.h>
#include <microhttpd.h>

#include <arpa/inet.h>
#include <sys/socket.h>
#include <unistd.h>
#include <atomic>
#include <cstdio>
#include <cstring>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace {

struct Job
{
    MHD_Connection *connection = nullptr;
    std::atomic<bool> done{false};
    long status = 0;
    std::string body, type;
};

std::string g_upstreamUrl;
CURLM *g_multi = nullptr;
std::mutex g_mutex;
std::vector<Job *> g_queue; // jobs waiting for the curl thread
MHD_Response *g_fixed = nullptr;
int g_headSeen; // *state after the first call, before a Job exists

size_t onBody(char *data, size_t size, size_t n, void *job)
{
    static_cast<Job *>(job)->body.append(data, size * n);
    return size * n;
}

void curlLoop()
{
    std::vector<CURL *> idle; // easy handles are reused
    for (;;) {
        {
            std::lock_guard lock(g_mutex);
            for (Job *job : g_queue) {
                CURL *easy = idle.empty() ? curl_easy_init() : idle.back();
                if (!idle.empty())
                    idle.pop_back();
                curl_easy_setopt(easy, CURLOPT_URL, g_upstreamUrl.c_str());
                curl_easy_setopt(easy, CURLOPT_NOPROXY, "*");
                curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, 10000L);
                curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, onBody);
                curl_easy_setopt(easy, CURLOPT_WRITEDATA, job);
                curl_easy_setopt(easy, CURLOPT_PRIVATE, job);
                curl_multi_add_handle(g_multi, easy);
            }
            g_queue.clear();
        }
        int running = 0;
        curl_multi_perform(g_multi, &running);
        int left = 0;
        while (CURLMsg *msg = curl_multi_info_read(g_multi, &left)) {
            if (msg->msg != CURLMSG_DONE)
                continue;
            Job *job = nullptr;
            curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, &job);
            if (msg->data.result == CURLE_OK) {
                curl_easy_getinfo(msg->easy_handle, CURLINFO_RESPONSE_CODE, &job->status);
                char *type = nullptr;
                curl_easy_getinfo(msg->easy_handle, CURLINFO_CONTENT_TYPE, &type);
                job->type = type ? type : "application/octet-stream";
            }
            curl_multi_remove_handle(g_multi, msg->easy_handle);
            idle.push_back(msg->easy_handle);
            job->done = true;
            MHD_resume_connection(job->connection);
        }
        curl_multi_poll(g_multi, nullptr, 0, 1000, nullptr);
    }
}

MHD_Result handle(void *, MHD_Connection *connection, const char *url, const char *method,
                  const char *, const char *, size_t *, void **state)
{
    if (std::strcmp(method, "GET") != 0)
        return MHD_NO;
    // MHD's rule: do not answer in the first call for a request (its head
    // only). 0.9.75 answers "Connection: close" to a response queued then.
    if (!*state) {
        *state = &g_headSeen;
        return MHD_YES;
    }
    if (std::strcmp(url, "/fixed") == 0)
        return MHD_queue_response(connection, MHD_HTTP_OK, g_fixed);
    if (std::strcmp(url, "/proxy") != 0) {
        MHD_Response *r = MHD_create_response_from_buffer(0, nullptr, MHD_RESPMEM_PERSISTENT);
        MHD_Result ok = MHD_queue_response(connection, MHD_HTTP_NOT_FOUND, r);
        MHD_destroy_response(r);
        return ok;
    }
    Job *job = nullptr;
    if (*state == &g_headSeen) { // the request is in: start the fetch and park the connection
        job = new Job;
        job->connection = connection;
        *state = job;
        MHD_suspend_connection(connection);
        {
            std::lock_guard lock(g_mutex);
            g_queue.push_back(job);
        }
        curl_multi_wakeup(g_multi);
        return MHD_YES;
    }
    job = static_cast<Job *>(*state);
    if (!job->done)
        return MHD_YES;
    const unsigned status = job->status ? unsigned(job->status) : MHD_HTTP_BAD_GATEWAY;
    MHD_Response *r = MHD_create_response_from_buffer(job->body.size(), job->body.data(),
                                                      MHD_RESPMEM_MUST_COPY);
    MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE, job->type.c_str());
    MHD_Result ok = MHD_queue_response(connection, status, r);
    MHD_destroy_response(r);
    return ok;
}

void completed(void *, MHD_Connection *, void **state, MHD_RequestTerminationCode)
{
    if (*state != &g_headSeen)
        delete static_cast<Job *>(*state);
    *state = nullptr;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s PORT UPSTREAM_PORT\n", argv[0]);
        return 2;
    }
    const int port = std::stoi(argv[1]);
    g_upstreamUrl = "http://127.0.0.1:" + std::string(argv[2]) + "/fixed";

    curl_global_init(CURL_GLOBAL_DEFAULT);
    g_multi = curl_multi_init();
    std::thread(curlLoop).detach();

    static const char fixed[] = "hello, world\n";
    g_fixed = MHD_create_response_from_buffer(sizeof fixed - 1, (void *)fixed,
                                              MHD_RESPMEM_PERSISTENT);
    MHD_add_response_header(g_fixed, MHD_HTTP_HEADER_CONTENT_TYPE, "text/plain");

    // Our own listening socket: MHD 0.9.75 sets no SO_REUSEADDR by default
    // (a restart fails while old connections are in TIME_WAIT), and its
    // LISTENING_ADDRESS_REUSE option also sets SO_REUSEPORT, which lets two
    // servers share the port unnoticed.
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(uint16_t(port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const int listener = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    const int on = 1;
    setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    if (bind(listener, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0 ||
        listen(listener, 1024) != 0) {
        std::fprintf(stderr, "cannot listen on 127.0.0.1:%d\n", port);
        return 1;
    }
    MHD_Daemon *daemon = MHD_start_daemon(
        MHD_USE_EPOLL_INTERNAL_THREAD | MHD_ALLOW_SUSPEND_RESUME | MHD_USE_ERROR_LOG, 0, nullptr,
        nullptr, &handle, nullptr, MHD_OPTION_LISTEN_SOCKET, listener, MHD_OPTION_CONNECTION_LIMIT,
        4096u, MHD_OPTION_NOTIFY_COMPLETED, &completed, nullptr, MHD_OPTION_END);
    if (!daemon) {
        std::fprintf(stderr, "cannot listen on 127.0.0.1:%d\n", port);
        return 1;
    }
    std::fprintf(stderr, "libmicrohttpd %s on 127.0.0.1:%d (TLS: %s, upgrade: %s)\n",
                 MHD_get_version(), port,
                 MHD_is_feature_supported(MHD_FEATURE_TLS) == MHD_YES ? "yes" : "no",
                 MHD_is_feature_supported(MHD_FEATURE_UPGRADE) == MHD_YES ? "yes" : "no");
    for (;;)
        pause(); // the daemon's thread serves; SIGTERM ends the process
}
