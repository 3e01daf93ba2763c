#pragma once

// What the `sloop functions` commands share (functioncommands.cpp and
// functionversioncommands.cpp): the topic, JSON conversion, and a
// FunctionService over the store and the session's engines.
#include "args.h"
#include "hostsession.h"
#include "session.h"

#include "functions/functionservice.h"
#include "store/database.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <nlohmann/json.hpp>

#include <memory>

namespace sloop::cli::functionscli {

inline const QString kTopic = QStringLiteral("functions");

inline nlohmann::json toJson(const QJsonObject &object)
{
    return nlohmann::json::parse(
        QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString());
}

// The store, the session's engines and a FunctionService over both.
struct Functions
{
    explicit Functions(const ParsedArgs &parsed)
        : session(parsed)
    {
    }
    Session session;
    store::Database db;
    std::unique_ptr<functions::FunctionService> service;

    bool open()
    {
        if (!openStore(db))
            return false;
        service = std::make_unique<functions::FunctionService>(db, [this](const QString &engine) {
            auto client = session.client(engine);
            return client ? *client : nullptr;
        });
        return true;
    }
    // Environments this process started are removed before it exits.
    ~Functions()
    {
        if (service)
            service->removeEnvironments();
    }
};

inline QList<OptionSpec> options(const QList<OptionSpec> &extra)
{
    return commonOptions() + extra;
}

} // namespace sloop::cli::functionscli
