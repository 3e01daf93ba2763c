#include "cli/cli.h"

#include <QApplication>
#include <QLabel>

int main(int argc, char *argv[])
{
    if (sloop::cli::wantsCli(argc, argv)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("sloop"));
        QCoreApplication::setApplicationVersion(QStringLiteral(SLOOP_VERSION));
        return sloop::cli::run(app.arguments());
    }
    QApplication app(argc, argv);
    QLabel l(QStringLiteral("Sloop"));
    l.show();
    return app.exec();
}
