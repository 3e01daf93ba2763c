#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QFuture>
#include <QMap>
#include <QString>
#include <QStringList>

namespace sloop::engine {
class DockerClient;
}

namespace sloop::functions {

enum class Runtime
{
    Python3,  // Sloop's Python runtime: handler(event, context)
    NodeJs,   // Sloop's Node.js runtime: exports.handler = async (event, context) => …
    Provided, // a custom runtime: the code's own executable `bootstrap`
    Image,    // a container image whose entry point speaks the Runtime API
};

// What goes into a function version's image: a base image with the runtime's
// interpreter (python3; nothing for a custom runtime), the agent, Sloop's
// bootstrap for the runtime, and the code under /var/task.
struct ImageRecipe
{
    QString baseImage; // "sloop/python:3", a Debian image with python3
    Runtime runtime = Runtime::Python3;
    QMap<QString, QByteArray> code; // relative path -> content, under /var/task
    QString repository;             // "sloop-fn/hello"
    QString tag;                    // "1", "latest"
    // Runtime::Image: the image is the code; its ENTRYPOINT and CMD (CMD
    // replaced by the handler when one is set) are what the agent starts.
    QString sourceImage;
};

// Where the agent binary is: SLOOP_LAMBDA_AGENT, else libexec/sloop (or
// libexec/sloop-server) beside the installed binary, else the build tree's
// runtime/.
QString agentPath();
// Where an image function's entry point is written, for the agent.
inline constexpr const char *kEntryPointFile = "/opt/sloop/entrypoint.json";
// The argv the agent starts for a runtime, inside the image.
QStringList bootstrapCommand(Runtime runtime);

// Builds one image per version on the engine that runs it (local, or a
// host's over SSH): a container from the base image gets the agent, the
// runtime and the code (putArchive), is committed as repository:tag and
// removed. Images are immutable: a read-only environment cannot take files.
// The result is "repository:tag".
QFuture<Result<QString>> buildImage(engine::DockerClient *client, const ImageRecipe &recipe);

} // namespace sloop::functions
