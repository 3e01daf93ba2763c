#include "instancejson.h"

#include "pricing/pricecatalog.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace sloop::instances {

QJsonObject instanceToJson(const InstanceRecord &r, const pricing::PriceCatalog &plans)
{
    QJsonArray ports;
    for (const PortMapping &p : r.ports)
        ports.append(QJsonObject{{QStringLiteral("containerPort"), p.containerPort},
                                 {QStringLiteral("hostPort"), p.hostPort},
                                 {QStringLiteral("protocol"), p.protocol},
                                 {QStringLiteral("hostIp"), p.hostIp}});
    QJsonArray firewall;
    for (const FirewallRule &f : r.firewall)
        firewall.append(QJsonObject{{QStringLiteral("protocol"), f.protocol},
                                    {QStringLiteral("fromPort"), f.fromPort},
                                    {QStringLiteral("toPort"), f.toPort},
                                    {QStringLiteral("source"), f.source}});
    const auto plan = plans.plan(r.planId);
    return {{QStringLiteral("name"), r.name},
            {QStringLiteral("kind"), instanceKindToString(r.kind)},
            {QStringLiteral("state"), instanceStateToString(r.state)},
            {QStringLiteral("stateReason"), r.stateReason},
            {QStringLiteral("failedStep"), r.failedStep},
            {QStringLiteral("location"), r.location},
            {QStringLiteral("blueprint"), r.blueprintId},
            {QStringLiteral("plan"), r.planId},
            {QStringLiteral("monthlyPriceCents"), plan ? qint64(plan->priceCents) : qint64(0)},
            {QStringLiteral("containerId"), r.containerId},
            {QStringLiteral("address"), r.address},
            {QStringLiteral("sshPort"), r.sshPort},
            {QStringLiteral("loginUser"), r.loginUser},
            {QStringLiteral("keyFile"), r.keyFile},
            {QStringLiteral("ports"), ports},
            {QStringLiteral("firewall"), firewall},
            {QStringLiteral("tags"), QJsonArray::fromStringList(r.tags)},
            {QStringLiteral("stepsDone"), r.stepsDone},
            {QStringLiteral("autoSnapshot"), r.autoSnapshot},
            {QStringLiteral("createdMs"), r.createdMs}};
}

QJsonArray instancesToJson(const QList<InstanceRecord> &records, const pricing::PriceCatalog &plans)
{
    QJsonArray out;
    for (const InstanceRecord &r : records)
        out.append(instanceToJson(r, plans));
    return out;
}

Result<QList<InstanceRecord>> instancesFromJson(const QByteArray &json)
{
    using R = Result<QList<InstanceRecord>>;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return R::failure(QCoreApplication::translate("Instances", "The list of instances is not "
                                                                   "a JSON array: %1")
                              .arg(error.errorString()));
    QList<InstanceRecord> out;
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        InstanceRecord r;
        r.name = o.value(QLatin1String("name")).toString();
        r.kind = instanceKindFromString(o.value(QLatin1String("kind")).toString())
                     .value_or(InstanceKind::Container);
        r.state = instanceStateFromString(o.value(QLatin1String("state")).toString())
                      .value_or(InstanceState::Pending);
        r.stateReason = o.value(QLatin1String("stateReason")).toString();
        r.failedStep = o.value(QLatin1String("failedStep")).toString();
        r.location = o.value(QLatin1String("location")).toString();
        r.blueprintId = o.value(QLatin1String("blueprint")).toString();
        r.planId = o.value(QLatin1String("plan")).toString();
        r.containerId = o.value(QLatin1String("containerId")).toString();
        r.address = o.value(QLatin1String("address")).toString();
        r.sshPort = o.value(QLatin1String("sshPort")).toInt(22);
        r.loginUser = o.value(QLatin1String("loginUser")).toString();
        r.keyFile = o.value(QLatin1String("keyFile")).toString();
        for (const QJsonValue &p : o.value(QLatin1String("ports")).toArray()) {
            const QJsonObject po = p.toObject();
            r.ports.append({po.value(QLatin1String("containerPort")).toInt(),
                            po.value(QLatin1String("hostPort")).toInt(),
                            po.value(QLatin1String("protocol")).toString(),
                            po.value(QLatin1String("hostIp")).toString()});
        }
        for (const QJsonValue &f : o.value(QLatin1String("firewall")).toArray()) {
            const QJsonObject fo = f.toObject();
            r.firewall.append({fo.value(QLatin1String("protocol")).toString(),
                               fo.value(QLatin1String("fromPort")).toInt(),
                               fo.value(QLatin1String("toPort")).toInt(),
                               fo.value(QLatin1String("source")).toString()});
        }
        for (const QJsonValue &t : o.value(QLatin1String("tags")).toArray())
            r.tags.append(t.toString());
        r.stepsDone = o.value(QLatin1String("stepsDone")).toInt();
        r.autoSnapshot = o.value(QLatin1String("autoSnapshot")).toBool();
        r.createdMs = o.value(QLatin1String("createdMs")).toInteger();
        out.append(r);
    }
    return out;
}

} // namespace sloop::instances
