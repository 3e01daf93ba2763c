#include "swarmapi.h"

#include "engine/dockerclient.h"
#include "engine/dockerjson.h"
#include "engine/streamdecoders.h"
#include "util/futures.h"

#include <QCoreApplication>
#include <QUrl>

#include <algorithm>
#include <memory>

namespace sloop::swarm {

using engine::DockerClient;
using http::HttpRequest;

namespace {

struct SwarmText
{
    Q_DECLARE_TR_FUNCTIONS(Swarm)
};

HttpRequest request(QByteArray method, QByteArray path, QByteArray body = {})
{
    HttpRequest r;
    r.method = std::move(method);
    r.path = std::move(path);
    r.body = std::move(body);
    return r;
}

HttpRequest get(QByteArray path)
{
    return request("GET", std::move(path));
}

HttpRequest post(QByteArray path, QByteArray body = "{}")
{
    return request("POST", std::move(path), std::move(body));
}

VoidResult toVoid(QByteArrayView)
{
    return {};
}

template <typename T> QFuture<Result<T>> failed(const Error &e)
{
    return QtFuture::makeReadyFuture(Result<T>::failure(e));
}

Error noEngine()
{
    return Error{ErrorKind::Unreachable, SwarmText::tr("The engine is gone.")};
}

// The engine decodes a path part before routing and cleans "..": a name
// with a slash could reach another endpoint ("../../info"). Swarm's names
// and ids never hold one.
std::optional<Error> badReference(const QString &ref)
{
    if (ref.isEmpty() || ref.contains(QLatin1Char('/')) || ref == QLatin1String(".") ||
        ref == QLatin1String("..") || ref.size() > 200 ||
        std::any_of(ref.begin(), ref.end(), [](QChar c) { return c.unicode() < 0x20; }))
        return Error{
            ErrorKind::InvalidInput,
            SwarmText::tr("\"%1\" is not a name or ID Swarm could have.").arg(ref.left(80))};
    return std::nullopt;
}

} // namespace

SwarmApi::SwarmApi(DockerClient *client)
    : m_client(client)
{
}

http::HttpRequest SwarmApi::quiet(http::HttpRequest r) const
{
    r.quiet = m_quiet;
    return r;
}

QFuture<Result<SwarmState>> SwarmApi::state()
{
    if (!m_client)
        return failed<SwarmState>(noEngine());
    return m_client->call<SwarmState>(quiet(get("/info")), parseSwarmState);
}

QFuture<Result<QString>> SwarmApi::init(const QString &advertiseAddress)
{
    if (!m_client)
        return failed<QString>(noEngine());
    return m_client->call<QString>(post("/swarm/init", initBody(advertiseAddress)),
                                   [](QByteArrayView body) -> Result<QString> {
                                       // A JSON string: the new node's id.
                                       return QString::fromUtf8(body).trimmed().remove(
                                           QLatin1Char('"'));
                                   });
}

QFuture<Result<JoinTokens>> SwarmApi::joinTokens()
{
    if (!m_client)
        return failed<JoinTokens>(noEngine());
    return m_client->call<JoinTokens>(get("/swarm"), parseJoinTokens);
}

QFuture<VoidResult> SwarmApi::join(const QString &managerAddress, const QString &token,
                                   const QString &advertiseAddress)
{
    if (!m_client)
        return QtFuture::makeReadyFuture(VoidResult::failure(noEngine()));
    HttpRequest r = post("/swarm/join", joinBody(managerAddress, token, advertiseAddress));
    r.timeoutMs = 120000; // the node fetches certificates and the raft state
    return m_client->call<void>(r, toVoid);
}

QFuture<VoidResult> SwarmApi::leave(bool force)
{
    if (!m_client)
        return QtFuture::makeReadyFuture(VoidResult::failure(noEngine()));
    HttpRequest r = post(force ? "/swarm/leave?force=1" : "/swarm/leave", {});
    r.timeoutMs = 120000;
    return m_client->call<void>(r, toVoid);
}

QFuture<Result<QList<SwarmNode>>> SwarmApi::nodes()
{
    if (!m_client)
        return failed<QList<SwarmNode>>(noEngine());
    return m_client->call<QList<SwarmNode>>(quiet(get("/nodes")), parseNodes);
}

QFuture<VoidResult> SwarmApi::setAvailability(const QString &node, const QString &availability)
{
    if (!m_client)
        return QtFuture::makeReadyFuture(VoidResult::failure(noEngine()));
    if (const auto bad = badReference(node))
        return QtFuture::makeReadyFuture(VoidResult::failure(*bad));
    if (availability != QLatin1String("active") && availability != QLatin1String("pause") &&
        availability != QLatin1String("drain"))
        return QtFuture::makeReadyFuture(VoidResult::failure(
            ErrorKind::InvalidInput,
            SwarmText::tr("A node's availability is active, pause or drain, not \"%1\".")
                .arg(availability.left(40))));
    PendingResult<VoidResult> chain;
    QPointer<DockerClient> client = m_client;
    whenFinished(
        m_client->call<SwarmNode>(get("/nodes/" + DockerClient::encode(node)),
                                  [](QByteArrayView body) -> Result<SwarmNode> {
                                      const QByteArray list = '[' + body.toByteArray() + ']';
                                      auto nodes = parseNodes(list);
                                      if (!nodes || nodes->isEmpty())
                                          return Result<SwarmNode>::failure(
                                              engine::json::errorMessage(body));
                                      return nodes->first();
                                  }),
        m_client, [chain, client, availability](const Result<SwarmNode> &found) {
            if (!found || !client)
                return chain.settle(VoidResult::failure(found ? noEngine() : found.problem()));
            const Result<QByteArray> spec = nodeSpecWithAvailability(found->spec, availability);
            if (!spec)
                return chain.settle(VoidResult::failure(spec.problem()));
            whenFinished(
                client->call<void>(post("/nodes/" + DockerClient::encode(found->id) +
                                            "/update?version=" + QByteArray::number(found->version),
                                        *spec),
                                   toVoid),
                client, [chain](const VoidResult &r) { chain.settle(r); });
        });
    return chain.future();
}

QFuture<VoidResult> SwarmApi::removeNode(const QString &node, bool force)
{
    if (!m_client)
        return QtFuture::makeReadyFuture(VoidResult::failure(noEngine()));
    if (const auto bad = badReference(node))
        return QtFuture::makeReadyFuture(VoidResult::failure(*bad));
    return m_client->call<void>(
        request("DELETE", "/nodes/" + DockerClient::encode(node) + (force ? "?force=1" : "")),
        toVoid);
}

QFuture<Result<QList<ServiceSummary>>> SwarmApi::services()
{
    if (!m_client)
        return failed<QList<ServiceSummary>>(noEngine());
    return m_client->call<QList<ServiceSummary>>(quiet(get("/services?status=1")), parseServices);
}

QFuture<Result<ServiceSummary>> SwarmApi::service(const QString &nameOrId)
{
    if (!m_client)
        return failed<ServiceSummary>(noEngine());
    if (const auto bad = badReference(nameOrId))
        return failed<ServiceSummary>(*bad);
    // Inspecting finds it by name or id (or says it is missing); only the
    // list counts its running tasks.
    PendingResult<Result<ServiceSummary>> chain;
    QPointer<DockerClient> client = m_client;
    whenFinished(m_client->call<ServiceSummary>(get("/services/" + DockerClient::encode(nameOrId)),
                                                parseService),
                 m_client, [chain, client](const Result<ServiceSummary> &found) {
                     if (!found || !client)
                         return chain.settle(found);
                     const QByteArray filter =
                         engine::json::filtersParam({{QStringLiteral("id"), {found->id}}});
                     whenFinished(client->call<QList<ServiceSummary>>(
                                      get("/services?status=1&filters=" + filter), parseServices),
                                  client,
                                  [chain, found](const Result<QList<ServiceSummary>> &listed) {
                                      for (const ServiceSummary &s :
                                           listed ? *listed : QList<ServiceSummary>())
                                          if (s.id == found->id)
                                              return chain.settle(s);
                                      chain.settle(found);
                                  });
                 });
    return chain.future();
}

QFuture<Result<QString>> SwarmApi::createService(const ServiceSpec &spec)
{
    if (!m_client)
        return failed<QString>(noEngine());
    if (const QString problem = checkServiceName(spec.name); !problem.isEmpty())
        return failed<QString>(Error{ErrorKind::InvalidInput, problem});
    if (spec.image.trimmed().isEmpty())
        return failed<QString>(
            Error{ErrorKind::InvalidInput, SwarmText::tr("A service needs an image.")});
    if (!spec.global && (spec.replicas < 0 || spec.replicas > 1000))
        return failed<QString>(
            Error{ErrorKind::InvalidInput,
                  SwarmText::tr("Replicas go from 0 to 1000, not %1.").arg(spec.replicas)});
    if (spec.secrets.isEmpty() && spec.configs.isEmpty())
        return m_client->call<QString>(post("/services/create", serviceSpecBody(spec)),
                                       parseServiceCreated);
    // Secrets and configs are named by their ids in the spec: look them up
    // first, and say which one is missing instead of the engine's "not found".
    PendingResult<Result<QString>> done;
    QPointer<DockerClient> client = m_client;
    whenFinished(secrets(), client, [client, spec, done](const Result<QList<SwarmObject>> &s) {
        if (!s)
            return done.settle(Result<QString>::failure(s.problem()));
        // A SwarmApi of its own: the caller's may be gone by now.
        whenFinished(
            SwarmApi(client.data()).configs(), client,
            [client, spec, done, secretList = *s](const Result<QList<SwarmObject>> &c) {
                if (!c)
                    return done.settle(Result<QString>::failure(c.problem()));
                ServiceSpec resolved = spec;
                const auto fill = [](QList<SwarmFileRef> &refs, const QList<SwarmObject> &known,
                                     const QString &what) -> QString {
                    for (SwarmFileRef &r : refs) {
                        for (const SwarmObject &o : known)
                            if (o.name == r.name)
                                r.id = o.id;
                        if (r.id.isEmpty())
                            return SwarmText::tr("There is no %1 called \"%2\" in this "
                                                 "swarm.")
                                .arg(what, r.name);
                    }
                    return {};
                };
                QString missing = fill(resolved.secrets, secretList, SwarmText::tr("secret"));
                if (missing.isEmpty())
                    missing = fill(resolved.configs, *c, SwarmText::tr("config"));
                if (!missing.isEmpty())
                    return done.settle(Result<QString>::failure(ErrorKind::NotFound, missing));
                if (!client)
                    return done.settle(Result<QString>::failure(noEngine()));
                whenFinished(
                    client->call<QString>(post("/services/create", serviceSpecBody(resolved)),
                                          parseServiceCreated),
                    client, [done](const Result<QString> &id) { done.settle(id); });
            });
    });
    return done.future();
}

QFuture<Result<QList<SwarmObject>>> SwarmApi::objects(const QByteArray &kind)
{
    if (!m_client)
        return failed<QList<SwarmObject>>(noEngine());
    return m_client->call<QList<SwarmObject>>(quiet(get("/" + kind)), parseSwarmObjects);
}

QFuture<Result<QString>> SwarmApi::createObject(const QByteArray &kind, const QString &name,
                                                const QByteArray &data,
                                                const QMap<QString, QString> &labels)
{
    if (!m_client)
        return failed<QString>(noEngine());
    if (const QString problem = checkServiceName(name); !problem.isEmpty())
        return failed<QString>(Error{ErrorKind::InvalidInput, problem});
    // Swarm's limit for both.
    if (data.isEmpty() || data.size() > 500 * 1024)
        return failed<QString>(Error{ErrorKind::InvalidInput,
                                     SwarmText::tr("A secret or config holds 1 byte to 500 KB, "
                                                   "not %1 bytes.")
                                         .arg(data.size())});
    return m_client->call<QString>(
        post("/" + kind + "/create", swarmObjectBody(name, data, labels)), parseServiceCreated);
}

QFuture<VoidResult> SwarmApi::removeObject(const QByteArray &kind, const QString &nameOrId)
{
    if (!m_client)
        return QtFuture::makeReadyFuture(VoidResult::failure(noEngine()));
    if (const auto bad = badReference(nameOrId))
        return QtFuture::makeReadyFuture(VoidResult::failure(*bad));
    return m_client->call<void>(
        request("DELETE", "/" + kind + "/" + DockerClient::encode(nameOrId)), toVoid);
}

QFuture<VoidResult> SwarmApi::changeService(const QString &nameOrId, const ServiceChange &change,
                                            const QByteArray &query)
{
    if (!m_client)
        return QtFuture::makeReadyFuture(VoidResult::failure(noEngine()));
    PendingResult<VoidResult> chain;
    QPointer<DockerClient> client = m_client;
    whenFinished(service(nameOrId), m_client,
                 [chain, client, change, query](const Result<ServiceSummary> &found) {
                     if (!found || !client)
                         return chain.settle(
                             VoidResult::failure(found ? noEngine() : found.problem()));
                     const Result<QByteArray> spec = changedSpec(found->spec, change);
                     if (!spec)
                         return chain.settle(VoidResult::failure(spec.problem()));
                     HttpRequest r =
                         post("/services/" + DockerClient::encode(found->id) +
                                  "/update?version=" + QByteArray::number(found->version) + query,
                              *spec);
                     whenFinished(client->call<void>(r, toVoid), client,
                                  [chain](const VoidResult &result) { chain.settle(result); });
                 });
    return chain.future();
}

QFuture<VoidResult> SwarmApi::updateService(const QString &nameOrId, const ServiceChange &change)
{
    return changeService(nameOrId, change);
}

QFuture<VoidResult> SwarmApi::scale(const QString &nameOrId, int replicas)
{
    if (replicas < 0 || replicas > 1000)
        return QtFuture::makeReadyFuture(VoidResult::failure(
            ErrorKind::InvalidInput,
            SwarmText::tr("Replicas go from 0 to 1000, not %1.").arg(replicas)));
    ServiceChange change;
    change.replicas = replicas;
    return changeService(nameOrId, change);
}

QFuture<VoidResult> SwarmApi::rollback(const QString &nameOrId)
{
    // The engine swaps in PreviousSpec itself; the spec sent is ignored.
    return changeService(nameOrId, {}, "&rollback=previous");
}

QFuture<VoidResult> SwarmApi::removeService(const QString &nameOrId)
{
    if (!m_client)
        return QtFuture::makeReadyFuture(VoidResult::failure(noEngine()));
    if (const auto bad = badReference(nameOrId))
        return QtFuture::makeReadyFuture(VoidResult::failure(*bad));
    return m_client->call<void>(request("DELETE", "/services/" + DockerClient::encode(nameOrId)),
                                toVoid);
}

QFuture<Result<QList<SwarmTask>>> SwarmApi::tasks(const QString &service, bool all)
{
    if (!m_client)
        return failed<QList<SwarmTask>>(noEngine());
    QMap<QString, QStringList> filters{{QStringLiteral("service"), {service}}};
    if (!all)
        filters.insert(QStringLiteral("desired-state"), {QStringLiteral("running")});
    return m_client->call<QList<SwarmTask>>(
        quiet(get("/tasks?filters=" + engine::json::filtersParam(filters))),
        [](QByteArrayView body) -> Result<QList<SwarmTask>> {
            const auto parsed = parseTasks(body);
            if (!parsed)
                return parsed;
            QList<SwarmTask> sorted = *parsed;
            std::stable_sort(
                sorted.begin(), sorted.end(), [](const SwarmTask &a, const SwarmTask &b) {
                    return a.slot != b.slot ? a.slot < b.slot : a.timestamp > b.timestamp;
                });
            return Result<QList<SwarmTask>>(sorted);
        });
}

QFuture<Result<QList<SwarmTask>>> SwarmApi::tasksOf(const QStringList &services)
{
    if (!m_client)
        return failed<QList<SwarmTask>>(noEngine());
    if (services.isEmpty())
        return QtFuture::makeReadyFuture(Result<QList<SwarmTask>>(QList<SwarmTask>()));
    return m_client->call<QList<SwarmTask>>(
        quiet(get("/tasks?filters=" +
                  engine::json::filtersParam({{QStringLiteral("service"), services}}))),
        parseTasks);
}

QFuture<Result<QList<ServiceLogLine>>> SwarmApi::logs(const QString &nameOrId, int tail)
{
    if (!m_client)
        return failed<QList<ServiceLogLine>>(noEngine());
    if (const auto bad = badReference(nameOrId))
        return failed<QList<ServiceLogLine>>(*bad);
    PendingResult<Result<QList<ServiceLogLine>>> chain;
    QPointer<DockerClient> client = m_client;
    const QByteArray path = "/services/" + DockerClient::encode(nameOrId) +
                            "/logs?stdout=1&stderr=1&timestamps=1&details=1&tail=" +
                            (tail < 0 ? QByteArray("all") : QByteArray::number(tail));
    whenFinished(tasks(nameOrId), m_client,
                 [chain, client, path, nameOrId](const Result<QList<SwarmTask>> &tasks) {
                     if (!tasks || !client)
                         return chain.settle(Result<QList<ServiceLogLine>>::failure(
                             tasks ? noEngine() : tasks.problem()));
                     const QList<SwarmTask> known = *tasks;
                     HttpRequest r = get(path);
                     r.timeoutMs = 60000;
                     whenFinished(client->call<QList<ServiceLogLine>>(
                                      r,
                                      [nameOrId, known](QByteArrayView body) {
                                          return Result<QList<ServiceLogLine>>(
                                              parseServiceLogs(body, nameOrId, known));
                                      }),
                                  client, [chain](const Result<QList<ServiceLogLine>> &lines) {
                                      chain.settle(lines);
                                  });
                 });
    return chain.future();
}

QList<ServiceLogLine> parseServiceLogs(QByteArrayView body, const QString &serviceName,
                                       const QList<SwarmTask> &tasks)
{
    QList<engine::StreamFrame> frames;
    engine::MultiplexDecoder decoder;
    if (!decoder.feed(body, &frames)) // a TTY service: its log is the raw bytes
        frames = {{engine::StreamKind::Stdout, body.toByteArray()}};
    QHash<QString, QString> taskNames;
    for (const SwarmTask &t : tasks)
        taskNames.insert(t.id, serviceName + QLatin1Char('.') +
                                   (t.slot > 0 ? QString::number(t.slot) : t.nodeId.left(12)));
    QList<ServiceLogLine> out;
    for (const engine::StreamFrame &frame : frames) {
        engine::LineSplitter splitter;
        QList<QByteArray> lines;
        splitter.feed(frame.data, &lines);
        splitter.flush(&lines);
        for (const QByteArray &raw : lines) {
            const engine::LogLine stamped = engine::parseLogLine(frame.kind, raw, true);
            ServiceLogLine line;
            line.timestamp = stamped.timestamp;
            line.stderrStream = frame.kind == engine::StreamKind::Stderr;
            QString text = stamped.text;
            // "com.docker.swarm.node.id=…,com.docker.swarm.service.id=…,
            // com.docker.swarm.task.id=… message", the values URL-escaped.
            if (text.startsWith(QLatin1String("com.docker.swarm."))) {
                const qsizetype space = text.indexOf(QLatin1Char(' '));
                const QString details = space < 0 ? text : text.left(space);
                text = space < 0 ? QString() : text.mid(space + 1);
                for (const QString &pair : details.split(QLatin1Char(','))) {
                    const QString key = pair.section(QLatin1Char('='), 0, 0);
                    const QString value =
                        QUrl::fromPercentEncoding(pair.section(QLatin1Char('='), 1).toUtf8());
                    if (key == QLatin1String("com.docker.swarm.node.id"))
                        line.nodeId = value;
                    else if (key == QLatin1String("com.docker.swarm.task.id"))
                        line.task =
                            taskNames.value(value, serviceName + QLatin1Char('.') + value.left(12));
                }
            }
            line.text = text;
            out.append(line);
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const ServiceLogLine &a, const ServiceLogLine &b) {
        return a.timestamp < b.timestamp;
    });
    return out;
}

QFuture<VoidResult> joinSwarm(DockerClient *manager, DockerClient *joiner, bool asManager,
                              const QString &advertiseAddress)
{
    PendingResult<VoidResult> chain;
    QPointer<DockerClient> joining = joiner;
    auto managerApi = std::make_shared<SwarmApi>(manager);
    whenFinished(managerApi->state(), manager, [=](const Result<SwarmState> &state) {
        if (!state)
            return chain.settle(VoidResult::failure(state.problem()));
        if (!state->active() || !state->manager)
            return chain.settle(VoidResult::failure(
                ErrorKind::InvalidInput,
                SwarmText::tr("Engine %1 is not a manager of a swarm: make a swarm on it first "
                              "(sloop swarm init).")
                    .arg(manager->name())));
        const QString address = state->nodeAddress + QStringLiteral(":2377");
        whenFinished(managerApi->joinTokens(), manager, [=](const Result<JoinTokens> &tokens) {
            if (!tokens)
                return chain.settle(VoidResult::failure(tokens.problem()));
            if (!joining)
                return chain.settle(VoidResult::failure(noEngine()));
            SwarmApi joinerApi(joining);
            whenFinished(joinerApi.join(address, asManager ? tokens->manager : tokens->worker,
                                        advertiseAddress),
                         joining.data(), [chain](const VoidResult &r) { chain.settle(r); });
        });
    });
    return chain.future();
}

} // namespace sloop::swarm
