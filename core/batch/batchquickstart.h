#pragma once

#include "batchtypes.h"

namespace sloop::batch {

class BatchRepository;

// The Learn card's "try it": an array job of 10 children that each count the
// words of one of 10 files, on the local engine. Makes what is missing (a
// compute environment "local" of the engine's size, a queue "default", the
// definition "count-words" on `image`, the files in `folder`, which the jobs
// see read-only at /data) and submits the array. Running it twice submits
// another array and changes nothing else.
struct WordCountSample
{
    QString environment;
    QString queue;
    QString definition;
    QString jobId;
    QString folder;
};
Result<WordCountSample> startWordCountSample(BatchRepository &repo, const QString &engine,
                                             double engineCpus, const QString &image,
                                             const QString &folder);
constexpr int kSampleFiles = 10;

} // namespace sloop::batch
