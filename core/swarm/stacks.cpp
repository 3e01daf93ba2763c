#include "stacks.h"

#include "engine/dockerclient.h"
#include "engine/dockerjson.h"
#include "swarmapi.h"
#include "util/futures.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>

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

// A secret or config is refused while a task that used it is still going
// away (its container may take its stop grace period): tried again each
// second, `tries` times at most. Settles once it is gone or the tries end.
void removeWhenFree(QPointer<engine::DockerClient> client, QByteArray path, int tries,
                    std::function<void()> done)
{
    if (!client || tries <= 0)
        return done();
    whenFinished(
        client->call<void>(request("DELETE", path), [](QByteArrayView) { return VoidResult(); }),
        client.data(), [client, path, tries, done](const VoidResult &gone) {
            if (gone || !client || gone.kind() == ErrorKind::NotFound)
                return done();
            QTimer::singleShot(1000, client.data(), [client, path, tries, done] {
                removeWhenFree(client, path, tries - 1, done);
            });
        });
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

// The stack's secrets and configs made from their files where the swarm
// has none of that name yet (Swarm's are immutable: one that exists is
// left as it is), labelled with the stack; an external one must exist.
static QFuture<Result<StackDeployment>> deployServices(engine::DockerClient *manager,
                                                       const ComposeStack &stack);

static QFuture<VoidResult> ensureFiles(engine::DockerClient *manager, const ComposeStack &stack)
{
    PendingResult<VoidResult> pending;
    if (stack.secrets.isEmpty() && stack.configs.isEmpty()) {
        pending.settle({});
        return pending.future();
    }
    QPointer<engine::DockerClient> client = manager;
    whenFinished(SwarmApi(manager).secrets(), manager, [=](const Result<QList<SwarmObject>> &s) {
        if (!s)
            return pending.settle(VoidResult::failure(s.problem()));
        whenFinished(
            SwarmApi(client.data()).configs(), client.data(),
            [=, secrets = *s](const Result<QList<SwarmObject>> &c) {
                if (!c)
                    return pending.settle(VoidResult::failure(c.problem()));
                struct Make
                {
                    bool secret;
                    QString name;
                    QByteArray data;
                };
                auto makes = std::make_shared<QList<Make>>();
                const auto plan = [&](const QList<StackFile> &files, const QList<SwarmObject> &have,
                                      bool secret) -> std::optional<Error> {
                    for (const StackFile &f : files) {
                        const bool exists =
                            std::any_of(have.cbegin(), have.cend(), [&f](const SwarmObject &o) {
                                return o.name == f.swarmName;
                            });
                        if (exists)
                            continue;
                        if (f.external)
                            return Error{
                                ErrorKind::NotFound,
                                StackText::tr("The stack uses the external %1 %2, which does "
                                              "not exist.")
                                    .arg(secret ? StackText::tr("secret") : StackText::tr("config"),
                                         f.swarmName)};
                        QFile file(QDir(stack.baseDir).filePath(f.file));
                        if (!file.open(QIODevice::ReadOnly))
                            return Error{
                                ErrorKind::NotFound,
                                StackText::tr("%1 %2: %3 cannot be read: %4")
                                    .arg(secret ? StackText::tr("Secret") : StackText::tr("Config"),
                                         f.composeName, f.file, file.errorString())};
                        makes->append({secret, f.swarmName, file.read(500 * 1024 + 1)});
                    }
                    return std::nullopt;
                };
                if (auto bad = plan(stack.secrets, secrets, true))
                    return pending.settle(VoidResult::failure(*bad));
                if (auto bad = plan(stack.configs, *c, false))
                    return pending.settle(VoidResult::failure(*bad));
                const QMap<QString, QString> labels{{QString::fromLatin1(kStackLabel), stack.name}};
                inTurn(
                    int(makes->size()),
                    [=](int i, std::function<void(bool)> next) {
                        if (!client)
                            return next(false);
                        const Make &m = makes->at(i);
                        SwarmApi api(client.data());
                        whenFinished(m.secret ? api.createSecret(m.name, m.data, labels)
                                              : api.createConfig(m.name, m.data, labels),
                                     client.data(), [=](const Result<QString> &made) {
                                         if (!made) {
                                             pending.settle(VoidResult::failure(made.problem()));
                                             return next(false);
                                         }
                                         next(true);
                                     });
                    },
                    [=](bool ok) {
                        if (ok)
                            pending.settle({});
                        else if (!client)
                            pending.settle(VoidResult::failure(
                                ErrorKind::Unreachable, StackText::tr("The engine went away.")));
                    });
            });
    });
    return pending.future();
}

QFuture<Result<StackDeployment>> deployStack(engine::DockerClient *manager,
                                             const ComposeStack &stack)
{
    PendingResult<Result<StackDeployment>> pending;
    QPointer<engine::DockerClient> client = manager;
    whenFinished(ensureFiles(manager, stack), manager, [=](const VoidResult &files) {
        if (!files)
            return pending.settle(Result<StackDeployment>::failure(files.problem()));
        if (!client)
            return pending.settle(Result<StackDeployment>::failure(
                ErrorKind::Unreachable, StackText::tr("The engine went away.")));
        whenFinished(deployServices(client.data(), stack), client.data(),
                     [pending](const Result<StackDeployment> &done) { pending.settle(done); });
    });
    return pending.future();
}

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

static QFuture<Result<StackDeployment>> deployServices(engine::DockerClient *manager,
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
                    whenFinished(
                        client->call<QStringList>(
                            request("GET", "/networks?filters=" + stackFilter(name)), ids),
                        client.data(), [=](const Result<QStringList> &networks) {
                            for (const QString &n : networks ? *networks : QStringList())
                                client->call<void>(request("DELETE", "/networks/" + n.toUtf8()),
                                                   [](QByteArrayView) { return VoidResult(); });
                            // And its secrets and configs, as docker stack rm;
                            // they wait for the tasks that used them to end.
                            const QByteArray filter = stackFilter(name);
                            whenFinished(
                                client->call<QStringList>(
                                    request("GET", "/secrets?filters=" + filter), ids),
                                client.data(), [=](const Result<QStringList> &secrets) {
                                    if (!client)
                                        return pending.settle({});
                                    whenFinished(
                                        client->call<QStringList>(
                                            request("GET", "/configs?filters=" + filter), ids),
                                        client.data(), [=](const Result<QStringList> &configs) {
                                            QList<QByteArray> paths;
                                            for (const QString &id :
                                                 secrets ? *secrets : QStringList())
                                                paths.append("/secrets/" + id.toUtf8());
                                            for (const QString &id :
                                                 configs ? *configs : QStringList())
                                                paths.append("/configs/" + id.toUtf8());
                                            inTurn(
                                                int(paths.size()),
                                                [=](int k, std::function<void(bool)> next) {
                                                    removeWhenFree(client, paths.at(k), 30,
                                                                   [next] { next(true); });
                                                },
                                                [pending](bool) { pending.settle({}); });
                                        });
                                });
                        });
                });
        });
    return pending.future();
}

} // namespace sloop::swarm
