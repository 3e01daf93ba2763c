// libcurl's multi interface (libcurl4-openssl-dev): one multi handle, an easy
// handle per request, connections kept in the multi's cache. Two builds:
//   httpclient-curl     driven by curl_multi_poll() in a plain loop;
//   httpclient-curlqt   (SLOOP_CURL_ON_QT) driven by Qt's event loop, the way
//                       Sloop would embed it: CURLMOPT_SOCKETFUNCTION maps to
//                       QSocketNotifiers, CURLMOPT_TIMERFUNCTION to a QTimer.
// Modes: bench.h.

#include "bench.h"

#include <curl/curl.h>

#ifdef SLOOP_CURL_ON_QT
#include <QCoreApplication>
#include <QEventLoop>
#include <QSocketNotifier>
#include <QTimer>
#include <unordered_map>
#endif

namespace {

struct Transfer
{
    CURL *easy = curl_easy_init();
    bench::Sink sink;
    bench::Done done;
    long long bytes = 0;
    char error[CURL_ERROR_SIZE] = {};
};

class CurlClient : public bench::Client
{
public:
    explicit CurlClient(const bench::Options &o)
        : options(o)
    {
    }
    ~CurlClient() override { curl_multi_cleanup(multi); }

    void get(const std::string &url, bench::Sink sink, bench::Done done) override
    {
        auto *t = new Transfer;
        t->sink = std::move(sink);
        t->done = std::move(done);
        curl_easy_setopt(t->easy, CURLOPT_URL, url.c_str());
        curl_easy_setopt(t->easy, CURLOPT_PRIVATE, t);
        curl_easy_setopt(t->easy, CURLOPT_WRITEFUNCTION, &CurlClient::onBody);
        curl_easy_setopt(t->easy, CURLOPT_WRITEDATA, t);
        curl_easy_setopt(t->easy, CURLOPT_ERRORBUFFER, t->error);
        curl_easy_setopt(t->easy, CURLOPT_NOSIGNAL, 1L); // threaded resolver; no SIGALRM
        // Requests started together wait for the first connection to say
        // whether it multiplexes (HTTP/2) instead of each opening its own.
        curl_easy_setopt(t->easy, CURLOPT_PIPEWAIT, 1L);
        if (!options.caFile.empty())
            curl_easy_setopt(t->easy, CURLOPT_CAINFO, options.caFile.c_str());
        if (!options.certFile.empty()) {
            curl_easy_setopt(t->easy, CURLOPT_SSLCERT, options.certFile.c_str());
            curl_easy_setopt(t->easy, CURLOPT_SSLKEY, options.keyFile.c_str());
        }
        if (options.timeoutMs > 0) // the whole transfer; CONNECTTIMEOUT and LOW_SPEED_* also exist
            curl_easy_setopt(t->easy, CURLOPT_TIMEOUT_MS, options.timeoutMs);
        curl_multi_add_handle(multi, t->easy);
    }

    void exec() override
    {
        running = true;
        while (running) {
            int active = 0;
            curl_multi_perform(multi, &active);
            finish();
            if (running)
                curl_multi_poll(multi, nullptr, 0, 1000, nullptr);
        }
    }
    void quit() override { running = false; }

protected:
    // Completion callbacks run here, outside libcurl's own callbacks, so they
    // may start the next request.
    void finish()
    {
        int left = 0;
        while (CURLMsg *m = curl_multi_info_read(multi, &left)) {
            if (m->msg != CURLMSG_DONE)
                continue;
            Transfer *t = nullptr;
            long status = 0, version = 0;
            curl_easy_getinfo(m->easy_handle, CURLINFO_PRIVATE, &t);
            curl_easy_getinfo(m->easy_handle, CURLINFO_RESPONSE_CODE, &status);
            curl_easy_getinfo(m->easy_handle, CURLINFO_HTTP_VERSION, &version);
            bench::Reply r;
            r.status = int(status);
            r.bytes = t->bytes;
            r.httpVersion = version == CURL_HTTP_VERSION_2_0 ? 2 : 1;
            if (m->data.result != CURLE_OK)
                r.error = *t->error ? t->error : curl_easy_strerror(m->data.result);
            curl_multi_remove_handle(multi, t->easy);
            curl_easy_cleanup(t->easy);
            const bench::Done done = std::move(t->done);
            delete t;
            done(r);
        }
    }

