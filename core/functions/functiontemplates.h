#pragma once

#include "functioncode.h"
#include "functionimage.h"

#include <QList>
#include <QString>

#include <optional>

namespace sloop::functions {

// A function to start from: the code, its handler and a test event that
// shows what it does, for the Functions page's "Create" and
// `sloop functions create --template`.
struct FunctionTemplate
{
    QString id; // "hello-python"
    QString title;
    QString description;
    Runtime runtime = Runtime::Python3;
    QString handler;
    int timeoutSeconds = 3;
    FunctionCode code;
    QByteArray testEvent; // JSON
    // It calls AWS's API (Sloop's endpoint) with the objects its test event
    // names: the event works once those exist (a bucket and an upload).
    bool usesEndpoint = false;
};

QList<FunctionTemplate> functionTemplates();
std::optional<FunctionTemplate> functionTemplate(const QString &id);

} // namespace sloop::functions
