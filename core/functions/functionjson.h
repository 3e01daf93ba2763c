#pragma once

#include "functionrecord.h"
#include "functionservice.h"
#include "util/result.h"

#include <QJsonObject>

namespace sloop::functions {

// The JSON shapes `sloop functions … --json` prints and the admin API
// answers, in one place so both say the same.

// {"name", "runtime", "handler", "memoryMiB", "timeoutSeconds",
//  "ephemeralMiB", "environment": {…}, "engine", "network",
//  "reservedConcurrency" (absent: none), "description", "arn",
//  "createdMs", "updatedMs"}
QJsonObject functionToJson(const FunctionRecord &record);
// The configuration back (a published version's snapshot); InvalidInput
// when the object is not one functionToJson made.
Result<FunctionRecord> functionFromJson(const QJsonObject &object);

// {"requestId", "functionName", "version", "ok", "errorType" (failed only),
//  "result": the function's answer or error object as text, exactly as it
//  gave it, "durationMs", "billedMs", "memoryMiB", "maxMemoryMiB",
//  "initMs" (cold starts only), "startedMs", "log"}
QJsonObject invocationToJson(const Invocation &invocation);
Result<Invocation> invocationFromJson(const QJsonObject &object);

} // namespace sloop::functions
