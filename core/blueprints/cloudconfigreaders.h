#pragma once

// Private to core/blueprints: the module readers parseCloudConfig() calls,
// one per group of modules, each adding problems through the reader.

#include "cloudconfig.h"
#include "yamlreader.h"

namespace sloop::blueprints {

void readPackages(const YamlReader &r, const YAML::Node &node, CloudConfig &config);
void readCommands(const YamlReader &r, const YAML::Node &node, const QString &module,
                  QList<CommandSpec> &out);
void readWriteFiles(const YamlReader &r, const YAML::Node &node, CloudConfig &config);
void readUsers(const YamlReader &r, const YAML::Node &node, CloudConfig &config);
void readGroups(const YamlReader &r, const YAML::Node &node, CloudConfig &config);
void readAuthorizedKeys(const YamlReader &r, const YAML::Node &node, const QString &where,
                        QStringList &out);

// Names useradd and groupadd accept on every distribution Sloop targets.
bool isValidUserName(const QString &name);

} // namespace sloop::blueprints
