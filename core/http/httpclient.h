#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QFuture>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>
#include <utility>

namespace sloop::http {

// One request out over TCP, with TLS for https (registries, webhooks, HTTP
// integrations). Engines and the admin API use the unix-socket exchange in
// httpexchange.h instead.
struct ClientRequest
{
    QByteArray method = "GET";
    QUrl url;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int connectTimeoutMs = 10000;
    int timeoutMs = 60000;                 // the whole exchange; 0: no limit (a stream)
    QString caFile;                        // trust this CA (PEM) as well as the system's
    QString clientCertFile, clientKeyFile; // PEM; mutual TLS
    // Streaming: each piece of the body as it arrives, instead of
    // collecting it; return false to stop (the result is then Cancelled).
    std::function<bool(QByteArrayView piece)> onBody;
    qint64 maxBodyBytes = 64LL * 1024 * 1024; // collected bodies only
};

struct ClientResponse
{
    int status = 0;
    QList<std::pair<QByteArray, QByteArray>> headers; // of the final answer
    QByteArray body;                                  // empty when streamed
    QByteArray header(QByteArrayView name) const;     // the first, any case
};

// An HTTP/1.1 and HTTP/2 client on libcurl's multi interface, driven by
// this thread's Qt event loop (its sockets through QSocketNotifiers, its
// timer through a QTimer): no thread of its own, connections kept and
// reused per host, at most kMaxPerHost to one host. Chosen over
// QNetworkAccessManager by measurement (bench/httpclient, README).
//
// An answer with any HTTP status is a success here (a registry's 401 starts
// its sign-in); failures are the exchange's: Unreachable (DNS, refused,
// reset), TimedOut, Unauthorized (the server's certificate is not trusted),
// InvalidInput (a malformed URL, a body past maxBodyBytes), Cancelled.
//
// Thread-safety: use on the thread that made it.
class HttpClient : public QObject
{
    Q_OBJECT
public:
    static constexpr long kMaxPerHost = 16;

    explicit HttpClient(QObject *parent = nullptr);
    ~HttpClient() override; // what is in flight ends Cancelled

    QFuture<Result<ClientResponse>> send(ClientRequest request);
    // Ends every exchange in flight as Cancelled.
    void cancelAll();
    int inFlight() const { return int(m_transfers.size()); }

private:
    struct Transfer;
    struct Socket;

    static int onSocket(void *easy, int fd, int what, void *client, void *socketData);
    static int onTimer(void *multi, long timeoutMs, void *client);
    void act(int fd, int events);
    void collectFinished();
    void finish(Transfer *t, Result<ClientResponse> outcome);

    void *m_multi = nullptr; // CURLM
    QTimer m_timer;
    QHash<int, Socket *> m_sockets;
    QHash<void *, Transfer *> m_transfers; // by CURL easy handle
};

} // namespace sloop::http
