#include "streamdecoders.h"

#include <QCoreApplication>
#include <QtEndian>

namespace sloop::engine {

bool MultiplexDecoder::feed(QByteArrayView data, QList<StreamFrame> *frames)
{
    if (!m_error.isEmpty())
        return false;
    m_buffer.append(data);
    qsizetype pos = 0;
    while (m_buffer.size() - pos >= 8) {
        const auto *header = reinterpret_cast<const uchar *>(m_buffer.constData() + pos);
        const uchar kind = header[0];
        if (kind > 3 || header[1] != 0 || header[2] != 0 || header[3] != 0) {
            m_error = QCoreApplication::translate("Engine", "The engine's log stream has a "
                                                            "malformed frame header.");
            m_buffer.clear();
            return false;
        }
        const quint32 size = qFromBigEndian<quint32>(header + 4);
        if (size > kMaxFrame) {
            m_error = QCoreApplication::translate("Engine", "The engine's log stream announced "
                                                            "a frame of %1 bytes; refusing it.")
                          .arg(size);
            m_buffer.clear();
            return false;
        }
        if (m_buffer.size() - pos - 8 < qsizetype(size))
            break;
        frames->append({StreamKind(kind), m_buffer.mid(pos + 8, size)});
        pos += 8 + size;
    }
    m_buffer.remove(0, pos);
    return true;
}

void LineSplitter::feed(QByteArrayView data, QList<QByteArray> *lines)
{
    m_buffer.append(data);
    qsizetype start = 0;
    for (;;) {
        const qsizetype nl = m_buffer.indexOf('\n', start);
        if (nl < 0)
            break;
        QByteArray line = m_buffer.mid(start, nl - start);
        if (line.endsWith('\r'))
            line.chop(1);
        lines->append(line);
        start = nl + 1;
    }
    m_buffer.remove(0, start);
    while (m_buffer.size() > m_maxLine) {
        lines->append(m_buffer.left(m_maxLine));
        m_buffer.remove(0, m_maxLine);
    }
}

void LineSplitter::flush(QList<QByteArray> *lines)
{
    if (!m_buffer.isEmpty())
        lines->append(m_buffer);
    m_buffer.clear();
}

LogLine parseLogLine(StreamKind kind, const QByteArray &line, bool withTimestamps)
{
    LogLine out;
    out.kind = kind;
    if (withTimestamps) {
        const qsizetype space = line.indexOf(' ');
        if (space > 0) {
            const QDateTime ts =
                QDateTime::fromString(QString::fromLatin1(line.left(space)), Qt::ISODateWithMs);
            if (ts.isValid()) {
                out.timestamp = ts;
                out.text = QString::fromUtf8(line.mid(space + 1));
                return out;
            }
        }
    }
    out.text = QString::fromUtf8(line);
    return out;
}

} // namespace sloop::engine
