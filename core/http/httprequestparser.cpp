#include "httprequestparser.h"

#include "httptokens.h"

#include <QCoreApplication>

namespace sloop::http {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Http", text);
}

// Splits a comma-separated header list ("chunked, gzip") into trimmed items.
QList<QByteArray> listItems(const QList<QByteArray> &values)
{
    QList<QByteArray> items;
    for (const QByteArray &value : values) {
        for (const QByteArray &item : value.split(','))
            items.append(trimmedOws(item).toByteArray().toLower());
    }
    return items;
}

} // namespace

QByteArray HttpRequestHead::header(QByteArrayView lowerName) const
{
    for (const auto &[name, value] : headers) {
        if (name == lowerName)
            return value;
    }
    return {};
}

QByteArray HttpRequestHead::path() const
{
    const qsizetype q = target.indexOf('?');
    return q < 0 ? target : target.left(q);
}

QByteArray HttpRequestHead::query() const
{
    const qsizetype q = target.indexOf('?');
    return q < 0 ? QByteArray() : target.mid(q + 1);
}

bool HttpRequestHead::keepAlive() const
{
    QList<QByteArray> values;
    for (const auto &[name, value] : headers) {
        if (name == "connection")
            values.append(value);
    }
    const QList<QByteArray> options = listItems(values);
    if (options.contains("close"))
        return false;
    return minorVersion >= 1 || options.contains("keep-alive");
}

bool HttpRequestHead::expectsContinue() const
{
    return header("expect").toLower() == "100-continue";
}

QByteArray HttpRequestHead::upgradeProtocol() const
{
    QList<QByteArray> values;
    for (const auto &[name, value] : headers) {
        if (name == "connection")
            values.append(value);
    }
    if (!listItems(values).contains("upgrade"))
        return {};
    return header("upgrade").trimmed().toLower();
}

bool HttpRequestParser::fail(int status, QString message)
{
    m_state = State::Failed;
    m_errorStatus = status;
    m_error = std::move(message);
    m_buffer.clear();
    m_body.clear();
    return false;
}

bool HttpRequestParser::feed(QByteArrayView data)
{
    if (m_state == State::Failed)
        return false;
    m_buffer.append(data);
    // A finished request waits for next(); what follows it is the next
    // request's, held as it came (the server stops reading meanwhile).
    if (m_state == State::Done)
        return true;
    return parse();
}

bool HttpRequestParser::takeContinueRequest()
{
    const bool pending = m_continuePending && m_state == State::Body;
    m_continuePending = false;
    return pending;
}

void HttpRequestParser::next()
{
    if (m_state == State::Failed)
        return;
    m_state = State::Head;
    m_head = {};
    m_body.clear();
    m_chunked = false;
    m_remaining = 0;
    m_continuePending = false;
    if (!m_buffer.isEmpty())
        parse();
}

bool HttpRequestParser::parse()
{
    if (m_state == State::Head) {
        // Empty lines before a request line are ignored (RFC 9112 2.2).
        qsizetype skip = 0;
        while (m_buffer.size() >= skip + 2 && m_buffer[skip] == '\r' && m_buffer[skip + 1] == '\n')
            skip += 2;
        if (skip > 0)
            m_buffer.remove(0, skip);
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        const qsizetype firstLineEnd = m_buffer.indexOf("\r\n");
        const qsizetype lineLength = firstLineEnd < 0 ? m_buffer.size() : firstLineEnd;
        if (lineLength > m_limits.maxRequestLine)
            return fail(
                414, tr("The request line is longer than %1 bytes.").arg(m_limits.maxRequestLine));
        if ((end < 0 ? m_buffer.size() : end + 4) > m_limits.maxHeaderBytes)
            return fail(
                431,
                tr("The request's headers are larger than %1 bytes.").arg(m_limits.maxHeaderBytes));
        if (end < 0)
            return true;
        if (!parseHead(QByteArrayView(m_buffer).first(end)))
            return false;
        m_buffer.remove(0, end + 4);
    }
    if (m_state == State::Body) {
        if (m_chunked)
            return parseChunked();
        const qint64 take = qMin<qint64>(m_remaining, m_buffer.size());
        m_body.append(QByteArrayView(m_buffer).first(take));
        m_buffer.remove(0, take);
        m_remaining -= take;
        if (m_remaining == 0)
            m_state = State::Done;
    }
    return true;
}

bool HttpRequestParser::parseRequestLine(QByteArrayView line)
{
    // method SP request-target SP HTTP-version, single spaces only.
    const qsizetype sp1 = line.indexOf(' ');
    const qsizetype sp2 = sp1 < 0 ? -1 : line.sliced(sp1 + 1).indexOf(' ');
    if (sp1 < 0 || sp2 < 0)
        return fail(400, tr("The request line is malformed."));
    const QByteArrayView method = line.first(sp1);
    const QByteArrayView target = line.sliced(sp1 + 1, sp2);
    const QByteArrayView version = line.sliced(sp1 + 1 + sp2 + 1);
    if (!isToken(method))
        return fail(400, tr("The request's method is not a token."));
    if (target.isEmpty())
        return fail(400, tr("The request has no target."));
    for (char ch : target) {
        const auto c = static_cast<unsigned char>(ch);
        if (c <= 0x20 || c >= 0x7f)
            return fail(400, tr("The request target holds a character that must be "
                                "percent-encoded."));
    }
    if (!(target.startsWith('/') || target == "*" || target.startsWith("http://") ||
          target.startsWith("https://")))
        return fail(400, tr("The request target is neither a path nor a URL."));
    if (version.size() != 8 || !version.startsWith("HTTP/") || version[6] != '.' ||
        version[5] < '0' || version[5] > '9' || version[7] < '0' || version[7] > '9')
        return fail(400, tr("The request line does not end in an HTTP version."));
    if (version[5] != '1')
        return fail(505, tr("Only HTTP/1.0 and HTTP/1.1 are served."));
    m_head.method = method.toByteArray();
    m_head.target = target.toByteArray();
    m_head.minorVersion = version[7] - '0';
    return true;
}

