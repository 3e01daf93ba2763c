#include "functionjson.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace sloop::functions {

QJsonObject functionToJson(const FunctionRecord &r)
{
    QJsonObject environment;
    for (auto it = r.environment.cbegin(); it != r.environment.cend(); ++it)
        environment.insert(it.key(), it.value());
    QJsonObject o{{QStringLiteral("name"), r.name},
                  {QStringLiteral("runtime"), runtimeName(r.runtime)},
                  {QStringLiteral("handler"), r.handler},
                  {QStringLiteral("memoryMiB"), r.memoryMiB},
                  {QStringLiteral("timeoutSeconds"), r.timeoutSeconds},
                  {QStringLiteral("ephemeralMiB"), r.ephemeralMiB},
                  {QStringLiteral("environment"), environment},
                  {QStringLiteral("engine"), r.engine},
                  {QStringLiteral("engines"), QJsonArray::fromStringList(enginesOf(r))},
                  {QStringLiteral("network"), r.network},
                  {QStringLiteral("dockerNetwork"), r.dockerNetwork},
                  {QStringLiteral("imageUri"), r.imageUri},
                  {QStringLiteral("description"), r.description},
                  {QStringLiteral("arn"), functionArn(r.name)},
                  {QStringLiteral("createdMs"), r.createdMs},
                  {QStringLiteral("updatedMs"), r.updatedMs}};
    if (r.reservedConcurrency)
        o.insert(QStringLiteral("reservedConcurrency"), *r.reservedConcurrency);
    return o;
}

Result<FunctionRecord> functionFromJson(const QJsonObject &o)
{
    FunctionRecord r;
    r.name = o.value(QLatin1String("name")).toString();
    const auto runtime = runtimeFromName(o.value(QLatin1String("runtime")).toString());
    if (r.name.isEmpty() || !runtime)
        return Result<FunctionRecord>::failure(
            ErrorKind::InvalidInput,
            QCoreApplication::translate("Functions",
                                        "A function's stored configuration cannot be read."));
    r.runtime = *runtime;
    r.handler = o.value(QLatin1String("handler")).toString();
    r.memoryMiB = o.value(QLatin1String("memoryMiB")).toInt(r.memoryMiB);
    r.timeoutSeconds = o.value(QLatin1String("timeoutSeconds")).toInt(r.timeoutSeconds);
    r.ephemeralMiB = o.value(QLatin1String("ephemeralMiB")).toInt(r.ephemeralMiB);
    const QJsonObject environment = o.value(QLatin1String("environment")).toObject();
    for (auto it = environment.begin(); it != environment.end(); ++it)
        r.environment.insert(it.key(), it.value().toString());
    r.engine = o.value(QLatin1String("engine")).toString(r.engine);
    for (const QJsonValue &e : o.value(QLatin1String("engines")).toArray())
        if (e.toString().compare(r.engine, Qt::CaseInsensitive) != 0)
            r.extraEngines << e.toString();
    r.network = o.value(QLatin1String("network")).toBool(true);
    r.dockerNetwork = o.value(QLatin1String("dockerNetwork")).toString();
    r.imageUri = o.value(QLatin1String("imageUri")).toString();
    if (o.contains(QLatin1String("reservedConcurrency")))
        r.reservedConcurrency = o.value(QLatin1String("reservedConcurrency")).toInt();
    r.description = o.value(QLatin1String("description")).toString();
    r.createdMs = o.value(QLatin1String("createdMs")).toInteger();
    r.updatedMs = o.value(QLatin1String("updatedMs")).toInteger();
    return r;
}

QJsonObject invocationToJson(const Invocation &invocation)
{
    const InvocationRecord &r = invocation.record;
    QJsonObject o{{QStringLiteral("requestId"), r.requestId},
                  {QStringLiteral("functionName"), r.function},
                  {QStringLiteral("version"), r.version},
                  {QStringLiteral("ok"), invocation.result.ok},
                  {QStringLiteral("result"), QString::fromUtf8(invocation.result.body)},
                  {QStringLiteral("durationMs"), r.durationMs},
                  {QStringLiteral("billedMs"), r.billedMs},
                  {QStringLiteral("memoryMiB"), r.memoryMiB},
                  {QStringLiteral("maxMemoryMiB"), r.maxMemoryMiB},
                  {QStringLiteral("startedMs"), r.startedMs},
                  {QStringLiteral("log"), r.log}};
    if (!invocation.result.ok)
        o.insert(QStringLiteral("errorType"), invocation.result.errorType);
    if (r.initMs)
        o.insert(QStringLiteral("initMs"), *r.initMs);
    return o;
}

Result<Invocation> invocationFromJson(const QJsonObject &o)
{
    if (!o.value(QLatin1String("requestId")).isString() || !o.value(QLatin1String("ok")).isBool())
        return Result<Invocation>::failure(
            ErrorKind::InvalidInput,
            QCoreApplication::translate("Functions",
                                        "The invocation's answer is not one Sloop reads."));
    Invocation out;
    InvocationRecord &r = out.record;
    r.requestId = o.value(QLatin1String("requestId")).toString();
    r.function = o.value(QLatin1String("functionName")).toString();
    r.version = o.value(QLatin1String("version")).toString();
    r.durationMs = o.value(QLatin1String("durationMs")).toDouble();
    r.billedMs = o.value(QLatin1String("billedMs")).toInteger();
    r.memoryMiB = o.value(QLatin1String("memoryMiB")).toInt();
    r.maxMemoryMiB = o.value(QLatin1String("maxMemoryMiB")).toInt();
    r.startedMs = o.value(QLatin1String("startedMs")).toInteger();
    r.log = o.value(QLatin1String("log")).toString();
    if (o.contains(QLatin1String("initMs")))
        r.initMs = o.value(QLatin1String("initMs")).toDouble();
    out.result.ok = o.value(QLatin1String("ok")).toBool();
    out.result.body = o.value(QLatin1String("result")).toString().toUtf8();
    out.result.errorType = o.value(QLatin1String("errorType")).toString();
    out.result.durationMs = r.durationMs;
    r.errorType = out.result.errorType;
    return out;
}

} // namespace sloop::functions
