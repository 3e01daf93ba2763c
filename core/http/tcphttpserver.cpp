#include "tcphttpserver.h"

#include "util/futures.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPointer>

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/websocket.hpp>

#include <atomic>
#include <chrono>
#include <deque>
#include <mutex>
#include <thread>
#include <unordered_map>

Q_LOGGING_CATEGORY(lcTcpHttp, "sloop.http.tcp")

namespace sloop::http {

namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
namespace websocket = boost::beast::websocket;
namespace net = boost::asio;
using tcp = boost::asio::ip::tcp;

namespace {
class WebSocketSession;
}

struct TcpHttpServer::Impl
{
    // Sessions count themselves down as the io_context destroys them.
    std::atomic<int> connections{0};
    // WebSocket connections by number (sessions remove themselves, so
    // before the io_context too); shared with Qt's thread for send and close.
    WebSocketHandler ws;
    WebSocketLimits wsLimits;
    bool wsEnabled = false;
    std::atomic<quint64> nextSocket{1};
    mutable std::mutex socketsLock;
    std::unordered_map<quint64, std::weak_ptr<WebSocketSession>> sockets;

    // Before what uses it: destroyed after the acceptor and the thread.
    net::io_context io{1};
    std::optional<net::executor_work_guard<net::io_context::executor_type>> work;
    tcp::acceptor acceptor{io};
    std::thread thread;
    HttpServer::AsyncHandler handler;
    HttpServerLimits limits;
    QPointer<TcpHttpServer> owner; // where handlers run (Qt's thread)
    quint16 port = 0;

    void accept();
    std::shared_ptr<WebSocketSession> socket(quint64 id) const
    {
        std::lock_guard lock(socketsLock);
        const auto it = sockets.find(id);
        return it == sockets.end() ? nullptr : it->second.lock();
    }
};

namespace {

HttpRequestHead headOf(const bhttp::request<bhttp::string_body> &request, tcp::socket &socket)
{
    HttpRequestHead head;
    head.method = QByteArray(request.method_string().data(), int(request.method_string().size()));
    head.target = QByteArray(request.target().data(), int(request.target().size()));
    head.minorVersion = int(request.version() % 10);
    beast::error_code peerError;
    const auto peer = socket.remote_endpoint(peerError);
    if (!peerError)
        head.peer = QByteArray::fromStdString(peer.address().to_string());
    for (const auto &field : request) {
        head.headers.append(
            {QByteArray(field.name_string().data(), int(field.name_string().size())).toLower(),
             QByteArray(field.value().data(), int(field.value().size())).trimmed()});
    }
    return head;
}

// One accepted WebSocket: reads whole messages and hands them to Qt's
// thread, writes queued messages one at a time, ends after the idle
// timeout or the longest lifetime, and closes a peer whose unsent messages
// pass the queue's bound (it does not read).
class WebSocketSession : public std::enable_shared_from_this<WebSocketSession>
{
public:
    WebSocketSession(tcp::socket socket, TcpHttpServer::Impl *impl, QPointer<TcpHttpServer> owner,
                     quint64 id)
        : m_ws(std::move(socket))
        , m_lifetime(m_ws.get_executor())
        , m_impl(impl)
        , m_owner(std::move(owner))
        , m_id(id)
    {
        ++m_impl->connections;
    }
    ~WebSocketSession()
    {
        --m_impl->connections;
        std::lock_guard lock(m_impl->socketsLock);
        m_impl->sockets.erase(m_id);
    }

    void accept(bhttp::request<bhttp::string_body> request)
    {
        m_ws.read_message_max(std::uint64_t(m_impl->wsLimits.maxMessageBytes));
        websocket::stream_base::timeout timeouts;
        timeouts.handshake_timeout = std::chrono::seconds(30);
        timeouts.idle_timeout = std::chrono::milliseconds(m_impl->wsLimits.idleTimeoutMs);
        timeouts.keep_alive_pings = false; // a client keeps it by sending (pings too)
        m_ws.set_option(timeouts);
        // Known from now: Qt's side may send before the handshake is out
        // (its open handler said yes); those wait in the queue.
        {
            std::lock_guard lock(m_impl->socketsLock);
            m_impl->sockets[m_id] = weak_from_this();
        }
        m_ws.async_accept(request, [self = shared_from_this()](beast::error_code ec) {
            if (ec)
                return self->finish();
            self->m_open = true;
            if (!self->m_queue.empty())
                self->writeNext();
            self->m_lifetime.expires_after(
                std::chrono::milliseconds(self->m_impl->wsLimits.maxLifetimeMs));
            self->m_lifetime.async_wait([weak = std::weak_ptr(self)](beast::error_code timerError) {
                if (const auto s = weak.lock(); s && !timerError)
                    s->close(websocket::close_code::going_away);
            });
            self->read();
        });
    }

