#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace sloop::blueprints {

struct BlueprintPort
{
    int port = 0;
    QString protocol = QStringLiteral("tcp"); // tcp or udp
    QString description;

    bool operator==(const BlueprintPort &other) const = default;
};

// How Sloop knows the blueprint's app is up once the steps are done.
struct HealthCheck
{
    enum Kind
    {
        None,
        Http,
        Tcp,
        Command
    };
    Kind kind = None;
    int port = 0;             // Http, Tcp: on the instance (published for containers)
    QString path;             // Http: "/"; any answer below 400 is healthy
    QString command;          // Command: a shell command run on the instance; exit 0 is healthy
    int timeoutSeconds = 300; // how long to keep trying after the last step

    bool operator==(const HealthCheck &other) const = default;
};

// A catalogue entry: metadata plus the #cloud-config user-data it applies.
struct Blueprint
{
    enum Category
    {
        OsOnly,
        AppsAndOs
    };

    QString id; // [a-z0-9.-], unique in the catalogue ("ubuntu-24.04")
    QString name;
    Category category = AppsAndOs;
    QString description;
    QString icon;        // a resource path (":/sloop/blueprints/icons/nginx.svg") or a file
    QString baseOs;      // "debian-12", "ubuntu-24.04"
    QString minimumPlan; // plan id, e.g. "small"
    QList<BlueprintPort> ports;
    HealthCheck health;
    QString notes;        // shown after install (where credentials are, what to do next)
    QByteArray userData;  // the #cloud-config text, as written
    int userDataLine = 1; // the line of the file userData starts on
    QString source;       // the file it was read from
    bool builtIn = false;
};

// "os" / "apps", as blueprint files and --json spell them.
QString categoryKey(Blueprint::Category category);
QString categoryTitle(Blueprint::Category category); // "OS only", "Apps + OS" (translated)
QString healthKindKey(HealthCheck::Kind kind);       // "none", "http", "tcp", "command"
// Ids are file names and CLI arguments: a lower-case letter or digit, then
// lower-case letters, digits, '.' and '-' (no ".."), at most 64.
bool isValidBlueprintId(const QString &id);

} // namespace sloop::blueprints
