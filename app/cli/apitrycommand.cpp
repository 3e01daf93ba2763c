// `sloop apis try API METHOD PATH`: one request to an API through the
// gateway, with the curl command that sends the same.
#include "apiscli.h"
#include "commands.h"
#include "output.h"
#include "session.h"

#include "gateway/apitry.h"
#include "http/httpclient.h"

namespace sloop::cli {

int apisTry(const QStringList &args)
{
    const QString topic = QStringLiteral("apis");
    const ParsedArgs parsed = parseArgs(
        args, commonOptions() +
                  QList<OptionSpec>{{{QStringLiteral("--stage")}, true},
                                    {{QStringLiteral("--key")}, true},
                                    {{QStringLiteral("--data"), QStringLiteral("-d")}, true},
                                    {{QStringLiteral("--header"), QStringLiteral("-H")}, true}});
    if (const int status = checkParsed(parsed, topic); status != kContinue)
        return status;
    if (parsed.positionals.size() != 3)
        return usageError(Tr::tr("\"apis try\" takes an API, a METHOD and a PATH"), topic);
    gateway::TryRequest request;
    request.method = parsed.positionals.at(1).toUpper();
    request.path = parsed.positionals.at(2);
    request.stage = parsed.value(QStringLiteral("stage"));
    request.apiKey = parsed.value(QStringLiteral("key"));
    request.body = parsed.value(QStringLiteral("data")).toUtf8();
    for (const QString &h : parsed.values(QStringLiteral("header"))) {
        const qsizetype colon = h.indexOf(QLatin1Char(':'));
        if (colon < 1)
            return usageError(Tr::tr("--header takes 'Name: value'"), topic);
        request.headers.append(
            {h.left(colon).trimmed().toUtf8(), h.mid(colon + 1).trimmed().toUtf8()});
    }
    return readApi(parsed.positionals.first(), [&](const gateway::Api &api) {
        if (api.type == gateway::ApiType::WebSocket)
            return fail(Tr::tr("%1 is a WebSocket API: connect a WebSocket client to %2 instead "
                               "(wscat -c URL)")
                            .arg(api.name, api.stageUrl(gateway::defaultStage(api))),
                        kExitUsage);
        if (api.stages.isEmpty())
            return fail(Error::make(
                ErrorKind::InvalidInput,
                Tr::tr("API %1 is not deployed yet: sloop stages deploy %1 STAGE").arg(api.name)));
        http::HttpClient client;
        const auto sent = client.send(gateway::clientRequest(api, request));
        runUntilFinished(sent);
        const auto answer = sent.result();
        const QString curl = gateway::curlCommand(api, request);
        if (!answer)
            return fail(Error::make(answer.kind(),
                                    Tr::tr("Nothing answered at %1 (%2). The window or \"sloop "
                                           "serve\" serves the gateway.")
                                        .arg(gateway::tryUrl(api, request), answer.error())));
        if (parsed.has(QStringLiteral("json"))) {
            nlohmann::json headers = nlohmann::json::object();
            for (const auto &[name, value] : answer->headers)
                headers[name.toLower().toStdString()] = value.toStdString();
            printJson({{"status", answer->status},
                       {"headers", headers},
                       {"body", answer->body.toStdString()},
                       {"curl", utf8(curl)}});
            return kExitOk;
        }
        printLine(QStringLiteral("$ ") + curl);
        printLine(QStringLiteral("HTTP %1").arg(answer->status));
        for (const auto &[name, value] : answer->headers)
            printLine(escapeForTerminal(QString::fromUtf8(name + ": " + value)));
        printLine({});
        writeBytes(stdout, answer->body);
        if (!answer->body.endsWith('\n'))
            printLine({});
        return kExitOk; // the gateway answered; its status is printed
    });
}

} // namespace sloop::cli
