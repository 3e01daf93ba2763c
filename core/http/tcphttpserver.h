#pragma once

#include "httpserver.h"
#include "util/result.h"

#include <QObject>

#include <memory>

namespace sloop::http {

// An HTTP/1.1 server on TCP for the AWS-compatible endpoint and the gateway:
// Boost.Beast (bench/httpserving) on a thread of its own does the sockets,
// parsing (within the request limits), keep-alive and timeouts; each
// request is handed to the handler on the thread that made the server, and
// the answer (a future) is written back from the server's thread. A
// request's body is read whole before the handler sees it.
//
// Thread-safety: use on the thread that made it.
class TcpHttpServer : public QObject
{
    Q_OBJECT
public:
    explicit TcpHttpServer(HttpServer::AsyncHandler handler, HttpServerLimits limits = {},
                           QObject *parent = nullptr);
    ~TcpHttpServer() override; // stops and joins the server's thread

    // address: "127.0.0.1" (nothing else should serve an unauthenticated
    // port); port 0 picks a free one (port() says which). A failure's
    // message is the system's (this file has no tr(): see translations/).
    VoidResult listen(const QString &address, quint16 port);
    quint16 port() const;
    void close();

    struct Impl; // the .cpp's sessions use it

private:
    std::unique_ptr<Impl> m_impl;
};

} // namespace sloop::http
