#include "session.h"

#include "output.h"

#include "engine/dockerclient.h"

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

Result<engine::DockerClient *> Session::client(const QString &wanted)
{
    const QString name = wanted.isEmpty() ? m_engines.defaultEngine() : wanted;
    if (engine::DockerClient *c = m_engines.client(name))
        return c;
    QStringList known;
    for (const engine::EngineEndpoint &e : m_engines.engines())
        known.append(e.name);
    // Naming an engine that does not exist is a mistake on the command line.
    m_lookupExitCode = kExitUsage;
    return Result<engine::DockerClient *>::failure(
        Tr::tr("there is no engine named \"%1\"; known engines: %2 (see \"sloop engines ls\")")
            .arg(name, known.join(QStringLiteral(", "))));
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
