// Sloop's AWS-compatible endpoint with AWS's own client: `sloop serve` (its
// port set in the settings) serves Lambda's API; Debian's awscli, with an
// access key from `sloop credentials create`, invokes (with the log tail, a
// function error, a dry run), lists and reads functions; an unsigned
// request, a wrong secret, a removed key and a throttled function get AWS's
// errors. Runs under with-keyring.sh: the secrets live in a real Secret
// Service.
#include "cliprocess.h"
#include "settings/settings.h"
#include "sloopprocesses.h"
#include "testsupport.h"

#include <QColor>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace sloop;
using test::describe;

namespace {

const QString kAws = QStringLiteral("/usr/bin/aws"); // Debian's awscli

const QByteArray kCode = R"(def handler(event, context):
    print("handled by", context.function_name)
    if event.get("fail"):
        raise ValueError("asked to fail")
    return {"got": event}
)";

// A handler that calls another function with boto3, as on Lambda: the
// endpoint, the region and the credentials come from the environment.
const QByteArray kCaller = R"(import json, os
import boto3

def handler(event, context):
    client = boto3.client("lambda")
    reply = client.invoke(FunctionName=event["callee"],
                          Payload=json.dumps({"from": context.function_name}).encode())
    return {
        "status": reply["StatusCode"],
        "body": json.loads(reply["Payload"].read()),
        "endpoint": os.environ["AWS_ENDPOINT_URL"],
        "region": os.environ["AWS_REGION"],
        "key": os.environ["AWS_ACCESS_KEY_ID"],
        "secret": os.environ["AWS_SECRET_ACCESS_KEY"],
        "token": os.environ["AWS_SESSION_TOKEN"],
    }
)";

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

class TestAwsEndpoint : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void invokeWithTheAwsCli();
    void functionErrorAndDryRun();
    void eventInvocationIsQueuedAndRun();
    void functionCallsAnotherWithBoto3();
    void folderBucketWithTheAwsCliAndThumbnails();
    void nightlyBackupKeepsTheLatest();
    void listAndGet();
    void qualifiedInvoke();
    void refusedWithoutAValidSignature();
    void throttledAsLambdaThrottles();
    void removedKeyIsRefused();

private:
    test::CliOutcome sloop(const QStringList &args)
    {
        return test::runCli(m_binary, args, m_env, 120000);
    }
    test::CliOutcome aws(const QStringList &args, const QProcessEnvironment &env)
    {
        return test::runCli(
            kAws,
            QStringList{QStringLiteral("--endpoint-url"), m_url, QStringLiteral("lambda")} + args,
            env, 120000);
    }

    QString m_binary;
    QProcessEnvironment m_env;
    QProcessEnvironment m_awsEnv;
    test::SloopProcesses m_processes;
    QTemporaryDir m_dir;
    QString m_url;
    QString m_name;
    QString m_keyId;
};

