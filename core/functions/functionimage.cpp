#include "functionimage.h"

#include "engine/dockerclient.h"
#include "engine/tarwriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPromise>

#include <memory>

namespace sloop::functions {

namespace {

// Texts are looked up, and filed by lupdate, under "Functions".
struct FunctionsText
{
    Q_DECLARE_TR_FUNCTIONS(Functions)
};

const QString kAgentInImage = QStringLiteral("opt/sloop/agent");
const QString kPythonBootstrap = QStringLiteral("opt/sloop/runtime/python/bootstrap.py");
const QString kNodeBootstrap = QStringLiteral("opt/sloop/runtime/nodejs/bootstrap.mjs");

Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(
            ErrorKind::NotFound,
            FunctionsText::tr("Cannot read %1: %2").arg(path, file.errorString()));
    return file.readAll();
}

} // namespace

QString agentPath()
{
    if (const QString set = qEnvironmentVariable("SLOOP_LAMBDA_AGENT"); !set.isEmpty())
        return set;
    const QString dir = QCoreApplication::applicationDirPath();
    const QStringList candidates{dir + QStringLiteral("/../libexec/sloop/sloop-lambda-agent"),
                                 dir +
                                     QStringLiteral("/../libexec/sloop-server/sloop-lambda-agent"),
                                 dir + QStringLiteral("/../runtime/sloop-lambda-agent")};
    for (const QString &candidate : candidates) {
        if (QFile::exists(candidate))
            return candidate;
    }
    return dir + QStringLiteral("/../libexec/sloop/sloop-lambda-agent");
}

QStringList bootstrapCommand(Runtime runtime)
{
    switch (runtime) {
    case Runtime::Python3:
        return {QStringLiteral("python3"), QLatin1Char('/') + kPythonBootstrap};
    case Runtime::NodeJs:
        return {QStringLiteral("node"), QLatin1Char('/') + kNodeBootstrap};
    case Runtime::Image:
        return {QStringLiteral("--argv-file"), QString::fromLatin1(kEntryPointFile)};
    case Runtime::Provided:
        break;
    }
    return {QStringLiteral("/var/task/bootstrap")};
}

QFuture<Result<QString>> buildImage(engine::DockerClient *client, const ImageRecipe &recipe)
{
    auto promise = std::make_shared<QPromise<Result<QString>>>();
    promise->start();
    const QFuture<Result<QString>> future = promise->future();
    const auto fail = [promise](const Error &problem) {
        promise->addResult(Result<QString>::failure(problem));
        promise->finish();
    };

    engine::TarWriter tar;
    const Result<QByteArray> agent = readFile(agentPath());
    if (!agent) {
        fail(agent.problem());
        return future;
    }
    tar.addFile(kAgentInImage, *agent, 0755);
    if (recipe.runtime == Runtime::Python3 || recipe.runtime == Runtime::NodeJs) {
        const bool python = recipe.runtime == Runtime::Python3;
        const Result<QByteArray> bootstrap =
            readFile(python ? QStringLiteral(":/sloop/runtime/python/bootstrap.py")
                            : QStringLiteral(":/sloop/runtime/nodejs/bootstrap.mjs"));
        if (!bootstrap) {
            fail(bootstrap.problem());
            return future;
        }
        tar.addFile(python ? kPythonBootstrap : kNodeBootstrap, *bootstrap, 0644);
    }
    for (auto it = recipe.code.cbegin(); it != recipe.code.cend(); ++it) {
        // A path that climbs out (a zip's "../x") is refused, not unpacked.
        const bool executable = it.key() == QLatin1String("bootstrap");
        if (!tar.addFile(QStringLiteral("var/task/") + it.key(), it.value(),
                         executable ? 0755 : 0644)) {
            fail(Error{ErrorKind::InvalidInput,
                       FunctionsText::tr("The code has a file Sloop will not unpack: %1 (an "
                                         "absolute path, \"..\", or too long).")
                           .arg(it.key())});
            return future;
        }
    }
    const QByteArray archive = tar.finish();

    engine::ContainerSpec spec;
    const bool image = recipe.runtime == Runtime::Image;
    spec.image = image ? recipe.sourceImage : recipe.baseImage;
    // An image function's container keeps the image's own command, so the
    // commit keeps its configuration; it is never started either way.
    if (!image)
        spec.command = {QStringLiteral("true")};
    // No labels: a commit copies them into the image, and so into every
    // environment made from it. The container lives only for the build.
    const QString reference = recipe.repository + QLatin1Char(':') + recipe.tag;
    const auto commit = [=](const QString &id) {
        client->commitContainer(id, recipe.repository, recipe.tag)
            .then(client, [=](const Result<QString> &committed) {
                client->removeContainer(id, true);
                if (!committed)
                    return fail(committed.problem());
                promise->addResult(reference);
                promise->finish();
            });
    };
    // The image's entry point, for the agent to start (Runtime::Image).
    const auto writeEntryPoint = [=](const QString &id) {
        client->inspectContainer(id).then(client, [=](const Result<engine::ContainerDetails> &d) {
            if (!d) {
                client->removeContainer(id, true);
                return fail(d.problem());
            }
            if (d->entrypoint.isEmpty() && d->cmd.isEmpty()) {
                client->removeContainer(id, true);
                return fail(Error{ErrorKind::InvalidInput,
                                  FunctionsText::tr("The image %1 has no ENTRYPOINT or CMD to "
                                                    "start: give its Runtime API client one.")
                                      .arg(recipe.sourceImage)});
            }
            QJsonObject spec{
                {QStringLiteral("entrypoint"), QJsonArray::fromStringList(d->entrypoint)},
                {QStringLiteral("cmd"), QJsonArray::fromStringList(d->cmd)},
                {QStringLiteral("workdir"), d->workingDir}};
            engine::TarWriter entry;
            entry.addFile(QString::fromLatin1(kEntryPointFile).mid(1),
                          QJsonDocument(spec).toJson(QJsonDocument::Compact), 0644);
            client->putArchive(id, QStringLiteral("/"), entry.finish())
                .then(client, [=](const VoidResult &put) {
                    if (!put) {
                        client->removeContainer(id, true);
                        return fail(put.problem());
                    }
                    commit(id);
                });
        });
    };
    client->createContainer(spec).then(client, [=](const Result<QString> &created) {
        if (!created)
            return fail(created.problem());
        const QString id = *created;
        client->putArchive(id, QStringLiteral("/"), archive)
            .then(client, [=](const VoidResult &put) {
                if (!put) {
                    client->removeContainer(id, true);
                    return fail(put.problem());
                }
                if (image)
                    writeEntryPoint(id);
                else
                    commit(id);
            });
    });
    return future;
}

} // namespace sloop::functions
