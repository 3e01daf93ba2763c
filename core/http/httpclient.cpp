#include "httpclient.h"

#include "util/logging.h"

#include <QCoreApplication>
#include <QPromise>
#include <QSocketNotifier>

#include <curl/curl.h>

#include <mutex>

namespace sloop::http {

namespace {

// Texts are looked up, and filed by lupdate, under "Http".
struct HttpText
{
    Q_DECLARE_TR_FUNCTIONS(Http)
};

void initCurlOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

ErrorKind kindOf(CURLcode code)
{
    switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_COULDNT_CONNECT:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
        return ErrorKind::Unreachable;
    case CURLE_OPERATION_TIMEDOUT:
        return ErrorKind::TimedOut;
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CONNECT_ERROR:
        return ErrorKind::Unauthorized;
    case CURLE_URL_MALFORMAT:
    case CURLE_UNSUPPORTED_PROTOCOL:
        return ErrorKind::InvalidInput;
    case CURLE_ABORTED_BY_CALLBACK:
        return ErrorKind::Cancelled;
    default:
        return ErrorKind::Internal;
    }
}

} // namespace

QByteArray ClientResponse::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

struct HttpClient::Socket
{
    std::unique_ptr<QSocketNotifier> read;
    std::unique_ptr<QSocketNotifier> write;
};

struct HttpClient::Transfer
{
    CURL *easy = nullptr;
    curl_slist *headers = nullptr;
    QPromise<Result<ClientResponse>> promise;
    ClientRequest request;
    ClientResponse response;
    bool stopped = false;  // onBody said no
    bool tooLarge = false; // past maxBodyBytes
    char error[CURL_ERROR_SIZE] = {};

    ~Transfer()
    {
        curl_slist_free_all(headers);
        curl_easy_cleanup(easy);
    }

    static size_t onHeader(char *data, size_t size, size_t count, void *self)
    {
        auto *t = static_cast<Transfer *>(self);
        const QByteArray line = QByteArray(data, qsizetype(size * count)).trimmed();
        if (line.startsWith("HTTP/")) {
            // A new answer (after 100 Continue, or a redirect): start over.
            t->response.headers.clear();
            t->response.status = line.split(' ').value(1).toInt();
        } else if (const qsizetype colon = line.indexOf(':'); colon > 0) {
            t->response.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
        return size * count;
    }

    static size_t onData(char *data, size_t size, size_t count, void *self)
    {
        auto *t = static_cast<Transfer *>(self);
        const qsizetype n = qsizetype(size * count);
        if (t->request.onBody) {
            if (!t->request.onBody(QByteArrayView(data, n))) {
                t->stopped = true;
                return 0; // libcurl ends the transfer with CURLE_WRITE_ERROR
            }
            return size * count;
        }
        if (t->response.body.size() + n > t->request.maxBodyBytes) {
            t->tooLarge = true;
            return 0;
        }
        t->response.body.append(data, n);
        return size * count;
    }
};

HttpClient::HttpClient(QObject *parent)
    : QObject(parent)
{
    initCurlOnce();
    m_multi = curl_multi_init();
    curl_multi_setopt(m_multi, CURLMOPT_SOCKETFUNCTION, &HttpClient::onSocket);
    curl_multi_setopt(m_multi, CURLMOPT_SOCKETDATA, this);
    curl_multi_setopt(m_multi, CURLMOPT_TIMERFUNCTION, &HttpClient::onTimer);
    curl_multi_setopt(m_multi, CURLMOPT_TIMERDATA, this);
    curl_multi_setopt(m_multi, CURLMOPT_MAX_HOST_CONNECTIONS, kMaxPerHost);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { act(CURL_SOCKET_TIMEOUT, 0); });
}

HttpClient::~HttpClient()
{
    cancelAll();
    curl_multi_cleanup(m_multi);
    qDeleteAll(m_sockets);
}

QFuture<Result<ClientResponse>> HttpClient::send(ClientRequest request)
{
    auto *t = new Transfer;
    t->request = std::move(request);
    t->promise.start();
    QFuture<Result<ClientResponse>> future = t->promise.future();
    const ClientRequest &r = t->request;
    if (!r.url.isValid() ||
        (r.url.scheme() != QLatin1String("http") && r.url.scheme() != QLatin1String("https"))) {
        t->promise.addResult(Result<ClientResponse>::failure(
            ErrorKind::InvalidInput,
            HttpText::tr("Not an http or https address: %1").arg(r.url.toDisplayString())));
        t->promise.finish();
        delete t;
        return future;
    }
    t->easy = curl_easy_init();
    CURL *e = t->easy;
    const QByteArray url = r.url.toEncoded();
    curl_easy_setopt(e, CURLOPT_URL, url.constData());
    curl_easy_setopt(e, CURLOPT_PRIVATE, t);
    curl_easy_setopt(e, CURLOPT_ERRORBUFFER, t->error);
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, &Transfer::onHeader);
    curl_easy_setopt(e, CURLOPT_HEADERDATA, t);
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, &Transfer::onData);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, t);
    curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, long(r.connectTimeoutMs));
    curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, long(r.timeoutMs));
    curl_easy_setopt(e, CURLOPT_HTTP_VERSION, long(CURL_HTTP_VERSION_2TLS));
    curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, ""); // what libcurl can inflate
    if (!r.caFile.isEmpty())
        curl_easy_setopt(e, CURLOPT_CAINFO, r.caFile.toLocal8Bit().constData());
    if (!r.clientCertFile.isEmpty())
        curl_easy_setopt(e, CURLOPT_SSLCERT, r.clientCertFile.toLocal8Bit().constData());
    if (!r.clientKeyFile.isEmpty())
        curl_easy_setopt(e, CURLOPT_SSLKEY, r.clientKeyFile.toLocal8Bit().constData());
    const QByteArray method = r.method.toUpper();
    if (method == "HEAD") {
        curl_easy_setopt(e, CURLOPT_NOBODY, 1L);
    } else if (method != "GET" || !r.body.isEmpty()) {
        curl_easy_setopt(e, CURLOPT_CUSTOMREQUEST, method.constData());
        curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(r.body.size()));
        curl_easy_setopt(e, CURLOPT_COPYPOSTFIELDS, r.body.constData());
    }
    for (const auto &[name, value] : r.headers)
        t->headers = curl_slist_append(t->headers, QByteArray(name + ": " + value).constData());
    // libcurl would add "Expect: 100-continue" to larger bodies and wait.
    t->headers = curl_slist_append(t->headers, "Expect:");
    curl_easy_setopt(e, CURLOPT_HTTPHEADER, t->headers);
    m_transfers.insert(e, t);
    curl_multi_add_handle(m_multi, e);
    return future;
}