void TestAwsEndpoint::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("SLOOP_TEST_KEYRING"),
             "run through ctest: the suite needs with-keyring.sh's Secret Service");
    QVERIFY2(QFile::exists(kAws), "Debian's awscli is missing: run scripts/deps.sh test");
    m_binary = qEnvironmentVariable("SLOOP_BINARY");
    QVERIFY(!m_binary.isEmpty());
    auto engine = test::connectTestEngine(this);
    QVERIFY2(engine.ok(), qPrintable(engine.error()));
    // with-keyring.sh gave this process private XDG folders; the port goes
    // into their settings file, which the serve reads.
    const quint16 port = freePort();
    QVERIFY(port != 0);
    {
        Settings settings;
        settings.set(Settings::EndpointPort, int(port));
        settings.sync();
    }
    m_env = QProcessEnvironment::systemEnvironment();
    m_processes.setup(m_binary, m_env);
    m_name = test::uniqueName(QStringLiteral("aws"));

    QDir().mkpath(m_dir.filePath(QStringLiteral("code")));
    QFile code(m_dir.filePath(QStringLiteral("code/app.py")));
    QVERIFY(code.open(QIODevice::WriteOnly));
    code.write(kCode);
    code.close();
    const auto created = sloop({QStringLiteral("functions"), QStringLiteral("create"), m_name,
                                QStringLiteral("--code"), m_dir.filePath(QStringLiteral("code"))});
    QVERIFY2(created.exitCode == 0, qPrintable(describe(created)));

    const auto key =
        sloop({QStringLiteral("credentials"), QStringLiteral("create"),
               QStringLiteral("--description"), QStringLiteral("tests"), QStringLiteral("--json")});
    QVERIFY2(key.exitCode == 0, qPrintable(describe(key)));
    const QJsonObject k = QJsonDocument::fromJson(key.out).object();
    m_keyId = k[QLatin1String("accessKeyId")].toString();
    QVERIFY(m_keyId.startsWith(QLatin1String("AKSL")) && m_keyId.size() == 20);
    QCOMPARE(k[QLatin1String("secretAccessKey")].toString().size(), 40);

    const auto endpoint = sloop({QStringLiteral("endpoint")});
    m_url = QString::fromUtf8(endpoint.out).trimmed();
    QCOMPARE(m_url, QStringLiteral("http://127.0.0.1:%1").arg(port));

    m_awsEnv = m_env;
    m_awsEnv.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), m_keyId);
    m_awsEnv.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"),
                    k[QLatin1String("secretAccessKey")].toString());
    m_awsEnv.insert(QStringLiteral("AWS_REGION"), QStringLiteral("local"));
    m_awsEnv.insert(QStringLiteral("AWS_PAGER"), QString());
    m_awsEnv.insert(QStringLiteral("AWS_EC2_METADATA_DISABLED"), QStringLiteral("true"));

    QVERIFY(m_processes.startServe());
    QTRY_VERIFY_WITH_TIMEOUT(
        [port] {
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, port);
            return s.waitForConnected(200);
        }(),
        20000);
}

void TestAwsEndpoint::cleanupTestCase()
{
    m_processes.killAll();
    sloop(
        {QStringLiteral("functions"), QStringLiteral("rm"), m_name, m_name + QStringLiteral("-t")});
}

void TestAwsEndpoint::invokeWithTheAwsCli()
{
    const QString out = m_dir.filePath(QStringLiteral("out.json"));
    const auto done =
        aws({QStringLiteral("invoke"), QStringLiteral("--function-name"), m_name,
             QStringLiteral("--cli-binary-format"), QStringLiteral("raw-in-base64-out"),
             QStringLiteral("--payload"), QStringLiteral(R"({"n":42})"),
             QStringLiteral("--log-type"), QStringLiteral("Tail"), out},
            m_awsEnv);
    QVERIFY2(done.exitCode == 0, qPrintable(describe(done)));
    const QJsonObject reply = QJsonDocument::fromJson(done.out).object();
    QCOMPARE(reply[QLatin1String("StatusCode")].toInt(), 200);
    QCOMPARE(reply[QLatin1String("ExecutedVersion")].toString(), QStringLiteral("$LATEST"));
    const QByteArray log =
        QByteArray::fromBase64(reply[QLatin1String("LogResult")].toString().toLatin1());
    QVERIFY2(log.startsWith("START RequestId: ") &&
                 log.contains(QByteArray("handled by " + m_name.toUtf8())) &&
                 log.contains("REPORT RequestId: "),
             log.constData());
    QFile result(out);
    QVERIFY(result.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(result.readAll())
                 .object()[QLatin1String("got")][QLatin1String("n")]
                 .toInt(),
             42);
}

void TestAwsEndpoint::functionErrorAndDryRun()
{
    const QString out = m_dir.filePath(QStringLiteral("error.json"));
    const auto failed =
        aws({QStringLiteral("invoke"), QStringLiteral("--function-name"), m_name,
             QStringLiteral("--cli-binary-format"), QStringLiteral("raw-in-base64-out"),
             QStringLiteral("--payload"), QStringLiteral(R"({"fail":true})"), out},
            m_awsEnv);
    QVERIFY2(failed.exitCode == 0, qPrintable(describe(failed))); // as on AWS: the call worked
    QCOMPARE(
        QJsonDocument::fromJson(failed.out).object()[QLatin1String("FunctionError")].toString(),
        QStringLiteral("Unhandled"));
    QFile result(out);
    QVERIFY(result.open(QIODevice::ReadOnly));
    QCOMPARE(
        QJsonDocument::fromJson(result.readAll()).object()[QLatin1String("errorType")].toString(),
        QStringLiteral("ValueError"));

    const auto dry = aws({QStringLiteral("invoke"), QStringLiteral("--function-name"), m_name,
                          QStringLiteral("--invocation-type"), QStringLiteral("DryRun"),
                          m_dir.filePath(QStringLiteral("dry.json"))},
                         m_awsEnv);
    QVERIFY2(dry.exitCode == 0, qPrintable(describe(dry)));
    QCOMPARE(QJsonDocument::fromJson(dry.out).object()[QLatin1String("StatusCode")].toInt(), 204);
}

