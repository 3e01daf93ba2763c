#include "cli/cli.h"
#include "cli/stopsignals.h"
#include "controlplane/adminapi.h"
#include "controlplane/controlplane.h"
#include "shell/mainwindow.h"
#include "shell/theme.h"
#include "util/logging.h"
#include "util/processhardening.h"
#include "util/translations.h"

#include <QApplication>

#include <cstdio>

namespace {

// One window per data folder, as desktop apps have it: a second start asks
// the first window (through its admin API) to come forward and ends.
bool raiseRunningWindow()
{
    const auto holder = sloop::OwnerLease::holder();
    if (!holder || holder->role != sloop::OwnerLease::Role::Window || holder->adminSocket.isEmpty())
        return false;
    const auto raised = sloop::adminRequest(holder->adminSocket, "POST", "/v1/window/raise", 3000);
    if (!raised || raised->status != 200)
        return false; // it does not answer: this window opens as its client
    std::fprintf(stderr, "%s\n",
                 qPrintable(QCoreApplication::translate("Main", "Sloop is already open (pid %1); "
                                                                "its window was brought forward.")
                                .arg(holder->pid)));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    sloop::keepSecretsOutOfDumps();
    QCoreApplication::setOrganizationName(QStringLiteral("sloop"));
    QCoreApplication::setApplicationName(QStringLiteral("sloop"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SLOOP_VERSION));
    if (sloop::cli::wantsCli(argc, argv)) {
        QCoreApplication app(argc, argv);
        // Messages in the person's language; --json output stays as it is.
        sloop::installTranslators(app);
        sloop::cli::exitAfterCommand(sloop::cli::run(app.arguments()));
    }
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Sloop"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.sloop.Sloop"));
    sloop::installTranslators(app);
    sloop::widgets::applyTheme(
        app, sloop::widgets::themeFromString(qEnvironmentVariable("SLOOP_THEME")));

    if (raiseRunningWindow())
        return 0;

    sloop::ControlPlane plane;
    plane.openStore(); // without a store Sloop still runs; the window says so
    // Metrics, alarms and the admin API, unless a `sloop serve` already owns
    // this data folder (the status bar then says so).
    plane.startCollecting(sloop::ControlPlane::CollectAs::Window);
    sloop::widgets::MainWindow window(&plane);
    QObject::connect(&plane, &sloop::ControlPlane::raiseRequested, &window, [&window] {
        window.setWindowState((window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
        window.show();
        window.raise();
        window.activateWindow();
    });
    // SIGTERM (a logout, `kill`) and Ctrl+C end the window as closing it
    // does: the control plane stops and functions' environments are removed.
    sloop::cli::StopSignals stopSignals;
    QObject::connect(&stopSignals, &sloop::cli::StopSignals::stopRequested, &app,
                     &QCoreApplication::quit);
    window.show();
    return app.exec();
}
