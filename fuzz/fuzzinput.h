#pragma once

// Helpers for the libFuzzer targets: the input as Qt types, and a way to
// cut it into the pieces a socket would deliver (the first bytes choose
// where), so the parsers' "split anywhere" paths are fuzzed too.

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <cstddef>
#include <cstdint>

namespace sloop::fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Pieces of `input` after its first byte, whose value (1–64) is the
// largest piece: a read of any size at any point.
inline QList<QByteArrayView> pieces(const QByteArray &input)
{
    QList<QByteArrayView> out;
    if (input.isEmpty())
        return out;
    const qsizetype largest = 1 + (quint8(input.at(0)) % 64);
    qsizetype at = 1;
    qsizetype step = 1;
    while (at < input.size()) {
        const qsizetype n = qMin(input.size() - at, step);
        out.append(QByteArrayView(input).sliced(at, n));
        at += n;
        step = step % largest + 1;
    }
    return out;
}

} // namespace sloop::fuzz