void TestAwsEndpoint::eventInvocationIsQueuedAndRun()
{
    const QStringList logs{
        QStringLiteral("functions"), QStringLiteral("logs"), m_name,
        QStringLiteral("--limit"),   QStringLiteral("100"),  QStringLiteral("--json")};
    const auto countLogs = [&] {
        return QJsonDocument::fromJson(sloop(logs).out).array().size();
    };
    const qsizetype before = countLogs();
    const auto queued =
        aws({QStringLiteral("invoke"), QStringLiteral("--function-name"), m_name,
             QStringLiteral("--invocation-type"), QStringLiteral("Event"),
             QStringLiteral("--cli-binary-format"), QStringLiteral("raw-in-base64-out"),
             QStringLiteral("--payload"), QStringLiteral(R"({"n":7})"),
             m_dir.filePath(QStringLiteral("event.json"))},
            m_awsEnv);
    QVERIFY2(queued.exitCode == 0, qPrintable(describe(queued)));
    QCOMPARE(QJsonDocument::fromJson(queued.out).object()[QLatin1String("StatusCode")].toInt(),
             202);
    // The serve's dispatcher runs it from the store.
    QTRY_COMPARE_WITH_TIMEOUT(countLogs(), before + 1, 60000);
    const auto waiting =
        sloop({QStringLiteral("functions"), QStringLiteral("queue"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(waiting.out).array().size(), 0);
}

void TestAwsEndpoint::functionCallsAnotherWithBoto3()
{
    const QString caller = m_name + QStringLiteral("-c");
    QDir().mkpath(m_dir.filePath(QStringLiteral("caller")));
    QFile code(m_dir.filePath(QStringLiteral("caller/app.py")));
    QVERIFY(code.open(QIODevice::WriteOnly));
    code.write(kCaller);
    code.close();
    const auto created = sloop({QStringLiteral("functions"), QStringLiteral("create"), caller,
                                QStringLiteral("--code"), m_dir.filePath(QStringLiteral("caller")),
                                QStringLiteral("--timeout"), QStringLiteral("30")});
    QVERIFY2(created.exitCode == 0, qPrintable(describe(created)));
    // Through the serve, whose endpoint its containers reach.
    const auto done =
        sloop({QStringLiteral("functions"), QStringLiteral("invoke"), caller,
               QStringLiteral("--payload"), QStringLiteral(R"({"callee":"%1"})").arg(m_name)});
    QVERIFY2(done.exitCode == 0, qPrintable(describe(done)));
    const QJsonObject reply = QJsonDocument::fromJson(done.out).object();
    QCOMPARE(reply[QLatin1String("status")].toInt(), 200);
    QCOMPARE(reply[QLatin1String("body")]
                 .toObject()[QLatin1String("got")]
                 .toObject()[QLatin1String("from")]
                 .toString(),
             caller);
    QVERIFY2(!reply[QLatin1String("endpoint")].toString().contains(QLatin1String("127.0.0.1")),
             qPrintable(describe(done))); // the bridge address, not loopback
    QCOMPARE(reply[QLatin1String("region")].toString(), QStringLiteral("local"));
    const QString key = reply[QLatin1String("key")].toString();
    QVERIFY(key.startsWith(QLatin1String("ASIA")) && key.size() == 20);

    // The function's temporary key works only with its session token.
    QProcessEnvironment env = m_awsEnv;
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), key);
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), reply[QLatin1String("secret")].toString());
    env.insert(QStringLiteral("AWS_SESSION_TOKEN"), reply[QLatin1String("token")].toString());
    const auto listed = aws({QStringLiteral("list-functions")}, env);
    QVERIFY2(listed.exitCode == 0, qPrintable(describe(listed)));
    env.insert(QStringLiteral("AWS_SESSION_TOKEN"), QStringLiteral("forged"));
    const auto forged = aws({QStringLiteral("list-functions")}, env);
    QVERIFY2(forged.exitCode != 0 && forged.err.contains("UnrecognizedClientException"),
             qPrintable(describe(forged)));
    env.remove(QStringLiteral("AWS_SESSION_TOKEN"));
    const auto tokenless = aws({QStringLiteral("list-functions")}, env);
    QVERIFY2(tokenless.exitCode != 0, qPrintable(describe(tokenless)));
    // Deleting the function ends its credential.
    QCOMPARE(sloop({QStringLiteral("functions"), QStringLiteral("rm"), caller}).exitCode, 0);
    env.insert(QStringLiteral("AWS_SESSION_TOKEN"), reply[QLatin1String("token")].toString());
    const auto revoked = aws({QStringLiteral("list-functions")}, env);
    QVERIFY2(revoked.exitCode != 0, qPrintable(describe(revoked)));
}

