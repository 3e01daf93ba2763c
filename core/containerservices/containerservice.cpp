#include "containerservice.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace sloop::containerservices {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ContainerServices)
};

const char *const kDeploymentStates[] = {"ACTIVATING", "ACTIVE", "INACTIVE", "FAILED"};
const char *const kServiceStates[] = {"PENDING",  "READY",    "DEPLOYING", "RUNNING",
                                      "UPDATING", "DISABLED", "DELETING"};

VoidResult invalid(const QString &message)
{
    return VoidResult::failure(ErrorKind::InvalidInput, message);
}

QJsonObject healthToJson(const HealthCheck &h)
{
    return {{QStringLiteral("healthyThreshold"), h.healthyThreshold},
            {QStringLiteral("unhealthyThreshold"), h.unhealthyThreshold},
            {QStringLiteral("timeoutSeconds"), h.timeoutSeconds},
            {QStringLiteral("intervalSeconds"), h.intervalSeconds},
            {QStringLiteral("path"), h.path},
            {QStringLiteral("successCodes"), h.successCodes}};
}

HealthCheck healthFromJson(const QJsonObject &o)
{
    HealthCheck h;
    h.healthyThreshold = o.value(QLatin1String("healthyThreshold")).toInt(h.healthyThreshold);
    h.unhealthyThreshold = o.value(QLatin1String("unhealthyThreshold")).toInt(h.unhealthyThreshold);
    h.timeoutSeconds = o.value(QLatin1String("timeoutSeconds")).toInt(h.timeoutSeconds);
    h.intervalSeconds = o.value(QLatin1String("intervalSeconds")).toInt(h.intervalSeconds);
    h.path = o.value(QLatin1String("path")).toString(h.path);
    h.successCodes = o.value(QLatin1String("successCodes")).toString(h.successCodes);
    return h;
}

QJsonObject specToObject(const DeploymentSpec &spec)
{
    QJsonObject containers;
    for (const Container &c : spec.containers) {
        QJsonObject env, ports;
        for (auto it = c.environment.cbegin(); it != c.environment.cend(); ++it)
            env.insert(it.key(), it.value());
        for (auto it = c.ports.cbegin(); it != c.ports.cend(); ++it)
            ports.insert(QString::number(it.key()), it.value());
        containers.insert(
            c.name, QJsonObject{{QStringLiteral("image"), c.image},
                                {QStringLiteral("command"), QJsonArray::fromStringList(c.command)},
                                {QStringLiteral("environment"), env},
                                {QStringLiteral("ports"), ports}});
    }
    QJsonObject o{{QStringLiteral("containers"), containers}};
    if (spec.publicEndpoint)
        o.insert(QStringLiteral("publicEndpoint"),
                 QJsonObject{{QStringLiteral("containerName"), spec.publicEndpoint->containerName},
                             {QStringLiteral("containerPort"), spec.publicEndpoint->containerPort},
                             {QStringLiteral("healthCheck"),
                              healthToJson(spec.publicEndpoint->healthCheck)}});
    return o;
}

Result<DeploymentSpec> specFromObject(const QJsonObject &o)
{
    DeploymentSpec spec;
    const QJsonValue containers = o.value(QLatin1String("containers"));
    if (!containers.isObject())
        return Result<DeploymentSpec>::failure(
            ErrorKind::InvalidInput,
            Text::tr("A deployment needs \"containers\": an object of containers by name."));
    const QJsonObject byName = containers.toObject();
    for (auto it = byName.begin(); it != byName.end(); ++it) {
        const QJsonObject c = it.value().toObject();
        Container container;
        container.name = it.key();
        container.image = c.value(QLatin1String("image")).toString();
        for (const QJsonValue &v : c.value(QLatin1String("command")).toArray())
            container.command.append(v.toString());
        const QJsonObject env = c.value(QLatin1String("environment")).toObject();
        for (auto e = env.begin(); e != env.end(); ++e)
            container.environment.insert(e.key(), e.value().toString());
        const QJsonObject ports = c.value(QLatin1String("ports")).toObject();
        for (auto p = ports.begin(); p != ports.end(); ++p) {
            bool ok = false;
            const int port = p.key().toInt(&ok);
            if (!ok || port < 1 || port > 65535)
                return Result<DeploymentSpec>::failure(
                    ErrorKind::InvalidInput,
                    Text::tr("Container %1: \"%2\" is not a port.").arg(container.name, p.key()));
            container.ports.insert(port, p.value().toString().toUpper());
        }
        spec.containers.append(container);
    }
    const QJsonValue endpoint = o.value(QLatin1String("publicEndpoint"));
    if (endpoint.isObject()) {
        const QJsonObject e = endpoint.toObject();
        PublicEndpoint p;
        p.containerName = e.value(QLatin1String("containerName")).toString();
        p.containerPort = e.value(QLatin1String("containerPort")).toInt();
        p.healthCheck = healthFromJson(e.value(QLatin1String("healthCheck")).toObject());
        spec.publicEndpoint = p;
    }
    return spec;
}

} // namespace

