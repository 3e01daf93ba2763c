#pragma once

#include "dockerclient.h"

#include <QHash>

#include <functional>

namespace sloop::engine {

// Lives on the DockerClient's worker thread: owns every HttpExchange, keeps
// the negotiated API version, and records each call in the command log.
class DockerWorker : public QObject
{
    Q_OBJECT
public:
    // Called once, on this worker's thread; the DockerClient settles its
    // callers' futures from them (see util/futures.h for why not here).
    using Reply = std::function<void(Result<RawResponse>)>;
    using InfoReply = std::function<void(Result<EngineInfo>)>;

    DockerWorker(QString name, StreamTransport *transport, CommandLog *log);

    void send(HttpRequest request, bool versioned, Reply reply);
    void negotiate(InfoReply reply);
    void startStream(quint64 id, HttpExchange *exchange, bool versioned);
    void closeStream(quint64 id);
    void writeStream(quint64 id, const QByteArray &data);

private:
    struct Pending
    {
        HttpRequest request;
        Reply reply;
        quint64 streamId = 0;
        HttpExchange *stream = nullptr;
    };
    void dispatch(Pending pending);
    void runNegotiation();
    void finishNegotiation(const Result<EngineInfo> &result);
    void exchange(HttpRequest request, Reply reply);
    void record(const HttpRequest &request, qint64 ms, bool ok, const QString &result);

    QString m_name;
    StreamTransport *m_transport;
    CommandLog *m_log;
    QByteArray m_apiPrefix; // "/v1.41" once negotiated
    EngineInfo m_info;
    bool m_negotiating = false;
    // Someone asked for the engine's product and version (negotiate()):
    // /version is read. A request that only needs the API version settles
    // for /_ping's API-Version header: one round trip less per command.
    bool m_wantVersion = false;
    QList<Pending> m_waiting;
    QList<InfoReply> m_infoWaiting;
    QHash<quint64, HttpExchange *> m_streams;
};

} // namespace sloop::engine
