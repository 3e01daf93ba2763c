#pragma once

// A WebSocket client for tests, on a thread of its own (the gateway under
// test answers on the test's thread, which must keep running its events):
// Boost.Beast, as the server, but as any browser would speak to it.
#include <QByteArray>
#include <QList>
#include <QString>

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/websocket.hpp>

#include <deque>
#include <mutex>
#include <optional>
#include <thread>

namespace sloop::test {

class WebSocketClient
{
public:
    enum class State
    {
        Connecting,
        Open,
        Refused, // the upgrade was answered with status()
        Closed,
    };

    WebSocketClient() = default;
    WebSocketClient(const WebSocketClient &) = delete;
    ~WebSocketClient()
    {
        m_io.stop();
        if (m_thread.joinable())
            m_thread.join();
    }

    // reading false: a peer that never reads what it is sent.
    void open(quint16 port, const std::string &target, const std::string &userAgent = "sloop-test",
              bool reading = true)
    {
        m_thread = std::thread([this, port, target, userAgent, reading] {
            namespace beast = boost::beast;
            // Everything asynchronous, so stopping the io_context ends it at
            // any point (a server that never answers included).
            beast::get_lowest_layer(m_ws).async_connect(
                {boost::asio::ip::make_address("127.0.0.1"), port},
                [this, port, target, userAgent, reading](beast::error_code ec) {
                    if (ec)
                        return setState(State::Closed);
                    handshake(port, target, userAgent, reading);
                });
            m_io.run();
            std::lock_guard lock(m_lock);
            if (m_state != State::Refused)
                m_state = State::Closed;
        });
    }

    void send(const QByteArray &text)
    {
        boost::asio::post(m_io, [this, text = text.toStdString()] {
            m_outbox.push_back(text);
            if (m_outbox.size() == 1)
                writeNext();
        });
    }

    void close()
    {
        boost::asio::post(m_io, [this] {
            if (m_ws.is_open())
                m_ws.async_close(boost::beast::websocket::close_code::normal,
                                 [](boost::beast::error_code) {});
        });
    }

    State state() const
    {
        std::lock_guard lock(m_lock);
        return m_state;
    }
    std::string error() const
    {
        std::lock_guard lock(m_lock);
        return m_error;
    }
    int status() const
    {
        std::lock_guard lock(m_lock);
        return m_status;
    }
    QList<QByteArray> messages() const
    {
        std::lock_guard lock(m_lock);
        return m_messages;
    }

private:
    void handshake(quint16 port, const std::string &target, const std::string &userAgent,
                   bool reading)
    {
        namespace beast = boost::beast;
        m_ws.set_option(beast::websocket::stream_base::decorator(
            [userAgent](beast::websocket::request_type &r) {
                r.set(beast::http::field::user_agent, userAgent);
            }));
        m_ws.read_message_max(4 * 1024 * 1024);
        // Asynchronous: Boost 1.74's blocking handshake keeps a refusal's
        // status to itself.
        m_ws.async_handshake(m_response, "127.0.0.1:" + std::to_string(port), target,
                             [this, reading](beast::error_code handshakeError) {
                                 if (handshakeError) {
                                     std::lock_guard lock(m_lock);
                                     m_status = int(m_response.result_int());
                                     m_error = handshakeError.message();
                                     m_state = State::Refused;
                                     return;
                                 }
                                 setState(State::Open);
                                 if (reading) {
                                     read();
                                 } else {
                                     // Nothing reads; a timer keeps the thread alive.
                                     m_idle.expires_after(std::chrono::hours(1));
                                     m_idle.async_wait([](beast::error_code) {});
                                 }
                             });
    }

    void setState(State s)
    {
        std::lock_guard lock(m_lock);
        m_state = s;
    }

    void read()
    {
        m_ws.async_read(m_buffer, [this](boost::beast::error_code ec, std::size_t) {
            if (ec)
                return setState(State::Closed);
            {
                std::lock_guard lock(m_lock);
                m_messages.append(QByteArray(static_cast<const char *>(m_buffer.data().data()),
                                             qsizetype(m_buffer.size())));
            }
            m_buffer.consume(m_buffer.size());
            read();
        });
    }

    void writeNext()
    {
        m_ws.text(true);
        m_ws.async_write(boost::asio::buffer(m_outbox.front()),
                         [this](boost::beast::error_code ec, std::size_t) {
                             if (ec)
                                 return;
                             m_outbox.pop_front();
                             if (!m_outbox.empty())
                                 writeNext();
                         });
    }

    boost::asio::io_context m_io;
    boost::beast::websocket::stream<boost::beast::tcp_stream> m_ws{m_io};
    boost::beast::flat_buffer m_buffer;
    boost::beast::websocket::response_type m_response;
    boost::asio::steady_timer m_idle{m_io};
    std::deque<std::string> m_outbox;
    std::thread m_thread;
    mutable std::mutex m_lock;
    State m_state = State::Connecting;
    int m_status = 0;
    std::string m_error;
    QList<QByteArray> m_messages;
};

} // namespace sloop::test