void TestAwsEndpoint::folderBucketWithTheAwsCliAndThumbnails()
{
    const QString folder = m_dir.filePath(QStringLiteral("photos"));
    const auto added = sloop({QStringLiteral("buckets"), QStringLiteral("add"),
                              QStringLiteral("photos"), QStringLiteral("--folder"), folder});
    QVERIFY2(added.exitCode == 0, qPrintable(describe(added)));
    const QString thumbs = m_name + QStringLiteral("-thumbs");
    const auto created = sloop({QStringLiteral("functions"), QStringLiteral("create"), thumbs,
                                QStringLiteral("--template"), QStringLiteral("thumbnail-python")});
    QVERIFY2(created.exitCode == 0, qPrintable(describe(created)));
    const auto trigger = sloop({QStringLiteral("buckets"), QStringLiteral("trigger"),
                                QStringLiteral("photos"), QStringLiteral("--function"), thumbs,
                                QStringLiteral("--prefix"), QStringLiteral("uploads/")});
    QVERIFY2(trigger.exitCode == 0, qPrintable(describe(trigger)));

    // An image, uploaded with AWS's CLI.
    QImage image(640, 480, QImage::Format_RGB32);
    image.fill(QColor(30, 120, 200));
    const QString png = m_dir.filePath(QStringLiteral("cat photo.png"));
    QVERIFY(image.save(png));
    const auto s3 = [this](const QStringList &args) {
        return test::runCli(
            kAws, QStringList{QStringLiteral("--endpoint-url"), m_url, QStringLiteral("s3")} + args,
            m_awsEnv, 120000);
    };
    const auto put =
        s3({QStringLiteral("cp"), png, QStringLiteral("s3://photos/uploads/cat photo.png")});
    QVERIFY2(put.exitCode == 0, qPrintable(describe(put)));
    QVERIFY(QFile::exists(folder + QStringLiteral("/uploads/cat photo.png")));

    // The trigger's function makes the thumbnail, through the endpoint too.
    const QString thumbnail = folder + QStringLiteral("/thumbnails/cat photo.jpg");
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(thumbnail), 90000);
    QImage small;
    QTRY_VERIFY_WITH_TIMEOUT(small.load(thumbnail), 10000);
    QCOMPARE(small.width(), 128);
    QCOMPARE(small.height(), 96);

    const auto listed = s3({QStringLiteral("ls"), QStringLiteral("s3://photos/thumbnails/")});
    QVERIFY2(listed.exitCode == 0 && listed.out.contains("cat photo.jpg"),
             qPrintable(describe(listed)));
    const QString back = m_dir.filePath(QStringLiteral("back.jpg"));
    const auto got =
        s3({QStringLiteral("cp"), QStringLiteral("s3://photos/thumbnails/cat photo.jpg"), back});
    QVERIFY2(got.exitCode == 0, qPrintable(describe(got)));
    QFile a(back), b(thumbnail);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QCOMPARE(a.readAll(), b.readAll());
    const auto missing = s3({QStringLiteral("cp"), QStringLiteral("s3://photos/none.jpg"),
                             m_dir.filePath(QStringLiteral("none.jpg"))});
    QVERIFY2(missing.exitCode != 0 &&
                 (missing.err.contains("404") || missing.err.contains("Not Found")),
             qPrintable(describe(missing)));
    const auto removed =
        s3({QStringLiteral("rm"), QStringLiteral("s3://photos/uploads/cat photo.png")});
    QVERIFY2(removed.exitCode == 0, qPrintable(describe(removed)));
    QVERIFY(!QFile::exists(folder + QStringLiteral("/uploads/cat photo.png")));
    // Over 8 MB, AWS's CLI uploads in parts (multipart), and copies a big
    // object part by part (UploadPartCopy, after GetObjectTagging); a small
    // one in one CopyObject.
    QByteArray big(20 * 1024 * 1024 + 123, Qt::Uninitialized);
    for (qsizetype i = 0; i < big.size(); ++i)
        big[i] = char((i * 7919) % 251);
    const QString bigFile = m_dir.filePath(QStringLiteral("big.bin"));
    {
        QFile f(bigFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(big);
    }
    const auto upload = s3({QStringLiteral("cp"), bigFile, QStringLiteral("s3://photos/big.bin")});
    QVERIFY2(upload.exitCode == 0, qPrintable(describe(upload)));
    QFile stored(folder + QStringLiteral("/big.bin"));
    QVERIFY(stored.open(QIODevice::ReadOnly));
    QVERIFY(stored.readAll() == big);
    stored.close();
    const auto bigCopy = s3({QStringLiteral("cp"), QStringLiteral("s3://photos/big.bin"),
                             QStringLiteral("s3://photos/copies/big.bin")});
    QVERIFY2(bigCopy.exitCode == 0, qPrintable(describe(bigCopy)));
    QFile copied(folder + QStringLiteral("/copies/big.bin"));
    QVERIFY(copied.open(QIODevice::ReadOnly));
    QVERIFY(copied.readAll() == big);
    const auto smallCopy =
        s3({QStringLiteral("cp"), QStringLiteral("s3://photos/thumbnails/cat photo.jpg"),
            QStringLiteral("s3://photos/copies/cat.jpg")});
    QVERIFY2(smallCopy.exitCode == 0, qPrintable(describe(smallCopy)));
    QVERIFY(QFile::exists(folder + QStringLiteral("/copies/cat.jpg")));
    // No upload's parts are left behind, nor listed.
    QVERIFY(QDir(folder + QStringLiteral("/.sloop-uploads")).isEmpty());
    const auto all =
        s3({QStringLiteral("ls"), QStringLiteral("--recursive"), QStringLiteral("s3://photos/")});
    QVERIFY2(all.exitCode == 0 && !all.out.contains(".sloop"), qPrintable(describe(all)));
    // Sub-resources are never the object: no tags, and what is not served
    // says so in S3's words.
    const auto api = [this](const QStringList &args) {
        return test::runCli(
            kAws,
            QStringList{QStringLiteral("--endpoint-url"), m_url, QStringLiteral("s3api")} + args,
            m_awsEnv, 120000);
    };
    const auto tags =
        api({QStringLiteral("get-object-tagging"), QStringLiteral("--bucket"),
             QStringLiteral("photos"), QStringLiteral("--key"), QStringLiteral("big.bin")});
    QVERIFY2(tags.exitCode == 0 && tags.out.contains("TagSet"), qPrintable(describe(tags)));
    const auto policy = api({QStringLiteral("get-bucket-policy"), QStringLiteral("--bucket"),
                             QStringLiteral("photos")});
    QVERIFY2(policy.exitCode != 0 && policy.err.contains("NoSuchBucketPolicy"),
             qPrintable(describe(policy)));

    // A bucket that is not there, in S3's words.
    const auto nobucket = s3({QStringLiteral("ls"), QStringLiteral("s3://nobucket/")});
    QVERIFY2(nobucket.exitCode != 0 && nobucket.err.contains("NoSuchBucket"),
             qPrintable(describe(nobucket)));
    QCOMPARE(sloop({QStringLiteral("functions"), QStringLiteral("rm"), thumbs}).exitCode, 0);
}

