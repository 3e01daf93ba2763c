// sloop-bench-startup: cold start to the first shown window, Sloop against a
// bare QMainWindow. Run under an X server (xvfb-run -a); prints figures and
// the command that reproduces them; not a ctest test.
//
// "Shown" is the X server's MapNotify for the program's first top-level
// window: this process listens on the root window (SubstructureNotify), so no
// change to the app and no polling is needed. Without a window manager (as
// under Xvfb) the server exposes the window at that moment; the first paint
// follows on the app's next event-loop turn.

#include "benchsupport.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <poll.h>
#include <xcb/xcb.h>

#include <cstdio>
#include <cstdlib>

using namespace sloop::bench;

namespace {

struct XWatch
{
    xcb_connection_t *c = nullptr;

    XWatch()
    {
        int screenNumber = 0;
        c = xcb_connect(nullptr, &screenNumber);
        if (xcb_connection_has_error(c)) {
            std::fprintf(stderr, "Cannot reach the X display: run this under `xvfb-run -a`.\n");
            std::exit(2);
        }
        xcb_screen_iterator_t it = xcb_setup_roots_iterator(xcb_get_setup(c));
        for (int i = 0; i < screenNumber; ++i)
            xcb_screen_next(&it);
        const uint32_t mask = XCB_EVENT_MASK_SUBSTRUCTURE_NOTIFY;
        xcb_change_window_attributes(c, it.data->root, XCB_CW_EVENT_MASK, &mask);
        xcb_flush(c);
    }
    ~XWatch() { xcb_disconnect(c); }

    void drain()
    {
        while (xcb_generic_event_t *e = xcb_poll_for_event(c))
            std::free(e);
    }

    // Waits for a top-level, non-override-redirect window to be mapped.
    bool waitForMap(int timeoutMs)
    {
        QElapsedTimer t;
        t.start();
        pollfd pfd{xcb_get_file_descriptor(c), POLLIN, 0};
        while (t.elapsed() < timeoutMs) {
            while (xcb_generic_event_t *e = xcb_poll_for_event(c)) {
                const bool mapped =
                    (e->response_type & ~0x80) == XCB_MAP_NOTIFY &&
                    !reinterpret_cast<xcb_map_notify_event_t *>(e)->override_redirect;
                std::free(e);
                if (mapped)
                    return true;
            }
            ::poll(&pfd, 1, 20);
        }
        return false;
    }
};

double startOnce(XWatch &x, const QString &program)
{
    QTemporaryDir dir; // a fresh config and data folder every run
    QProcess p;
    p.setProgram(program);
    p.setProcessEnvironment(freshAppEnvironment(dir.path()));
    p.setStandardOutputFile(QProcess::nullDevice());
    p.setStandardErrorFile(QProcess::nullDevice());
    x.drain();
    QElapsedTimer t;
    t.start();
    p.start();
    if (!p.waitForStarted(10000))
        qFatal("bench: cannot start %s", qPrintable(program));
    if (!x.waitForMap(30000))
        qFatal("bench: %s showed no window within 30 s", qPrintable(program));
    const double result = double(t.nsecsElapsed()) / 1e6;
    p.terminate();
    if (!p.waitForFinished(5000)) {
        p.kill();
        p.waitForFinished(5000);
    }
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Start-up benchmark (needs an X display)."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs of each program."),
                      QStringLiteral("N"), QStringLiteral("10")});
    parser.process(app);
    const int runs = parser.value(QStringLiteral("runs")).toInt();
    const QString sloop = QStringLiteral(SLOOP_BIN);
    const QString bare = QStringLiteral(BARE_BIN);

    std::printf("sloop-bench-startup — %s\nreproduce: xvfb-run -a %s\n", qPrintable(machineLoad()),
                qPrintable(commandLine()));
    XWatch x;
    // One unmeasured start each loads the binaries and libraries into the page
    // cache, so "cold" here means a new process, not an empty page cache.
    startOnce(x, sloop);
    startOnce(x, bare);
    QList<double> sloopMs, bareMs;
    for (int i = 0; i < runs; ++i) { // alternating, so drift hits both alike
        sloopMs << startOnce(x, sloop);
        bareMs << startOnce(x, bare);
    }
    const Figures s = figures(sloopMs);
    const Figures b = figures(bareMs);
    std::printf(
        "start to first mapped window, %d runs each, fresh XDG folders, QT_QPA_PLATFORM=xcb\n",
        runs);
    std::printf("  sloop        median %s  p90 %s  (min %s, max %s)\n", qPrintable(ms(s.median)),
                qPrintable(ms(s.p90)), qPrintable(ms(s.min)), qPrintable(ms(s.max)));
    std::printf("  bare window  median %s  p90 %s  (min %s, max %s)\n", qPrintable(ms(b.median)),
                qPrintable(ms(b.p90)), qPrintable(ms(b.min)), qPrintable(ms(b.max)));
    std::printf("  sloop / bare = %.2fx   (goal <= 2x) -> %s\n", s.median / b.median,
                s.median / b.median <= 2 ? "met" : "NOT met");
    std::printf("  programs: %s, %s\n", qPrintable(sloop), qPrintable(bare));
    return 0;
}