    // On the server's thread.
    void send(const std::string &message)
    {
        if (m_finished)
            return;
        m_queuedBytes += qint64(message.size());
        if (m_queuedBytes > m_impl->wsLimits.maxQueuedBytes) {
            m_queue.clear();
            m_queuedBytes = 0;
            beast::error_code ignored;
            beast::get_lowest_layer(m_ws).socket().close(ignored); // it does not read: gone
            return;
        }
        m_queue.push_back(message);
        if (m_open && m_queue.size() == 1)
            writeNext();
    }

    void close(websocket::close_code code = websocket::close_code::normal)
    {
        if (m_finished || m_closing || !m_open)
            return;
        m_closing = true;
        m_ws.async_close(code, [self = shared_from_this()](beast::error_code) {});
    }

    auto executor() { return m_ws.get_executor(); }

private:
    void read()
    {
        m_ws.async_read(m_buffer, [self = shared_from_this()](beast::error_code ec, std::size_t) {
            if (ec)
                return self->finish();
            const QByteArray message(static_cast<const char *>(self->m_buffer.data().data()),
                                     qsizetype(self->m_buffer.size()));
            self->m_buffer.consume(self->m_buffer.size());
            const bool binary = !self->m_ws.got_text();
            const quint64 id = self->m_id;
            TcpHttpServer::Impl *impl = self->m_impl;
            QMetaObject::invokeMethod(
                self->m_owner.data(),
                [impl, id, message, binary, owner = self->m_owner] {
                    if (owner && impl->ws.message)
                        impl->ws.message(id, message, binary);
                },
                Qt::QueuedConnection);
            self->read();
        });
    }

    void writeNext()
    {
        m_ws.text(true);
        m_ws.async_write(net::buffer(m_queue.front()),
                         [self = shared_from_this()](beast::error_code ec, std::size_t) {
                             if (ec)
                                 return;
                             self->m_queuedBytes -= qint64(self->m_queue.front().size());
                             self->m_queue.pop_front();
                             if (!self->m_queue.empty())
                                 self->writeNext();
                         });
    }

    void finish()
    {
        if (std::exchange(m_finished, true))
            return;
        beast::error_code ignored;
        m_lifetime.cancel(ignored);
        {
            std::lock_guard lock(m_impl->socketsLock);
            m_impl->sockets.erase(m_id);
        }
        const quint64 id = m_id;
        TcpHttpServer::Impl *impl = m_impl;
        QMetaObject::invokeMethod(
            m_owner.data(),
            [impl, id, owner = m_owner] {
                if (owner && impl->ws.closed)
                    impl->ws.closed(id);
            },
            Qt::QueuedConnection);
    }

    websocket::stream<beast::tcp_stream> m_ws;
    net::steady_timer m_lifetime;
    beast::flat_buffer m_buffer;
    std::deque<std::string> m_queue;
    qint64 m_queuedBytes = 0;
    TcpHttpServer::Impl *m_impl;
    QPointer<TcpHttpServer> m_owner;
    quint64 m_id;
    bool m_open = false; // the handshake is done
    bool m_finished = false;
    bool m_closing = false;
};

class Session : public std::enable_shared_from_this<Session>
{
public:
    Session(tcp::socket socket, TcpHttpServer::Impl *impl, QPointer<TcpHttpServer> owner)
        : m_stream(std::move(socket))
        , m_impl(impl)
        , m_owner(std::move(owner))
    {
        ++m_impl->connections;
    }
    ~Session() { --m_impl->connections; }

