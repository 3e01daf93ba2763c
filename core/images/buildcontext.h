#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace sloop::images {

// A folder made into the tar stream the engine's build takes: every file
// and folder the .dockerignore leaves in, with its mode and time; the
// Dockerfile and .dockerignore always. Symbolic links go as links.
struct BuildContext
{
    QByteArray tar;
    int files = 0;
    qint64 bytes = 0;    // of the files, before tar's padding
    QStringList leftOut; // the first few paths the .dockerignore left out
    int leftOutCount = 0;
};

// `dockerfile` relative to `dir`. Fails when the folder or its Dockerfile
// is missing, a file cannot be read, or the context is over `maxBytes`.
Result<BuildContext> makeBuildContext(const QString &dir, const QString &dockerfile,
                                      qint64 maxBytes = 2LL * 1024 * 1024 * 1024);

// One instruction of a Dockerfile: the line it starts on and its text
// (continuations joined), so a failed build step is told by its line.
struct DockerfileInstruction
{
    int line = 0;
    QString text;
};
QList<DockerfileInstruction> dockerfileInstructions(QByteArrayView dockerfile);

} // namespace sloop::images
