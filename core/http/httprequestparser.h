#pragma once

#include "chunkeddecoder.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace sloop::http {

// What a client asked for, once its head has arrived.
struct HttpRequestHead
{
    QByteArray method;                            // "GET", as sent (methods are case-sensitive)
    QByteArray target;                            // "/v1/instances?all=1", as sent
    int minorVersion = 1;                         // HTTP/1.0 or HTTP/1.1
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased, values trimmed
    QByteArray peer;                              // the client's address (TCP servers)

    QByteArray header(QByteArrayView lowerName) const;
    QByteArray path() const;  // the target up to '?'
    QByteArray query() const; // after '?', without it
    // HTTP/1.1 keeps the connection unless "Connection: close"; 1.0 only
    // with "Connection: keep-alive".
    bool keepAlive() const;
    bool expectsContinue() const; // "Expect: 100-continue"
    // "Connection: upgrade" with an Upgrade header (WebSocket): the
    // protocol's name lower-cased, else empty.
    QByteArray upgradeProtocol() const;
};

// Bounds on what one request may make the server hold. Every limit is
// checked as bytes arrive, so a client that never stops sending costs at
// most these many bytes, never more.
struct HttpRequestLimits
{
    qsizetype maxRequestLine = 8 * 1024;  // 414 past it
    qsizetype maxHeaderBytes = 64 * 1024; // the whole head; 431 past it
    int maxHeaderCount = 100;             // 431 past it
    qint64 maxBodyBytes = 1024 * 1024;    // 413 past it (declared or chunked)
    qsizetype maxChunkLine = 1024;        // a chunk-size line with its extensions
};

// Incremental HTTP/1.1 request parser for the serving side (the admin API,
// later the gateway and the AWS-compatible endpoint). Strict where leniency
// lets one request be read two ways (request smuggling): CRLF line ends only,
// no obs-fold, no space before a header's colon, Content-Length digits only
// and never together with Transfer-Encoding, chunked as the only coding.
// A failure carries the status to answer with before closing.
class HttpRequestParser
{
public:
    enum class State
    {
        Head,
        Body,
        Done,
        Failed
    };

    explicit HttpRequestParser(HttpRequestLimits limits = {})
        : m_limits(limits)
    {
    }

    // Takes bytes as they arrive. Returns false once the request is
    // malformed or over a limit (errorStatus() and error() say why). Bytes
    // after a complete request are kept for the next one (pipelining).
    bool feed(QByteArrayView data);
    // The head has arrived, the body has not, and the client waits for
    // "100 Continue" before sending it. True once per request.
    bool takeContinueRequest();
    // Ready for the next request on the same connection; the bytes that
    // arrived after this one are parsed at once.
    void next();

    State state() const { return m_state; }
    bool headReady() const { return m_state == State::Body || m_state == State::Done; }
    bool done() const { return m_state == State::Done; }
    bool failed() const { return m_state == State::Failed; }
    const HttpRequestHead &head() const { return m_head; }
    const QByteArray &body() const { return m_body; }
    int errorStatus() const { return m_errorStatus; } // 400, 413, 414, 431, 501, 505
    const QString &error() const { return m_error; }
    // Bytes held right now (buffer + body): what the limits bound.
    qsizetype bufferedBytes() const { return m_buffer.size() + m_body.size(); }

private:
    bool fail(int status, QString message);
    bool parse();
    bool parseHead(QByteArrayView head);
    bool parseRequestLine(QByteArrayView line);
    bool parseChunked();

    HttpRequestLimits m_limits;
    State m_state = State::Head;
    HttpRequestHead m_head;
    QByteArray m_buffer;
    QByteArray m_body;
    bool m_chunked = false;
    ChunkedDecoder m_chunks;
    qint64 m_remaining = 0;
    bool m_continuePending = false;
    int m_errorStatus = 0;
    QString m_error;
};

} // namespace sloop::http