void TestAwsEndpoint::nightlyBackupKeepsTheLatest()
{
    // An application's SQLite database in a folder bucket.
    const QString folder = m_dir.filePath(QStringLiteral("appdata"));
    QVERIFY(QDir().mkpath(folder));
    QCOMPARE(QProcess::execute(
                 QStringLiteral("python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import sqlite3, sys\n"
                                 "db = sqlite3.connect(sys.argv[1])\n"
                                 "db.execute('CREATE TABLE orders (id INTEGER, total REAL)')\n"
                                 "db.executemany('INSERT INTO orders VALUES (?, ?)', "
                                 "[(i, i * 1.5) for i in range(1000)])\n"
                                 "db.commit()\n"),
                  folder + QStringLiteral("/shop.db")}),
             0);
    QCOMPARE(sloop({QStringLiteral("buckets"), QStringLiteral("add"), QStringLiteral("appdata"),
                    QStringLiteral("--folder"), folder})
                 .exitCode,
             0);
    const QString name = m_name + QStringLiteral("-backup");
    const auto created =
        sloop({QStringLiteral("functions"), QStringLiteral("create"), name,
               QStringLiteral("--template"), QStringLiteral("nightly-backup-python"),
               QStringLiteral("-e"), QStringLiteral("BACKUP_BUCKET=appdata"), QStringLiteral("-e"),
               QStringLiteral("DATABASE_KEY=shop.db"), QStringLiteral("-e"),
               QStringLiteral("KEEP_BACKUPS=2")});
    QVERIFY2(created.exitCode == 0, qPrintable(describe(created)));
    // Three nights, as the schedule would send them.
    for (const char *night : {"2026-12-05", "2026-12-06", "2026-12-07"}) {
        const QString event =
            QStringLiteral(R"({"detail-type":"Scheduled Event","source":"aws.events",)"
                           R"("time":"%1T03:00:00Z","detail":{}})")
                .arg(QString::fromLatin1(night));
        const auto done = sloop({QStringLiteral("functions"), QStringLiteral("invoke"), name,
                                 QStringLiteral("--payload"), event});
        QVERIFY2(done.exitCode == 0, qPrintable(describe(done)));
        const QJsonObject result = QJsonDocument::fromJson(done.out).object();
        QCOMPARE(result[QLatin1String("tables")].toInt(), 1);
    }
    QDir backups(folder + QStringLiteral("/backups"));
    QCOMPARE(backups.entryList(QDir::Files, QDir::Name),
             (QStringList{QStringLiteral("shop-2026-12-06T03-00-00.db.gz"),
                          QStringLiteral("shop-2026-12-07T03-00-00.db.gz")}));
    // The backup is the database, whole.
    QProcess check;
    check.start(QStringLiteral("python3"),
                {QStringLiteral("-c"),
                 QStringLiteral("import gzip, sqlite3, sys\n"
                                "open(sys.argv[2], 'wb').write(gzip.open(sys.argv[1]).read())\n"
                                "print(sqlite3.connect(sys.argv[2]).execute("
                                "'SELECT count(*), sum(total) FROM orders').fetchone())\n"),
                 backups.filePath(QStringLiteral("shop-2026-12-07T03-00-00.db.gz")),
                 m_dir.filePath(QStringLiteral("restored.db"))});
    QVERIFY(check.waitForFinished(30000));
    QCOMPARE(check.readAllStandardOutput().trimmed(), QByteArray("(1000, 749250.0)"));
    QCOMPARE(sloop({QStringLiteral("functions"), QStringLiteral("rm"), name}).exitCode, 0);
}

