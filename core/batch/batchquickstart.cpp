#include "batchquickstart.h"

#include "batchrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace sloop::batch {

namespace {

struct SampleText
{
    Q_DECLARE_TR_FUNCTIONS(Batch)
};

// Files of different lengths, so each child has its own answer.
QByteArray sampleFile(int index)
{
    static const char *const words[] = {"queue", "job",  "array",  "child", "engine",
                                        "retry", "vcpu", "memory", "batch", "container"};
    QByteArray text;
    const int count = 100 * (index + 1) + 7 * index;
    for (int i = 0; i < count; ++i) {
        text += words[(i * 7 + index) % 10];
        text += (i % 12 == 11) ? '\n' : ' ';
    }
    text += '\n';
    return text;
}

} // namespace

Result<WordCountSample> startWordCountSample(BatchRepository &repo, const QString &engine,
                                             double engineCpus, const QString &image,
                                             const QString &folder)
{
    using R = Result<WordCountSample>;
    WordCountSample s;
    s.environment = QStringLiteral("local");
    s.queue = QStringLiteral("default");
    s.folder = folder;
    if (!QDir().mkpath(folder))
        return R::failure(SampleText::tr("Cannot make the folder %1.").arg(folder));
    for (int i = 0; i < kSampleFiles; ++i) {
        QFile file(QDir(folder).filePath(QStringLiteral("part-%1.txt").arg(i)));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(sampleFile(i)) < 0)
            return R::failure(
                SampleText::tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
    }
    const auto environment = repo.findEnvironment(s.environment);
    if (!environment)
        return R::failure(environment.problem());
    if (!*environment) {
        ComputeEnvironment ce;
        ce.name = s.environment;
        ce.engines = {engine};
        ce.maxVcpus = qMax(1.0, engineCpus);
        if (const auto made = repo.addEnvironment(ce); !made)
            return R::failure(made.problem());
    }
    const auto queue = repo.findQueue(s.queue);
    if (!queue)
        return R::failure(queue.problem());
    if (!*queue) {
        JobQueue q;
        q.name = s.queue;
        q.priority = 1;
        q.environments = {s.environment};
        if (const auto made = repo.addQueue(q); !made)
            return R::failure(made.problem());
    }
    const auto definition = repo.findDefinition(QStringLiteral("count-words"));
    if (!definition)
        return R::failure(definition.problem());
    if (*definition && (*definition)->container.image == image &&
        (*definition)->container.volumes == QStringList{folder + QStringLiteral(":/data:ro")}) {
        s.definition = (*definition)->reference();
    } else {
        JobDefinition d;
        d.name = QStringLiteral("count-words");
        d.container.image = image;
        d.container.command = {QStringLiteral("sh"), QStringLiteral("-c"),
                               QStringLiteral("f=/data/part-$AWS_BATCH_JOB_ARRAY_INDEX.txt; "
                                              "echo \"$f: $(wc -w < $f) words\"")};
        d.container.vcpus = 0.25;
        d.container.memoryMb = 64;
        d.container.attempts = 2;
        d.container.volumes = {folder + QStringLiteral(":/data:ro")};
        d.tags.insert(QStringLiteral("sample"), QStringLiteral("learn"));
        const auto made = repo.registerDefinition(d);
        if (!made)
            return R::failure(made.problem());
        s.definition = made->reference();
    }
    SubmitRequest r;
    r.name = QStringLiteral("count-words");
    r.queue = s.queue;
    r.definition = s.definition;
    r.arraySize = kSampleFiles;
    const auto job = repo.submit(r);
    if (!job)
        return R::failure(job.problem());
    s.jobId = job->id;
    return s;
}

} // namespace sloop::batch
