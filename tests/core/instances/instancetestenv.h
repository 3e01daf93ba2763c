#pragma once

// A private Sloop world for instance tests: XDG folders and HOME in a
// temporary folder, a store, the local engine, SSH connections that file
// host keys in a private known_hosts, and an InstanceService over them.
// Container instances start from the locally built test image
// (scripts/build-test-image.sh), so nothing is pulled.

#include "commandlog/commandlog.h"
#include "engine/enginecatalog.h"
#include "hosts/hostconnections.h"
#include "hosts/hostrepository.h"
#include "instances/instanceoperation.h"
#include "instances/instanceservice.h"
#include "store/database.h"
#include "testconnections.h"
#include "testsupport.h"
#include "util/paths.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>

namespace sloop::test {

inline constexpr const char *kDebianImage = "sloop-test/debian:bookworm";

struct InstanceTestEnv
{
    std::unique_ptr<IsolatedXdg> xdg;
    QTemporaryDir home;
    CommandLog log;
    store::Database db;
    std::unique_ptr<engine::EngineManager> engines;
    std::unique_ptr<hosts::HostConnections> connections;
    std::unique_ptr<hosts::HostRepository> hosts;
    std::unique_ptr<instances::InstanceService> service;

    // Empty on success, else why the world could not be made.
    QString setUp()
    {
        xdg = std::make_unique<IsolatedXdg>();
        qputenv("HOME", home.path().toUtf8());
        qunsetenv("SSH_AUTH_SOCK");
        qputenv("SLOOP_INSTANCE_IMAGE", kDebianImage);
        QProcess inspect;
        inspect.start(QStringLiteral("docker"), {QStringLiteral("image"), QStringLiteral("inspect"),
                                                 QString::fromLatin1(kDebianImage)});
        if (!inspect.waitForFinished(30000) || inspect.exitCode() != 0)
            return QStringLiteral("the test image %1 is missing: run scripts/test-services.sh")
                .arg(QString::fromLatin1(kDebianImage));
        paths::ensureDir(paths::dataDir());
        if (auto opened = db.open(paths::databaseFile()); !opened)
            return opened.error();
        engines = std::make_unique<engine::EngineManager>(&log);
        if (!engines->client(QStringLiteral("local")))
            return QStringLiteral("no local engine");
        connections = std::make_unique<hosts::HostConnections>(&log);
        test::isolateConnections(connections.get(), home.filePath(QStringLiteral("known_hosts")),
                                 15000);
        hosts = std::make_unique<hosts::HostRepository>(db);
        service = std::make_unique<instances::InstanceService>(db, engines.get(), connections.get(),
                                                               hosts.get(), &log);
        return {};
    }

    // Removes what the tests made on the engine, whatever happened.
    void tearDown()
    {
        if (!service)
            return;
        if (auto all = service->instances(); all)
            for (const auto &record : *all)
                if (!record.containerId.isEmpty())
                    QProcess::execute(
                        QStringLiteral("docker"),
                        {QStringLiteral("rm"), QStringLiteral("-f"), record.containerId});
        service.reset();
        connections.reset();
    }
};

// Waits for a job to end; returns its error (empty: it worked) or a
// timeout message. The job's log is printed on failure by the caller.
inline QString awaitJob(instances::InstanceOperation *job, int ms)
{
    if (!job)
        return QStringLiteral("no job");
    if (job->isRunning()) {
        QSignalSpy done(job, &instances::InstanceOperation::finished);
        if (!done.wait(ms))
            return QStringLiteral("the job did not end within %1 s; log:\n%2")
                .arg(ms / 1000)
                .arg(job->log().right(4000));
    }
    return job->succeeded() ? QString()
                            : job->error() + QStringLiteral("\nlog:\n") + job->log().right(6000);
}

// GET path from 127.0.0.1:port; the whole reply (head and body).
inline QByteArray httpGet(quint16 port, const QByteArray &path = "/")
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write("GET " + path + " HTTP/1.0\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    QByteArray reply;
    while (socket.waitForReadyRead(10000))
        reply += socket.readAll();
    return reply + socket.readAll();
}

} // namespace sloop::test
