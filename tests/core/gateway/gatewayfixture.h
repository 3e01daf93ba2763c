#pragma once

// The gateway over a private store, with the functions of the test dockerd
// behind it, and a real HTTP client in front of it.
#include "../functions/functionservicefixture.h"
#include "gateway/apiediting.h"
#include "gateway/apikeys.h"
#include "gateway/apirepository.h"
#include "gateway/gateway.h"
#include "http/httpclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>

#include <memory>

namespace sloop::test {

// A port nothing listens on now.
inline quint16 freeTcpPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

struct GatewayFixture
{
    FunctionServiceFixture functions;
    std::unique_ptr<gateway::Gateway> gateway;
    std::unique_ptr<gateway::ApiRepository> apis;
    std::unique_ptr<gateway::ApiKeyRepository> keys;
    std::unique_ptr<http::HttpClient> http;

    QString setUp(QObject *parent)
    {
        if (const QString problem = functions.setUp(parent); !problem.isEmpty())
            return problem;
        apis = std::make_unique<gateway::ApiRepository>(functions.db);
        keys = std::make_unique<gateway::ApiKeyRepository>(functions.db);
        gateway = std::make_unique<gateway::Gateway>(functions.db, functions.service.get());
        http = std::make_unique<http::HttpClient>();
        gateway->start();
        return {};
    }

    void tearDown(const QStringList &madeFunctions)
    {
        gateway.reset();
        functions.tearDown(madeFunctions);
    }

    // An API with these routes deployed to `stage`, served now.
    Result<gateway::Api> deploy(const QString &name, gateway::ApiType type,
                                const QList<gateway::Route> &routes, const QString &stage)
    {
        gateway::Api api;
        api.name = name;
        api.type = type;
        api.port = freeTcpPort();
        auto made = apis->create(api);
        if (!made)
            return made;
        gateway::Api edited = *made;
        for (const gateway::Route &r : routes) {
            auto with = gateway::withRoute(edited, r);
            if (!with)
                return with;
            edited = *with;
        }
        auto deployed = gateway::deployed(edited, stage, {}, 1);
        if (!deployed)
            return deployed;
        if (auto saved = apis->save(*deployed); !saved)
            return Result<gateway::Api>::failure(saved.problem());
        gateway->reload();
        return deployed;
    }

    // Saves an edited API and has the gateway serve it.
    VoidResult save(const gateway::Api &api)
    {
        if (auto saved = apis->save(api); !saved)
            return saved;
        gateway->reload();
        return {};
    }

    Result<http::ClientResponse> send(const QByteArray &method, const QString &url,
                                      QList<std::pair<QByteArray, QByteArray>> headers = {},
                                      const QByteArray &body = {})
    {
        http::ClientRequest r;
        r.method = method;
        r.url = QUrl(url);
        r.headers = std::move(headers);
        r.body = body;
        r.timeoutMs = 60000;
        return await(http->send(r), 70000);
    }
};

inline gateway::Route mockRoute(const QString &key, int status, const QByteArray &body)
{
    gateway::Route r;
    r.key = key;
    r.integration.kind = gateway::Integration::Kind::Mock;
    r.integration.mockStatus = status;
    r.integration.mockBody = body;
    return r;
}

inline gateway::Route functionRoute(const QString &key, const QString &function, int format = 2)
{
    gateway::Route r;
    r.key = key;
    r.integration.kind = gateway::Integration::Kind::Function;
    r.integration.target = function;
    r.integration.payloadFormat = format;
    return r;
}

inline QJsonObject jsonOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

} // namespace sloop::test
