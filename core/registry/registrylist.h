#pragma once

#include "registrytypes.h"
#include "util/result.h"

namespace sloop::registry {

// The registries Sloop knows, kept in the settings file by name; each one's
// password in the keychain under passwordKey(name).
QList<RegistryRecord> knownRegistries();
std::optional<RegistryRecord> findRegistry(const QString &name);
// Refuses a name in use or not a plain word, and a URL that is not http(s)
// (plain http only for a loopback address or when `allowPlainHttp`).
Result<RegistryRecord> addRegistry(RegistryRecord record, bool allowPlainHttp);
bool removeRegistry(const QString &name);
QString passwordKey(const QString &registryName);

// What the docker CLI would sign in with for `host` (~/.docker/config.json:
// its `auths` entry, else its credential helper): user and password, or
// nothing.
std::optional<std::pair<QString, QString>> dockerConfigCredentials(const QString &host);

} // namespace sloop::registry
