#pragma once

#include <QByteArray>
#include <QList>
#include <QtGlobal>

#include <limits>

namespace sloop::metrics::rollup {

inline constexpr qint64 kMinuteMs = 60 * 1000;
inline constexpr qint64 kHourMs = 60 * kMinuteMs;
inline constexpr qint64 kDayMs = 24 * kHourMs;

// Bucket numbers live in the low 24 bits of a rollup row's key (see schema
// step 5): 2^24 hours reach the year 3884.
inline constexpr int kBucketBits = 24;
inline qint64 rowKey(qint64 seriesId, qint64 bucket)
{
    return (seriesId << kBucketBits) | bucket;
}

inline qint64 floorTo(qint64 ms, qint64 step)
{
    return ms >= 0 ? ms - ms % step : ms - ((ms % step) + step) % step;
}

// Count, sum, min and max of some values: enough to merge minutes into an
// hour with the exact (count-weighted) average.
struct Accumulator
{
    quint32 count = 0;
    double sum = 0;
    double min = std::numeric_limits<double>::infinity();
    double max = -std::numeric_limits<double>::infinity();

    void add(double value)
    {
        ++count;
        sum += value;
        min = qMin(min, value);
        max = qMax(max, value);
    }
    // A rollup of `n` values with average `avg`.
    void merge(quint32 n, double avg, double lo, double hi)
    {
        if (n == 0)
            return;
        count += n;
        sum += avg * n;
        min = qMin(min, lo);
        max = qMax(max, hi);
    }
    bool isEmpty() const { return count == 0; }
    double average() const { return count ? sum / count : 0; }
};

// One slot of a packed block: a minute (of an hour row) or an hour (of a day
// row). count 0 = no value: gaps stay gaps.
struct Slot
{
    quint32 count = 0;
    float avg = 0;
    float min = 0;
    float max = 0;
};

// A row of slots, packed as columns (all counts, then averages, minima,
// maxima; little endian) and zlib-compressed: runs of equal counts and
// constant series shrink to little, noisy floats stay about 12 bytes a slot.
class Block
{
public:
    explicit Block(int slots)
        : m_slots(slots)
    {
    }

    int size() const { return int(m_slots.size()); }
    const Slot &at(int i) const { return m_slots.at(i); }
    void set(int i, const Accumulator &a);
    void set(int i, const Slot &s) { m_slots[i] = s; }
    void clear(int i) { m_slots[i] = Slot{}; }
    bool isEmpty() const;
    // Sums the slots [from, to) into one accumulator (minutes → hour).
    Accumulator total(int from = 0, int to = -1) const;

    QByteArray encode() const;
    // False when the bytes are not a block of this many slots (then the
    // block stays empty).
    bool decode(const QByteArray &bytes);

private:
    QList<Slot> m_slots;
};

} // namespace sloop::metrics::rollup