void TestAwsEndpoint::listAndGet()
{
    const auto listed = aws({QStringLiteral("list-functions")}, m_awsEnv);
    QVERIFY2(listed.exitCode == 0, qPrintable(describe(listed)));
    const QJsonArray functions =
        QJsonDocument::fromJson(listed.out).object()[QLatin1String("Functions")].toArray();
    QCOMPARE(functions.size(), 1);
    QCOMPARE(functions.at(0)[QLatin1String("FunctionName")].toString(), m_name);
    QCOMPARE(functions.at(0)[QLatin1String("MemorySize")].toInt(), 128);

    const auto got = aws({QStringLiteral("get-function"), QStringLiteral("--function-name"),
                          QStringLiteral("arn:sloop:lambda:local:000000000000:function:") + m_name},
                         m_awsEnv);
    QVERIFY2(got.exitCode == 0, qPrintable(describe(got)));
    QCOMPARE(QJsonDocument::fromJson(got.out)
                 .object()[QLatin1String("Configuration")][QLatin1String("Handler")]
                 .toString(),
             QStringLiteral("app.handler"));

    const auto missing = aws({QStringLiteral("get-function"), QStringLiteral("--function-name"),
                              QStringLiteral("no-such-function")},
                             m_awsEnv);
    QVERIFY2(missing.exitCode != 0 && missing.err.contains("ResourceNotFoundException"),
             qPrintable(describe(missing)));
}

