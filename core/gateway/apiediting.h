#pragma once

#include "apimodel.h"

namespace sloop::gateway {

// The edits a person makes to an API, the same from the window and the CLI.
// Each checks what it is given and returns the changed API; saving it is
// the caller's (ApiRepository::save).

// Adds the route, or replaces the one with the same (normalized) key. Its
// authorizer, when it names one, must be the API's.
Result<Api> withRoute(Api api, Route route);
Result<Api> withoutRoute(Api api, const QString &key);
// Snapshots the routes as a new deployment and points the stage at it (made
// when new). A REST API has no $default stage.
Result<Api> deployed(Api api, const QString &stage, const QString &description, qint64 nowMs);
// Points the stage at an earlier deployment: the one named, or the one
// before its current one.
Result<Api> rolledBack(Api api, const QString &stage, const QString &deploymentId, qint64 nowMs);
// Sets a stage's throttle (rate 0: none) and variables.
Result<Api> withStageSettings(Api api, const QString &stage, double rateLimit, int burstLimit,
                              const QMap<QString, QString> &variables);
Result<Api> withoutStage(Api api, const QString &stage);
// Sets a stage's response cache (header names lower-cased); keeps when it
// was last flushed.
Result<Api> withStageCache(Api api, const QString &stage, StageCache cache);
// Answers cached before nowMs are not used again: the owner drops them.
Result<Api> withCacheFlushed(Api api, const QString &stage, qint64 nowMs);
// Sets the API's CORS (no origins: off). Served at once, not per stage, as
// API Gateway's HTTP APIs do.
Result<Api> withCors(Api api, const Cors &cors);
// Serves it on another address (empty or 127.0.0.1: this machine only).
Result<Api> withBindAddress(Api api, const QString &address);
// Adds the authorizer, or replaces the one of that name. Live, as CORS: a
// deployed route that names it uses the new definition at once.
Result<Api> withAuthorizer(Api api, const Authorizer &authorizer);
// Refused while a draft route uses it (deployed routes that still name it
// answer 500 until the stage gets a deployment without it).
Result<Api> withoutAuthorizer(Api api, const QString &name);

} // namespace sloop::gateway
