// Folder buckets without an engine: names and keys as S3 allows them (and
// keys that would leave the folder refused), objects put, read, listed and
// removed, S3's event record, and the watcher's events, queued for the
// triggered functions: at once for the S3 API's changes, after a file stops
// changing for copies into the folder, filtered by prefix and suffix.
#include "buckets/bucketrepository.h"
#include "buckets/bucketwatcher.h"
#include "buckets/folderobjects.h"
#include "buckets/multipartuploads.h"
#include "functions/functionservice.h"
#include "store/database.h"
#include "testsupport.h"
#include "util/paths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sloop;
using namespace sloop::buckets;

namespace {

QJsonObject recordOf(const QByteArray &event)
{
    return QJsonDocument::fromJson(event)
        .object()[QLatin1String("Records")]
        .toArray()
        .first()
        .toObject();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

} // namespace

class TestFolderBuckets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void namesAsS3Has();
    void keysStayInTheFolder();
    void objectsPutReadListRemove();
    void multipartUploadsAsS3Does();
    void copyObject();
    void eventRecordHasS3sShape();
    void triggersMatchPrefixAndSuffix();
    void apiChangesAreSentAtOnce();
    void copiesAreSentOnceSettled();

private:
    QList<functions::QueuedEvent> queued();

    std::unique_ptr<test::IsolatedXdg> m_xdg;
    store::Database m_db;
    std::unique_ptr<functions::FunctionService> m_service;
    std::unique_ptr<BucketRepository> m_repo;
    QTemporaryDir m_dir;
    Bucket m_bucket;
};

void TestFolderBuckets::initTestCase()
{
    m_xdg = std::make_unique<test::IsolatedXdg>();
    QVERIFY(paths::ensureDir(paths::dataDir()));
    QVERIFY(m_db.open(paths::databaseFile()).ok());
    m_service =
        std::make_unique<functions::FunctionService>(m_db, [](const QString &) { return nullptr; });
    functions::FunctionRecord record;
    record.name = QStringLiteral("thumbs");
    QVERIFY(m_service->repository().add(record).ok()); // a record is enough to queue for it
    m_repo = std::make_unique<BucketRepository>(m_db);
    Bucket b;
    b.name = QStringLiteral("photos");
    b.folder = m_dir.filePath(QStringLiteral("photos")); // made by add
    const auto added = m_repo->add(b);
    QVERIFY2(added.ok(), qPrintable(added.error()));
    m_bucket = *added;
    QVERIFY(QFileInfo(m_bucket.folder).isDir());
    QCOMPARE(m_repo->add(b).kind(), ErrorKind::Conflict);
}

QList<functions::QueuedEvent> TestFolderBuckets::queued()
{
    const auto waiting = m_service->asyncEvents().waiting();
    return waiting ? *waiting : QList<functions::QueuedEvent>{};
}

void TestFolderBuckets::namesAsS3Has()
{
    for (const char *good : {"photos", "my.bucket-1", "abc"})
        QVERIFY2(validateBucketName(QString::fromLatin1(good)).ok(), good);
    for (const char *bad : {"ab", "Photos", "-photos", "photos-", "a..b", "192.168.0.1", "a_b"})
        QVERIFY2(!validateBucketName(QString::fromLatin1(bad)).ok(), bad);
    Bucket relative;
    relative.name = QStringLiteral("relative");
    relative.folder = QStringLiteral("some/dir");
    QCOMPARE(m_repo->add(relative).kind(), ErrorKind::InvalidInput);
}

void TestFolderBuckets::keysStayInTheFolder()
{
    for (const char *bad : {"../escape", "a/../../b", "/etc/passwd", "a\\b", "a/./b", "dir/", ""})
        QCOMPARE(objectPath(m_bucket, QString::fromLatin1(bad)).kind(), ErrorKind::InvalidInput);
    QCOMPARE(*objectPath(m_bucket, QStringLiteral("uploads/cat 1.jpg")),
             m_bucket.folder + QStringLiteral("/uploads/cat 1.jpg"));
    // Sloop's own files are not objects.
    QVERIFY(!objects::put(m_bucket, QStringLiteral(".sloop-upload/x"), "x").ok());
}

