#include "metrics/metricrollup.h"

#include <QtEndian>

#include <cstring>

namespace sloop::metrics::rollup {

namespace {
// The first byte of an unpacked block; a later format takes the next number.
constexpr char kFormat = 1;

template <typename T> void put(QByteArray &out, T value)
{
    char bytes[sizeof(T)];
    qToLittleEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

template <typename T> T take(const char *&p)
{
    const T value = qFromLittleEndian<T>(p);
    p += sizeof(T);
    return value;
}
} // namespace

void Block::set(int i, const Accumulator &a)
{
    if (a.isEmpty()) {
        clear(i);
        return;
    }
    m_slots[i] = Slot{a.count, float(a.average()), float(a.min), float(a.max)};
}

bool Block::isEmpty() const
{
    for (const Slot &s : m_slots) {
        if (s.count != 0)
            return false;
    }
    return true;
}

Accumulator Block::total(int from, int to) const
{
    if (to < 0)
        to = size();
    Accumulator a;
    for (int i = from; i < to; ++i) {
        const Slot &s = m_slots.at(i);
        a.merge(s.count, s.avg, s.min, s.max);
    }
    return a;
}

QByteArray Block::encode() const
{
    QByteArray raw;
    raw.reserve(2 + m_slots.size() * 16);
    raw.append(kFormat);
    raw.append(char(m_slots.size()));
    for (const Slot &s : m_slots)
        put<quint32>(raw, s.count);
    for (const Slot &s : m_slots)
        put<float>(raw, s.avg);
    for (const Slot &s : m_slots)
        put<float>(raw, s.min);
    for (const Slot &s : m_slots)
        put<float>(raw, s.max);
    return qCompress(raw, 6);
}

bool Block::decode(const QByteArray &bytes)
{
    const int n = size();
    m_slots.fill(Slot{});
    const QByteArray raw = qUncompress(bytes);
    if (raw.size() != 2 + n * 16 || raw.at(0) != kFormat || raw.at(1) != char(n))
        return false;
    const char *p = raw.constData() + 2;
    for (Slot &s : m_slots)
        s.count = take<quint32>(p);
    for (Slot &s : m_slots)
        s.avg = take<float>(p);
    for (Slot &s : m_slots)
        s.min = take<float>(p);
    for (Slot &s : m_slots)
        s.max = take<float>(p);
    return true;
}

} // namespace sloop::metrics::rollup
