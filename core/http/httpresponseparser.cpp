#include "httpresponseparser.h"

#include <QCoreApplication>

namespace sloop::http {

QByteArray HttpHead::header(QByteArrayView lowerName) const
{
    for (const auto &[name, value] : headers) {
        if (name == lowerName)
            return value;
    }
    return {};
}

bool HttpResponseParser::fail(QString message)
{
    m_state = State::Failed;
    m_error = std::move(message);
    m_buffer.clear();
    return false;
}

bool HttpResponseParser::parseHead(QByteArrayView headText)
{
    const QList<QByteArray> lines = headText.toByteArray().split('\n');
    if (lines.isEmpty())
        return fail(QCoreApplication::translate("Engine", "The engine sent an empty response."));

    QByteArray statusLine = lines.first().trimmed();
    if (!statusLine.startsWith("HTTP/1."))
        return fail(QCoreApplication::translate("Engine", "The engine did not answer with HTTP "
                                                          "(first line: \"%1\").")
                        .arg(QString::fromUtf8(statusLine.left(80))));
    const qsizetype sp1 = statusLine.indexOf(' ');
    const qsizetype sp2 = statusLine.indexOf(' ', sp1 + 1);
    bool ok = false;
    const QByteArray code =
        sp1 < 0 ? QByteArray() : statusLine.mid(sp1 + 1, sp2 < 0 ? -1 : sp2 - sp1 - 1);
    m_head.status = code.toInt(&ok);
    if (!ok || m_head.status < 100 || m_head.status > 599)
        return fail(QCoreApplication::translate("Engine", "The engine sent a malformed status "
                                                          "line: \"%1\".")
                        .arg(QString::fromUtf8(statusLine.left(80))));
    m_head.reason = sp2 < 0 ? QByteArray() : statusLine.mid(sp2 + 1);

    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return fail(QCoreApplication::translate("Engine", "The engine sent a malformed "
                                                              "header line."));
        m_head.headers.append(
            {line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }

    const QByteArray te = m_head.header("transfer-encoding").toLower();
    const QByteArray cl = m_head.header("content-length");
    if (m_head.status == 101) {
        m_mode = BodyMode::Raw;
        m_upgraded = true;
    } else if (m_headRequest || m_head.status == 204 || m_head.status == 304 ||
               m_head.status < 200) {
        m_mode = BodyMode::None;
    } else if (te.contains("chunked")) {
        m_mode = BodyMode::Chunked;
    } else if (!cl.isEmpty()) {
        m_remaining = cl.toLongLong(&ok);
        if (!ok || m_remaining < 0)
            return fail(QCoreApplication::translate("Engine", "The engine sent an invalid "
                                                              "Content-Length."));
        m_mode = BodyMode::Length;
    } else {
        m_mode = BodyMode::UntilClose;
    }
    m_state = (m_mode == BodyMode::None || (m_mode == BodyMode::Length && m_remaining == 0))
                  ? State::Done
                  : State::Body;
    return true;
}

bool HttpResponseParser::feed(QByteArrayView data, QByteArray *body)
{
    if (m_state == State::Failed)
        return false;
    if (m_state == State::Done)
        return true; // trailing bytes after a complete response are ignored
    m_buffer.append(data);

    if (m_state == State::Head) {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_buffer.size() > kMaxHeadSize)
                return fail(QCoreApplication::translate("Engine", "The engine's response "
                                                                  "headers are too large."));
            return true;
        }
        if (!parseHead(QByteArrayView(m_buffer).first(end)))
            return false;
        m_buffer.remove(0, end + 4);
        if (m_state == State::Done)
            return true;
    }

    switch (m_mode) {
    case BodyMode::Length: {
        const qsizetype take = qMin<qint64>(m_remaining, m_buffer.size());
        body->append(m_buffer.constData(), take);
        m_buffer.remove(0, take);
        m_remaining -= take;
        if (m_remaining == 0)
            m_state = State::Done;
        return true;
    }
    case BodyMode::UntilClose:
    case BodyMode::Raw:
        body->append(m_buffer);
        m_buffer.clear();
        return true;
    case BodyMode::Chunked:
        return feedChunked(body);
    case BodyMode::None:
        return true;
    }
    return true;
}

bool HttpResponseParser::feedChunked(QByteArray *body)
{
    if (m_chunks.decode(&m_buffer, body)) {
        if (m_chunks.done()) {
            m_state = State::Done;
            m_buffer.clear();
        }
        return true;
    }
    if (m_chunks.problem() == ChunkedDecoder::Problem::MissingTerminator)
        return fail(QCoreApplication::translate("Engine", "The engine sent a chunk "
                                                          "without its terminator."));
    return fail(QCoreApplication::translate("Engine", "The engine sent a malformed "
                                                      "chunk header."));
}

bool HttpResponseParser::finishAtEof()
{
    switch (m_state) {
    case State::Done:
        return true;
    case State::Failed:
        return false;
    case State::Head:
        return fail(QCoreApplication::translate("Engine", "The engine closed the connection "
                                                          "before it answered."));
    case State::Body:
        if (m_mode == BodyMode::UntilClose || m_mode == BodyMode::Raw) {
            m_state = State::Done;
            return true;
        }
        return fail(QCoreApplication::translate("Engine", "The engine's response was cut off "
                                                          "before its end."));
    }
    return false;
}

} // namespace sloop::http
