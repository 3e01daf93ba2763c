// QHttpServer 6.4 (qt6-httpserver-dev) on the Qt event loop, one thread.
//   serve-qhttpserver PORT UPSTREAM_PORT
// GET /fixed answers "hello, world\n"; GET /proxy fetches
// http://127.0.0.1:UPSTREAM_PORT/fixed with QNetworkAccessManager and relays
// status, Content-Type and body.
//
// Answering later in Qt 6.4: a route handler may return a QHttpServerResponse
// (at once), a QFuture<QHttpServerResponse>, or take a QHttpServerResponder&&
// and return void. The QFuture path's continuation (qhttpserver.cpp 6.4.2)
// keeps the raw QTcpSocket* and a reference to the request, so a client that
// disconnects first leaves it dangling. We take the responder instead, keep it
// alive in a shared_ptr until the upstream reply is in, and guard its socket
// with a QPointer (release builds of 6.4 keep a raw pointer in the responder).
// 6.4 has no ordering for pipelined requests answered this way, and QNAM
// opens at most 6 connections per host (not configurable before Qt 6.5).

#include <QCoreApplication>
#include <QHttpServer>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPointer>
#include <QSslSocket>
#include <QTcpSocket>

#include <cstdio>
#include <memory>

using Status = QHttpServerResponder::StatusCode;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s PORT UPSTREAM_PORT\n", argv[0]);
        return 2;
    }
    const quint16 port = quint16(QByteArray(argv[1]).toUShort());
    const QUrl upstream(QStringLiteral("http://127.0.0.1:%1/fixed").arg(argv[2]));

    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);

    QHttpServer server;
    server.route("/fixed", [] {
        return QHttpServerResponse(QByteArrayLiteral("text/plain"),
                                   QByteArrayLiteral("hello, world\n"));
    });
    server.route("/proxy", [&nam, upstream](QHttpServerResponder &&responder) {
        auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
        QPointer<QTcpSocket> socket = held->socket();
        QNetworkReply *reply = nam.get(QNetworkRequest(upstream));
        QObject::connect(reply, &QNetworkReply::finished, reply, [reply, held, socket] {
            reply->deleteLater();
            if (!socket || socket->state() != QAbstractSocket::ConnectedState)
                return; // the client went away meanwhile
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status == 0) {
                held->write(Status::BadGateway);
                return;
            }
            QByteArray type = reply->rawHeader("Content-Type");
            if (type.isEmpty())
                type = "application/octet-stream";
            held->write(reply->readAll(), type, Status(status));
        });
    });

    if (server.listen(QHostAddress::LocalHost, port) != port) {
        std::fprintf(stderr, "cannot listen on 127.0.0.1:%u\n", unsigned(port));
        return 1;
    }
    std::fprintf(stderr, "qhttpserver %s on 127.0.0.1:%u (TLS backend available: %s)\n",
                 qVersion(), unsigned(port), QSslSocket::supportsSsl() ? "yes" : "no");
    return app.exec();
}