void TestFolderBuckets::objectsPutReadListRemove()
{
    const auto put = objects::put(m_bucket, QStringLiteral("docs/a.txt"), "hello");
    QVERIFY2(put.ok(), qPrintable(put.error()));
    QCOMPARE(put->size, 5);
    QCOMPARE(put->eTag, QStringLiteral("\"5d41402abc4b2a76b9719d911017c592\"")); // md5("hello")
    QCOMPARE(*objects::get(m_bucket, QStringLiteral("docs/a.txt")), QByteArray("hello"));
    QCOMPARE(objects::head(m_bucket, QStringLiteral("docs/a.txt"))->eTag, put->eTag);
    QVERIFY(objects::put(m_bucket, QStringLiteral("docs/b.txt"), "bb").ok());
    const auto listed = objects::list(m_bucket, QStringLiteral("docs/"));
    QVERIFY(listed.ok());
    QCOMPARE(listed->size(), 2);
    QCOMPARE(listed->at(0).key, QStringLiteral("docs/a.txt"));
    QCOMPARE(objects::get(m_bucket, QStringLiteral("docs/none")).kind(), ErrorKind::NotFound);
    QVERIFY(objects::remove(m_bucket, QStringLiteral("docs/a.txt")).ok());
    QCOMPARE(objects::remove(m_bucket, QStringLiteral("docs/a.txt")).kind(), ErrorKind::NotFound);
    QVERIFY(objects::remove(m_bucket, QStringLiteral("docs/b.txt")).ok());
}

void TestFolderBuckets::multipartUploadsAsS3Does()
{
    namespace mp = multipart;
    const QString key = QStringLiteral("big/video.bin");
    const auto id = mp::create(m_bucket, key);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    QCOMPARE(id->size(), 32);
    const QByteArray one(mp::kMinPartBytes, 'a');
    const QByteArray two("the end");
    const auto e1 = mp::putPart(m_bucket, key, *id, 1, one);
    const auto e2 = mp::putPart(m_bucket, key, *id, 2, two);
    QVERIFY(e1.ok() && e2.ok());
    // Nothing is an object until it is complete.
    QVERIFY(!objects::list(m_bucket, QStringLiteral("big/"))->size());
    QVERIFY(objects::list(m_bucket)->size() == 0 ||
            !objects::list(m_bucket)->first().key.startsWith(QLatin1String(".sloop")));
    QString code;
    // Out of order, a part never sent, a wrong ETag: refused with S3's codes.
    QCOMPARE(mp::complete(m_bucket, key, *id, {{2, *e2}, {1, *e1}}, &code).kind(),
             ErrorKind::InvalidInput);
    QCOMPARE(code, QStringLiteral("InvalidPartOrder"));
    QVERIFY(!mp::complete(m_bucket, key, *id, {{1, *e1}, {3, *e2}}, &code).ok());
    QCOMPARE(code, QStringLiteral("InvalidPart"));
    QVERIFY(!mp::complete(m_bucket, key, *id, {{1, *e2}, {2, *e2}}, &code).ok());
    QCOMPARE(code, QStringLiteral("InvalidPart"));
    // A small part that is not the last.
    const auto small = mp::create(m_bucket, QStringLiteral("small.bin"));
    const auto s1 = mp::putPart(m_bucket, QStringLiteral("small.bin"), *small, 1, "tiny");
    const auto s2 = mp::putPart(m_bucket, QStringLiteral("small.bin"), *small, 2, "end");
    QVERIFY(
        !mp::complete(m_bucket, QStringLiteral("small.bin"), *small, {{1, *s1}, {2, *s2}}, &code)
             .ok());
    QCOMPARE(code, QStringLiteral("EntityTooSmall"));
    QVERIFY(mp::abort(m_bucket, QStringLiteral("small.bin"), *small).ok());
    // Ids that are not this key's uploads, or that try to climb out.
    for (const QString &bad :
         {QStringLiteral("../../../../etc"), QString(32, QLatin1Char('0')), *small})
        QCOMPARE(mp::putPart(m_bucket, key, bad, 1, "x").kind(), ErrorKind::NotFound);
    QCOMPARE(mp::putPart(m_bucket, QStringLiteral("other"), *id, 1, "x").kind(),
             ErrorKind::NotFound);

    const auto done = mp::complete(m_bucket, key, *id, {{1, *e1}, {2, *e2}}, &code);
    QVERIFY2(done.ok(), qPrintable(done.error()));
    QVERIFY2(done->eTag.endsWith(QLatin1String("-2\"")), qPrintable(done->eTag));
    QCOMPARE(done->size, one.size() + two.size());
    QCOMPARE(*objects::get(m_bucket, key), one + two);
    // The upload is gone with its parts.
    QCOMPARE(mp::putPart(m_bucket, key, *id, 3, "x").kind(), ErrorKind::NotFound);
    QVERIFY(!QFileInfo::exists(m_bucket.folder + QStringLiteral("/.sloop-uploads/") + *id));

    // UploadPartCopy: a range of an object as a part of another.
    const auto copyId = mp::create(m_bucket, QStringLiteral("copy.bin"));
    const auto c1 = mp::copyPart(m_bucket, QStringLiteral("copy.bin"), *copyId, 1, m_bucket, key,
                                 one.size(), -1);
    QVERIFY2(c1.ok(), qPrintable(c1.error()));
    QVERIFY(mp::complete(m_bucket, QStringLiteral("copy.bin"), *copyId, {{1, *c1}}).ok());
    QCOMPARE(*objects::get(m_bucket, QStringLiteral("copy.bin")), two);
    const auto outside = mp::create(m_bucket, QStringLiteral("x.bin"));
    QCOMPARE(mp::copyPart(m_bucket, QStringLiteral("x.bin"), *outside, 1, m_bucket, key, 0,
                          one.size() + two.size())
                 .kind(),
             ErrorKind::InvalidInput);
    QVERIFY(mp::abort(m_bucket, QStringLiteral("x.bin"), *outside).ok());
    QVERIFY(objects::remove(m_bucket, key).ok());
    QVERIFY(objects::remove(m_bucket, QStringLiteral("copy.bin")).ok());
}

