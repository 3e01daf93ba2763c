#pragma once

#include "engine/dockertypes.h"

#include <QList>
#include <QString>

namespace sloop::containers {

// The Run-container form as a person types it. Each field is text so the
// GUI and the CLI validate the same way before anything reaches the engine.
struct RunForm
{
    QString image;
    QString name;
    QString command;  // shell-like words: sh -c "echo hi"
    QString ports;    // "8080:80, 127.0.0.1:5353:53/udp, 9000"
    QString env;      // one KEY=VALUE a line
    QString volumes;  // one /host/path:/container/path[:ro] (or volume:/path) a line
    QString restart = QStringLiteral("no");
    QString cpus;     // "0.5"
    QString memory;   // "512m", "1g", "268435456"
};

struct FieldError
{
    QString field; // "image", "name", "ports", ...
    QString message;
};

struct RunFormResult
{
    engine::ContainerSpec spec;
    QList<FieldError> errors;
    bool ok() const { return errors.isEmpty(); }
};

RunFormResult parseRunForm(const RunForm &form);

// Pieces the parser is made of, public for reuse and tests.
bool isValidContainerName(const QString &name);
bool isValidImageReference(const QString &image);
// "512m" -> 536870912; -1 when malformed.
qint64 parseByteSize(const QString &text);

} // namespace sloop::containers
