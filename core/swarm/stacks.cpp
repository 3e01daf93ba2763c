#include "stacks.h"

#include "engine/dockerclient.h"
#include "engine/dockerjson.h"
#include "swarmapi.h"
#include "util/futures.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace sloop::swarm {

namespace {

struct StackText
{
    Q_DECLARE_TR_FUNCTIONS(Swarm)
};

http::HttpRequest request(QByteArray method, QByteArray path, QByteArray body = {})
{
    http::HttpRequest r;
    r.method = std::move(method);
    r.path = std::move(path);
    r.body = std::move(body);
    return r;
}

QStringList names(QByteArrayView body)
{
    QStringList out;
    for (const QJsonValue v : QJsonDocument::fromJson(body.toByteArray()).array())
        out.append(v[QLatin1String("Name")].toString());
    return out;
}

QByteArray stackFilter(const QString &name)
{
    return engine::json::filtersParam(
        {{QStringLiteral("label"), {QString::fromLatin1(kStackLabel) + QLatin1Char('=') + name}}});
}

// Runs step(i) for i = 0..n-1, one after another; each calls next(ok).
void inTurn(int n, std::function<void(int, std::function<void(bool)>)> step,
            std::function<void(bool)> done)
{
    auto run = std::make_shared<std::function<void(int)>>();
    *run = [n, step, done, run](int i) {
        if (i >= n)
            return done(true);
        step(i, [run, i, done](bool ok) {
            if (!ok)
                return done(false);
            (*run)(i + 1);
        });
    };
    (*run)(0);
}

} // namespace

QList<StackSummary> stacksOf(const QList<ServiceSummary> &services)
{
    QList<StackSummary> out;
    for (const ServiceSummary &s : services) {
        const QString stack = s.labels.value(QString::fromLatin1(kStackLabel));
        if (stack.isEmpty())
            continue;
        auto it = std::find_if(out.begin(), out.end(),
                               [&](const StackSummary &x) { return x.name == stack; });
        if (it == out.end()) {
            out.append({stack, 0, 0, 0});
            it = out.end() - 1;
        }
        ++it->services;
        it->desired += s.desired;
        it->running += s.running;
    }
    return out;
}