void TestFolderBuckets::copyObject()
{
    QVERIFY(objects::put(m_bucket, QStringLiteral("a/src.txt"), "copy me").ok());
    const auto copied =
        objects::copy(m_bucket, QStringLiteral("a/src.txt"), m_bucket, QStringLiteral("b/dst.txt"));
    QVERIFY2(copied.ok(), qPrintable(copied.error()));
    QCOMPARE(copied->eTag, objects::head(m_bucket, QStringLiteral("a/src.txt"))->eTag);
    QCOMPARE(*objects::get(m_bucket, QStringLiteral("b/dst.txt")), QByteArray("copy me"));
    QCOMPARE(objects::copy(m_bucket, QStringLiteral("none"), m_bucket, QStringLiteral("x")).kind(),
             ErrorKind::NotFound);
    QCOMPARE(objects::copy(m_bucket, QStringLiteral("a/src.txt"), m_bucket,
                           QStringLiteral(".sloop-uploads/x"))
                 .kind(),
             ErrorKind::InvalidInput);
    QVERIFY(objects::remove(m_bucket, QStringLiteral("a/src.txt")).ok());
    QVERIFY(objects::remove(m_bucket, QStringLiteral("b/dst.txt")).ok());
}

void TestFolderBuckets::eventRecordHasS3sShape()
{
    const QJsonObject r = recordOf(s3EventRecord(m_bucket, QStringLiteral("uploads/cat 1.jpg"), 42,
                                                 QStringLiteral("\"abc\""), QStringLiteral("0A1"),
                                                 true, QDateTime::currentDateTimeUtc()));
    QCOMPARE(r[QLatin1String("eventSource")].toString(), QStringLiteral("aws:s3"));
    QCOMPARE(r[QLatin1String("eventVersion")].toString(), QStringLiteral("2.1"));
    QCOMPARE(r[QLatin1String("eventName")].toString(), QStringLiteral("ObjectCreated:Put"));
    const QJsonObject s3 = r[QLatin1String("s3")].toObject();
    QCOMPARE(s3[QLatin1String("bucket")].toObject()[QLatin1String("name")].toString(),
             QStringLiteral("photos"));
    QCOMPARE(s3[QLatin1String("bucket")].toObject()[QLatin1String("arn")].toString(),
             QStringLiteral("arn:aws:s3:::photos"));
    const QJsonObject object = s3[QLatin1String("object")].toObject();
    QCOMPARE(object[QLatin1String("key")].toString(), QStringLiteral("uploads/cat+1.jpg"));
    QCOMPARE(object[QLatin1String("size")].toInt(), 42);
    QCOMPARE(object[QLatin1String("eTag")].toString(), QStringLiteral("\"abc\""));
    const QJsonObject removed = recordOf(s3EventRecord(m_bucket, QStringLiteral("k"), 0, {},
                                                       QStringLiteral("0A2"), false, QDateTime()));
    QCOMPARE(removed[QLatin1String("eventName")].toString(),
             QStringLiteral("ObjectRemoved:Delete"));
    QVERIFY(!removed[QLatin1String("s3")].toObject()[QLatin1String("object")].toObject().contains(
        QLatin1String("size")));
}

