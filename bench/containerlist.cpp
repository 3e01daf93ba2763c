// sloop-bench-containers: how fast Sloop lists N containers and follows one
// container's changes, against the bare Engine API and the docker CLI.
// Prints figures and the command that reproduces them; not a ctest test.

#include "benchsupport.h"

#include "commandlog/commandlog.h"
#include "containers/containerinventory.h"
#include "containers/containerlistmodel.h"
#include "engine/dockerclient.h"
#include "engine/dockerjson.h"
#include "engine/enginecatalog.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLocalSocket>
#include <QProcess>

#include <chrono>
#include <cstdio>

using namespace sloop;
using namespace sloop::bench;
using containers::ContainerDelta;
using containers::ContainerInventory;
using engine::ContainerSummary;
using models::ContainerListModel;

namespace {

double elapsedMs(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// Containers the model shows: top-level containers plus the children of
// compose-project group rows.
int containerRows(const ContainerListModel &model)
{
    int n = 0;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex i = model.index(r, 0);
        n += model.data(i, ContainerListModel::IsGroupRole).toBool() ? model.rowCount(i) : 1;
    }
    return n;
}

// The same diff ContainerInventory::applyFull makes (it is private there, and
// an unchanged list emits nothing, so the inventory itself gives no signal to
// stop a clock on).
struct Known
{
    QHash<QString, ContainerSummary> byId;
    QList<QString> order;
};

ContainerDelta diff(Known &known, const QList<ContainerSummary> &list)
{
    ContainerDelta delta;
    QSet<QString> seen;
    seen.reserve(list.size());
    for (const ContainerSummary &c : list) {
        seen.insert(c.id);
        auto it = known.byId.find(c.id);
        if (it == known.byId.end()) {
            known.byId.insert(c.id, c);
            known.order.append(c.id);
            delta.added.append(c);
        } else if (!(*it == c)) {
            *it = c;
            delta.updated.append(c);
        }
    }
    for (auto it = known.order.begin(); it != known.order.end();) {
        if (!seen.contains(*it)) {
            delta.removed.append(*it);
            known.byId.remove(*it);
            it = known.order.erase(it);
        } else {
            ++it;
        }
    }
    return delta;
}

// Cold: a fresh ContainerInventory's first list into an empty model, from the
// request to the model holding every row.
double sloopColdFill(engine::DockerClient *client, ContainerListModel &model)
{
    ContainerInventory inventory(client);
    model.setInventory(&inventory); // the one reset: a new engine's empty list
    bool done = false;
    QObject::connect(&inventory, &ContainerInventory::stateChanged,
                     [&](ContainerInventory::State) { done = true; });
    QElapsedTimer t;
    t.start();
    inventory.refresh();
    if (!spinUntil([&] { return done; }, 60000) ||
        inventory.state() != ContainerInventory::State::Ready)
        qFatal("bench: the inventory did not become ready: %s", qPrintable(inventory.problem()));
    const double result = elapsedMs(t);
    if (containerRows(model) != inventory.count())
        qFatal("bench: the model has %d rows for %d containers", containerRows(model),
               inventory.count());
    model.setInventory(nullptr);
    return result;
}

// Refresh: the list again, parsed (on the client's worker thread), diffed
// against what is known and applied to a filled model.
double sloopRefresh(engine::DockerClient *client, Known &known, ContainerListModel &model,
                    double *applyMs)
{
    bool done = false;
    double result = 0;
    QObject context;
    QElapsedTimer t;
    t.start();
    client->listContainers(true).then(&context, [&](const Result<QList<ContainerSummary>> &list) {
        if (!list)
            qFatal("bench: listing failed: %s", qPrintable(list.error()));
        QElapsedTimer a;
        a.start();
        model.apply(diff(known, *list));
        *applyMs = elapsedMs(a);
        result = elapsedMs(t);
        done = true;
    });
    if (!spinUntil([&] { return done; }, 60000))
        qFatal("bench: the refresh did not finish");
    return result;
}

double runProcess(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setProgram(program);
    p.setArguments(args);
    p.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer t;
    t.start();
    p.start();
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        qFatal("bench: %s failed: %s", qPrintable(program), p.readAllStandardError().constData());
    return elapsedMs(t);
}

// The same GET done in-process on a raw socket: no process start, no parsing.
// Done when the answer is complete (Content-Length reached or the last chunk
// seen), as curl is; not when the engine closes the connection.
double rawSocketGet(const QString &socketPath, const QByteArray &path, QByteArray *body)
{
    QElapsedTimer t;
    t.start();
    QLocalSocket s;
    s.connectToServer(socketPath);
    if (!s.waitForConnected(5000))
        qFatal("bench: cannot connect to %s", qPrintable(socketPath));
    s.write("GET " + path + " HTTP/1.1\r\nHost: x\r\n\r\n");
    QByteArray got;
    qsizetype headEnd = -1;
    qint64 length = -1; // -1: chunked
    const auto complete = [&] {
        if (headEnd < 0) {
            headEnd = got.indexOf("\r\n\r\n");
            if (headEnd < 0)
                return false;
            headEnd += 4;
            const QByteArray head = got.left(headEnd).toLower();
            const qsizetype cl = head.indexOf("content-length:");
            if (cl >= 0)
                length = head.mid(cl + 15, head.indexOf('\r', cl) - cl - 15).trimmed().toLongLong();
        }
        return length >= 0 ? got.size() - headEnd >= length : got.endsWith("\r\n0\r\n\r\n");
    };
    while (!complete()) {
        if (!s.waitForReadyRead(30000))
            qFatal("bench: the raw GET ended early: %s", got.left(200).constData());
        got += s.readAll();
    }
    const double result = elapsedMs(t);
    if (!got.startsWith("HTTP/1.1 200"))
        qFatal("bench: raw GET failed: %s", got.left(200).constData());
    *body = got.mid(headEnd);
    return result;
}

// The body of a chunked answer, joined (the raw GET reads it unparsed).
QByteArray dechunk(const QByteArray &raw)
{
    QByteArray out;
    qsizetype pos = 0;
    for (;;) {
        const qsizetype eol = raw.indexOf("\r\n", pos);
        if (eol < 0)
            break;
        bool ok = false;
        const qsizetype size = raw.mid(pos, eol - pos).split(';').first().toLongLong(&ok, 16);
        if (!ok || size == 0)
            break;
        out += raw.mid(eol + 2, size);
        pos = eol + 2 + size + 2;
    }
    return out;
}

qint64 realtimeNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

void printFigures(const QString &what, const QList<double> &samples)
{
    const Figures f = figures(samples);
    say(QStringLiteral("  %1 median %2  p90 %3  (min %4, max %5, n=%6)")
            .arg(what.leftJustified(34), ms(f.median).rightJustified(9),
                 ms(f.p90).rightJustified(9), ms(f.min), ms(f.max))
            .arg(samples.size()));
}

// (d) From the engine's own event timestamp to the model's dataChanged for
// that container's row, with a live inventory following /events.
void eventLatency(int rounds)
{
    CommandLog log;
    engine::DockerClient *client = connectLocalEngine(nullptr, &log);
    engine::DockerClient *driver = connectLocalEngine(nullptr); // acts like another tool
    ContainerInventory inventory(client);
    // The periodic full refresh (30 s by default) is not part of following
    // events; it is moved out of the way so the re-list count below only
    // counts re-lists that events caused.
    inventory.setRefreshInterval(3600 * 1000);
    ContainerListModel model;
    model.setInventory(&inventory);
    inventory.start();
    if (!spinUntil([&] { return inventory.state() == ContainerInventory::State::Ready; }, 60000))
        qFatal("bench: the inventory did not become ready");

    QString id;
    for (const ContainerSummary &c : inventory.containers()) {
        if (c.name == QLatin1String("sloop-bench-0"))
            id = c.id;
    }
    if (id.isEmpty())
        qFatal("bench: sloop-bench-0 is not in the inventory");

    int fullLists = 0;
    QList<double> idListMs; // how long the engine took for each targeted re-read
    QObject::connect(&log, &CommandLog::recorded, [&](const CommandLogEntry &e) {
        if (e.call.endsWith(QLatin1String("/containers/json?all=1")))
            ++fullLists;
        else if (e.call.contains(QLatin1String("/containers/json?all=1&filters=")))
            idListMs.append(double(e.durationMs));
    });

    QString waitingFor; // "running" after a start, "exited" after a stop
    qint64 eventNs = 0;
    double latency = -1;
    qint64 dieNs = 0;
    qint64 stopNs = 0;
    qint64 exitedShownNs = 0;
    QList<double> dieToStop; // the engine's own time between 'die' and 'stop'
    QObject::connect(
        &inventory, &ContainerInventory::eventReceived, [&](const engine::EngineEvent &e) {
            if (e.id != id)
                return;
            if (e.action == QLatin1String("die"))
                dieNs = e.timeNano;
            else if (e.action == QLatin1String("stop") && dieNs > 0) {
                stopNs = e.timeNano;
                dieToStop.append(double(e.timeNano - dieNs) / 1e6);
            }
            if ((waitingFor == QLatin1String("running") && e.action == QLatin1String("start")) ||
                (waitingFor == QLatin1String("exited") && e.action == QLatin1String("die")))
                eventNs = e.timeNano;
        });
    QObject::connect(&model, &QAbstractItemModel::dataChanged, [&](const QModelIndex &topLeft) {
        if (eventNs == 0 || latency >= 0 || model.containerId(topLeft) != id)
            return;
        const auto c = inventory.container(id);
        if (c && c->state == waitingFor) {
            exitedShownNs = realtimeNs();
            latency = double(exitedShownNs - eventNs) / 1e6;
        }
    });

    QList<double> starts;
    QList<double> stops;
    QList<double> fromStopEvent; // may be negative: the model can be first
    const auto step = [&](const QString &state, const std::function<QFuture<VoidResult>()> &call,
                          QList<double> &into) {
        waitingFor = state;
        eventNs = 0;
        latency = -1;
        const VoidResult r = await(call());
        if (!r)
            qFatal("bench: %s", qPrintable(r.error()));
        if (!spinUntil([&] { return latency >= 0; }, 10000))
            qFatal("bench: the model never showed %s as %s", qPrintable(id), qPrintable(state));
        into.append(latency);
    };
    fullLists = 0;
    idListMs.clear();
    for (int i = 0; i < rounds; ++i) {
        step(
            QStringLiteral("running"), [&] { return driver->startContainer(id); }, starts);
        // t=0: busybox sleep as PID 1 ignores SIGTERM; the kill is what we time.
        stopNs = 0;
        step(
            QStringLiteral("exited"), [&] { return driver->stopContainer(id, 0); }, stops);
        if (spinUntil([&] { return stopNs > 0; }, 5000))
            fromStopEvent.append(double(exitedShownNs - stopNs) / 1e6);
    }
    spinUntil([] { return false; }, 300); // let the last log entries arrive
    say(QStringLiteral("\n(d) event latency: engine event timeNano -> model dataChanged, "
                       "sloop-bench-0 started and stopped by a second client, %1 rounds")
            .arg(rounds));
    printFigures(QStringLiteral("start (event 'start' -> running)"), starts);
    printFigures(QStringLiteral("stop (event 'die' -> exited)"), stops);
    printFigures(QStringLiteral("stop (event 'stop' -> exited)"), fromStopEvent);
    printFigures(QStringLiteral("both (start, die)"), starts + stops);
    QStringList order;
    for (double v : starts)
        order.append(QString::number(v, 'f', 1));
    say(QStringLiteral("  start latencies in round order: %1").arg(order.join(QLatin1Char(' '))));
    const auto verdict = [](const QList<double> &samples) {
        return figures(samples).median <= 50 ? QStringLiteral("met") : QStringLiteral("NOT met");
    };
    say(QStringLiteral("  goal: median <= 50 ms -> start %1; stop from 'die' %2, from 'stop' %3")
            .arg(verdict(starts), verdict(stops), verdict(fromStopEvent)));
    // dockerd lists a dying container as running until its exit clean-up
    // (unmount, network) ends, which is what 'die' -> 'stop' shows.
    printFigures(QStringLiteral("engine: 'die' -> 'stop' event"), dieToStop);
    printFigures(QStringLiteral("engine: id-filtered re-read"), idListMs);
    say(QStringLiteral("  full re-lists during the rounds (GET .../containers/json?all=1 without "
                       "filters): %1 (want 0); id-filtered re-reads: %2 (other clients' "
                       "containers count too)")
            .arg(fullLists)
            .arg(idListMs.size()));
    inventory.stop();
    delete client;
    delete driver;
}

// (a)-(c): alternating rounds of Sloop, the bare API call and the docker CLI.
void listRounds(engine::DockerClient *client, const engine::EngineInfo &info, int count, int rounds)
{
    const QString socketPath = engine::discoverLocalEngines().first().socketPath;
    const QByteArray apiPath = "/v" + info.negotiated.toLatin1() + "/containers/json?all=1";
    const QStringList curlArgs = {
        QStringLiteral("-s"), QStringLiteral("--unix-socket"),
        socketPath,           QStringLiteral("http://x") + QString::fromLatin1(apiPath),
        QStringLiteral("-o"), QStringLiteral("/dev/null")};
    const QStringList cliArgs = {QStringLiteral("ps"), QStringLiteral("-a"),
                                 QStringLiteral("--format"), QStringLiteral("{{json .}}")};
    // What a user runs: the whole sloop process, its output to /dev/null
    // like the others'.
    const QStringList sloopArgs = {QStringLiteral("containers"), QStringLiteral("ls"),
                                   QStringLiteral("--all"), QStringLiteral("--json")};

    // The refresh model starts filled, as after the first list.
    Known known;
    ContainerListModel refreshModel;
    const auto first = await(client->listContainers(true));
    if (!first)
        qFatal("bench: %s", qPrintable(first.error()));
    refreshModel.apply(diff(known, *first));
    int resets = 0, inserted = 0, removed = 0, changed = 0;
    QObject::connect(&refreshModel, &QAbstractItemModel::modelReset, [&] { ++resets; });
    QObject::connect(&refreshModel, &QAbstractItemModel::rowsInserted, [&] { ++inserted; });
    QObject::connect(&refreshModel, &QAbstractItemModel::rowsRemoved, [&] { ++removed; });
    QObject::connect(&refreshModel, &QAbstractItemModel::dataChanged, [&] { ++changed; });
    const qsizetype total = first->size();

    ContainerListModel coldModel;
    QList<double> cold, refresh, curl, raw, cli, sloopCli, apply, parse;
    QByteArray body;
    // Round 0 warms caches (engine, page cache, curl and docker binaries) and
    // is not counted; then the cases alternate so drift hits all alike.
    for (int r = 0; r <= rounds; ++r) {
        double applyMs = 0;
        const double a = sloopRefresh(client, known, refreshModel, &applyMs);
        const double b = sloopColdFill(client, coldModel);
        const double c = runProcess(QStringLiteral("curl"), curlArgs);
        const double d = rawSocketGet(socketPath, apiPath, &body);
        const double e = runProcess(QStringLiteral("docker"), cliArgs);
        const double f = runProcess(QStringLiteral(SLOOP_BIN), sloopArgs);
        if (r == 0)
            continue;
        sloopCli << f;
        refresh << a;
        cold << b;
        curl << c;
        raw << d;
        cli << e;
        apply << applyMs;
        // Parsing alone, on this thread, of the body the raw GET read.
        const QByteArray json = body.startsWith('[') ? body : dechunk(body);
        QElapsedTimer p;
        p.start();
        if (!engine::json::parseContainerList(json))
            qFatal("bench: the list did not parse");
        parse << elapsedMs(p);
    }

    say(QStringLiteral("\nlisting all %1 containers on the engine (%2 bench), %3 rounds, "
                       "%4 KiB answer")
            .arg(total)
            .arg(count)
            .arg(rounds)
            .arg(body.size() / 1024));
    printFigures(QStringLiteral("(a) Sloop refresh (list+diff+model)"), refresh);
    printFigures(QStringLiteral("(a) Sloop cold fill (new inventory)"), cold);
    printFigures(QStringLiteral("(b) curl (process)"), curl);
    printFigures(QStringLiteral("(b) raw QLocalSocket GET"), raw);
    printFigures(QStringLiteral("(c) docker CLI"), cli);
    printFigures(QStringLiteral("(d) sloop containers ls (process)"), sloopCli);
    say(QStringLiteral("  where Sloop's time goes:"));
    printFigures(QStringLiteral("  parse (json::parseContainerList)"), parse);
    printFigures(QStringLiteral("  diff + model apply (refresh)"), apply);
    say(QStringLiteral("  refresh of an unchanged list: modelReset %1 (want 0), rowsInserted %2, "
                       "rowsRemoved %3, dataChanged %4 (containers whose status text changed)")
            .arg(resets)
            .arg(inserted)
            .arg(removed)
            .arg(changed));
    const double s = figures(refresh).median;
    const double sc = figures(cold).median;
    const double bare = figures(curl).median;
    const double cliMedian = figures(cli).median;
    say(QStringLiteral("  Sloop refresh / curl    = %1x   (goal <= 1.2x)")
            .arg(s / bare, 0, 'f', 2));
    say(QStringLiteral("  Sloop cold fill / curl  = %1x").arg(sc / bare, 0, 'f', 2));
    say(QStringLiteral("  Sloop refresh / raw GET = %1x   (raw GET has no process start)")
            .arg(s / figures(raw).median, 0, 'f', 2));
    say(QStringLiteral("  docker CLI / Sloop refresh   = %1x   (goal >= 2x)")
            .arg(cliMedian / s, 0, 'f', 2));
    say(QStringLiteral("  docker CLI / Sloop cold fill = %1x").arg(cliMedian / sc, 0, 'f', 2));
    const double sp = figures(sloopCli).median;
    say(QStringLiteral("  as processes: sloop / curl = %1x   (goal <= 1.2x)")
            .arg(sp / bare, 0, 'f', 2));
    say(QStringLiteral("  as processes: docker / sloop = %1x   (goal >= 1.5x)")
            .arg(cliMedian / sp, 0, 'f', 2));
    say(QStringLiteral("  sloop: %1 %2 > /dev/null")
            .arg(QStringLiteral(SLOOP_BIN), sloopArgs.join(QLatin1Char(' '))));
    say(QStringLiteral("  bare: curl %1\n  CLI:  docker %2 > /dev/null")
            .arg(curlArgs.join(QLatin1Char(' ')),
                 cliArgs.join(QLatin1Char(' '))
                     .replace(QStringLiteral("{{json .}}"), QStringLiteral("'{{json .}}'"))));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Container list and event benchmark."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("count"), QStringLiteral("Bench containers to have."),
                      QStringLiteral("N"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("rounds"), QStringLiteral("Alternating list rounds."),
                      QStringLiteral("N"), QStringLiteral("15")});
    parser.addOption({QStringLiteral("event-rounds"), QStringLiteral("Start/stop rounds."),
                      QStringLiteral("N"), QStringLiteral("20")});
    parser.addOption({QStringLiteral("cleanup"),
                      QStringLiteral("Remove every sloop.bench container at the end.")});
    parser.process(app);
    const int count = parser.value(QStringLiteral("count")).toInt();
    const int rounds = parser.value(QStringLiteral("rounds")).toInt();
    const int eventRounds = parser.value(QStringLiteral("event-rounds")).toInt();

    say(QStringLiteral("sloop-bench-containers — %1").arg(machineLoad()));
    say(QStringLiteral("reproduce: %1").arg(commandLine()));
    engine::DockerClient *client = connectLocalEngine(&app);
    const engine::EngineInfo info = *await(client->negotiate());
    say(QStringLiteral("engine: %1 %2, API %3").arg(info.product, info.version, info.negotiated));
    ensureBenchContainers(client, count);

    if (rounds > 0)
        listRounds(client, info, count, rounds);
    if (eventRounds > 0)
        eventLatency(eventRounds);

    if (parser.isSet(QStringLiteral("cleanup"))) {
        removeBenchContainers(client);
    } else {
        say(QStringLiteral("\nThe bench containers stay for the next run. Remove them with:\n"
                           "  %1 --count 0 --rounds 0 --event-rounds 0 --cleanup\n"
                           "  or: docker rm -f $(docker ps -aq --filter label=sloop.bench)")
                .arg(QCoreApplication::applicationFilePath()));
    }
    return 0;
}
