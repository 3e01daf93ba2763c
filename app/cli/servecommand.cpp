// `sloop serve`: the control plane without a window, for a server that
// should keep collecting metrics (and later evaluate alarms and run
// schedules) while nobody has the window open. Logs to stderr; SIGTERM or
// SIGINT stop it cleanly (the store flushed) with exit status 0.
#include "commands.h"
#include "output.h"
#include "stopsignals.h"

#include "controlplane/controlplane.h"
#include "controlplane/ownerlease.h"
#include "util/paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>

namespace sloop::cli {

namespace {

Q_LOGGING_CATEGORY(lcServe, "sloop.serve", QtInfoMsg)

const QString kServe = QStringLiteral("serve");

} // namespace

int serveCommand(const QStringList &args)
{
    const ParsedArgs parsed = parseArgs(
        args, commonOptions() + QList<OptionSpec>{{{QStringLiteral("--interval")}, true}});
    if (const int status = checkParsed(parsed, kServe); status != kContinue)
        return status;
    if (!parsed.positionals.isEmpty())
        return usageError(Tr::tr("serve takes no arguments, only options"), kServe);
    int interval = 0; // 0: the setting's
    if (parsed.has(QStringLiteral("interval"))) {
        bool ok = false;
        interval = parsed.value(QStringLiteral("interval")).toInt(&ok);
        if (!ok || interval < 1 || interval > 60)
            return usageError(Tr::tr("--interval takes whole seconds from 1 to 60"), kServe);
    }

    // A long-running process: its progress notes are the point, on stderr
    // with a time stamp (journald and log files want one line each).
    QLoggingCategory::setFilterRules(parsed.has(QStringLiteral("verbose"))
                                         ? QStringLiteral("sloop.*=true")
                                         : QStringLiteral("sloop.*.debug=false"));
    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-dd hh:mm:ss.zzz} "
                                      "%{if-warning}warning: %{endif}%{if-critical}error: %{endif}"
                                      "%{category}: %{message}"));

    // One serve per data folder; a window that owns it is waited for (this
    // serve takes over when it closes), another serve is not.
    if (const auto holder = OwnerLease::holder();
        holder && holder->role == OwnerLease::Role::Server)
        return fail(
            Error::make(ErrorKind::Conflict,
                        Tr::tr("Another \"sloop serve\" (pid %1) already serves the data "
                               "folder %2. Stop it first (kill %1), or give this one a data "
                               "folder of its own with XDG_DATA_HOME.")
                            .arg(holder->pid)
                            .arg(QDir::toNativeSeparators(paths::dataDir()))));

    StopSignals stopSignals;
    if (!stopSignals.isInstalled())
        return fail(Tr::tr("Cannot watch for SIGTERM and SIGINT; not serving."));

    ControlPlane plane;
    if (const VoidResult opened = plane.openStore(); !opened)
        return fail(Tr::tr("Cannot open the store: %1").arg(opened.error()));
    QObject::connect(
        &plane, &ControlPlane::collectingChanged, &plane, [](bool on, const QString &reason) {
            if (on)
                qCInfo(lcServe).noquote() << Tr::tr("owner of the data folder: collecting");
            else if (!reason.isEmpty())
                qCInfo(lcServe).noquote() << reason;
        });
    plane.startCollecting(ControlPlane::CollectAs::Server, interval);

    int stoppedBy = 0;
    QObject::connect(&stopSignals, &StopSignals::stopRequested, &plane, [&stoppedBy](int number) {
        if (stoppedBy != 0)
            return; // a second signal while stopping changes nothing
        stoppedBy = number;
        QCoreApplication::quit();
    });
    qCInfo(lcServe).noquote() << Tr::tr("serving the data folder %1 as pid %2; stop with "
                                        "SIGTERM or Ctrl+C")
                                     .arg(QDir::toNativeSeparators(paths::dataDir()))
                                     .arg(QCoreApplication::applicationPid());
    QCoreApplication::exec();

    qCInfo(lcServe).noquote() << Tr::tr("stopping (signal %1)").arg(stoppedBy);
    plane.stopCollecting(); // the last points reach the store; the lease is given up
    qCInfo(lcServe).noquote() << Tr::tr("stopped");
    return kExitOk;
}

} // namespace sloop::cli
