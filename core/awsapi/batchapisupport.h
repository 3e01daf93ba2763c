#pragma once

// What BatchApi's files share (batchapi.cpp: jobs, queues, definitions;
// batchpolicyapi.cpp: scheduling policies and CreateJobQueue): reading
// AWS's JSON and answering in Batch's shapes. Internal to core/awsapi.
#include "http/httpserver.h"
#include "lambdaapi.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <optional>

namespace sloop::awsapi::batchsupport {

using nlohmann::json;

struct ApiText
{
    Q_DECLARE_TR_FUNCTIONS(BatchApi)
};

inline http::HttpResponse clientError(const QString &message)
{
    return LambdaApi::error(400, QStringLiteral("ClientException"), message);
}

// A store's refusal as Batch words it: ClientException, or ServerException
// when the fault is Sloop's.
inline http::HttpResponse failed(const Error &e)
{
    if (e.kind == ErrorKind::Internal)
        return LambdaApi::error(500, QStringLiteral("ServerException"), e.message);
    return clientError(e.message);
}

inline http::HttpResponse ok(const json &body)
{
    return http::HttpResponse::json(200, QByteArray::fromStdString(body.dump()));
}

inline json parsed(const QByteArray &text)
{
    return json::parse(text.toStdString(), nullptr, false);
}

inline QString str(const json &j, const char *key)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? QString::fromStdString(it->get<std::string>())
                                            : QString();
}

// A name, NAME:REVISION, or an ARN ending in job-queue/NAME or the like.
inline QString nameOf(const QString &nameOrArn)
{
    const int slash = nameOrArn.lastIndexOf(QLatin1Char('/'));
    return nameOrArn.startsWith(QLatin1String("arn:")) && slash > 0 ? nameOrArn.mid(slash + 1)
                                                                    : nameOrArn;
}

inline QStringList strings(const json &j)
{
    QStringList out;
    if (j.is_array())
        for (const json &v : j)
            if (v.is_string())
                out << QString::fromStdString(v.get<std::string>());
    return out;
}

inline std::optional<double> number(const json &j, const char *key)
{
    const auto it = j.find(key);
    if (it == j.end() || !it->is_number())
        return std::nullopt;
    return it->get<double>();
}

inline json fromBytes(const QByteArray &bytes)
{
    return json::parse(bytes.toStdString());
}

} // namespace sloop::awsapi::batchsupport
