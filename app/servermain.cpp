// sloop-server: Sloop's command line and `serve` for a machine without a
// display. It links core only (no QtGui, no QtWidgets), so its package
// installs on a server that has no GUI libraries. Same commands as `sloop`.
#include "cli/cli.h"
#include "util/processhardening.h"
#include "util/translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    sloop::keepSecretsOutOfDumps();
    QCoreApplication::setOrganizationName(QStringLiteral("sloop"));
    QCoreApplication::setApplicationName(QStringLiteral("sloop"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SLOOP_VERSION));
    QCoreApplication app(argc, argv);
    sloop::installTranslators(app);
    QStringList arguments = app.arguments();
    if (arguments.size() < 2)
        arguments.append(QStringLiteral("--help")); // there is no window to open
    sloop::cli::exitAfterCommand(sloop::cli::run(arguments));
}
