// Boost.Beast 1.74 (libboost1.74-dev, header-only): async I/O on one
// io_context run by one thread.
//   serve-beast PORT UPSTREAM_PORT
// GET /fixed answers "hello, world\n"; GET /proxy relays
// http://127.0.0.1:UPSTREAM_PORT/fixed through Beast's own async client: each
// client session keeps one keep-alive connection to the upstream, opened on
// first use, reopened (one retry) if the upstream closed it.

// Boost 1.74's asio/awaitable.hpp uses std::exchange without <utility>; in
// C++20 mode with GCC 12 that fails unless <utility> comes first.
#include <utility>

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/version.hpp>

#include <cstdio>
#include <memory>
#include <string>

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;
using namespace std::chrono_literals;

static tcp::endpoint g_upstream;

class Session : public std::enable_shared_from_this<Session>
{
public:
    explicit Session(tcp::socket socket)
        : m_client(std::move(socket)), m_up(m_client.get_executor())
    {
    }
    void start() { read(); }

private:
    void read()
    {
        m_req = {};
        m_client.expires_after(60s); // an idle client is closed after this
        http::async_read(m_client, m_buf, m_req,
                         [self = shared_from_this()](beast::error_code ec, std::size_t) {
                             if (!ec)
                                 self->route();
                         });
    }

    void route()
    {
        m_res = {};
        m_res.version(11);
        m_res.keep_alive(m_req.keep_alive());
        if (m_req.method() == http::verb::get && m_req.target() == "/fixed") {
            reply(http::status::ok, "text/plain", "hello, world\n");
        } else if (m_req.method() == http::verb::get && m_req.target() == "/proxy") {
            m_retried = false;
            upstream();
        } else {
            reply(http::status::not_found, "text/plain", "not found\n");
        }
    }

    void upstream()
    {
        auto self = shared_from_this();
        if (!m_upOpen) {
            m_up.expires_after(10s);
            m_up.async_connect(g_upstream, [self](beast::error_code ec) {
                if (ec)
                    return self->reply(http::status::bad_gateway, "text/plain", "no upstream\n");
                self->m_upOpen = true;
                self->upstream();
            });
            return;
        }
        m_upReq = {http::verb::get, "/fixed", 11};
        m_upReq.set(http::field::host, "127.0.0.1");
        m_upRes = {};
        m_up.expires_after(10s);
        http::async_write(m_up, m_upReq, [self](beast::error_code ec, std::size_t) {
            if (ec)
                return self->upstreamFailed();
            http::async_read(self->m_up, self->m_upBuf, self->m_upRes,
                             [self](beast::error_code ec, std::size_t) {
                                 if (ec)
                                     return self->upstreamFailed();
                                 if (!self->m_upRes.keep_alive())
                                     self->closeUpstream();
                                 std::string type(self->m_upRes[http::field::content_type]);
                                 self->reply(self->m_upRes.result(), type,
                                             std::move(self->m_upRes.body()));
                             });
        });
    }

    void upstreamFailed()
    {
        closeUpstream();
        if (m_retried)
            return reply(http::status::bad_gateway, "text/plain", "upstream failed\n");
        m_retried = true; // a kept connection the upstream had closed: once more
        upstream();
    }

    void closeUpstream()
    {
        beast::error_code ignored;
        m_up.socket().shutdown(tcp::socket::shutdown_both, ignored);
        m_up.close();
        m_upBuf.clear();
        m_upOpen = false;
    }

    void reply(http::status status, const std::string &type, std::string body)
    {
        m_res.result(status);
        m_res.set(http::field::content_type, type);
        m_res.body() = std::move(body);
        m_res.prepare_payload();
        m_client.expires_after(30s);
        http::async_write(m_client, m_res,
                          [self = shared_from_this()](beast::error_code ec, std::size_t) {
                              if (ec || !self->m_res.keep_alive()) {
                                  beast::error_code ignored;
                                  self->m_client.socket().shutdown(tcp::socket::shutdown_send,
                                                                   ignored);
                                  return;
                              }
                              self->read();
                          });
    }

    beast::tcp_stream m_client;
    beast::flat_buffer m_buf;
    http::request<http::empty_body> m_req;
    http::response<http::string_body> m_res;

    beast::tcp_stream m_up;
    beast::flat_buffer m_upBuf;
    http::request<http::empty_body> m_upReq;
    http::response<http::string_body> m_upRes;
    bool m_upOpen = false;
    bool m_retried = false;
};

static void accept(tcp::acceptor &acceptor)
{
    acceptor.async_accept([&acceptor](beast::error_code ec, tcp::socket socket) {
        if (!ec)
            std::make_shared<Session>(std::move(socket))->start();
        accept(acceptor);
    });
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s PORT UPSTREAM_PORT\n", argv[0]);
        return 2;
    }
    const auto loopback = asio::ip::make_address("127.0.0.1");
    g_upstream = tcp::endpoint(loopback, static_cast<unsigned short>(std::stoi(argv[2])));

    asio::io_context ioc{1};
    tcp::acceptor acceptor(ioc);
    const tcp::endpoint at(loopback, static_cast<unsigned short>(std::stoi(argv[1])));
    acceptor.open(at.protocol());
    acceptor.set_option(asio::socket_base::reuse_address(true));
    acceptor.bind(at);
    acceptor.listen(asio::socket_base::max_listen_connections);
    accept(acceptor);
    std::fprintf(stderr, "beast %d on 127.0.0.1:%s\n", BOOST_BEAST_VERSION, argv[1]);
    ioc.run();
    return 0;
}
