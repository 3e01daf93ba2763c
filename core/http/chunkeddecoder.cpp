#include "chunkeddecoder.h"

#include "httptokens.h"

namespace sloop::http {

bool ChunkedDecoder::fail(Problem problem)
{
    m_state = State::Failed;
    m_problem = problem;
    return false;
}

bool ChunkedDecoder::decode(QByteArray *buffer, QByteArray *out)
{
    for (;;) {
        switch (m_state) {
        case State::Failed:
            return false;
        case State::Done:
            return true;
        case State::Size: {
            const qsizetype end = buffer->indexOf("\r\n");
            if (end < 0)
                return buffer->size() > m_limits.maxLine ? fail(Problem::LineTooLong) : true;
            if (end > m_limits.maxLine)
                return fail(Problem::LineTooLong);
            QByteArrayView line = QByteArrayView(*buffer).first(end);
            const qsizetype semicolon = line.indexOf(';');
            if (semicolon >= 0) {
                if (!isFieldValue(line.sliced(semicolon)))
                    return fail(Problem::BadSize);
                line = line.first(semicolon);
            }
            line = trimmedOws(line);
            if (line.isEmpty() || line.size() > 15)
                return fail(Problem::BadSize);
            qint64 size = 0;
            for (char c : line) {
                int digit = -1;
                if (c >= '0' && c <= '9')
                    digit = c - '0';
                else if (c >= 'a' && c <= 'f')
                    digit = c - 'a' + 10;
                else if (c >= 'A' && c <= 'F')
                    digit = c - 'A' + 10;
                if (digit < 0)
                    return fail(Problem::BadSize);
                size = size * 16 + digit; // 15 digits cannot overflow
            }
            buffer->remove(0, end + 2);
            if (m_limits.maxBody >= 0 && m_decoded + size > m_limits.maxBody)
                return fail(Problem::BodyTooLarge);
            m_remaining = size;
            m_state = size == 0 ? State::Trailer : State::Data;
            break;
        }
        case State::Data: {
            const qint64 take = qMin<qint64>(m_remaining, buffer->size());
            out->append(QByteArrayView(*buffer).first(take));
            buffer->remove(0, take);
            m_remaining -= take;
            m_decoded += take;
            if (m_remaining > 0)
                return true;
            m_state = State::DataEnd;
            break;
        }
        case State::DataEnd:
            if (buffer->size() < 2)
                return true;
            if (!buffer->startsWith("\r\n"))
                return fail(Problem::MissingTerminator);
            buffer->remove(0, 2);
            m_state = State::Size;
            break;
        case State::Trailer: {
            const qsizetype end = buffer->indexOf("\r\n");
            if (end < 0)
                return m_trailerBytes + buffer->size() > m_limits.maxTrailer
                           ? fail(Problem::TrailerTooLarge)
                           : true;
            m_trailerBytes += end + 2;
            if (m_trailerBytes > m_limits.maxTrailer)
                return fail(Problem::TrailerTooLarge);
            const QByteArrayView line = QByteArrayView(*buffer).first(end);
            if (!line.isEmpty() && !isFieldLine(line))
                return fail(Problem::BadTrailer);
            buffer->remove(0, end + 2);
            if (end == 0) // the empty line that ends the trailers
                m_state = State::Done;
            break;
        }
        }
    }
}

} // namespace sloop::http
