#pragma once

#include "http/httpclient.h"
#include "registrytypes.h"
#include "util/result.h"

#include <QFuture>
#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

namespace sloop::registry {

// The Distribution (OCI) HTTP API v2 of one registry: its repositories
// (catalog, paged), tags, manifests and deleting them. Signs in as the
// registry asks in its WWW-Authenticate challenge: Basic with the
// credentials given, or Bearer with a token fetched from the realm it names
// (per scope, kept for the client's life). One retry after a challenge: a
// registry that keeps answering 401 is refused credentials, said once, not
// asked forever. Every manifest and config read is checked against its
// sha256 digest: a registry that lies gets an error, not a wrong answer.
//
// Thread-safety: the thread that made it (HttpClient's rule).
class RegistryClient : public QObject
{
    Q_OBJECT
public:
    RegistryClient(RegistryRecord record, std::optional<std::pair<QString, QString>> credentials,
                   QObject *parent = nullptr);

    const RegistryRecord &record() const { return m_record; }

    QFuture<VoidResult> ping(); // GET /v2/
    // Every repository, following the catalog's pages of `pageSize`.
    QFuture<Result<QStringList>> repositories(int pageSize = 100);
    QFuture<Result<QStringList>> tags(const QString &repository);
    QFuture<Result<ManifestInfo>> manifest(const QString &repository, const QString &reference);
    // Deletes the manifest a tag points at (and so every tag on it, as the
    // registry keeps manifests by digest). The registry must allow deletes.
    QFuture<VoidResult> deleteTag(const QString &repository, const QString &tag);
    // Deletes one manifest by its digest (what lifecycle rules expire: the
    // image that was evaluated, even if a tag moved since).
    QFuture<VoidResult> deleteManifest(const QString &repository, const QString &digest);

    // Names the registry accepts; empty when fine.
    static QString checkRepository(const QString &name);
    static QString checkTag(const QString &tag);

    using Response = http::ClientResponse;
    using Done = std::function<void(Result<Response>)>;

private:
    // One exchange with sign-in; `done` gets any answer below 400 (and 404
    // for callers that ask for it), else the registry's error.
    void exchange(const QByteArray &method, const QString &pathAndQuery,
                  const QList<std::pair<QByteArray, QByteArray>> &headers, Done done,
                  bool retried = false);
    void signIn(const QByteArray &challenge, std::function<void(VoidResult)> then);
    void collectPages(QString path, QStringList sofar, const char *listKey,
                      std::function<void(Result<QStringList>)> done);
    Error problem(const Response &r) const;

    RegistryRecord m_record;
    std::optional<std::pair<QString, QString>> m_credentials;
    http::HttpClient *m_http;
    QByteArray m_authorization; // the header that worked last
};

// Parses `Bearer realm="…",service="…",scope="…"` (or Basic realm=…): the
// scheme lowercased under "", then each parameter.
QHash<QString, QString> parseChallenge(const QByteArray &header);
// The manifest's facts from its JSON (digest checked by the caller).
Result<ManifestInfo> parseManifest(const QByteArray &body, const QByteArray &contentType);

} // namespace sloop::registry