void TestFolderBuckets::triggersMatchPrefixAndSuffix()
{
    BucketTrigger t;
    t.prefix = QStringLiteral("uploads/");
    t.suffix = QStringLiteral(".jpg");
    QVERIFY(t.matches(QStringLiteral("uploads/a.jpg"), true));
    QVERIFY(!t.matches(QStringLiteral("uploads/a.png"), true));
    QVERIFY(!t.matches(QStringLiteral("thumbnails/a.jpg"), true));
    QVERIFY(!t.matches(QStringLiteral("uploads/a.jpg"), false)); // removals not asked for
}

void TestFolderBuckets::apiChangesAreSentAtOnce()
{
    BucketTrigger t;
    t.bucket = m_bucket.name;
    t.function = QStringLiteral("thumbs");
    t.prefix = QStringLiteral("uploads/");
    t.onRemoved = true;
    QVERIFY(m_repo->addTrigger(t).ok());
    BucketWatcher watcher(*m_repo, *m_service);
    watcher.start();
    const auto put = objects::put(m_bucket, QStringLiteral("uploads/a.jpg"), "jpeg");
    QVERIFY(put.ok());
    watcher.objectChanged(m_bucket, put->key, put->size, put->eTag, true);
    QCOMPARE(queued().size(), 1);
    const QJsonObject r = recordOf(queued().first().payload);
    QCOMPARE(r[QLatin1String("eventName")].toString(), QStringLiteral("ObjectCreated:Put"));
    QCOMPARE(queued().first().function, QStringLiteral("thumbs"));
    // The scan does not tell it again.
    watcher.scan();
    watcher.scan();
    QCOMPARE(queued().size(), 1);
    // Outside the prefix: nothing.
    const auto other = objects::put(m_bucket, QStringLiteral("other/b.jpg"), "x");
    watcher.objectChanged(m_bucket, other->key, other->size, other->eTag, true);
    QCOMPARE(queued().size(), 1);
    QVERIFY(objects::remove(m_bucket, QStringLiteral("uploads/a.jpg")).ok());
    watcher.objectChanged(m_bucket, QStringLiteral("uploads/a.jpg"), 0, {}, false);
    QCOMPARE(queued().size(), 2);
    QCOMPARE(recordOf(queued().last().payload)[QLatin1String("eventName")].toString(),
             QStringLiteral("ObjectRemoved:Delete"));
    for (const auto &e : queued())
        QVERIFY(m_service->asyncEvents().remove(e.id).ok());
}

void TestFolderBuckets::copiesAreSentOnceSettled()
{
    BucketWatcher watcher(*m_repo, *m_service);
    writeFile(m_bucket.folder + QStringLiteral("/uploads/before.jpg"), "there already");
    watcher.start(); // learns what is there: no event for it
    QCOMPARE(queued().size(), 0);
    QDir().mkpath(m_bucket.folder + QStringLiteral("/uploads"));
    writeFile(m_bucket.folder + QStringLiteral("/uploads/copied.jpg"), "part");
    watcher.scan(); // seen, still changing as far as it knows
    QCOMPARE(queued().size(), 0);
    watcher.scan(); // the same twice: an object now
    QCOMPARE(queued().size(), 1);
    const QJsonObject r = recordOf(queued().first().payload);
    QCOMPARE(r[QLatin1String("s3")]
                 .toObject()[QLatin1String("object")]
                 .toObject()[QLatin1String("key")]
                 .toString(),
             QStringLiteral("uploads/copied.jpg"));
    QCOMPARE(r[QLatin1String("s3")]
                 .toObject()[QLatin1String("object")]
                 .toObject()[QLatin1String("size")]
                 .toInt(),
             4);
    watcher.scan();
    QCOMPARE(queued().size(), 1); // once
    QVERIFY(QFile::remove(m_bucket.folder + QStringLiteral("/uploads/copied.jpg")));
    watcher.scan();
    QCOMPARE(queued().size(), 2);
    QCOMPARE(recordOf(queued().last().payload)[QLatin1String("eventName")].toString(),
             QStringLiteral("ObjectRemoved:Delete"));
}

QTEST_GUILESS_MAIN(TestFolderBuckets)
#include "tst_folderbuckets.moc"
