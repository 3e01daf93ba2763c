#pragma once

#include <QByteArray>

namespace sloop::http {

// The chunked transfer coding, decoded incrementally: one implementation for
// both sides of the HTTP layer (responses the client reads, requests the
// server reads). Strict where leniency would let two parsers disagree on
// where a body ends: hexadecimal sizes of at most 15 digits, CRLF after
// every chunk, trailer lines that are fields. Trailer fields are dropped.
class ChunkedDecoder
{
public:
    struct Limits
    {
        qsizetype maxLine = 1024;         // a size line with its extensions
        qint64 maxBody = -1;              // decoded bytes; -1: none (endless streams)
        qsizetype maxTrailer = 64 * 1024; // all trailer lines together
    };
    enum class Problem
    {
        None,
        LineTooLong,
        BadSize,
        MissingTerminator, // a chunk longer than its size said
        BadTrailer,
        BodyTooLarge,
        TrailerTooLarge,
    };

    ChunkedDecoder() = default;
    explicit ChunkedDecoder(Limits limits)
        : m_limits(limits)
    {
    }

    // Takes what it can from the front of *buffer and appends the decoded
    // bytes to *out. False once the coding is broken (problem() says how).
    bool decode(QByteArray *buffer, QByteArray *out);
    bool done() const { return m_state == State::Done; }
    Problem problem() const { return m_problem; }

private:
    enum class State
    {
        Size,
        Data,
        DataEnd,
        Trailer,
        Done,
        Failed
    };
    bool fail(Problem problem);

    Limits m_limits;
    State m_state = State::Size;
    qint64 m_remaining = 0;
    qint64 m_decoded = 0;
    qsizetype m_trailerBytes = 0;
    Problem m_problem = Problem::None;
};

} // namespace sloop::http
