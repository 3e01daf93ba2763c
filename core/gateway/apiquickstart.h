#pragma once

#include "apimodel.h"

#include <QFuture>
#include <QObject>

namespace sloop::functions {
class FunctionService;
}

namespace sloop::store {
class Database;
}

namespace sloop::gateway {

// What the Learn page's API Gateway card makes, so that a beginner's first
// request reaches a function through a stage with a key: the function
// hello-api (made from its template once), the HTTP API hello-api with
// GET /hello needing a key, deployed to $default, a new key in the usage
// plan "learner" (5 requests a second, 1,000 a day).
struct ApiQuickStart
{
    Api api;
    QString function;
    QString keyName;
    QString keyValue; // shown once, as every key's
    QString path = QStringLiteral("/hello?name=Sloop");

    static constexpr const char *kName = "hello-api";
    static constexpr const char *kPlan = "learner";
};

// Made or reused step by step; a failure says which step. The future
// settles on context's thread. name: the function's and the API's (tests
// give their own).
QFuture<Result<ApiQuickStart>>
makeApiQuickStart(functions::FunctionService &functions, store::Database &db, const QString &engine,
                  QObject *context,
                  const QString &name = QString::fromLatin1(ApiQuickStart::kName));

} // namespace sloop::gateway
