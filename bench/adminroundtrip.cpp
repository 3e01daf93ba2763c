// sloop-bench-admin: what a person feels typing `sloop instances ls` while
// the window is open (the CLI asks the window's admin API) against the same
// command with no owner running (the CLI opens the store and engines
// itself). Whole processes, timed from start to exit, alternating so load
// changes hit both alike. Prints figures and the command that reproduces
// them; not a ctest test. The window runs on the offscreen platform.

#include "benchsupport.h"

#include "controlplane/ownerlease.h"
#include "instances/instancerepository.h"
#include "store/database.h"
#include "util/paths.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

using namespace sloop;
using namespace sloop::bench;

namespace {

// One `sloop instances ls --json` from start to exit, in ms; -1 on failure.
double timeList(const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setStandardInputFile(QProcess::nullDevice());
    QElapsedTimer t;
    t.start();
    p.start(QStringLiteral(SLOOP_BIN),
            {QStringLiteral("instances"), QStringLiteral("ls"), QStringLiteral("--json")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return -1;
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("runs"),
                      QStringLiteral("Invocations of each kind (default 40)."), QStringLiteral("N"),
                      QStringLiteral("40")});
    parser.addOption({QStringLiteral("instances"),
                      QStringLiteral("Instance records in the store (default 50)."),
                      QStringLiteral("N"), QStringLiteral("50")});
    parser.process(app);
    const int runs = qMax(5, parser.value(QStringLiteral("runs")).toInt());
    const int count = qMax(0, parser.value(QStringLiteral("instances")).toInt());

    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.filePath(QStringLiteral("run")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (const QString &name : {QStringLiteral("XDG_CONFIG_HOME"), QStringLiteral("XDG_DATA_HOME"),
                                QStringLiteral("XDG_RUNTIME_DIR")})
        qputenv(name.toUtf8().constData(), env.value(name).toUtf8());

    {
        // Records as a person with a few dozen instances has them.
        store::Database db;
        paths::ensureDir(paths::dataDir());
        if (!db.open(paths::databaseFile())) {
            std::fprintf(stderr, "cannot open the store\n");
            return 1;
        }
        instances::InstanceRepository repo(db);
        for (int i = 0; i < count; ++i) {
            instances::InstanceRecord r;
            r.name = QStringLiteral("web-%1").arg(i);
            r.location = QStringLiteral("local");
            r.blueprintId = QStringLiteral("nginx");
            r.planId = QStringLiteral("micro");
            r.state = instances::InstanceState::Running;
            r.address = QStringLiteral("127.0.0.1");
            r.sshPort = 20000 + i;
            r.loginUser = QStringLiteral("root");
            r.ports = {{80, 21000 + i, QStringLiteral("tcp"), {}}};
            if (!repo.add(r)) {
                std::fprintf(stderr, "cannot add instance records\n");
                return 1;
            }
        }
    }

    say(QStringLiteral("sloop instances ls --json, %1 instance records, %2 runs each, %3")
            .arg(count)
            .arg(runs)
            .arg(machineLoad()));
    QList<double> alone;
    QList<double> withWindow;
    QProcess window;
    window.setProcessEnvironment(env);
    window.setStandardInputFile(QProcess::nullDevice());
    const auto ensureWindow = [&](bool running) {
        if (running == (window.state() != QProcess::NotRunning))
            return true;
        if (!running) {
            window.terminate();
            window.waitForFinished(10000);
            return !OwnerLease::holder().has_value();
        }
        window.start(QStringLiteral(SLOOP_BIN), {});
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 20000) {
            const auto holder = OwnerLease::holder();
            if (holder && !holder->adminSocket.isEmpty())
                break;
            QThread::msleep(50);
        }
        QThread::msleep(1000); // past its start-up work
        return OwnerLease::holder().has_value();
    };
    // Pairs in both orders, so neither kind always runs right after a
    // window started or stopped.
    for (int i = 0; i < runs; ++i) {
        double a = -1;
        double b = -1;
        if (i % 2 == 0) {
            if (!ensureWindow(false))
                return 1;
            a = timeList(env);
            if (!ensureWindow(true))
                return 1;
            b = timeList(env);
        } else {
            b = timeList(env);
            if (!ensureWindow(false))
                return 1;
            a = timeList(env);
        }
        if (a < 0 || b < 0) {
            std::fprintf(stderr, "a run failed\n");
            return 1;
        }
        alone.append(a);
        withWindow.append(b);
    }
    window.terminate();
    window.waitForFinished(10000);

    const Figures in = figures(alone);
    const Figures via = figures(withWindow);
    say(QStringLiteral("  in-process (no owner):        median %1, p90 %2, min %3")
            .arg(ms(in.median), ms(in.p90), ms(in.min)));
    say(QStringLiteral("  via the window's admin API:   median %1, p90 %2, min %3")
            .arg(ms(via.median), ms(via.p90), ms(via.min)));
    say(QStringLiteral("  ratio (admin API / in-process): %1 (goal: at most 1.2)")
            .arg(via.median / in.median, 0, 'f', 2));
    say(QStringLiteral("reproduce: %1").arg(commandLine()));
    return 0;
}