    void read()
    {
        m_parser.emplace();
        m_parser->header_limit(std::uint32_t(m_impl->limits.request.maxHeaderBytes));
        m_parser->body_limit(std::uint64_t(m_impl->limits.request.maxBodyBytes));
        m_stream.expires_after(std::chrono::milliseconds(m_impl->limits.headTimeoutMs));
        bhttp::async_read(
            m_stream, m_buffer, *m_parser,
            [self = shared_from_this()](beast::error_code ec, std::size_t) { self->onRead(ec); });
    }

private:
    void onRead(beast::error_code ec)
    {
        if (ec == bhttp::error::body_limit)
            return fail(413, "The request body is too large.");
        if (ec == bhttp::error::header_limit)
            return fail(431, "The request's header is too large.");
        if (ec == bhttp::error::bad_method || ec == bhttp::error::bad_target ||
            ec == bhttp::error::bad_version || ec == bhttp::error::bad_field ||
            ec == bhttp::error::bad_value || ec == bhttp::error::bad_content_length ||
            ec == bhttp::error::bad_transfer_encoding || ec == bhttp::error::bad_chunk)
            return fail(400, "The request is malformed.");
        if (ec) {
            // The client went, or was idle too long: nothing to answer.
            beast::error_code ignored;
            m_stream.socket().shutdown(tcp::socket::shutdown_both, ignored);
            return;
        }
        auto request = m_parser->release();
        const HttpRequestHead head = headOf(request, m_stream.socket());
        if (m_impl->wsEnabled && websocket::is_upgrade(request))
            return upgrade(std::move(request), head);
        const QByteArray body = QByteArray::fromStdString(request.body());
        const bool keepAlive = request.keep_alive();
        m_stream.expires_never(); // the handler may take a function's whole timeout
        // Parked while Qt's side works: it holds only a weak pointer, so a
        // session never outlives the server's io_context on that side.
        m_parked = shared_from_this();
        std::weak_ptr<Session> weak = m_parked;
        TcpHttpServer::Impl *impl = m_impl;
        QMetaObject::invokeMethod(
            m_owner.data(),
            [weak, impl, head, body, keepAlive, owner = m_owner] {
                if (!owner)
                    return;
                QFuture<HttpResponse> answer;
                try {
                    answer = impl->handler(head, body);
                } catch (...) {
                    answer = QtFuture::makeReadyFuture(HttpResponse::error(
                        500, QStringLiteral("The request failed inside Sloop.")));
                }
                const auto reply = [weak, keepAlive](const HttpResponse &response) {
                    if (const auto self = weak.lock())
                        net::post(self->m_stream.get_executor(), [self, response, keepAlive] {
                            self->write(response, keepAlive);
                        });
                };
                // Most answers are ready at once (a mock, an error): no
                // continuation to build for them.
                if (answer.isFinished())
                    reply(answer.resultCount() > 0
                              ? answer.result()
                              : HttpResponse::error(
                                    500, QStringLiteral("The request failed inside Sloop.")));
                else
                    whenFinished(answer, owner.data(), reply);
            },
            Qt::QueuedConnection);
    }

    // Qt's side decides (its open handler); 101 hands the socket to a
    // WebSocket session, anything else is written and the connection closed.
    void upgrade(bhttp::request<bhttp::string_body> request, const HttpRequestHead &head)
    {
        m_stream.expires_never();
        m_upgrade.emplace(std::move(request));
        m_parked = shared_from_this();
        std::weak_ptr<Session> weak = m_parked;
        TcpHttpServer::Impl *impl = m_impl;
        const quint64 id = impl->nextSocket++;
        QMetaObject::invokeMethod(
            m_owner.data(),
            [weak, impl, head, id, owner = m_owner] {
                if (!owner)
                    return;
                const auto reply = [weak, id](const HttpResponse &response) {
                    if (const auto self = weak.lock())
                        net::post(self->m_stream.get_executor(),
                                  [self, response, id] { self->upgraded(response, id); });
                };
                QFuture<HttpResponse> answer =
                    impl->ws.open ? impl->ws.open(id, head)
                                  : QtFuture::makeReadyFuture(HttpResponse::error(404, {}));
                if (answer.isFinished())
                    reply(answer.resultCount() > 0 ? answer.result()
                                                   : HttpResponse::error(500, {}));
                else
                    whenFinished(answer, owner.data(), reply);
            },
            Qt::QueuedConnection);
    }

    void upgraded(const HttpResponse &response, quint64 id)
    {
        if (response.status != 101) {
            write(response, false);
            return;
        }
        m_parked.reset();
        std::make_shared<WebSocketSession>(m_stream.release_socket(), m_impl, m_owner, id)
            ->accept(std::move(*m_upgrade));
    }

    void write(const HttpResponse &response, bool keepAlive)
    {
        m_parked.reset(); // the write's handler holds it now
        auto out = std::make_shared<bhttp::response<bhttp::string_body>>();
        out->version(11);
        out->result(static_cast<unsigned>(response.status));
        if (!response.contentType.isEmpty())
            out->set(bhttp::field::content_type, response.contentType.toStdString());
        bool lengthGiven = false; // a HEAD answer names the length of what GET would send
        for (const auto &[name, value] : response.headers) {
            out->insert(name.toStdString(), value.toStdString()); // Set-Cookie may repeat
            lengthGiven = lengthGiven || name.compare("Content-Length", Qt::CaseInsensitive) == 0;
        }
        out->body() = response.body.toStdString();
        out->keep_alive(keepAlive);
        if (!lengthGiven || !response.body.isEmpty())
            out->prepare_payload();
        m_stream.expires_after(std::chrono::milliseconds(m_impl->limits.bodyTimeoutMs));
        bhttp::async_write(
            m_stream, *out,
            [self = shared_from_this(), out, keepAlive](beast::error_code ec, std::size_t) {
                if (ec)
                    return;
                if (!keepAlive) {
                    beast::error_code ignored;
                    self->m_stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
                    return;
                }
                self->read();
            });
    }

