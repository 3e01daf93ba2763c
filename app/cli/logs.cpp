#include "commands.h"
#include "output.h"
#include "session.h"

#include "engine/dockerclient.h"
#include "engine/streamdecoders.h"

#include <QEventLoop>

namespace sloop::cli {

QString streamLogs(Session &session, engine::DockerClient *client, const QString &id,
                   const FollowOptions &options)
{
    // The request DockerClient::containerLogs() would make, but without a
    // timeout: core's HttpExchange keeps its QTimer on the creating thread
    // after moveToThread(), so a stream with a timeout warns "Timers cannot
    // be started from another thread" on stderr (reported; until fixed).
    http::HttpRequest request;
    request.path = "/containers/" + engine::DockerClient::encode(id) +
                   "/logs?stdout=1&stderr=1&follow=" + (options.follow ? "1" : "0") +
                   "&timestamps=" + (options.timestamps ? "1" : "0") + "&tail=" +
                   (options.tail < 0 ? QByteArray("all") : QByteArray::number(options.tail));
    request.timeoutMs = 0;

    QEventLoop loop;
    QString error;
    engine::MultiplexDecoder decoder;
    engine::EngineStream *stream = client->openStream(request, &loop);
    QObject::connect(stream, &engine::EngineStream::data, &loop, [&](const QByteArray &bytes) {
        if (options.tty) { // one raw stream: the terminal already merged both
            writeBytes(stdout, bytes);
            return;
        }
        QList<engine::StreamFrame> frames;
        const bool ok = decoder.feed(bytes, &frames);
        for (const engine::StreamFrame &frame : std::as_const(frames)) {
            writeBytes(frame.kind == engine::StreamKind::Stderr ? stderr : stdout, frame.data);
        }
        if (!ok) {
            error = decoder.error();
            stream->close(); // no finished() after close: leave the loop here
            loop.quit();
        }
    });
    QObject::connect(stream, &engine::EngineStream::finished, &loop, [&](const QString &e) {
        error = e;
        if (error.isEmpty() && decoder.hasPartialFrame())
            error = Tr::tr("the log stream ended in the middle of a frame; some output is missing");
        loop.quit();
    });
    loop.exec();
    session.flushLog();
    return error;
}

int containersLogs(const QStringList &args)
{
    const ParsedArgs parsed = parseArgs(
        args, commonOptions() + QList<OptionSpec>{
                                    {{QStringLiteral("--follow"), QStringLiteral("-f")}},
                                    {{QStringLiteral("--tail"), QStringLiteral("-n")}, true},
                                    {{QStringLiteral("--timestamps"), QStringLiteral("-t")}},
                                });
    if (const int status = checkParsed(parsed, QStringLiteral("containers")); status != kContinue)
        return status;
    if (parsed.positionals.size() != 1)
        return usageError(Tr::tr("\"containers logs\" takes one NAME_OR_ID"),
                          QStringLiteral("containers"));
    FollowOptions options;
    options.follow = parsed.has(QStringLiteral("follow"));
    options.timestamps = parsed.has(QStringLiteral("timestamps"));
    const QString tail = parsed.value(QStringLiteral("tail"), QStringLiteral("all"));
    if (tail != QLatin1String("all")) {
        bool ok = false;
        options.tail = tail.toInt(&ok);
        if (!ok || options.tail < 0)
            return usageError(Tr::tr("--tail is a number of lines or \"all\""),
                              QStringLiteral("containers"));
    }

    Session session(parsed);
    const auto client = session.client();
    if (!client)
        return fail(client.error(), session.lookupExitCode());
    // A TTY container's log is not multiplexed; only inspect can tell.
    const QString target = parsed.positionals.first();
    const auto details = session.run(client.value()->inspectContainer(target));
    if (!details)
        return fail(details.problem());
    options.tty = details->tty;
    const QString error = streamLogs(session, client.value(), details->summary.id, options);
    if (!error.isEmpty())
        return fail(error);
    return kExitOk;
}

} // namespace sloop::cli
