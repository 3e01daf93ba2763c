#pragma once

#include "bucket.h"
#include "controlplane/ownerservice.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace sloop::functions {
class FunctionService;
}

namespace sloop::buckets {

class BucketRepository;

// Sends S3's event records to the functions triggered by a folder bucket:
// when an object is put or deleted through the endpoint's S3 API (at once),
// and when a file appears, changes or goes by other means (a copy into the
// folder), seen by scanning each triggered bucket's folder every kScanMs and
// reported once the file stopped changing between two scans (a copy in
// progress is not an object yet; a folder of more than 5,000 files is
// scanned less often, a second per 5,000). Events go as Event invocations (queued,
// retried, at least once). The owner runs it. Changes made while no owner
// ran are not reported: the first scan only learns what is there.
//
// Thread-safety: use on the thread that made it.
class BucketWatcher : public QObject, public OwnerService
{
    Q_OBJECT
public:
    BucketWatcher(BucketRepository &repository, functions::FunctionService &functions,
                  QObject *parent = nullptr);

    static constexpr int kScanMs = 1000;

    void start() override;
    void stop() override;
    bool running() const { return m_running; }

    // The S3 API changed an object: its event goes now.
    void objectChanged(const Bucket &bucket, const QString &key, qint64 size, const QString &eTag,
                       bool created);
    // Scans once now (tests; the timer does it otherwise).
    void scan();

Q_SIGNALS:
    // An event record was queued for a function (or could not be).
    void notified(const QString &bucket, const QString &key, const QString &function, bool created);
    void problem(const QString &message);

private:
    struct Seen
    {
        qint64 size = -1;
        qint64 mtimeMs = 0;
        bool reported = false; // settled and told (or there before the first scan)
    };
    void notify(const Bucket &bucket, const QString &key, qint64 size, const QString &eTag,
                bool created);
    QString nextSequencer();

    BucketRepository &m_repo;
    functions::FunctionService &m_functions;
    QTimer m_timer;
    bool m_running = false;
    // bucket → key → what the last scan saw
    QHash<QString, QHash<QString, Seen>> m_seen;
    quint64 m_sequence = 0;
};

} // namespace sloop::buckets