    CURLM *multi = curl_multi_init();

private:
    static size_t onBody(char *data, size_t, size_t n, void *transfer)
    {
        auto *t = static_cast<Transfer *>(transfer);
        t->bytes += static_cast<long long>(n);
        return !t->sink || t->sink(data, n) ? n : 0; // 0 aborts with CURLE_WRITE_ERROR
    }

    bench::Options options;
    bool running = false;
};

#ifdef SLOOP_CURL_ON_QT
class CurlQtClient final : public CurlClient
{
public:
    explicit CurlQtClient(const bench::Options &o)
        : CurlClient(o)
    {
        curl_multi_setopt(multi, CURLMOPT_SOCKETFUNCTION, &CurlQtClient::onSocket);
        curl_multi_setopt(multi, CURLMOPT_SOCKETDATA, this);
        curl_multi_setopt(multi, CURLMOPT_TIMERFUNCTION, &CurlQtClient::onTimer);
        curl_multi_setopt(multi, CURLMOPT_TIMERDATA, this);
        timer.setSingleShot(true);
        QObject::connect(&timer, &QTimer::timeout, [this] { act(CURL_SOCKET_TIMEOUT, 0); });
    }
    // The base class's curl_multi_cleanup() would call back into members
    // that are gone by then.
    ~CurlQtClient() override
    {
        curl_multi_setopt(multi, CURLMOPT_SOCKETFUNCTION, nullptr);
        curl_multi_setopt(multi, CURLMOPT_TIMERFUNCTION, nullptr);
    }

    void exec() override { loop.exec(); }
    void quit() override { loop.quit(); }

private:
    struct Watch
    {
        std::unique_ptr<QSocketNotifier> in, out;
    };

    void act(curl_socket_t s, int events)
    {
        int active = 0;
        curl_multi_socket_action(multi, s, events, &active);
        finish();
    }

    // Kept per descriptor and only disabled on CURL_POLL_REMOVE: deleting a
    // notifier from inside its own activated() is not safe, and a reused
    // descriptor number simply gets its notifiers back.
    static int onSocket(CURL *, curl_socket_t s, int what, void *self, void *)
    {
        auto *c = static_cast<CurlQtClient *>(self);
        Watch &w = c->watches[s];
        if (!w.in) {
            w.in = std::make_unique<QSocketNotifier>(s, QSocketNotifier::Read);
            w.out = std::make_unique<QSocketNotifier>(s, QSocketNotifier::Write);
            QObject::connect(w.in.get(), &QSocketNotifier::activated,
                             [c, s] { c->act(s, CURL_CSELECT_IN); });
            QObject::connect(w.out.get(), &QSocketNotifier::activated,
                             [c, s] { c->act(s, CURL_CSELECT_OUT); });
        }
        w.in->setEnabled(what == CURL_POLL_IN || what == CURL_POLL_INOUT);
        w.out->setEnabled(what == CURL_POLL_OUT || what == CURL_POLL_INOUT);
        return 0;
    }

    // libcurl forbids calling it back from here; the QTimer fires from the loop.
    static int onTimer(CURLM *, long ms, void *self)
    {
        auto *c = static_cast<CurlQtClient *>(self);
        if (ms < 0)
            c->timer.stop();
        else
            c->timer.start(int(ms));
        return 0;
    }

    std::unordered_map<curl_socket_t, Watch> watches;
    QTimer timer;
    QEventLoop loop;
};
using Chosen = CurlQtClient;
#else
using Chosen = CurlClient;
#endif

} // namespace

int main(int argc, char **argv)
{
    curl_global_init(CURL_GLOBAL_DEFAULT);
#ifdef SLOOP_CURL_ON_QT
    QCoreApplication app(argc, argv);
#endif
    const int rc = bench::main(argc, argv,
                               [](const bench::Options &o) { return std::make_unique<Chosen>(o); });
    curl_global_cleanup();
    return rc;
}
