#pragma once

#include "chunkeddecoder.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace sloop::http {

struct HttpHead
{
    int status = 0;
    QByteArray reason;
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased

    QByteArray header(QByteArrayView lowerName) const;
};

// Incremental HTTP/1.1 response parser. Bytes arrive in pieces of any size
// (a unix socket read can split a chunk header anywhere); feed() decodes what
// it can and hands decoded body bytes out. Knows Content-Length, chunked
// transfer encoding, read-until-close, and 101 upgrades (raw stream after).
class HttpResponseParser
{
public:
    enum class State
    {
        Head,
        Body,
        Done,
        Failed
    };

    explicit HttpResponseParser(bool headRequest = false)
        : m_headRequest(headRequest)
    {
    }

    // Appends decoded body bytes to *body. Returns false once the input is
    // malformed; error() then says why.
    bool feed(QByteArrayView data, QByteArray *body);
    // The peer closed the stream. Returns false if the response is incomplete.
    bool finishAtEof();

    State state() const { return m_state; }
    bool headReady() const { return m_state != State::Head && m_head.status != 0; }
    bool done() const { return m_state == State::Done; }
    bool failed() const { return m_state == State::Failed; }
    bool upgraded() const { return m_upgraded; }
    const HttpHead &head() const { return m_head; }
    const QString &error() const { return m_error; }

    static constexpr qsizetype kMaxHeadSize = 64 * 1024;

private:
    enum class BodyMode
    {
        None,
        Length,
        Chunked,
        UntilClose,
        Raw
    };

    bool fail(QString message);
    bool parseHead(QByteArrayView headText);
    bool feedChunked(QByteArray *body);

    bool m_headRequest;
    State m_state = State::Head;
    BodyMode m_mode = BodyMode::None;
    ChunkedDecoder m_chunks;
    HttpHead m_head;
    QByteArray m_buffer;
    qint64 m_remaining = 0;
    bool m_upgraded = false;
    QString m_error;
};

} // namespace sloop::http