const Container *DeploymentSpec::container(const QString &name) const
{
    for (const Container &c : containers)
        if (c.name == name)
            return &c;
    return nullptr;
}

const Deployment *ContainerService::active() const
{
    for (auto it = deployments.crbegin(); it != deployments.crend(); ++it)
        if (it->state == DeploymentState::Active)
            return &*it;
    return nullptr;
}

bool Deployment::stale(qint64 nowMs) const
{
    return state == DeploymentState::Activating && deadlineMs > 0 && nowMs > deadlineMs;
}

const Deployment *ContainerService::activating() const
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (auto it = deployments.crbegin(); it != deployments.crend(); ++it)
        if (it->state == DeploymentState::Activating && !it->stale(now))
            return &*it;
    return nullptr;
}

QList<int> ContainerService::staleVersions() const
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<int> out;
    for (const Deployment &d : deployments)
        if (d.stale(now))
            out.append(d.version);
    return out;
}

int ContainerService::nextVersion() const
{
    return deployments.isEmpty() ? 1 : deployments.last().version + 1;
}

ServiceState ContainerService::state() const
{
    if (disabled)
        return ServiceState::Disabled;
    if (activating())
        return active() ? ServiceState::Updating : ServiceState::Deploying;
    return active() ? ServiceState::Running : ServiceState::Ready;
}

QString ContainerService::url() const
{
    const Deployment *d = active();
    if (disabled || !d || !d->spec.publicEndpoint || port == 0)
        return {};
    return QStringLiteral("http://127.0.0.1:%1/").arg(port);
}

QString deploymentStateName(DeploymentState state)
{
    return QString::fromLatin1(kDeploymentStates[int(state)]);
}

QString serviceStateName(ServiceState state)
{
    return QString::fromLatin1(kServiceStates[int(state)]);
}

QString checkName(const QString &name, const QString &what)
{
    static const QRegularExpression valid(QStringLiteral("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"));
    if (valid.match(name).hasMatch())
        return {};
    return Text::tr("\"%1\" is not a %2 name: use 1 to 63 lower-case letters, digits and '-', "
                    "starting and ending with a letter or digit.")
        .arg(name, what);
}

VoidResult validate(const HealthCheck &h)
{
    if (h.healthyThreshold < 2 || h.healthyThreshold > 10 || h.unhealthyThreshold < 2 ||
        h.unhealthyThreshold > 10)
        return invalid(Text::tr("Healthy and unhealthy thresholds are 2 to 10."));
    if (h.timeoutSeconds < 2 || h.timeoutSeconds > 60)
        return invalid(Text::tr("A health check's timeout is 2 to 60 seconds."));
    if (h.intervalSeconds < 5 || h.intervalSeconds > 300)
        return invalid(Text::tr("A health check's interval is 5 to 300 seconds."));
    if (!h.path.startsWith(QLatin1Char('/')) || h.path.contains(QLatin1Char(' ')))
        return invalid(Text::tr("A health check's path starts with '/': \"%1\".").arg(h.path));
    static const QRegularExpression codes(QStringLiteral(
        "^[1-5][0-9][0-9](-[1-5][0-9][0-9])?(,[1-5][0-9][0-9](-[1-5][0-9][0-9])?)*$"));
    if (!codes.match(h.successCodes).hasMatch())
        return invalid(Text::tr("Success codes are HTTP statuses and ranges such as 200-499 or "
                                "200,302, not \"%1\".")
                           .arg(h.successCodes));
    return {};
}

