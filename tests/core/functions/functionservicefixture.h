#pragma once

// A FunctionService over a private store and the test dockerd, for the
// suites that run functions for real.
#include "engine/dockerclient.h"
#include "functions/functionservice.h"
#include "store/database.h"
#include "testsupport.h"
#include "util/paths.h"

#include <memory>

namespace sloop::test {

struct FunctionServiceFixture
{
    std::unique_ptr<IsolatedXdg> xdg;
    store::Database db;
    engine::DockerClient *client = nullptr;
    std::unique_ptr<functions::FunctionService> service;

    // An empty string when all is set up, else why not.
    QString setUp(QObject *parent)
    {
        xdg = std::make_unique<IsolatedXdg>();
        if (!paths::ensureDir(paths::dataDir()))
            return QStringLiteral("cannot make the data folder");
        if (const VoidResult opened = db.open(paths::databaseFile()); !opened)
            return opened.error();
        auto connected = connectTestEngine(parent);
        if (!connected)
            return connected.error();
        client = *connected;
        engine::DockerClient *engine = client;
        service = std::make_unique<functions::FunctionService>(db, [engine](const QString &name) {
            return name == QLatin1String("local") ? engine : nullptr;
        });
        return {};
    }

    // Removes the environments, then the functions named.
    void tearDown(const QStringList &made)
    {
        if (!service)
            return;
        await(service->pool()->shutdown());
        for (const QString &name : made)
            await(service->remove(name));
    }
};

} // namespace sloop::test