void TestAwsEndpoint::qualifiedInvoke()
{
    const auto published = sloop({QStringLiteral("functions"), QStringLiteral("publish"), m_name});
    QVERIFY2(published.exitCode == 0, qPrintable(describe(published)));
    const auto alias =
        sloop({QStringLiteral("functions"), QStringLiteral("alias"), m_name, QStringLiteral("live"),
               QStringLiteral("--version"), QStringLiteral("1")});
    QVERIFY2(alias.exitCode == 0, qPrintable(describe(alias)));
    for (const QStringList &how :
         {QStringList{QStringLiteral("--function-name"), m_name, QStringLiteral("--qualifier"),
                      QStringLiteral("1")},
          QStringList{QStringLiteral("--function-name"), m_name + QStringLiteral(":live")}}) {
        const auto done = aws(QStringList{QStringLiteral("invoke")} + how +
                                  QStringList{m_dir.filePath(QStringLiteral("q.json"))},
                              m_awsEnv);
        QVERIFY2(done.exitCode == 0, qPrintable(describe(done)));
        QCOMPARE(
            QJsonDocument::fromJson(done.out).object()[QLatin1String("ExecutedVersion")].toString(),
            QStringLiteral("1"));
    }
}

void TestAwsEndpoint::refusedWithoutAValidSignature()
{
    // Unsigned: curl, as anyone on this machine could try.
    const auto unsigned_ = test::runCli(
        QStringLiteral("curl"),
        {QStringLiteral("-s"), QStringLiteral("-i"), QStringLiteral("-X"), QStringLiteral("POST"),
         m_url + QStringLiteral("/2015-03-31/functions/%1/invocations").arg(m_name)},
        m_env);
    QVERIFY2(unsigned_.out.startsWith("HTTP/1.1 403") &&
                 unsigned_.out.contains("MissingAuthenticationTokenException"),
             qPrintable(describe(unsigned_)));

    QProcessEnvironment wrong = m_awsEnv;
    wrong.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("not-the-secret"));
    const auto refused = aws({QStringLiteral("list-functions")}, wrong);
    QVERIFY2(refused.exitCode != 0 && refused.err.contains("InvalidSignatureException"),
             qPrintable(describe(refused)));
}

void TestAwsEndpoint::throttledAsLambdaThrottles()
{
    const auto created =
        sloop({QStringLiteral("functions"), QStringLiteral("create"), m_name + QStringLiteral("-t"),
               QStringLiteral("--code"), m_dir.filePath(QStringLiteral("code")),
               QStringLiteral("--concurrency"), QStringLiteral("0")});
    QVERIFY2(created.exitCode == 0, qPrintable(describe(created)));
    QProcessEnvironment once = m_awsEnv;
    once.insert(QStringLiteral("AWS_MAX_ATTEMPTS"), QStringLiteral("1")); // no retries
    const auto throttled =
        aws({QStringLiteral("invoke"), QStringLiteral("--function-name"),
             m_name + QStringLiteral("-t"), m_dir.filePath(QStringLiteral("t.json"))},
            once);
    QVERIFY2(throttled.exitCode != 0 && throttled.err.contains("TooManyRequestsException"),
             qPrintable(describe(throttled)));
}

void TestAwsEndpoint::removedKeyIsRefused()
{
    const auto removed = sloop({QStringLiteral("credentials"), QStringLiteral("rm"), m_keyId});
    QVERIFY2(removed.exitCode == 0, qPrintable(describe(removed)));
    const auto refused = aws({QStringLiteral("list-functions")}, m_awsEnv);
    QVERIFY2(refused.exitCode != 0 && refused.err.contains("UnrecognizedClientException"),
             qPrintable(describe(refused)));
}

QTEST_GUILESS_MAIN(TestAwsEndpoint)
#include "tst_awsendpoint.moc"