VoidResult validate(const DeploymentSpec &spec)
{
    if (spec.containers.isEmpty())
        return invalid(Text::tr("A deployment needs at least one container."));
    if (spec.containers.size() > kMaxContainers)
        return invalid(Text::tr("A deployment has at most %1 containers.").arg(kMaxContainers));
    for (const Container &c : spec.containers) {
        if (const QString bad = checkName(c.name, Text::tr("container")); !bad.isEmpty())
            return invalid(bad);
        if (c.name.size() > 40)
            return invalid(Text::tr("Container name \"%1\" is longer than 40.").arg(c.name));
        if (c.image.trimmed().isEmpty() || c.image.contains(QLatin1Char(' ')))
            return invalid(Text::tr("Container %1 needs an image.").arg(c.name));
        for (auto it = c.ports.cbegin(); it != c.ports.cend(); ++it) {
            static const QStringList protocols{QStringLiteral("HTTP"), QStringLiteral("HTTPS"),
                                               QStringLiteral("TCP"), QStringLiteral("UDP")};
            if (!protocols.contains(it.value()))
                return invalid(Text::tr("Container %1: port %2's protocol is HTTP, HTTPS, TCP "
                                        "or UDP, not \"%3\".")
                                   .arg(c.name)
                                   .arg(it.key())
                                   .arg(it.value()));
        }
        for (auto it = c.environment.cbegin(); it != c.environment.cend(); ++it)
            if (it.key().isEmpty() || it.key().contains(QLatin1Char('=')))
                return invalid(
                    Text::tr("Container %1: \"%2\" is not a variable name.").arg(c.name, it.key()));
    }
    if (spec.publicEndpoint) {
        const PublicEndpoint &e = *spec.publicEndpoint;
        const Container *c = spec.container(e.containerName);
        if (!c)
            return invalid(
                Text::tr("The public endpoint names container \"%1\", which the deployment does "
                         "not have.")
                    .arg(e.containerName));
        if (!c->ports.contains(e.containerPort))
            return invalid(Text::tr("The public endpoint's port %1 is not one of container %2's "
                                    "ports.")
                               .arg(e.containerPort)
                               .arg(c->name));
        const QString protocol = c->ports.value(e.containerPort);
        if (protocol != QLatin1String("HTTP") && protocol != QLatin1String("HTTPS"))
            return invalid(Text::tr("The public endpoint's port %1 speaks %2; it must be HTTP or "
                                    "HTTPS.")
                               .arg(e.containerPort)
                               .arg(protocol));
        if (auto ok = validate(e.healthCheck); !ok)
            return ok;
    }
    return {};
}

bool successCode(const QString &codes, int status)
{
    for (const QString &part : codes.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype dash = part.indexOf(QLatin1Char('-'));
        const int from = part.left(dash < 0 ? part.size() : dash).toInt();
        const int to = dash < 0 ? from : part.mid(dash + 1).toInt();
        if (status >= from && status <= to)
            return true;
    }
    return false;
}

QByteArray deploymentSpecToJson(const DeploymentSpec &spec)
{
    return QJsonDocument(specToObject(spec)).toJson(QJsonDocument::Compact);
}

Result<DeploymentSpec> deploymentSpecFromJson(QByteArrayView json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Result<DeploymentSpec>::failure(
            ErrorKind::InvalidInput,
            Text::tr("A deployment is a JSON object: %1 at offset %2.")
                .arg(error.error != QJsonParseError::NoError ? error.errorString()
                                                             : Text::tr("not an object"))
                .arg(error.offset));
    return specFromObject(doc.object());
}

QByteArray definitionToJson(const ContainerService &service)
{
    QJsonArray deployments;
    for (const Deployment &d : service.deployments)
        deployments.append(QJsonObject{{QStringLiteral("version"), d.version},
                                       {QStringLiteral("state"), deploymentStateName(d.state)},
                                       {QStringLiteral("createdMs"), double(d.createdMs)},
                                       {QStringLiteral("reason"), d.reason},
                                       {QStringLiteral("deadlineMs"), double(d.deadlineMs)},
                                       {QStringLiteral("spec"), specToObject(d.spec)}});
    return QJsonDocument(QJsonObject{{QStringLiteral("power"), service.power},
                                     {QStringLiteral("scale"), service.scale},
                                     {QStringLiteral("disabled"), service.disabled},
                                     {QStringLiteral("deployments"), deployments}})
        .toJson(QJsonDocument::Compact);
}

VoidResult definitionFromJson(QByteArrayView json, ContainerService &into)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toByteArray()).object();
    if (o.isEmpty())
        return invalid(
            Text::tr("Container service %1's stored definition is unreadable.").arg(into.name));
    into.power = o.value(QLatin1String("power")).toString(into.power);
    into.scale = o.value(QLatin1String("scale")).toInt(into.scale);
    into.disabled = o.value(QLatin1String("disabled")).toBool();
    into.deployments.clear();
    for (const QJsonValue &v : o.value(QLatin1String("deployments")).toArray()) {
        const QJsonObject d = v.toObject();
        Deployment deployment;
        deployment.version = d.value(QLatin1String("version")).toInt();
        const QString state = d.value(QLatin1String("state")).toString();
        for (int i = 0; i < 4; ++i)
            if (state == QLatin1String(kDeploymentStates[i]))
                deployment.state = DeploymentState(i);
        deployment.createdMs = qint64(d.value(QLatin1String("createdMs")).toDouble());
        deployment.reason = d.value(QLatin1String("reason")).toString();
        deployment.deadlineMs = qint64(d.value(QLatin1String("deadlineMs")).toDouble());
        auto spec = specFromObject(d.value(QLatin1String("spec")).toObject());
        if (!spec)
            return VoidResult::failure(spec.problem());
        deployment.spec = *spec;
        into.deployments.append(deployment);
    }
    return {};
}

} // namespace sloop::containerservices
