#include "testsupport.h"

#include "engine/dockerclient.h"
#include "engine/enginecatalog.h"
#include "http/streamtransport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

namespace sloop::test {

IsolatedXdg::IsolatedXdg()
{
    for (const char *name : {"config", "data", "runtime"})
        QDir(m_dir.path()).mkpath(QString::fromLatin1(name));
    qputenv("XDG_CONFIG_HOME", (m_dir.path() + QStringLiteral("/config")).toUtf8());
    qputenv("XDG_DATA_HOME", (m_dir.path() + QStringLiteral("/data")).toUtf8());
    qputenv("XDG_RUNTIME_DIR", (m_dir.path() + QStringLiteral("/runtime")).toUtf8());
}

Result<engine::DockerClient *> connectTestEngine(QObject *parent)
{
    const QList<engine::EngineEndpoint> engines = engine::discoverLocalEngines();
    const engine::EngineEndpoint local = engines.first();
    auto *client = new engine::DockerClient(
        local.name, std::make_shared<http::UnixSocketTransport>(local.socketPath), nullptr, parent);
    const Result<engine::EngineInfo> info = await(client->negotiate(), 20000);
    if (!info) {
        delete client;
        return Result<engine::DockerClient *>::failure(
            QStringLiteral("The Docker engine these tests need is not reachable at %1 (%2). "
                           "Run the suite through scripts/test.sh, which starts dockerd.")
                .arg(local.address, info.error()));
    }
    return client;
}

bool writeTestFile(const QString &path, const QByteArray &text)
{
    if (!QDir().mkpath(QFileInfo(path).path()))
        return false;
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text) == text.size();
}

QString uniqueName(const QString &tag)
{
    return QStringLiteral("sloop-test-%1-%2")
        .arg(tag)
        .arg(QRandomGenerator::global()->generate() & 0xffffff, 6, 16, QLatin1Char('0'));
}

} // namespace sloop::test