QFuture<Result<StackDeployment>> deployStack(engine::DockerClient *manager,
                                             const ComposeStack &stack)
{
    PendingResult<Result<StackDeployment>> pending;
    QPointer<engine::DockerClient> client = manager;
    auto result = std::make_shared<StackDeployment>();
    auto problem = std::make_shared<Error>();
    auto fail = [pending, result, problem]() {
        Error e = *problem;
        if (!result->created.isEmpty() || !result->updated.isEmpty())
            e.message += QLatin1Char(' ') +
                         StackText::tr("Done before it: %1.")
                             .arg((result->created + result->updated).join(QStringLiteral(", ")));
        pending.settle(Result<StackDeployment>::failure(e));
    };
    whenFinished(
        manager->call<QStringList>(request("GET", "/networks"), names), manager,
        [=](const Result<QStringList> &existing) {
            if (!existing) {
                *problem = existing.problem();
                return fail();
            }
            for (const QString &n : stack.externalNetworks)
                if (!existing->contains(n)) {
                    *problem = Error{ErrorKind::NotFound,
                                     StackText::tr("The stack uses the external network %1, "
                                                   "which does not exist.")
                                         .arg(n)};
                    return fail();
                }
            QStringList missing;
            for (const QString &n : stack.networks)
                if (!existing->contains(n))
                    missing.append(n);
            inTurn(
                int(missing.size()),
                [=](int i, std::function<void(bool)> next) {
                    if (!client)
                        return next(false);
                    const QJsonObject body{
                        {QStringLiteral("Name"), missing[i]},
                        {QStringLiteral("Driver"), QStringLiteral("overlay")},
                        {QStringLiteral("Attachable"), true},
                        {QStringLiteral("Labels"),
                         QJsonObject{{QString::fromLatin1(kStackLabel), stack.name}}}};
                    whenFinished(client->call<void>(request("POST", "/networks/create",
                                                            QJsonDocument(body).toJson()),
                                                    [](QByteArrayView) { return VoidResult(); }),
                                 client.data(), [=](const VoidResult &made) {
                                     if (!made)
                                         *problem = made.problem().withMessage(
                                             StackText::tr("Cannot make network %1: %2")
                                                 .arg(missing[i], made.error()));
                                     else
                                         result->networksCreated.append(missing[i]);
                                     next(made.ok());
                                 });
                },
                [=](bool ok) {
                    if (!ok || !client)
                        return fail();
                    auto api = std::make_shared<SwarmApi>(client);
                    whenFinished(
                        client->call<QList<ServiceSummary>>(
                            request("GET", "/services?filters=" + stackFilter(stack.name)),
                            parseServices),
                        client.data(), [=](const Result<QList<ServiceSummary>> &current) {
                            if (!current) {
                                *problem = current.problem();
                                return fail();
                            }
                            QStringList wanted;
                            for (const StackService &s : stack.services)
                                wanted.append(s.spec.name);
                            for (const ServiceSummary &s : *current)
                                if (!wanted.contains(s.name))
                                    result->leftAlone.append(s.name);
                            const QList<ServiceSummary> before = *current;
                            inTurn(
                                int(stack.services.size()),
                                [=](int i, std::function<void(bool)> next) {
                                    if (!client)
                                        return next(false);
                                    const ServiceSpec &spec = stack.services[i].spec;
                                    const auto found = std::find_if(before.begin(), before.end(),
                                                                    [&](const ServiceSummary &s) {
                                                                        return s.name == spec.name;
                                                                    });
                                    if (found == before.end()) {
                                        whenFinished(api->createService(spec), client.data(),
                                                     [=](const Result<QString> &made) {
                                                         if (!made)
                                                             *problem = made.problem().withMessage(
                                                                 StackText::tr("Service %1: %2")
                                                                     .arg(spec.name, made.error()));
                                                         else
                                                             result->created.append(spec.name);
                                                         next(made.ok());
                                                     });
                                        return;
                                    }
                                    const QByteArray path =
                                        "/services/" + engine::DockerClient::encode(found->id) +
                                        "/update?version=" + QByteArray::number(found->version);
                                    whenFinished(client->call<void>(
                                                     request("POST", path, serviceSpecBody(spec)),
                                                     [](QByteArrayView) { return VoidResult(); }),
                                                 client.data(), [=](const VoidResult &updated) {
                                                     if (!updated)
                                                         *problem = updated.problem().withMessage(
                                                             StackText::tr("Service %1: %2")
                                                                 .arg(spec.name, updated.error()));
                                                     else
                                                         result->updated.append(spec.name);
                                                     next(updated.ok());
                                                 });
                                },
                                [=](bool done) {
                                    if (!done)
                                        return fail();
                                    pending.settle(*result);
                                });
                        });
                });
        });
    return pending.future();
}

QFuture<VoidResult> removeStack(engine::DockerClient *manager, const QString &name)
{
    PendingResult<VoidResult> pending;
    QPointer<engine::DockerClient> client = manager;
    auto ids = [](QByteArrayView body) {
        QStringList out;
        for (const QJsonValue v : QJsonDocument::fromJson(body.toByteArray()).array())
            out.append(v[QLatin1String("ID")].toString() + v[QLatin1String("Id")].toString());
        return Result<QStringList>(out);
    };
    whenFinished(
        manager->call<QStringList>(request("GET", "/services?filters=" + stackFilter(name)), ids),
        manager, [=](const Result<QStringList> &services) {
            if (!services)
                return pending.settle(VoidResult::failure(services.problem()));
            if (services->isEmpty())
                return pending.settle(VoidResult::failure(
                    ErrorKind::NotFound, StackText::tr("There is no stack named %1.").arg(name)));
            auto error = std::make_shared<Error>();
            inTurn(
                int(services->size()),
                [=](int i, std::function<void(bool)> next) {
                    if (!client)
                        return next(false);
                    whenFinished(client->call<void>(
                                     request("DELETE", "/services/" + services->at(i).toUtf8()),
                                     [](QByteArrayView) { return VoidResult(); }),
                                 client.data(), [=](const VoidResult &r) {
                                     if (!r)
                                         *error = r.problem();
                                     next(r.ok());
                                 });
                },
                [=](bool ok) {
                    if (!ok || !client)
                        return pending.settle(VoidResult::failure(*error));
                    // Networks go once their tasks have; a network still in
                    // use a moment longer is tried again by the next rm.
                    whenFinished(client->call<QStringList>(
                                     request("GET", "/networks?filters=" + stackFilter(name)), ids),
                                 client.data(), [=](const Result<QStringList> &networks) {
                                     for (const QString &n : networks ? *networks : QStringList())
                                         client->call<void>(
                                             request("DELETE", "/networks/" + n.toUtf8()),
                                             [](QByteArrayView) { return VoidResult(); });
                                     pending.settle({});
                                 });
                });
        });
    return pending.future();
}

} // namespace sloop::swarm
