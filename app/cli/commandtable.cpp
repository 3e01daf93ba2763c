#include "commandtable.h"

#include "commands.h"
#include "output.h"

namespace sloop::cli {

namespace {

QStringList words(const char *text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

int helpCommand(const QStringList &args);
int versionCommand(const QStringList &)
{
    printLine(QStringLiteral("sloop " SLOOP_VERSION));
    return kExitOk;
}

QString completionUsage()
{
    return Tr::tr("Usage: sloop completion bash|zsh\n"
                  "\n"
                  "Prints a completion script for the shell. For bash:\n"
                  "  source <(sloop completion bash)\n"
                  "The Debian package installs both where bash-completion and zsh find them.\n");
}

// QT_TRANSLATE_NOOP: lupdate files the summaries under "Cli"; they are
// translated where the usage text is made.
const QList<CommandGroup> kTable = {
    {QStringLiteral("engines"),
     {QStringLiteral("engine")},
     words("ls add rm"),
     {},
     QT_TRANSLATE_NOOP("Cli", "the container engines this machine has"),
     enginesUsage,
     enginesCommand},
    {QStringLiteral("containers"),
     {QStringLiteral("container")},
     words("ls run start stop restart rm logs inspect"),
     {},
     QT_TRANSLATE_NOOP("Cli", "containers on an engine"),
     containersUsage,
     containersCommand},
    {QStringLiteral("swarm"),
     {},
     words("status init join leave nodes drain pause activate rm-node secrets configs"),
     {},
     QT_TRANSLATE_NOOP("Cli", "Docker Swarm: engines working as one, their nodes"),
     swarmUsage,
     swarmCommand},
    {QStringLiteral("services"),
     {QStringLiteral("service")},
     words("create ls ps scale update rollback logs rm"),
     {},
     QT_TRANSLATE_NOOP("Cli", "Swarm services: N copies kept running across nodes (ECS)"),
     servicesUsage,
     servicesCommand},
    {QStringLiteral("stacks"),
     {QStringLiteral("stack")},
     words("deploy ls rm"),
     {},
     QT_TRANSLATE_NOOP("Cli", "Compose files deployed as Swarm services"),
     stacksUsage,
     stacksCommand},
    {QStringLiteral("tasks"),
     {QStringLiteral("task")},
     words("run"),
     {},
     QT_TRANSLATE_NOOP("Cli", "Fargate-style tasks: a size, not a machine"),
     tasksUsage,
     tasksCommand},
    {QStringLiteral("container-services"),
     {QStringLiteral("container-service")},
     words("create deploy ls show update powers rm"),
     {},
     QT_TRANSLATE_NOOP("Cli", "Lightsail container services: a power, a scale, an endpoint"),
     containerServicesUsage,
     containerServicesCommand},
    {QStringLiteral("images"),
     {QStringLiteral("image")},
     words("build push pull lifecycle"),
     {},
     QT_TRANSLATE_NOOP("Cli", "images built on an engine, to and from registries"),
     imagesUsage,
     imagesCommand},
    {QStringLiteral("registries"),
     {QStringLiteral("registry")},
     words("add ls repos tags delete lifecycle rm"),
     {},
     QT_TRANSLATE_NOOP("Cli", "private image registries (ECR): repositories and tags"),
     registriesUsage,
     registriesCommand},
    {QStringLiteral("hosts"),
     {QStringLiteral("host")},
     words("add ls rm exec info put get import-ssh-config secret"),
     {},
     QT_TRANSLATE_NOOP("Cli", "SSH hosts: keep a list, run commands, copy files"),
     hostsUsage,
     hostsCommand},
    {QStringLiteral("plans"),
     {QStringLiteral("plan")},
     words("ls"),
     {},
     QT_TRANSLATE_NOOP("Cli", "plans with their monthly prices (Lightsail's)"),
     plansUsage,
     plansCommand},
    {QStringLiteral("costs"),
     {QStringLiteral("cost")},
     words("set ls rm"),
     {},
     QT_TRANSLATE_NOOP("Cli", "what your hosts and engines cost a month"),
     costsUsage,
     costsCommand},
    {QStringLiteral("blueprints"),
     {QStringLiteral("blueprint")},
     words("ls validate add steps"),
     {},
     QT_TRANSLATE_NOOP("Cli", "what instances are built from; your own user-data"),
     blueprintsUsage,
     blueprintsCommand},
    {QStringLiteral("instances"),
     {QStringLiteral("instance")},
     words("create ls start stop reboot retry rm snapshot"),
     {},
     QT_TRANSLATE_NOOP("Cli", "servers from blueprints, with plans and prices"),
     instancesUsage,
     instancesCommand},
    {QStringLiteral("snapshots"),
     {QStringLiteral("snapshot")},
     words("ls restore rm"),
     {},
     QT_TRANSLATE_NOOP("Cli", "instance snapshots"),
     snapshotsUsage,
     snapshotsCommand},
    {QStringLiteral("serve"),
     {},
     {},
     QStringLiteral("[--interval N]"),
     QT_TRANSLATE_NOOP("Cli", "own the data folder without a window, until stopped"),
     serveUsage,
     serveCommand},
    {QStringLiteral("alarms"),
     {QStringLiteral("alarm")},
     words("ls add rm history defaults"),
     {},
     QT_TRANSLATE_NOOP("Cli", "threshold alarms on metrics, CloudWatch style"),
     alarmsUsage,
     alarmsCommand},
    {QStringLiteral("metrics"),
     {QStringLiteral("metric")},
     {},
     QStringLiteral("TARGET"),
     QT_TRANSLATE_NOOP("Cli", "a host's, container's or engine's metrics"),
     metricsUsage,
     metricsCommand},
    {QStringLiteral("functions"),
     {QStringLiteral("function")},
     words("create deploy configure ls show invoke logs rm publish versions alias async-config "
           "queue cost"),
     {},
     QT_TRANSLATE_NOOP("Cli", "functions: Lambda's handlers on your own engines"),
     functionsUsage,
     functionsCommand},
    {QStringLiteral("schedules"),
     {QStringLiteral("schedule")},
     words("add ls next runs enable disable rm"),
     {},
     QT_TRANSLATE_NOOP("Cli", "schedules (rate, cron, at) that invoke functions"),
     schedulesUsage,
     schedulesCommand},
    {QStringLiteral("batch"),
     {},
     words(
         "environments queues policies definitions submit describe ls cancel terminate logs cost"),
     {},
     QT_TRANSLATE_NOOP("Cli", "Batch: job queues, compute environments, array jobs"),
     batchUsage,
     batchCommand},
    {QStringLiteral("buckets"),
     {QStringLiteral("bucket")},
     words("add ls rm trigger triggers untrigger"),
     {},
     QT_TRANSLATE_NOOP("Cli", "folders served as S3 buckets, with events to functions"),
     bucketsUsage,
     bucketsCommand},
    {QStringLiteral("apis"),
     {QStringLiteral("api")},
     words("create ls show rm try cors bind cost"),
     {},
     QT_TRANSLATE_NOOP("Cli", "APIs on the gateway: API Gateway in front of functions and URLs"),
     apisUsage,
     apisCommand},
    {QStringLiteral("routes"),
     {QStringLiteral("route")},
     words("add ls rm"),
     {},
     QT_TRANSLATE_NOOP("Cli", "an API's routes and what each sends requests to"),
     routesUsage,
     routesCommand},
    {QStringLiteral("stages"),
     {QStringLiteral("stage")},
     words("deploy ls rollback set"),
     {},
     QT_TRANSLATE_NOOP("Cli", "an API's stages and the deployments they serve"),
     stagesUsage,
     stagesCommand},
    {QStringLiteral("authorizers"),
     {QStringLiteral("authorizer")},
     words("create ls rm"),
     {},
     QT_TRANSLATE_NOOP("Cli", "who may call an API's routes: JWTs or a function"),
     authorizersUsage,
     authorizersCommand},
    {QStringLiteral("keys"),
     {QStringLiteral("key")},
     words("create ls rm"),
     {},
     QT_TRANSLATE_NOOP("Cli", "API keys for routes that need one"),
     keysUsage,
     keysCommand},
    {QStringLiteral("usage-plans"),
     {QStringLiteral("usage-plan")},
     words("create add-key ls rm usage"),
     {},
     QT_TRANSLATE_NOOP("Cli", "rate, burst and quota per API key, and its usage"),
     usagePlansUsage,
     usagePlansCommand},
    {QStringLiteral("credentials"),
     {QStringLiteral("credential")},
     words("create ls rm"),
     {},
     QT_TRANSLATE_NOOP("Cli", "access keys for the AWS-compatible endpoint"),
     credentialsUsage,
     credentialsCommand},
    {QStringLiteral("endpoint"),
     {},
     {},
     {},
     QT_TRANSLATE_NOOP("Cli", "the AWS-compatible endpoint's URL"),
     endpointUsage,
     endpointCommand},
    {QStringLiteral("completion"),
     {},
     words("bash zsh"),
     {},
     QT_TRANSLATE_NOOP("Cli", "a shell completion script (bash, zsh)"),
     completionUsage,
     completionCommand},
    {QStringLiteral("version"),
     {},
     {},
     {},
     QT_TRANSLATE_NOOP("Cli", "print the version"),
     nullptr,
     versionCommand},
    {QStringLiteral("help"),
     {},
     {},
     QStringLiteral("[COMMAND]"),
     QT_TRANSLATE_NOOP("Cli", "this text, or a command's"),
     mainUsage,
     helpCommand},
};

int helpCommand(const QStringList &args)
{
    const QString topic = args.value(0);
    if (topic.isEmpty() || topic.startsWith(QLatin1Char('-'))) {
        writeBytes(stdout, mainUsage().toUtf8());
        return kExitOk;
    }
    const CommandGroup *group = findHelpTopic(topic);
    if (!group || !group->usage)
        return usageError(Tr::tr("no help for \"%1\"").arg(topic));
    writeBytes(stdout, group->usage().toUtf8());
    return kExitOk;
}

// Words a shell may offer: safe to put in a script unquoted.
QString joined(const QStringList &list)
{
    return list.join(QLatin1Char(' '));
}

// One `case` branch per group with verbs, in the shell's syntax: `line` has
// %1 for the group's words ("hosts|host") and %2 for its verbs.
QString verbCases(const QString &line)
{
    QString cases;
    for (const CommandGroup &g : kTable) {
        if (!g.verbs.isEmpty())
            cases += line.arg(QStringList(QStringList{g.name} + g.aliases).join(QLatin1Char('|')),
                              joined(g.verbs));
    }
    return cases;
}

} // namespace

const QList<CommandGroup> &commandTable()
{
    return kTable;
}

const CommandGroup *findCommand(const QString &word)
{
    for (const CommandGroup &g : kTable) {
        if (g.name == word || g.aliases.contains(word))
            return &g;
    }
    return nullptr;
}

const CommandGroup *findHelpTopic(const QString &topic)
{
    if (const CommandGroup *exact = findCommand(topic))
        return exact;
    for (const CommandGroup &g : kTable) {
        if (topic.size() >= 3 && g.name.startsWith(topic))
            return &g;
    }
    return nullptr;
}

QString commandSummaries()
{
    QString out;
    for (const CommandGroup &g : kTable) {
        QString head = g.name;
        if (!g.verbs.isEmpty())
            head += QLatin1Char(' ') + g.verbs.join(QLatin1Char('|'));
        else if (!g.synopsis.isEmpty())
            head += QLatin1Char(' ') + g.synopsis;
        const QString summary = Tr::tr(g.summary);
        if (head.size() > 26)
            out +=
                QStringLiteral("  %1\n  %2%3\n").arg(head, QString(27, QLatin1Char(' ')), summary);
        else
            out += QStringLiteral("  %1%2\n").arg(head.leftJustified(27), summary);
    }
    return out;
}

QString bashCompletion()
{
    QString groups;
    for (const CommandGroup &g : kTable)
        groups += QLatin1Char(' ') + joined(QStringList{g.name} + g.aliases);
    const QString cases = verbCases(QStringLiteral("        %1) verbs=\"%2\" ;;\n"));
    return QStringLiteral(
               "# bash completion for sloop (made by `sloop completion bash`)\n"
               "_sloop() {\n"
               "    local cur=${COMP_WORDS[COMP_CWORD]} group= verbs= i\n"
               "    for ((i = 1; i < COMP_CWORD; i++)); do\n"
               "        case ${COMP_WORDS[i]} in -*) ;; *) group=${COMP_WORDS[i]}; break ;; esac\n"
               "    done\n"
               "    if [[ $cur == -* ]]; then\n"
               "        COMPREPLY=($(compgen -W \"--json --engine --verbose --help\" -- "
               "\"$cur\"))\n"
               "        return\n"
               "    fi\n"
               "    if [[ -z $group ]]; then\n"
               "        COMPREPLY=($(compgen -W \"%1\" -- \"$cur\"))\n"
               "        return\n"
               "    fi\n"
               "    if ((i + 1 == COMP_CWORD)); then\n"
               "        case $group in\n"
               "%2"
               "        esac\n"
               "        COMPREPLY=($(compgen -W \"$verbs\" -- \"$cur\"))\n"
               "        return\n"
               "    fi\n"
               "    COMPREPLY=($(compgen -f -- \"$cur\"))\n"
               "}\n"
               "complete -F _sloop sloop sloop-server\n")
        .arg(groups.trimmed(), cases);
}

QString zshCompletion()
{
    QString groups;
    for (const CommandGroup &g : kTable)
        groups +=
            QStringLiteral("        '%1:%2'\n")
                .arg(g.name, Tr::tr(g.summary).replace(QLatin1Char('\''), QStringLiteral("'\\''")));
    const QString cases = verbCases(QStringLiteral("        %1) _values 'command' %2 ;;\n"));
    return QStringLiteral(
               "#compdef sloop sloop-server\n"
               "# zsh completion for sloop (made by `sloop completion zsh`)\n"
               "_sloop() {\n"
               "    local -a groups\n"
               "    groups=(\n"
               "%1"
               "    )\n"
               "    if (( CURRENT == 2 )); then\n"
               "        _describe 'command' groups\n"
               "    elif (( CURRENT == 3 )); then\n"
               "        case $words[2] in\n"
               "%2"
               "        *) _files ;;\n"
               "        esac\n"
               "    else\n"
               "        _arguments '--json[JSON output]' '--engine[engine to use]:engine:' "
               "'--verbose[print every call]' '*:file:_files'\n"
               "    fi\n"
               "}\n"
               "_sloop \"$@\"\n")
        .arg(groups, cases);
}

int completionCommand(const QStringList &args)
{
    const QString shell = args.value(0);
    if (shell == QLatin1String("bash"))
        writeBytes(stdout, bashCompletion().toUtf8());
    else if (shell == QLatin1String("zsh"))
        writeBytes(stdout, zshCompletion().toUtf8());
    else if (shell == QLatin1String("--help") || shell == QLatin1String("-h"))
        writeBytes(stdout, completionUsage().toUtf8());
    else
        return usageError(Tr::tr("\"completion\" takes bash or zsh"), QStringLiteral("completion"));
    return kExitOk;
}

} // namespace sloop::cli
