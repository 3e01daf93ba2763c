#pragma once

#include "enginecatalog.h"
#include "util/result.h"

namespace sloop::engine {

// Engines a person named themselves (`sloop engines add`, the engine
// selector's "Add engine…"): a Docker or Podman socket that is neither the
// local default nor an SSH host's, such as a second dockerd, kept in the
// settings file like Docker's contexts.
QList<EngineEndpoint> addedEngines();
// What discoverLocalEngines() finds, then the added ones.
QList<EngineEndpoint> knownEngines();
// Refuses a name already in use (a local engine, an added one) or one that
// is not a plain word, and an address that is not a unix socket.
Result<EngineEndpoint> addEngine(const QString &name, const QString &address);
// False when no added engine has that name (local engines cannot go).
bool removeAddedEngine(const QString &name);

} // namespace sloop::engine
