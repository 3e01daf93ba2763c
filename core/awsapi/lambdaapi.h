#pragma once

#include "http/httpserver.h"

#include <QFuture>

namespace sloop::functions {
class FunctionService;
}

namespace sloop::awsapi {

// AWS Lambda's REST API, the invoke and read paths, over FunctionService:
//   POST /2015-03-31/functions/NAME/invocations  (X-Amz-Invocation-Type
//        RequestResponse | Event | DryRun, X-Amz-Log-Type: Tail)
//   GET  /2015-03-31/functions/                  ListFunctions
//   GET  /2015-03-31/functions/NAME              GetFunction
//   GET  /2015-03-31/functions/NAME/configuration
// NAME may be a name, a partial or a full ARN. Answers and errors have
// Lambda's shapes (X-Amzn-ErrorType with {"Type", "message"}), so the AWS
// CLI and SDKs read them as they read AWS's.
class LambdaApi
{
public:
    explicit LambdaApi(functions::FunctionService *service)
        : m_service(service)
    {
    }
    // Whether the path is Lambda's (the endpoint routes by it).
    static bool handles(const QByteArray &path);
    QFuture<http::HttpResponse> handle(const http::HttpRequestHead &head, const QByteArray &body);

    // {"Type": "User", "message"} with the error's name in X-Amzn-ErrorType.
    static http::HttpResponse error(int status, const QString &type, const QString &message);

private:
    QFuture<http::HttpResponse> invoke(const QString &name, const QString &qualifier,
                                       const http::HttpRequestHead &head, const QByteArray &body);

    functions::FunctionService *m_service;
};

} // namespace sloop::awsapi
