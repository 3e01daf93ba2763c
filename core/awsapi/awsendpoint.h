#pragma once

#include "accesskeys.h"
#include "controlplane/ownerservice.h"
#include "functions/awscontext.h"
#include "lambdaapi.h"
#include "sessioncredentials.h"
#include "util/result.h"

#include <QObject>

#include <functional>
#include <memory>

namespace sloop::http {
class TcpHttpServer;
struct HttpRequestHead;
struct HttpResponse;
} // namespace sloop::http

namespace sloop::buckets {
class BucketRepository;
class BucketWatcher;
} // namespace sloop::buckets

namespace sloop::batch {
class BatchRepository;
}

namespace sloop::awsapi {

class BatchApi;
class S3Api;

// Sloop's AWS-compatible front door on 127.0.0.1 (the port in settings,
// 4510 by default): every request must carry an AWS Signature Version 4 made
// with an access key Sloop issued (`sloop credentials create`), so AWS's CLI
// and SDKs work against it unchanged with --endpoint-url. Lambda's API, S3's
// (over folder buckets), Batch's and API Gateway's @connections are served. Only the owner of the
// data folder serves it.
class AwsEndpoint : public QObject, public OwnerService, public functions::AwsContextSource
{
    Q_OBJECT
public:
    AwsEndpoint(store::Database &db, functions::FunctionService *functions,
                QObject *parent = nullptr);
    ~AwsEndpoint() override;

    // port 0: the setting's. A port taken is reported, and the rest of the
    // owner runs on without the endpoint.
    void setPort(quint16 port) { m_port = port; }
    quint16 port() const; // the one listened on, 0 when not serving
    QString problem() const { return m_problem; }
    static QString url(quint16 port); // "http://127.0.0.1:4510"

    void start() override;
    void stop() override;

    // Serves the same endpoint on a local engine's bridge address too, so
    // functions' containers reach it (and nothing outside this machine
    // does); it ends with stop(). Its URL, for AWS_ENDPOINT_URL.
    VoidResult serveContainersAt(const QString &address, const QString &engine);
    QString containerUrl() const;

    // AwsContextSource: functions on that engine get the container URL and
    // their own temporary credentials, scoped to Lambda's API.
    std::optional<functions::AwsContext> contextFor(const functions::FunctionRecord &f,
                                                    const QString &engine) override;
    void forget(const QString &function) override { m_sessions.revoke(function); }
    // Temporary credentials for functions (X-Amz-Security-Token).
    SessionCredentials &sessions() { return m_sessions; }
    // Serves S3's API over the folder buckets (the watcher hears of puts
    // and deletes).
    void setBuckets(buckets::BucketRepository *repository, buckets::BucketWatcher *watcher);
    // Serves API Gateway's @connections management API for every WebSocket
    // API (connection ids are Sloop-wide), so functions reach their clients
    // from their containers: the gateway's ports are on the host's loopback.
    using ConnectionsHandler = std::function<http::HttpResponse(
        const QByteArray &method, const QString &connectionId, const QByteArray &body)>;
    void setConnections(ConnectionsHandler handler) { m_connections = std::move(handler); }
    // Serves AWS Batch's API over the batch store; `wake` tells the dispatcher.
    void setBatch(batch::BatchRepository *repository, std::function<void()> wake);

Q_SIGNALS:
    void servingChanged(bool serving, const QString &problem);

private:
    QFuture<http::HttpResponse> handle(const http::HttpRequestHead &head, const QByteArray &body);

    std::unique_ptr<http::TcpHttpServer> makeServer();

    AccessKeys m_keys;
    SessionCredentials m_sessions;
    LambdaApi m_lambda;
    std::unique_ptr<S3Api> m_s3;
    std::unique_ptr<BatchApi> m_batch;
    ConnectionsHandler m_connections;
    functions::FunctionService *m_functions;
    std::unique_ptr<http::TcpHttpServer> m_server;
    std::unique_ptr<http::TcpHttpServer> m_containerServer;
    QString m_containerAddress;
    QString m_containerEngine;
    quint16 m_port = 0;
    QString m_problem;
};

} // namespace sloop::awsapi
