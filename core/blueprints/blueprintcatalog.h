#pragma once

#include "blueprint.h"
#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sloop::blueprints {

// The blueprints a person can pick: the built-in ones compiled into Sloop
// (`:/sloop/blueprints/*.yaml`) and their own, one file each in a folder
// (paths::dataDir()/blueprints by default). Not thread-safe: one owner,
// loaded on demand (reading is a few small files).
class BlueprintCatalog
{
public:
    explicit BlueprintCatalog(QString userFolder = defaultUserFolder());

    static QString defaultUserFolder(); // paths::dataDir() + "/blueprints"
    static QString builtInFolder();     // ":/sloop/blueprints"

    // (Re)reads both folders. A broken built-in fails the load; a broken
    // file of the person's is left out and listed in skipped().
    VoidResult load();

    // OS only first, then Apps + OS, each by name; built-ins before the
    // person's own.
    const QList<Blueprint> &all() const { return m_blueprints; }
    std::optional<Blueprint> find(const QString &id) const;
    // "file: line 3, column 1: ..." for each of the person's files left out.
    const QStringList &skipped() const { return m_skipped; }

    // Saves pasted user-data as the person's own blueprint, named `name`
    // (the id is made from it: "My Web App" → "my-web-app"). The user-data
    // is validated first; names with control characters or path separators,
    // names that give no id, and ids already in the catalogue are refused.
    // The catalogue holds it afterwards.
    Result<Blueprint> saveUserBlueprint(const QString &name, const QByteArray &userData);

    // The id saveUserBlueprint() would give `name`, or empty for no id.
    static QString idForName(const QString &name);

private:
    void sort();

    QString m_userFolder;
    QList<Blueprint> m_blueprints;
    QStringList m_skipped;
};

} // namespace sloop::blueprints
