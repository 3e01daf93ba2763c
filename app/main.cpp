#include "cli/cli.h"
#include "controlplane/controlplane.h"
#include "shell/mainwindow.h"
#include "shell/theme.h"
#include "shell/translations.h"
#include "util/logging.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("sloop"));
    QCoreApplication::setApplicationName(QStringLiteral("sloop"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SLOOP_VERSION));
    if (sloop::cli::wantsCli(argc, argv)) {
        QCoreApplication app(argc, argv);
        // Messages in the person's language; --json output stays as it is.
        sloop::widgets::installTranslators(app);
        return sloop::cli::run(app.arguments());
    }
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Sloop"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.sloop.Sloop"));
    sloop::widgets::installTranslators(app);
    sloop::widgets::applyTheme(app, sloop::widgets::themeFromString(qEnvironmentVariable("SLOOP_THEME")));

    sloop::ControlPlane plane;
    plane.openStore(); // without a store Sloop still runs; the window says so
    // Metrics and alarms, unless a `sloop serve` already runs them for this
    // data folder (the status bar then says so).
    plane.startCollecting(sloop::ControlPlane::CollectAs::Window);
    sloop::widgets::MainWindow window(&plane);
    window.show();
    return app.exec();
}