void HttpClient::cancelAll()
{
    const auto transfers = m_transfers.values();
    for (Transfer *t : transfers)
        finish(t, Result<ClientResponse>::failure(ErrorKind::Cancelled,
                                                  HttpText::tr("The request was cancelled.")));
}

int HttpClient::onSocket(void *, int fd, int what, void *client, void *)
{
    auto *self = static_cast<HttpClient *>(client);
    if (what == CURL_POLL_REMOVE) {
        // Possibly inside the notifier's own signal: delete it later.
        if (Socket *s = self->m_sockets.take(fd)) {
            for (auto *n : {s->read.release(), s->write.release()}) {
                if (n) {
                    n->setEnabled(false);
                    n->deleteLater();
                }
            }
            delete s;
        }
        return 0;
    }
    Socket *&s = self->m_sockets[fd];
    if (!s) {
        s = new Socket;
        s->read = std::make_unique<QSocketNotifier>(fd, QSocketNotifier::Read);
        s->write = std::make_unique<QSocketNotifier>(fd, QSocketNotifier::Write);
        QObject::connect(s->read.get(), &QSocketNotifier::activated, self,
                         [self, fd] { self->act(fd, CURL_CSELECT_IN); });
        QObject::connect(s->write.get(), &QSocketNotifier::activated, self,
                         [self, fd] { self->act(fd, CURL_CSELECT_OUT); });
    }
    s->read->setEnabled(what == CURL_POLL_IN || what == CURL_POLL_INOUT);
    s->write->setEnabled(what == CURL_POLL_OUT || what == CURL_POLL_INOUT);
    return 0;
}

int HttpClient::onTimer(void *, long timeoutMs, void *client)
{
    auto *self = static_cast<HttpClient *>(client);
    if (timeoutMs < 0)
        self->m_timer.stop();
    else
        self->m_timer.start(int(timeoutMs)); // 0: as soon as the loop turns
    return 0;
}

void HttpClient::act(int fd, int events)
{
    int running = 0;
    curl_multi_socket_action(m_multi, fd, events, &running);
    collectFinished();
}

void HttpClient::collectFinished()
{
    int left = 0;
    while (CURLMsg *message = curl_multi_info_read(m_multi, &left)) {
        if (message->msg != CURLMSG_DONE)
            continue;
        Transfer *t = m_transfers.value(message->easy_handle);
        if (!t)
            continue;
        const CURLcode code = message->data.result;
        if (code == CURLE_OK) {
            long status = 0;
            curl_easy_getinfo(t->easy, CURLINFO_RESPONSE_CODE, &status);
            t->response.status = int(status);
            finish(t, std::move(t->response));
        } else if (t->stopped) {
            finish(t, Result<ClientResponse>::failure(ErrorKind::Cancelled,
                                                      HttpText::tr("The transfer was stopped.")));
        } else if (t->tooLarge) {
            finish(t,
                   Result<ClientResponse>::failure(
                       ErrorKind::InvalidInput, HttpText::tr("%1 answered with more than %2 MiB.")
                                                    .arg(t->request.url.host())
                                                    .arg(t->request.maxBodyBytes / (1024 * 1024))));
        } else {
            const QString detail = t->error[0] ? QString::fromUtf8(t->error)
                                               : QString::fromUtf8(curl_easy_strerror(code));
            Error problem{kindOf(code),
                          HttpText::tr("%1 %2: %3")
                              .arg(QString::fromLatin1(t->request.method),
                                   t->request.url.toDisplayString(QUrl::RemoveUserInfo), detail)};
            finish(t, Result<ClientResponse>::failure(problem));
        }
    }
}

void HttpClient::finish(Transfer *t, Result<ClientResponse> outcome)
{
    m_transfers.remove(t->easy);
    curl_multi_remove_handle(m_multi, t->easy);
    t->promise.addResult(std::move(outcome));
    t->promise.finish();
    delete t;
}

} // namespace sloop::http
