#pragma once

#include "functionimage.h"
#include "util/result.h"

#include <QMap>
#include <QString>

#include <optional>

namespace sloop::functions {

// A function's configuration, with Lambda's names and limits.
struct FunctionRecord
{
    qint64 id = 0; // set by the store
    QString name;  // [A-Za-z0-9_-]{1,64}, unique whatever the case
    Runtime runtime = Runtime::Python3;
    // Runtime::Image: overrides the image's CMD when set (Lambda's
    // ImageConfig.Command); may be empty.
    QString handler = QStringLiteral("app.handler");
    QString imageUri;       // Runtime::Image: the image its environments are made from
    int memoryMiB = 128;    // 128–10,240
    int timeoutSeconds = 3; // 1–900
    int ephemeralMiB = 512; // /tmp, 512–10,240
    QMap<QString, QString> environment;
    QString engine = QStringLiteral("local"); // where it is priced and built first
    // More engines its environments are spread over (each gets the image):
    // an invocation goes to a warm environment wherever it is.
    QStringList extraEngines;
    bool network = true;
    // A Docker network on the engine its environments join, so they reach
    // the user's containers by name; empty: the engine's default bridge.
    QString dockerNetwork;
    std::optional<int> reservedConcurrency; // none: the engine's share
    QString description;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;

    bool operator==(const FunctionRecord &other) const = default;
};

QString runtimeName(Runtime runtime); // "python3", "provided"
// engine, then extraEngines.
QStringList enginesOf(const FunctionRecord &record);
std::optional<Runtime> runtimeFromName(const QString &name);

// Checks a record as Lambda's CreateFunction does; the message names the
// field. Environment keys follow Lambda's rule ([a-zA-Z][a-zA-Z0-9_]+) and
// may not be one the runtime sets (AWS_*, _HANDLER, LAMBDA_TASK_ROOT…); the
// variables together stay under Lambda's 4 KB.
VoidResult validate(const FunctionRecord &record);

} // namespace sloop::functions