bool HttpRequestParser::parseHead(QByteArrayView head)
{
    qsizetype lineStart = 0;
    bool first = true;
    while (lineStart <= head.size()) {
        qsizetype lineEnd = head.sliced(lineStart).indexOf("\r\n");
        lineEnd = lineEnd < 0 ? head.size() : lineStart + lineEnd;
        const QByteArrayView line = head.sliced(lineStart, lineEnd - lineStart);
        lineStart = lineEnd + 2;
        if (line.contains('\n') || line.contains('\r'))
            return fail(400, tr("The request has a bare CR or LF in its head."));
        if (first) {
            first = false;
            if (!parseRequestLine(line))
                return false;
            continue;
        }
        if (line.startsWith(' ') || line.startsWith('\t'))
            return fail(400, tr("The request folds a header over lines (obsolete and refused)."));
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon)))
            return fail(400, tr("The request has a malformed header line."));
        const QByteArrayView value = trimmedOws(line.sliced(colon + 1));
        if (!isFieldValue(value))
            return fail(400, tr("A header value holds a control character."));
        if (m_head.headers.size() >= m_limits.maxHeaderCount)
            return fail(431,
                        tr("The request has more than %1 headers.").arg(m_limits.maxHeaderCount));
        m_head.headers.append({line.first(colon).toByteArray().toLower(), value.toByteArray()});
    }

    QList<QByteArray> lengths;
    QList<QByteArray> codings;
    for (const auto &[name, value] : m_head.headers) {
        if (name == "content-length")
            lengths.append(value);
        else if (name == "transfer-encoding")
            codings.append(value);
    }
    if (!lengths.isEmpty() && !codings.isEmpty())
        return fail(400, tr("The request has both Content-Length and Transfer-Encoding."));
    if (!codings.isEmpty()) {
        if (m_head.minorVersion == 0)
            return fail(400, tr("HTTP/1.0 has no Transfer-Encoding."));
        if (listItems(codings) != QList<QByteArray>{"chunked"})
            return fail(501, tr("Only the chunked transfer coding is served."));
        m_chunked = true;
        m_chunks =
            ChunkedDecoder({m_limits.maxChunkLine, m_limits.maxBodyBytes, m_limits.maxHeaderBytes});
        m_state = State::Body;
    } else if (!lengths.isEmpty()) {
        // "5, 5" or two equal headers are one length; anything else is two.
        const QList<QByteArray> items = listItems(lengths);
        const QByteArray length = items.first();
        for (const QByteArray &item : items) {
            if (item != length)
                return fail(400, tr("The request has conflicting Content-Length values."));
        }
        if (length.isEmpty() || length.size() > 18)
            return fail(400, tr("The request's Content-Length is not a number."));
        for (char c : length) {
            if (c < '0' || c > '9')
                return fail(400, tr("The request's Content-Length is not a number."));
        }
        m_remaining = length.toLongLong();
        if (m_remaining > m_limits.maxBodyBytes)
            return fail(
                413, tr("The request's body is larger than %1 bytes.").arg(m_limits.maxBodyBytes));
        m_state = m_remaining > 0 ? State::Body : State::Done;
    } else {
        m_state = State::Done;
    }

    const QByteArray expect = m_head.header("expect");
    if (!expect.isEmpty()) {
        if (!m_head.expectsContinue())
            return fail(417, tr("The request expects \"%1\", which is not served.")
                                 .arg(QString::fromLatin1(expect.left(40))));
        m_continuePending = m_head.minorVersion >= 1 && m_state == State::Body;
    }
    return true;
}

bool HttpRequestParser::parseChunked()
{
    if (m_chunks.decode(&m_buffer, &m_body)) {
        if (m_chunks.done())
            m_state = State::Done;
        return true;
    }
    using P = ChunkedDecoder::Problem;
    switch (m_chunks.problem()) {
    case P::BodyTooLarge:
        return fail(413,
                    tr("The request's body is larger than %1 bytes.").arg(m_limits.maxBodyBytes));
    case P::TrailerTooLarge:
        return fail(
            431, tr("The request's trailer is larger than %1 bytes.").arg(m_limits.maxHeaderBytes));
    case P::LineTooLong:
        return fail(400,
                    tr("A chunk-size line is longer than %1 bytes.").arg(m_limits.maxChunkLine));
    case P::MissingTerminator:
        return fail(400, tr("A chunk is longer than its size says."));
    case P::BadTrailer:
        return fail(400, tr("The request has a malformed trailer line."));
    case P::BadSize:
    case P::None:
        break;
    }
    return fail(400, tr("A chunk size is not a hexadecimal number."));
}

} // namespace sloop::http
