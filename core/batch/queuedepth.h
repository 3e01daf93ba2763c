#pragma once

#include <QList>
#include <QtGlobal>

namespace sloop::batch {

// When a job (not an array's parent) was submitted, first started and
// finished (0: not yet), as the store keeps them.
struct JobSpan
{
    qint64 createdMs = 0;
    qint64 startedMs = 0;
    qint64 stoppedMs = 0;
};

// The most jobs that waited (submitted, not started yet) and that ran
// (started, not finished) at any moment since the point before.
struct DepthPoint
{
    qint64 ms = 0;
    int waiting = 0;
    int running = 0;
};

// A queue's depth over [fromMs, toMs] at `points` evenly spaced moments
// (the first: what stood at fromMs), from its jobs' spans: the chart the
// Job queues tab draws. A sorted sweep, so 10,000 jobs cost milliseconds.
QList<DepthPoint> queueDepth(const QList<JobSpan> &jobs, qint64 fromMs, qint64 toMs, int points);

} // namespace sloop::batch
