#include "session.h"

#include "connectsecrets.h"
#include "hostsession.h"
#include "output.h"

#include "engine/dockerclient.h"
#include "hosts/hostrepository.h"
#include "hosts/remoteengines.h"
#include "hosts/remoteenginetunnel.h"
#include "store/database.h"
#include "util/paths.h"

#include <QFileInfo>

namespace sloop::cli {

Session::Session(const ParsedArgs &args)
    : m_engines(&m_log)
    , m_engineName(args.value(QStringLiteral("engine")))
    , m_json(args.has(QStringLiteral("json")))
    , m_verbose(args.has(QStringLiteral("verbose")))
{
    if (m_verbose) {
        QObject::connect(&m_log, &CommandLog::recorded, &m_log,
                         [this](const CommandLogEntry &e) { onRecorded(e); });
    }
}

// Members go in reverse order: the engine clients before the tunnel they
// talk through.
Session::~Session() = default;

Result<engine::DockerClient *> Session::client(const QString &wanted)
{
    const QString name = wanted.isEmpty() ? m_engines.defaultEngine() : wanted;
    if (engine::DockerClient *c = m_engines.client(name))
        return c;
    if (auto remote = remoteClient(name))
        return *remote;
    QStringList known;
    for (const engine::EngineEndpoint &e : m_engines.engines())
        known.append(e.name);
    // Naming an engine that does not exist is a mistake on the command line.
    m_lookupExitCode = kExitUsage;
    return Result<engine::DockerClient *>::failure(
        Tr::tr("there is no engine named \"%1\"; known engines: %2 (see \"sloop engines ls\")")
            .arg(name, known.join(QStringLiteral(", "))));
}

std::optional<Result<engine::DockerClient *>> Session::remoteClient(const QString &name)
{
    store::Database db;
    if (!QFileInfo::exists(paths::databaseFile()) || !db.open(paths::databaseFile()))
        return std::nullopt;
    const auto found = hosts::HostRepository(db).find(name);
    if (!found || !found->has_value())
        return std::nullopt;
    const hosts::HostRecord host = **found;
    ssh::SshOptions options = hosts::sshOptionsFor(host, {});
    const ConnectSecrets secrets(host);
    options.credentials = secrets.credentials();
    m_tunnel = std::make_unique<hosts::RemoteEngineTunnel>(
        hosts::sshTargetOf(host, hosts::HostRepository(db).lookup()), options, &m_log);
    const ssh::SshResult<QString> local = m_tunnel->open(hosts::RemoteEngines::remoteSocketPath());
    if (!local) {
        m_tunnel.reset();
        return Result<engine::DockerClient *>::failure(
            Tr::tr("cannot reach the engine of host %1: %2")
                .arg(host.name, secrets.explain(local.error()).message));
    }
    m_engines.addEngine({host.name, hosts::RemoteEngines::addressOf(host), QStringLiteral("docker"),
                         *local, host.name});
    return Result<engine::DockerClient *>(m_engines.client(host.name));
}

void Session::flushLog()
{
    QCoreApplication::sendPostedEvents();
}

void Session::onRecorded(const CommandLogEntry &e)
{
    // Method and path only: the log never holds bodies, so nothing secret.
    const QString line =
        QStringLiteral("[%1] %2 -> %3 (%4 ms)").arg(e.target, e.call, e.result).arg(e.durationMs);
    writeBytes(stderr, (QStringLiteral("sloop: ") + escapeForTerminal(line)).toUtf8() + '\n');
}

} // namespace sloop::cli
