#pragma once

#include "args.h"
#include "ssh/sshtypes.h"

#include <QStringList>

namespace sloop::engine {
class DockerClient;
}
namespace sloop::hosts {
struct HostRecord;
}

namespace sloop::cli {

class Session;

// Each takes the words after its group ("engines", "containers") and returns
// the exit status.
int enginesCommand(const QStringList &args);
int containersCommand(const QStringList &args);
int hostsCommand(const QStringList &args);             // hostcommands.cpp
int hostsImportSshConfig(const QStringList &args);     // hostimportcommand.cpp
int hostsSecret(const QStringList &args);              // hostsecretcommands.cpp
int plansCommand(const QStringList &args);             // pricingcommands.cpp
int costsCommand(const QStringList &args);             // pricingcommands.cpp
int blueprintsCommand(const QStringList &args);        // blueprintcommands.cpp
int instancesCommand(const QStringList &args);         // instancecommands.cpp
int snapshotsCommand(const QStringList &args);         // instancecommands.cpp
int serveCommand(const QStringList &args);             // servecommand.cpp
int alarmsCommand(const QStringList &args);            // alarmcommands.cpp
int metricsCommand(const QStringList &args);           // metricscommands.cpp
int functionsCommand(const QStringList &args);         // functioncommands.cpp
int functionsAsyncConfig(const QStringList &args);     // functionasynccommands.cpp
int functionsQueue(const QStringList &args);           // functionasynccommands.cpp
int functionsCost(const QStringList &args);            // functioncostcommand.cpp
int functionsLogs(const QStringList &args);            // functionlogscommand.cpp
int functionsPublish(const QStringList &args);         // functionversioncommands.cpp
int functionsVersions(const QStringList &args);        // functionversioncommands.cpp
int functionsAlias(const QStringList &args);           // functionversioncommands.cpp
int credentialsCommand(const QStringList &args);       // credentialcommands.cpp
int endpointCommand(const QStringList &args);          // credentialcommands.cpp
int schedulesCommand(const QStringList &args);         // schedulecommands.cpp
int batchCommand(const QStringList &args);             // batchcommands.cpp
int swarmCommand(const QStringList &args);             // swarmcommands.cpp
int servicesCommand(const QStringList &args);          // servicecommands.cpp
int registriesCommand(const QStringList &args);        // registrycommands.cpp
int imagesCommand(const QStringList &args);            // imagecommands.cpp
int stacksCommand(const QStringList &args);            // stackcommands.cpp
int tasksCommand(const QStringList &args);             // taskcommands.cpp
int containerServicesCommand(const QStringList &args); // containerservicecommands.cpp
int bucketsCommand(const QStringList &args);           // bucketcommands.cpp
int apisCommand(const QStringList &args);              // apicommands.cpp
int apisTry(const QStringList &args);                  // apitrycommand.cpp
int apisCost(const QStringList &args);                 // apicostcommand.cpp
int routesCommand(const QStringList &args);            // apicommands.cpp
int stagesCommand(const QStringList &args);            // stagecommands.cpp
int authorizersCommand(const QStringList &args);       // authorizercommands.cpp
int keysCommand(const QStringList &args);              // apikeycommands.cpp
int usagePlansCommand(const QStringList &args);        // apikeycommands.cpp

// "hosts add --save-secret": connects once and stores the secret asked for.
int saveSecretAfterAdd(const hosts::HostRecord &host, const ssh::HostKeyPolicy &hostKeys);
// hosts put / hosts get (hostfiles.cpp): `upload` picks the direction.
int hostsTransfer(const QStringList &args, bool upload);

int containersList(const QStringList &args);
int containersInspect(const QStringList &args);
int containersLifecycle(const QString &verb, const QStringList &args); // start stop restart rm
int containersRun(const QStringList &args);
int containersLogs(const QStringList &args);

// Streams a container's logs to stdout/stderr until the engine ends the
// stream. Returns an error message, empty when the stream ended cleanly.
struct FollowOptions
{
    bool follow = true;
    bool timestamps = false;
    int tail = -1;
    bool tty = false; // a TTY container's log is raw bytes, not multiplexed
};
QString streamLogs(Session &session, engine::DockerClient *client, const QString &id,
                   const FollowOptions &options);

// Usage texts (usage.cpp).
QString mainUsage();
QString enginesUsage();
QString containersUsage();
QString hostsUsage();
QString plansUsage();
QString costsUsage();
QString blueprintsUsage();
QString instancesUsage();
QString snapshotsUsage();
QString serveUsage();
QString alarmsUsage();
QString metricsUsage();
QString functionsUsage();
QString credentialsUsage();
QString schedulesUsage();
QString batchUsage();
QString swarmUsage();             // swarmusage.cpp
QString servicesUsage();          // swarmusage.cpp
QString registriesUsage();        // swarmusage.cpp
QString imagesUsage();            // swarmusage.cpp
QString stacksUsage();            // swarmusage.cpp
QString tasksUsage();             // swarmusage.cpp
QString containerServicesUsage(); // swarmusage.cpp
QString bucketsUsage();
QString endpointUsage();
QString apisUsage();        // gatewayusage.cpp
QString routesUsage();      // gatewayusage.cpp
QString stagesUsage();      // gatewayusage.cpp
QString authorizersUsage(); // gatewayusage.cpp
QString keysUsage();        // gatewayusage.cpp
QString usagePlansUsage();  // gatewayusage.cpp
int usageError(const QString &message, const QString &helpTopic = {});
// After parsing a subcommand: a usage error or --help gives the status to
// exit with; -1 means go on.
inline constexpr int kContinue = -1;
int checkParsed(const ParsedArgs &parsed, const QString &helpTopic);

} // namespace sloop::cli
