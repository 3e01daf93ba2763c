// A function whose code is a container image, as images built for Lambda
// are: the image's ENTRYPOINT is a Runtime API client (here a shell script
// with curl), its CMD the handler, replaced by the function's handler when
// one is set. The image is built with the docker CLI from the runtime image.
#include "functionservicefixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sloop;
using namespace sloop::functions;

namespace {

const QString kImage = QStringLiteral("sloop-test/lambda-image:1");

const QByteArray kClient =
    "#!/bin/sh\n"
    "# A Runtime API client, as a Lambda image's entry point is.\n"
    "api=\"http://${AWS_LAMBDA_RUNTIME_API}/2018-06-01/runtime\"\n"
    "mode=\"$1\"\n"
    "while true; do\n"
    "    headers=$(mktemp)\n"
    "    event=$(curl -sS -D \"$headers\" \"$api/invocation/next\")\n"
    "    id=$(grep -i '^Lambda-Runtime-Aws-Request-Id:' \"$headers\" | "
    "tr -d '\\r' | cut -d' ' -f2)\n"
    "    rm -f \"$headers\"\n"
    "    echo \"image runtime ($mode) got $event\"\n"
    "    curl -sS -X POST \"$api/invocation/$id/response\" -d \"{\\\"mode\\\": "
    "\\\"$mode\\\", \\\"cwd\\\": \\\"$(pwd)\\\", \\\"event\\\": $event}\" "
    ">/dev/null\n"
    "done\n";

const QByteArray kDockerfile = "FROM sloop/runtime:bookworm\n"
                               "COPY client.sh /usr/local/bin/lambda-client\n"
                               "WORKDIR /srv/app\n"
                               "ENTRYPOINT [\"/usr/local/bin/lambda-client\"]\n"
                               "CMD [\"greet\"]\n";

QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestImageFunctions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void runsTheImagesEntryPoint();
    void handlerReplacesTheCmd();
    void missingImageSaysHowToGetIt();

private:
    test::FunctionServiceFixture m_fixture;
    FunctionService *m_service = nullptr;
    QString m_name;
};

void TestImageFunctions::initTestCase()
{
    const QString problem = m_fixture.setUp(this);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_service = m_fixture.service.get();
    QTemporaryDir context;
    QFile client(context.filePath(QStringLiteral("client.sh")));
    QVERIFY(client.open(QIODevice::WriteOnly));
    client.write(kClient);
    client.close();
    QVERIFY(client.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                  QFile::ReadOther | QFile::ExeOther | QFile::ReadGroup |
                                  QFile::ExeGroup));
    QFile dockerfile(context.filePath(QStringLiteral("Dockerfile")));
    QVERIFY(dockerfile.open(QIODevice::WriteOnly));
    dockerfile.write(kDockerfile);
    dockerfile.close();
    QProcess docker;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DOCKER_BUILDKIT"), QStringLiteral("0"));
    docker.setProcessEnvironment(env);
    docker.start(QStringLiteral("docker"), {QStringLiteral("build"), QStringLiteral("-q"),
                                            QStringLiteral("-t"), kImage, context.path()});
    QVERIFY(docker.waitForFinished(120000));
    QVERIFY2(docker.exitCode() == 0, docker.readAllStandardError().constData());
    m_name = test::uniqueName(QStringLiteral("img"));
}

void TestImageFunctions::cleanupTestCase()
{
    m_fixture.tearDown({m_name});
    QProcess rmi; // quietly: its output is not the test's
    rmi.start(QStringLiteral("docker"), {QStringLiteral("rmi"), kImage});
    rmi.waitForFinished(60000);
}

void TestImageFunctions::runsTheImagesEntryPoint()
{
    FunctionRecord record;
    record.name = m_name;
    record.runtime = Runtime::Image;
    record.imageUri = kImage;
    record.handler.clear();
    const auto created = test::await(m_service->create(record, {}), 120000);
    QVERIFY2(created.ok(), qPrintable(created.error()));
    const auto done = test::await(m_service->invoke(m_name, R"({"n":1})"), 60000);
    QVERIFY2(done.ok(), qPrintable(done.error()));
    QVERIFY2(done->result.ok, done->result.body.constData());
    const QJsonObject body = object(done->result.body);
    QCOMPARE(body.value(QLatin1String("mode")).toString(), QStringLiteral("greet"));
    QCOMPARE(body.value(QLatin1String("cwd")).toString(), QStringLiteral("/srv/app"));
    QCOMPARE(body.value(QLatin1String("event")).toObject().value(QLatin1String("n")).toInt(), 1);
    QVERIFY2(done->record.log.contains(QLatin1String("image runtime (greet) got {\"n\":1}")),
             qPrintable(done->record.log));
    QVERIFY(done->record.initMs.has_value());
}

void TestImageFunctions::handlerReplacesTheCmd()
{
    auto found = m_service->repository().find(m_name);
    QVERIFY(found.ok() && found->has_value());
    FunctionRecord record = **found;
    record.handler = QStringLiteral("shout");
    QVERIFY(m_service->configure(record).ok());
    const auto done = test::await(m_service->invoke(m_name, "{}"), 60000);
    QVERIFY2(done.ok() && done->result.ok, qPrintable(done.error()));
    QCOMPARE(object(done->result.body).value(QLatin1String("mode")).toString(),
             QStringLiteral("shout"));
}

void TestImageFunctions::missingImageSaysHowToGetIt()
{
    FunctionRecord record;
    record.name = test::uniqueName(QStringLiteral("img"));
    record.runtime = Runtime::Image;
    record.imageUri = QStringLiteral("sloop-test/no-such-image:7");
    const auto failed = test::await(m_service->create(record, {}), 60000);
    QCOMPARE(failed.kind(), ErrorKind::NotFound);
    QVERIFY2(failed.error().contains(QLatin1String("pull it")), qPrintable(failed.error()));
    // A runtime of code takes no image, and an image function needs one.
    record.imageUri.clear();
    QCOMPARE(validate(record).kind(), ErrorKind::InvalidInput);
    record.runtime = Runtime::Python3;
    record.imageUri = kImage;
    QCOMPARE(validate(record).kind(), ErrorKind::InvalidInput);
}

QTEST_GUILESS_MAIN(TestImageFunctions)
#include "tst_imagefunctions.moc"
