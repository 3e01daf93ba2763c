#include "commands.h"
#include "containers/containerlauncher.h"
#include "output.h"
#include "session.h"

#include "containers/runspecparser.h"
#include "engine/dockerclient.h"
#include "engine/dockerjson.h"
#include "engine/streamdecoders.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>

namespace sloop::cli {

namespace {

QList<OptionSpec> runOptions()
{
    return commonOptions() + QList<OptionSpec>{
                                 {{QStringLiteral("--name")}, true},
                                 {{QStringLiteral("--publish"), QStringLiteral("-p")}, true},
                                 {{QStringLiteral("--env"), QStringLiteral("-e")}, true},
                                 {{QStringLiteral("--volume"), QStringLiteral("-v")}, true},
                                 {{QStringLiteral("--label"), QStringLiteral("-l")}, true},
                                 {{QStringLiteral("--restart")}, true},
                                 {{QStringLiteral("--cpus")}, true},
                                 {{QStringLiteral("--memory"), QStringLiteral("-m")}, true},
                                 {{QStringLiteral("--detach"), QStringLiteral("-d")}, false},
                             };
}

// `-e KEY` takes the value from this environment, as docker does; unset
// keys are left out.
QStringList resolveEnv(const QStringList &entries)
{
    QStringList out;
    for (const QString &entry : entries) {
        if (entry.contains(QLatin1Char('=')))
            out.append(entry);
        else if (qEnvironmentVariableIsSet(entry.toLocal8Bit().constData()))
            out.append(entry + QLatin1Char('=') + qEnvironmentVariable(entry.toLocal8Bit()));
    }
    return out;
}

// The container's exit status, from POST /containers/{id}/wait: it answers
// at once when the container has already stopped.
Result<int> waitForExit(Session &session, engine::DockerClient *client, const QString &id)
{
    http::HttpRequest request;
    request.method = "POST";
    request.path = "/containers/" + engine::DockerClient::encode(id) + "/wait";
    request.timeoutMs = 0; // a container may run for days
    const auto answer = session.run(client->send(request));
    if (!answer)
        return Result<int>::failure(answer.problem());
    if (answer->head.status >= 400)
        return Result<int>::failure(engine::json::errorMessage(answer->body));
    const QJsonObject doc = QJsonDocument::fromJson(answer->body).object();
    const QString error =
        doc.value(QLatin1String("Error")).toObject().value(QLatin1String("Message")).toString();
    if (!error.isEmpty())
        return Result<int>::failure(error);
    return doc.value(QLatin1String("StatusCode")).toInt(-1);
}

// The same form the Run dialog fills, so both validate alike; every field
// error is collected, none is sent to the engine.
containers::RunFormResult specFromArgs(const ParsedArgs &parsed)
{
    containers::RunForm form;
    form.image = parsed.positionals.value(0);
    form.name = parsed.value(QStringLiteral("name"));
    form.ports = parsed.values(QStringLiteral("publish")).join(QStringLiteral(", "));
    const QStringList env = resolveEnv(parsed.values(QStringLiteral("env")));
    // The form keeps one variable a line; a value may hold line breaks on
    // the command line, so only its key goes through the form's check.
    QStringList envLines;
    for (const QString &entry : env) {
        const bool multiline =
            entry.contains(QLatin1Char('\n')) || entry.contains(QLatin1Char('\r'));
        envLines.append(multiline ? entry.section(QLatin1Char('='), 0, 0) + QLatin1Char('=')
                                  : entry);
    }
    form.env = envLines.join(QLatin1Char('\n'));
    form.volumes = parsed.values(QStringLiteral("volume")).join(QLatin1Char('\n'));
    form.restart = parsed.value(QStringLiteral("restart"), QStringLiteral("no"));
    form.cpus = parsed.value(QStringLiteral("cpus"));
    form.memory = parsed.value(QStringLiteral("memory"));

    containers::RunFormResult result = containers::parseRunForm(form);
    QMap<QString, QString> labels;
    for (const QString &label : parsed.values(QStringLiteral("label"))) {
        const QString key = label.section(QLatin1Char('='), 0, 0);
        if (key.isEmpty()) {
            const QString message = Tr::tr("\"%1\" is not KEY=VALUE: the key is empty.").arg(label);
            result.errors.append({QStringLiteral("label"), message});
        }
        labels.insert(key, label.mid(key.size() + 1));
    }
    if (!result.ok())
        return result;
    // argv is already split into words: no second round of shell-like parsing.
    result.spec.command = parsed.positionals.mid(1);
    result.spec.env = env;
    result.spec.labels = labels;
    return result;
}

} // namespace

int containersRun(const QStringList &args)
{
    // Options end at the image: the rest is the container's argv untouched.
    const ParsedArgs parsed = parseArgs(args, runOptions(), true);
    if (const int status = checkParsed(parsed, QStringLiteral("containers")); status != kContinue)
        return status;

    const containers::RunFormResult result = specFromArgs(parsed);
    if (!result.ok()) {
        for (const containers::FieldError &e : std::as_const(result.errors))
            fail(e.field + QStringLiteral(": ") + e.message, kExitUsage);
        return kExitUsage;
    }
    const engine::ContainerSpec &spec = result.spec;
    const bool detach = parsed.has(QStringLiteral("detach"));

    Session session(parsed);
    const auto client = session.client();
    if (!client)
        return fail(client.error(), session.lookupExitCode());
    engine::DockerClient *c = client.value();
    // The same launcher the Run dialog uses: create, pull when the image is
    // missing, start. Its progress goes to stderr so stdout keeps the id.
    containers::ContainerLauncher launcher(c);
    QObject::connect(&launcher, &containers::ContainerLauncher::step, &launcher,
                     [](containers::ContainerLauncher::Step step, const QString &text) {
                         if (step == containers::ContainerLauncher::Step::Pull)
                             writeBytes(stderr, escapeForTerminal(text).toUtf8() + '\n');
                     });
    const auto launched = session.run(launcher.launch(spec));
    if (!launched)
        return fail(launched.problem());
    const QString id = launched->id;

    if (detach) {
        if (!session.json()) {
            printLine(id);
            return kExitOk;
        }
        QString name = spec.name;
        if (name.isEmpty()) { // the engine chose one
            const auto details = session.run(c->inspectContainer(id));
            if (details)
                name = details->summary.name;
        }
        printJson({{"id", utf8(id)}, {"name", utf8(name)}});
        return kExitOk;
    }

    FollowOptions follow;
    follow.tty = spec.tty;
    const QString streamError = streamLogs(session, c, id, follow);
    if (!streamError.isEmpty())
        fail(Tr::tr("the log stream of %1 ended: %2").arg(id.left(12), streamError));
    const Result<int> exit = waitForExit(session, c, id);
    if (!exit)
        return fail(Tr::tr("cannot learn how %1 ended: %2").arg(id.left(12), exit.error()));
    return exit.value() < 0 ? kExitFailure : exit.value() & 0xff;
}

} // namespace sloop::cli
