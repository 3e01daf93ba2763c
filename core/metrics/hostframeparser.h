#pragma once

#include "metrics/hostframe.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace sloop::metrics {

// Turns the byte stream of resources/metrics/sampler.sh into frames. Bytes
// arrive in any slicing; a frame counts only once its "@end SEQ" line has
// come. Anything else (garbage, a frame cut short, a number that is not
// one, a line or frame too long) is dropped with a problem text and the
// parser picks up again at the next "@sloop" line. Memory stays bounded
// whatever arrives.
//
// Thread-safety: none; one parser per stream.
class HostFrameParser
{
public:
    static constexpr qsizetype kMaxLine = 64 * 1024;
    static constexpr int kMaxFrameLines = 20000;
    static constexpr int kMaxProblems = 50; // older ones are dropped

    void feed(const QByteArray &bytes);
    QList<HostFrame> takeFrames();
    QStringList takeProblems();
    // Forgets a partial frame and line (a new stream begins).
    void reset();

private:
    void line(const QByteArray &text);
    void beginFrame(const QByteArray &text);
    void endFrame(const QByteArray &text);
    bool procLine(const QByteArray &file, const QByteArray &rest);
    bool dfLine(const QByteArray &text);
    void dropFrame(const QString &why);
    void problem(const QString &text);

    QByteArray m_pending;
    bool m_skippingLongLine = false;
    bool m_inFrame = false;
    bool m_inDf = false;
    int m_frameLines = 0;
    int m_strayLines = 0;
    HostFrame m_frame;
    QList<HostFrame> m_frames;
    QStringList m_problems;
};

} // namespace sloop::metrics
