#include "apiediting.h"

#include <QCoreApplication>

namespace sloop::gateway {

namespace {

struct EditText
{
    Q_DECLARE_TR_FUNCTIONS(Gateway)
};

Result<Api> notFound(const QString &message)
{
    return Result<Api>::failure(ErrorKind::NotFound, message);
}

Result<Api> refused(const QString &message)
{
    return Result<Api>::failure(ErrorKind::InvalidInput, message);
}

Stage *findStage(Api &api, const QString &name)
{
    for (Stage &s : api.stages) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

} // namespace

Result<Api> withRoute(Api api, Route route)
{
    const auto key = api.type == ApiType::WebSocket ? normalizeWebSocketRouteKey(route.key)
                                                    : normalizeRouteKey(route.key);
    if (!key)
        return Result<Api>::failure(key.problem());
    if (auto valid = validate(route.integration); !valid)
        return Result<Api>::failure(valid.problem());
    if (!route.authorizer.isEmpty() && !api.authorizer(route.authorizer))
        return Result<Api>::failure(
            ErrorKind::NotFound,
            EditText::tr("API %1 has no authorizer \"%2\".").arg(api.name, route.authorizer));
    if (route.authorizer.isEmpty())
        route.authorizationScopes.clear();
    if (api.type != ApiType::WebSocket)
        route.twoWay = false;
    else if (route.integration.kind == Integration::Kind::Http)
        return Result<Api>::failure(
            ErrorKind::Unsupported,
            EditText::tr("A WebSocket route sends to a function or answers a fixed reply."));
    route.key = *key;
    for (Route &r : api.routes) {
        if (r.key == route.key) {
            r = route;
            return api;
        }
    }
    api.routes.append(route);
    return api;
}

Result<Api> withoutRoute(Api api, const QString &key)
{
    const auto normalized = normalizeRouteKey(key);
    const QString wanted = normalized ? *normalized : key;
    const qsizetype before = api.routes.size();
    api.routes.removeIf([&wanted](const Route &r) { return r.key == wanted; });
    if (api.routes.size() == before)
        return notFound(EditText::tr("API %1 has no route \"%2\".").arg(api.name, key));
    return api;
}

Result<Api> deployed(Api api, const QString &stage, const QString &description, qint64 nowMs)
{
    if (auto valid = validateStageName(stage); !valid)
        return Result<Api>::failure(valid.problem());
    if (stage == QLatin1String("$default") && api.type == ApiType::Rest)
        return refused(EditText::tr("A REST API's stages have names: deploy to \"dev\" or "
                                    "\"prod\", for example."));
    if (api.routes.isEmpty())
        return refused(EditText::tr("API %1 has no routes to deploy: add one first "
                                    "(sloop routes add).")
                           .arg(api.name));
    Deployment d;
    do {
        d.id = randomId(6);
    } while (api.deployment(d.id));
    d.createdMs = nowMs;
    d.description = description;
    d.routes = api.routes;
    api.deployments.append(d);
    Stage *s = findStage(api, stage);
    if (!s) {
        Stage fresh;
        fresh.name = stage;
        fresh.createdMs = nowMs;
        api.stages.append(fresh);
        s = &api.stages.last();
    }
    s->deploymentId = d.id;
    s->updatedMs = nowMs;
    return api;
}

Result<Api> rolledBack(Api api, const QString &stage, const QString &deploymentId, qint64 nowMs)
{
    Stage *s = findStage(api, stage);
    if (!s)
        return notFound(EditText::tr("API %1 has no stage \"%2\".").arg(api.name, stage));
    QString target = deploymentId;
    if (target.isEmpty()) {
        // The deployment made before the stage's current one.
        for (qsizetype i = 1; i < api.deployments.size(); ++i) {
            if (api.deployments.at(i).id == s->deploymentId) {
                target = api.deployments.at(i - 1).id;
                break;
            }
        }
        if (target.isEmpty())
            return refused(
                EditText::tr("Stage %1 has no earlier deployment to go back to.").arg(stage));
    }
    if (!api.deployment(target))
        return notFound(EditText::tr("API %1 has no deployment %2.").arg(api.name, target));
    s->deploymentId = target;
    s->updatedMs = nowMs;
    return api;
}

Result<Api> withStageSettings(Api api, const QString &stage, double rateLimit, int burstLimit,
                              const QMap<QString, QString> &variables)
{
    Stage *s = findStage(api, stage);
    if (!s)
        return notFound(EditText::tr("API %1 has no stage \"%2\".").arg(api.name, stage));
    if (rateLimit < 0 || burstLimit < 0 || (rateLimit > 0 && burstLimit < 1))
        return refused(EditText::tr("A stage's rate is 0 (no throttle) or more requests a "
                                    "second, with a burst of at least 1."));
    s->rateLimit = rateLimit;
    s->burstLimit = burstLimit;
    s->variables = variables;
    return api;
}

Result<Api> withStageCache(Api api, const QString &stage, StageCache cache)
{
    Stage *s = findStage(api, stage);
    if (!s)
        return notFound(EditText::tr("API %1 has no stage \"%2\".").arg(api.name, stage));
    if (auto valid = validate(cache); !valid)
        return Result<Api>::failure(valid.problem());
    for (QString &h : cache.keyHeaders)
        h = h.toLower();
    cache.flushedMs = s->cache.flushedMs;
    s->cache = cache;
    return api;
}

Result<Api> withCacheFlushed(Api api, const QString &stage, qint64 nowMs)
{
    Stage *s = findStage(api, stage);
    if (!s)
        return notFound(EditText::tr("API %1 has no stage \"%2\".").arg(api.name, stage));
    s->cache.flushedMs = nowMs;
    return api;
}

Result<Api> withBindAddress(Api api, const QString &address)
{
    const QString trimmed = address.trimmed();
    if (auto valid = validateBindAddress(trimmed); !valid)
        return Result<Api>::failure(valid.problem());
    api.bindAddress = trimmed == QLatin1String("127.0.0.1") ? QString() : trimmed;
    return api;
}

Result<Api> withCors(Api api, const Cors &cors)
{
    if (auto valid = validate(cors); !valid)
        return Result<Api>::failure(valid.problem());
    api.cors = cors;
    return api;
}

Result<Api> withoutStage(Api api, const QString &stage)
{
    const qsizetype before = api.stages.size();
    api.stages.removeIf([&stage](const Stage &s) { return s.name == stage; });
    if (api.stages.size() == before)
        return notFound(EditText::tr("API %1 has no stage \"%2\".").arg(api.name, stage));
    return api;
}

Result<Api> withAuthorizer(Api api, const Authorizer &authorizer)
{
    if (auto valid = validate(authorizer); !valid)
        return Result<Api>::failure(valid.problem());
    for (Authorizer &a : api.authorizers) {
        if (a.name == authorizer.name) {
            a = authorizer;
            return api;
        }
    }
    api.authorizers.append(authorizer);
    return api;
}

Result<Api> withoutAuthorizer(Api api, const QString &name)
{
    if (!api.authorizer(name))
        return Result<Api>::failure(
            ErrorKind::NotFound,
            EditText::tr("API %1 has no authorizer \"%2\".").arg(api.name, name));
    QStringList users;
    for (const Route &r : std::as_const(api.routes)) {
        if (r.authorizer == name)
            users.append(r.key);
    }
    if (!users.isEmpty())
        return Result<Api>::failure(ErrorKind::Conflict,
                                    EditText::tr("Routes use authorizer \"%1\": %2. Change them "
                                                 "first.")
                                        .arg(name, users.join(QLatin1String(", "))));
    api.authorizers.removeIf([&](const Authorizer &a) { return a.name == name; });
    return api;
}

} // namespace sloop::gateway
