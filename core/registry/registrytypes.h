#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace sloop::registry {

// A registry Sloop knows by name (ECR's "registry"): where it is and who
// signs in. The password lives in the keychain, never here.
struct RegistryRecord
{
    QString name;
    QString url;    // https://registry.example.com or http://127.0.0.1:5000
    QString user;   // empty: anonymous (or ~/.docker/config.json's)
    QString caFile; // trust this CA as well (a registry with its own certificate)

    // host[:port] as image names use it: "127.0.0.1:5000/app:1".
    QString host() const;
    bool operator==(const RegistryRecord &) const = default;
};

// One image in a repository, as its manifest says.
struct ManifestInfo
{
    QString digest;    // sha256:…, checked against the bytes received
    QString mediaType; // image manifest, manifest list or OCI index
    bool isIndex = false;
    qint64 size = 0; // config and layers (an index: its manifests')
    int layers = 0;
    QStringList platforms; // linux/amd64, linux/arm/v7 (an index's entries)
    QDateTime created;     // from the image's config

    bool operator==(const ManifestInfo &) const = default;
};

struct TagInfo
{
    QString repository;
    QString tag;
    ManifestInfo manifest;

    bool operator==(const TagInfo &) const = default;
};

} // namespace sloop::registry
