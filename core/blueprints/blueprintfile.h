#pragma once

#include "blueprint.h"
#include "util/result.h"
#include "validationproblem.h"

namespace sloop::blueprints {

// A blueprint file is two YAML documents (see resources/blueprints/README.md):
//
//   sloop:
//     id: nginx
//     ...metadata...
//   ---
//   #cloud-config
//   ...user-data, exactly as cloud-init would read it...
//
// The first line that is "---" ends the metadata; everything after it is the
// user-data, kept byte for byte.
struct BlueprintParse
{
    Blueprint blueprint;
    QList<ValidationProblem> problems; // metadata and user-data, lines of the file

    bool ok() const { return problems.isEmpty(); }
};

// Reads and checks a file's text: the metadata and the user-data (with
// parseCloudConfig). `source` is where it came from; a relative icon is
// resolved against its folder.
BlueprintParse parseBlueprint(const QByteArray &text, const QString &source);

// The file text for a blueprint (metadata emitted by yaml-cpp, so any name
// is quoted as YAML needs, then the user-data as it is).
Result<QByteArray> serializeBlueprint(const Blueprint &blueprint);

} // namespace sloop::blueprints
