#include "bucketwatcher.h"

#include "bucketrepository.h"
#include "folderobjects.h"
#include "functions/functionservice.h"

#include <QDateTime>

#include <QDir>
#include <QLoggingCategory>
#include <algorithm>

namespace sloop::buckets {

Q_LOGGING_CATEGORY(lcBuckets, "sloop.buckets")

BucketWatcher::BucketWatcher(BucketRepository &repository, functions::FunctionService &functions,
                             QObject *parent)
    : QObject(parent)
    , m_repo(repository)
    , m_functions(functions)
{
    m_timer.setInterval(kScanMs);
    connect(&m_timer, &QTimer::timeout, this, &BucketWatcher::scan);
}

void BucketWatcher::start()
{
    m_running = true;
    m_seen.clear();
    scan(); // learns what is there
    m_timer.start();
}

void BucketWatcher::stop()
{
    m_running = false;
    m_timer.stop();
}

QString BucketWatcher::nextSequencer()
{
    // Grows with every event, as S3's does for one key; hex, fixed width.
    const quint64 value =
        quint64(QDateTime::currentMSecsSinceEpoch()) * 1000 + (++m_sequence % 1000);
    return QStringLiteral("%1").arg(value, 16, 16, QLatin1Char('0')).toUpper();
}

void BucketWatcher::notify(const Bucket &bucket, const QString &key, qint64 size,
                           const QString &eTag, bool created)
{
    const auto triggers = m_repo.triggers(bucket.name);
    if (!triggers) {
        Q_EMIT problem(triggers.error());
        return;
    }
    QByteArray record;
    for (const BucketTrigger &t : *triggers) {
        if (!t.matches(key, created))
            continue;
        if (record.isEmpty())
            record = s3EventRecord(bucket, key, size, eTag, nextSequencer(), created,
                                   QDateTime::currentDateTimeUtc());
        const auto queued = m_functions.enqueue(t.function, record);
        if (!queued) {
            qCWarning(lcBuckets) << "an event of" << bucket.name << key << "for" << t.function
                                 << "was not queued:" << queued.error();
            Q_EMIT problem(queued.error());
            continue;
        }
        qCDebug(lcBuckets) << (created ? "created" : "removed") << bucket.name << key << "→"
                           << t.function;
        Q_EMIT notified(bucket.name, key, t.function, created);
    }
}

void BucketWatcher::objectChanged(const Bucket &bucket, const QString &key, qint64 size,
                                  const QString &eTag, bool created)
{
    // The scan must not tell it again.
    QHash<QString, Seen> &seen = m_seen[bucket.name];
    if (created) {
        const QFileInfo file(QDir(bucket.folder).filePath(key));
        seen.insert(key, Seen{file.size(), file.lastModified().toMSecsSinceEpoch(), true});
    } else {
        seen.remove(key);
    }
    notify(bucket, key, size, eTag, created);
}

void BucketWatcher::scan()
{
    if (!m_running)
        return;
    const auto triggers = m_repo.triggers();
    const auto buckets = m_repo.all();
    if (!triggers || !buckets)
        return;
    QSet<QString> watched;
    for (const BucketTrigger &t : *triggers)
        watched.insert(t.bucket);
    qsizetype files = 0;
    for (const Bucket &bucket : *buckets) {
        if (!watched.contains(bucket.name)) {
            m_seen.remove(bucket.name);
            continue;
        }
        const bool first = !m_seen.contains(bucket.name);
        QHash<QString, Seen> &seen = m_seen[bucket.name];
        const auto now = objects::list(bucket);
        if (!now)
            continue;
        files += now->size();
        QSet<QString> present;
        for (const ObjectInfo &o : *now) {
            present.insert(o.key);
            auto it = seen.find(o.key);
            if (it == seen.end()) {
                // New: told once it stays the same for a scan (or known
                // from the start).
                seen.insert(o.key, Seen{o.size, o.lastModifiedMs, first});
                continue;
            }
            if (it->size != o.size || it->mtimeMs != o.lastModifiedMs) {
                *it = Seen{o.size, o.lastModifiedMs, false}; // changing: wait
                continue;
            }
            if (!it->reported) {
                it->reported = true;
                notify(bucket, o.key, o.size, objects::eTagOf(QDir(bucket.folder).filePath(o.key)),
                       true);
            }
        }
        for (auto it = seen.begin(); it != seen.end();) {
            if (present.contains(it.key())) {
                ++it;
                continue;
            }
            const bool wasObject = it->reported;
            const QString key = it.key();
            it = seen.erase(it);
            if (wasObject)
                notify(bucket, key, 0, {}, false);
        }
    }
    // A scan reads every file's size and time: big folders are looked at
    // less often (a second per 5,000 files, at most a minute), so watching
    // them costs a steady, small share of a core.
    m_timer.setInterval(int(std::clamp<qsizetype>(files / 5, kScanMs, 60'000)));
}

} // namespace sloop::buckets
