#pragma once

#include "accesskeys.h"
#include "controlplane/ownerservice.h"
#include "lambdaapi.h"
#include "util/result.h"

#include <QObject>

#include <memory>

namespace sloop::http {
class TcpHttpServer;
struct HttpRequestHead;
struct HttpResponse;
} // namespace sloop::http

namespace sloop::awsapi {

// Sloop's AWS-compatible front door on 127.0.0.1 (the port in settings,
// 4510 by default): every request must carry an AWS Signature Version 4 made
// with an access key Sloop issued (`sloop credentials create`), so AWS's CLI
// and SDKs work against it unchanged with --endpoint-url. Lambda's API is
// served today; the gateway, batch and instances add theirs here. Only the
// owner of the data folder serves it.
class AwsEndpoint : public QObject, public OwnerService
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

Q_SIGNALS:
    void servingChanged(bool serving, const QString &problem);

private:
    QFuture<http::HttpResponse> handle(const http::HttpRequestHead &head, const QByteArray &body);

    AccessKeys m_keys;
    LambdaApi m_lambda;
    std::unique_ptr<http::TcpHttpServer> m_server;
    quint16 m_port = 0;
    QString m_problem;
};

} // namespace sloop::awsapi
