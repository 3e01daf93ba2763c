#include "apiquickstart.h"

#include "apiediting.h"
#include "apikeys.h"
#include "apirepository.h"
#include "functions/functionrepository.h"
#include "functions/functionservice.h"
#include "functions/functiontemplates.h"
#include "util/futures.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPromise>

namespace sloop::gateway {

namespace {

struct QuickStartText
{
    Q_DECLARE_TR_FUNCTIONS(Gateway)
};

// Everything after the function: the API, its route and stage, a key in the plan.
Result<ApiQuickStart> wireUp(store::Database &db, const QString &name)
{
    using R = Result<ApiQuickStart>;
    const QString &function = name;
    ApiRepository apis(db);
    const auto found = apis.find(name);
    if (!found)
        return R::failure(found.problem());
    Api api;
    if (found->has_value()) {
        api = **found;
    } else {
        api.name = name;
        api.description = QuickStartText::tr("Made by the Learn page's API Gateway card.");
        const auto made = apis.create(api);
        if (!made)
            return R::failure(made.problem());
        api = *made;
    }
    Route hello;
    hello.key = QStringLiteral("GET /hello");
    hello.integration.kind = Integration::Kind::Function;
    hello.integration.target = function;
    hello.apiKeyRequired = true;
    auto edited = withRoute(api, hello);
    if (!edited)
        return R::failure(edited.problem());
    // Deployed again only when $default does not serve the route as it is.
    const Stage *live = edited->stage(QStringLiteral("$default"));
    const Deployment *serving = live ? edited->deployment(live->deploymentId) : nullptr;
    if (!serving || !serving->routes.contains(*edited->route(hello.key)))
        edited = deployed(*edited, QStringLiteral("$default"),
                          QuickStartText::tr("GET /hello for the Learn page"),
                          QDateTime::currentMSecsSinceEpoch());
    if (!edited)
        return R::failure(edited.problem());
    if (auto saved = apis.save(*edited); !saved)
        return R::failure(saved.problem());

    ApiKeyRepository keys(db);
    const QString stageRef = edited->id + QStringLiteral(":$default");
    auto plan = keys.requirePlan(QString::fromLatin1(ApiQuickStart::kPlan));
    if (!plan && plan.kind() == ErrorKind::NotFound) {
        UsagePlan p;
        p.name = QString::fromLatin1(ApiQuickStart::kPlan);
        p.rateLimit = 5;
        p.burstLimit = 10;
        p.quotaLimit = 1000;
        p.quotaPeriod = QuotaPeriod::Day;
        p.stages = {stageRef};
        plan = keys.createPlan(p);
    }
    if (!plan)
        return R::failure(plan.problem());
    if (!plan->stages.contains(stageRef))
        return R::failure(ErrorKind::Conflict,
                          QuickStartText::tr("A usage plan named \"%1\" exists for other APIs; "
                                             "rename or remove it, then try again.")
                              .arg(plan->name));
    const QString keyName = QStringLiteral("learner-") + randomId(4);
    const auto key = keys.createKey(keyName);
    if (!key)
        return R::failure(key.problem());
    if (auto added = keys.addKeyToPlan(plan->id, key->first.id); !added)
        return R::failure(added.problem());
    ApiQuickStart out;
    out.api = *edited;
    out.function = function;
    out.keyName = keyName;
    out.keyValue = key->second;
    return out;
}

} // namespace

QFuture<Result<ApiQuickStart>> makeApiQuickStart(functions::FunctionService &functions,
                                                 store::Database &db, const QString &engine,
                                                 QObject *context, const QString &name)
{
    using R = Result<ApiQuickStart>;
    const auto existing = functions.repository().find(name);
    if (!existing)
        return QtFuture::makeReadyFuture(R::failure(existing.problem()));
    if (existing->has_value())
        return QtFuture::makeReadyFuture(wireUp(db, name));
    const auto chosen = functions::functionTemplate(QStringLiteral("api-hello-python"));
    if (!chosen)
        return QtFuture::makeReadyFuture(
            R::failure(ErrorKind::Internal, QuickStartText::tr("The template is missing.")));
    functions::FunctionRecord record;
    record.name = name;
    record.engine = engine;
    record.runtime = chosen->runtime;
    record.handler = chosen->handler;
    record.timeoutSeconds = chosen->timeoutSeconds;
    record.description = chosen->title;
    auto promise = std::make_shared<QPromise<R>>();
    promise->start();
    whenFinished(functions.create(record, chosen->code), context,
                 [promise, &db, name](const Result<functions::FunctionRecord> &made) {
                     promise->addResult(made ? wireUp(db, name) : R::failure(made.problem()));
                     promise->finish();
                 });
    return promise->future();
}

} // namespace sloop::gateway
