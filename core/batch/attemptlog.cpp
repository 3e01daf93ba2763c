#include "attemptlog.h"

#include "engine/dockerclient.h"
#include "engine/streamdecoders.h"

#include <QPromise>

#include <memory>

namespace sloop::batch {

QFuture<AttemptLog> readAttemptLog(engine::DockerClient *client, const QString &containerId,
                                   qint64 maxBytes)
{
    struct State
    {
        QPromise<AttemptLog> promise;
        AttemptLog log;
        engine::MultiplexDecoder decoder;
        bool done = false;
    };
    auto state = std::make_shared<State>();
    QFuture<AttemptLog> future = state->promise.future();
    state->promise.start();
    // No timeout: a long log may take a while, and core's exchange keeps its
    // timer on the thread that made it (see app/cli/logs.cpp).
    http::HttpRequest request;
    request.path = "/containers/" + engine::DockerClient::encode(containerId) +
                   "/logs?stdout=1&stderr=1&follow=0&timestamps=0&tail=all";
    request.timeoutMs = 0;
    engine::EngineStream *stream = client->openStream(request, client);
    auto finish = [state, stream](const QString &error) {
        if (state->done)
            return;
        state->done = true;
        state->log.error = error;
        state->promise.addResult(state->log);
        state->promise.finish();
        stream->deleteLater();
    };
    QObject::connect(stream, &engine::EngineStream::data, stream,
                     [state, maxBytes, finish, stream](const QByteArray &bytes) {
                         QList<engine::StreamFrame> frames;
                         const bool ok = state->decoder.feed(bytes, &frames);
                         for (const engine::StreamFrame &frame : std::as_const(frames))
                             state->log.text += frame.data;
                         // Cut in big steps, not at every frame.
                         if (state->log.text.size() > 2 * maxBytes) {
                             state->log.text = state->log.text.right(maxBytes);
                             state->log.cut = true;
                         }
                         if (!ok) {
                             stream->close();
                             finish(state->decoder.error());
                         }
                     });
    QObject::connect(stream, &engine::EngineStream::finished, stream,
                     [state, maxBytes, finish](const QString &error) {
                         if (state->log.text.size() > maxBytes) {
                             state->log.text = state->log.text.right(maxBytes);
                             state->log.cut = true;
                         }
                         finish(error);
                     });
    return future;
}

} // namespace sloop::batch
