#pragma once

#include "ownerlease.h"

#include <QFuture>
#include <QObject>

#include <memory>

namespace sloop::http {
class HttpServer;
struct HttpRequestHead;
struct HttpResponse;
} // namespace sloop::http

namespace sloop {

class ControlPlane;

// The owner's private local admin API: HTTP over a unix socket (0600, in a
// 0700 folder checked with lstat) that the CLI and a second window use
// instead of opening the store and engines themselves.
//
//   GET  /v1/owner          who serves: pid, role ("window" | "serve"), data folder
//   GET  /v1/instances      the instances, as `sloop instances ls --json` prints them
//   POST /v1/functions/NAME/invoke[?qualifier=VERSION|ALIAS]
//                           the body is the event; answers the invocation as
//                           `sloop functions invoke --json` prints it, from
//                           the owner's warm environments
//   POST /v1/gateway/reload another process changed APIs, keys or usage plans
//   POST /v1/batch/wake     another process submitted, cancelled or terminated jobs
//   POST /v1/window/raise   a second window asks the first to come to the front
//
// Errors answer {"message", "kind"} with the status of their kind.
class AdminApi : public QObject
{
    Q_OBJECT
public:
    AdminApi(ControlPlane *plane, OwnerLease::Role role, QObject *parent = nullptr);
    ~AdminApi() override;

    // Listens at admin::socketPath(); a stale socket of a dead owner there
    // is removed first (the caller holds the lease, so none is live).
    VoidResult start();
    void stop();
    QString socketPath() const { return m_path; }

Q_SIGNALS:
    void raiseRequested();

private:
    QFuture<http::HttpResponse> handle(const http::HttpRequestHead &head, const QByteArray &body);
    http::HttpResponse handleAtOnce(const http::HttpRequestHead &head);
    QFuture<http::HttpResponse> invokeFunction(const QString &name, const QString &qualifier,
                                               const QByteArray &payload);
    // ?type=Event: queued (202 with its requestId), run by the dispatcher.
    http::HttpResponse queueEvent(const QString &name, const QString &qualifier,
                                  const QByteArray &payload);

    ControlPlane *m_plane;
    OwnerLease::Role m_role;
    std::unique_ptr<http::HttpServer> m_server;
    QString m_path;
};

// The client side, for a process that is not the owner: one request, one
// answer, on the calling thread (the CLI runs nothing else meanwhile; the
// window asks once, before it shows). Unreachable when no owner listens.
struct AdminAnswer
{
    int status = 0;
    QByteArray body;
};
Result<AdminAnswer> adminRequest(const QString &socketPath, const QByteArray &method,
                                 const QByteArray &path, int timeoutMs = 5000,
                                 const QByteArray &body = {});

} // namespace sloop