    void fail(int status, const char *message)
    {
        HttpResponse r = HttpResponse::error(status, QString::fromLatin1(message));
        write(r, false);
    }

    beast::tcp_stream m_stream;
    beast::flat_buffer m_buffer;
    std::optional<bhttp::request_parser<bhttp::string_body>> m_parser;
    std::optional<bhttp::request<bhttp::string_body>> m_upgrade;
    TcpHttpServer::Impl *m_impl;
    QPointer<TcpHttpServer> m_owner;
    std::shared_ptr<Session> m_parked;
};

} // namespace

void TcpHttpServer::Impl::accept()
{
    acceptor.async_accept(net::make_strand(io), [this](beast::error_code ec, tcp::socket socket) {
        if (ec == net::error::operation_aborted)
            return;
        if (!ec) {
            if (connections.load() >= limits.maxConnections) {
                beast::error_code ignored;
                socket.close(ignored); // a bound, as the admin API has
            } else {
                std::make_shared<Session>(std::move(socket), this, owner)->read();
            }
        }
        accept();
    });
}

TcpHttpServer::TcpHttpServer(HttpServer::AsyncHandler handler, HttpServerLimits limits,
                             QObject *parent)
    : QObject(parent)
    , m_impl(std::make_unique<Impl>())
{
    m_impl->handler = std::move(handler);
    m_impl->limits = limits;
    m_impl->owner = this;
}

TcpHttpServer::~TcpHttpServer()
{
    close();
}

VoidResult TcpHttpServer::listen(const QString &address, quint16 port)
{
    close();
    beast::error_code ec;
    const auto ip = net::ip::make_address(address.toStdString(), ec);
    if (ec)
        return VoidResult::failure(ErrorKind::InvalidInput, QString::fromStdString(ec.message()));
    const tcp::endpoint endpoint(ip, port);
    m_impl->acceptor.open(endpoint.protocol(), ec);
    if (!ec)
        m_impl->acceptor.set_option(net::socket_base::reuse_address(true), ec);
    if (!ec)
        m_impl->acceptor.bind(endpoint, ec);
    if (!ec)
        m_impl->acceptor.listen(net::socket_base::max_listen_connections, ec);
    if (ec) {
        beast::error_code ignored;
        m_impl->acceptor.close(ignored);
        return VoidResult::failure(ec == net::error::address_in_use ? ErrorKind::Conflict
                                                                    : ErrorKind::Refused,
                                   QString::fromStdString(ec.message()));
    }
    m_impl->port = m_impl->acceptor.local_endpoint().port();
    m_impl->io.restart();
    m_impl->work.emplace(net::make_work_guard(m_impl->io));
    m_impl->accept();
    Impl *impl = m_impl.get();
    m_impl->thread = std::thread([impl] { impl->io.run(); });
    qCInfo(lcTcpHttp).noquote() << "serving HTTP on" << address << impl->port;
    return {};
}

void TcpHttpServer::setWebSocketHandler(WebSocketHandler handler, WebSocketLimits limits)
{
    m_impl->ws = std::move(handler);
    m_impl->wsLimits = limits;
    m_impl->wsEnabled = true;
}

bool TcpHttpServer::sendWebSocket(quint64 connection, const QByteArray &message)
{
    const auto session = m_impl->socket(connection);
    if (!session)
        return false;
    net::post(session->executor(),
              [session, text = message.toStdString()] { session->send(text); });
    return true;
}

void TcpHttpServer::closeWebSocket(quint64 connection)
{
    if (const auto session = m_impl->socket(connection))
        net::post(session->executor(), [session] { session->close(); });
}

bool TcpHttpServer::hasWebSocket(quint64 connection) const
{
    return bool(m_impl->socket(connection));
}

quint16 TcpHttpServer::port() const
{
    return m_impl->port;
}

void TcpHttpServer::close()
{
    if (!m_impl->thread.joinable())
        return;
    net::post(m_impl->io, [impl = m_impl.get()] {
        beast::error_code ignored;
        impl->acceptor.close(ignored);
    });
    m_impl->work.reset();
    m_impl->io.stop();
    m_impl->thread.join();
    beast::error_code ignored;
    m_impl->acceptor.close(ignored);
    m_impl->port = 0;
}

} // namespace sloop::http
