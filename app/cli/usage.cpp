#include "commands.h"
#include "commandtable.h"
#include "output.h"

namespace sloop::cli {

QString mainUsage()
{
    return Tr::tr("Usage: sloop [COMMAND] [OPTIONS]\n"
                  "\n"
                  "Without a command, Sloop opens its window.\n"
                  "\n"
                  "Commands:\n") +
           commandSummaries() +
           Tr::tr("\n"
                  "Options for every command:\n"
                  "  --json                     JSON on stdout instead of a table\n"
                  "  --engine NAME              the engine to use (default: the first, \"local\")\n"
                  "  --verbose                  print every engine call on stderr\n"
                  "  --version                  print the version and exit\n"
                  "  -h, --help                 print help and exit\n"
                  "\n"
                  "Exit status: 0 done, 1 failed (no better status), 2 a wrong command line,\n"
                  "3 not found, 4 conflict (exists already, or in the wrong state), 5 refused\n"
                  "(permission), 6 sign-in or host key not accepted, 7 unreachable, 8 timed\n"
                  "out, 9 a request the engine or host found invalid, 10 unsupported, 11\n"
                  "throttled (a function's concurrency), 130 interrupted. \"containers run\"\n"
                  "without -d exits with the container's status.\n");
}

QString enginesUsage()
{
    return Tr::tr(
        "Usage: sloop engines COMMAND [OPTIONS]\n"
        "\n"
        "  ls [--json]           the engines and whether each one answers\n"
        "  add NAME ADDRESS      name another engine's socket (unix:///path/docker.sock)\n"
        "  rm NAME               forget an added engine (the engine is untouched)\n"
        "\n"
        "The local engine (DOCKER_HOST is honoured) and Podman's socket are found by\n"
        "themselves; SSH hosts with Docker bring their engines under the host's name.\n");
}

QString containersUsage()
{
    return Tr::tr(
        "Usage: sloop containers COMMAND [OPTIONS]\n"
        "\n"
        "  ls [--all|-a] [--json]\n"
        "  run [OPTIONS] IMAGE [COMMAND...]\n"
        "      --name NAME             name of the container\n"
        "      -p, --publish SPEC      HOST:CONTAINER[/udp] or IP:HOST:CONTAINER (repeatable)\n"
        "      -e, --env KEY=VALUE     environment variable (repeatable)\n"
        "      -v, --volume SPEC       /host/path:/path[:ro] or volume:/path (repeatable)\n"
        "      -l, --label KEY=VALUE   label (repeatable)\n"
        "      --restart POLICY        no, always, unless-stopped, on-failure\n"
        "      --cpus N                CPU limit, for example 0.5\n"
        "      --memory SIZE           memory limit, for example 512m\n"
        "      -d, --detach            print the id and return at once; otherwise follow\n"
        "                              the logs and exit with the container's status\n"
        "      Options end at IMAGE: every word after it belongs to the container.\n"
        "  start NAME_OR_ID...\n"
        "  stop [--time SECONDS] NAME_OR_ID...\n"
        "  restart [--time SECONDS] NAME_OR_ID...\n"
        "  rm [--force|-f] NAME_OR_ID...\n"
        "  logs [--follow|-f] [--tail N] [--timestamps] NAME_OR_ID\n"
        "  inspect [--json] NAME_OR_ID\n"
        "\n"
        "Every command takes --engine NAME, --json and --verbose.\n");
}

QString hostsUsage()
{
    return Tr::tr(
        "Usage: sloop hosts COMMAND [OPTIONS]\n"
        "\n"
        "  add NAME --address ADDRESS [--port P] [--user U] [--identity FILE]...\n"
        "      [--identities-only] [--jump [USER@]HOST[:PORT][,...]] [--tag T]...\n"
        "      [--save-secret [--accept-new-host-key]]\n"
        "                              remember a host (nothing is dialled yet); with\n"
        "                              --save-secret, log in once and keep the password\n"
        "                              or passphrase asked for in the keychain\n"
        "  ls [--tag T] [--json]\n"
        "  rm NAME...\n"
        "  exec NAME [--accept-new-host-key] [--timeout SECONDS] -- COMMAND...\n"
        "                              run COMMAND on the host; every word is quoted, so\n"
        "                              the remote shell expands nothing. Exits with the\n"
        "                              command's status (255 when it had none)\n"
        "  info NAME [--accept-new-host-key] [--timeout SECONDS] [--json]\n"
        "                              OS, kernel, uptime, CPUs, memory, Docker\n"
        "  import-ssh-config [FILE] [--dry-run] [--json]\n"
        "                              add the hosts of ~/.ssh/config (or FILE), read as\n"
        "                              OpenSSH reads it; lists what was skipped and why\n"
        "  secret set|rm NAME [--key FILE]\n"
        "                              keep in (or remove from) the keychain the password\n"
        "                              for NAME, or the passphrase of the key FILE\n"
        "  put NAME LOCAL REMOTE [--accept-new-host-key]\n"
        "                              upload a file over SFTP (REMOTE may be a folder)\n"
        "  get NAME REMOTE LOCAL [--accept-new-host-key]\n"
        "                              download a file over SFTP (LOCAL may be a folder);\n"
        "                              progress on stderr when it is a terminal\n"
        "\n"
        "Host keys are checked against ~/.ssh/known_hosts. An unknown host is refused\n"
        "with its fingerprint: check it, then run again with --accept-new-host-key\n"
        "SHA256:..., which trusts only the key with that fingerprint. A changed key is\n"
        "always refused. Behind --jump hosts (OpenSSH's ProxyJump, dialled in order;\n"
        "a HOST that is a Sloop host brings its address, user and keys) each hop's\n"
        "key is checked, and accepted, one run at a time.\n"
        "\n"
        "Keys: the ssh-agent (not with --identities-only), then the --identity files\n"
        "in order, else ~/.ssh/id_*. Passwords and\n"
        "passphrases come from the OS keychain (Secret Service or KWallet), else from\n"
        "SLOOP_SSH_PASSWORD and SLOOP_SSH_PASSPHRASE, else the terminal. Without a\n"
        "keychain they are asked for each time and kept only in memory.\n"
        "\n"
        "Exit status: 0 done, 1 connecting or logging in failed, 2 a wrong command line.\n");
}

QString plansUsage()
{
    return Tr::tr(
        "Usage: sloop plans ls [--file FILE] [--json]\n"
        "\n"
        "Lists the plans (bundles) an instance can have: vCPUs, memory, disk, monthly\n"
        "transfer and the flat monthly price, with the date the prices were taken and\n"
        "their source. The catalogue built in mirrors Amazon Lightsail's Linux bundles\n"
        "with a public IPv4 address, so you see what the same would cost there.\n"
        "\n"
        "  --file FILE                 read (and check) another catalogue; the format is\n"
        "                              in resources/pricing/README.md\n");
}

QString costsUsage()
{
    return Tr::tr(
        "Usage: sloop costs COMMAND [OPTIONS]\n"
        "\n"
        "  set HOST_OR_ENGINE AMOUNT [--currency CODE] [--json]\n"
        "                              what the host or engine really costs a month (the\n"
        "                              VPS you rent, a home server's power), e.g. 12.50;\n"
        "                              CODE is USD unless said\n"
        "  ls [--json]                 the costs stated, with each machine's memory, the\n"
        "                              instances on it and their share of its cost\n"
        "  rm HOST_OR_ENGINE...        forget a cost\n"
        "\n"
        "Each instance's monthly estimate is its share of its machine's cost by memory:\n"
        "cost x plan memory / machine memory, at most the whole cost.\n"
        "\n"
        "Exit status: 0 done, 1 no such host or engine or the store failed, 2 a wrong\n"
        "command line.\n");
}

QString blueprintsUsage()
{
    return Tr::tr(
        "Usage: sloop blueprints COMMAND [OPTIONS]\n"
        "\n"
        "  ls [--json]                 the built-in blueprints and your own\n"
        "  validate FILE [--json]      check a #cloud-config user-data or a blueprint file\n"
        "                              (- reads stdin); every problem is listed as\n"
        "                              FILE:LINE:COLUMN: message\n"
        "  add FILE --name NAME [--json]\n"
        "                              save the user-data in FILE as your own blueprint\n"
        "                              (validated first; the id is made from NAME)\n"
        "  steps ID_OR_FILE [--container] [--user USER] [--json]\n"
        "                              the shell steps Sloop would run, in order\n"
        "\n"
        "Your blueprints live in $XDG_DATA_HOME/sloop/blueprints.\n"
        "Exit status: 0 done (valid), 1 invalid or failed, 2 a wrong command line.\n");
}

QString instancesUsage()
{
    return Tr::tr(
        "Usage: sloop instances COMMAND [OPTIONS]\n"
        "\n"
        "  create --blueprint ID --plan ID --name NAME [--engine ENGINE | --on HOST]\n"
        "         [--count N] [--tag TAG]... [--launch-script FILE] [--key FILE]\n"
        "         [--image IMAGE] [--no-default-alarms] [--quiet] [--json]\n"
        "                              a system container on ENGINE (default: local), or\n"
        "                              the whole SSH host HOST, provisioned from the\n"
        "                              blueprint; each step and its output is shown on\n"
        "                              stderr as it runs. --key: log in with this key\n"
        "                              instead of a new ed25519 pair; --image: start from\n"
        "                              this image (default debian:bookworm, or\n"
        "                              $SLOOP_INSTANCE_IMAGE). Alarms for CPU over 80%,\n"
        "                              a failed status check and disk over 90% come\n"
        "                              with it unless --no-default-alarms\n"
        "  ls [--json]                 instances with state, plan, address and price\n"
        "  start|stop|reboot NAME...   lifecycle (a whole server can only be rebooted)\n"
        "  retry NAME...               resume a failed instance at the step that failed\n"
        "  rm NAME...                  delete: the container, its login and host key entry\n"
        "  snapshot NAME SNAPSHOT [--path DIR]...\n"
        "                              commit a container instance, or archive DIRs of a\n"
        "                              server over SFTP\n"
        "\n"
        "Exit status: 0 done, 1 a step failed or the request was refused, 2 a wrong\n"
        "command line.\n");
}

QString snapshotsUsage()
{
    return Tr::tr(
        "Usage: sloop snapshots COMMAND [OPTIONS]\n"
        "\n"
        "  ls [--json]                 every snapshot, of instances alive or deleted\n"
        "  restore SNAPSHOT NAME       a new container instance NAME from the snapshot, or\n"
        "                              (a server archive) unpacked onto instance NAME\n"
        "  rm SNAPSHOT...              delete snapshots\n");
}

QString serveUsage()
{
    return Tr::tr("Usage: sloop serve [--interval N] [--verbose]\n"
                  "\n"
                  "Runs Sloop's control plane without a window: collects the metrics of every\n"
                  "SSH host and engine into the store (\"sloop metrics\" and the window read\n"
                  "them) until SIGTERM or Ctrl+C, then flushes and exits with status 0.\n"
                  "\n"
                  "One process owns a data folder: the first window or serve. A second serve\n"
                  "is refused (status 4) and names the first one's pid. A serve started while\n"
                  "the window is open waits and takes over when the window closes; a window\n"
                  "opened while a serve runs shows the metrics but leaves collecting to it.\n"
                  "\n"
                  "  --interval N   seconds between samples, 1-60 (default: the setting, 5)\n"
                  "  --verbose      log debug messages too\n"
                  "\n"
                  "Logs go to stderr, one line each with a time stamp.\n");
}

QString alarmsUsage()
{
    return Tr::tr(
        "Usage: sloop alarms COMMAND [OPTIONS]\n"
        "\n"
        "  ls [--target KEY] [--json]  alarms with their state\n"
        "  add NAME --target KEY --metric M --threshold X [OPTIONS]\n"
        "      --target KEY            host/NAME, container/ENGINE/NAME, engine/NAME or\n"
        "                              function/NAME\n"
        "      --metric M              cpu, memory, disk, net_in, net_out, disk_read,\n"
        "                              disk_write, status_check_failed, load1, ...\n"
        "      --statistic S           avg (default), min or max of each period\n"
        "      --comparison C          '>' (default), '>=', '<' or '<='\n"
        "      --threshold X           the value compared with\n"
        "      --period SECONDS        length of a period, whole minutes (default 300)\n"
        "      --evaluation-periods N  how many of the latest periods count (default 1)\n"
        "      --datapoints M          how many of those must cross (default N)\n"
        "      --missing T             missing (default), ignore, breaching, not-breaching\n"
        "      --command CMD           run with /bin/sh -c on each state change; the alarm\n"
        "                              is in $SLOOP_ALARM_NAME, _STATE, _PREVIOUS_STATE,\n"
        "                              _REASON, _TARGET, _METRIC, _THRESHOLD, _VALUE\n"
        "      --disabled              add it switched off\n"
        "  rm NAME...                  delete alarms with their history\n"
        "  history [NAME] [--limit N] [--json]\n"
        "                              state changes, newest first\n"
        "  defaults TARGET             add the default alarms of a host, container or\n"
        "                              function (any error, any throttle)\n"
        "\n"
        "Alarms are evaluated by the window or \"sloop serve\", not by these commands.\n");
}

QString batchUsage()
{
    return Tr::tr("Usage: sloop batch COMMAND [OPTIONS]\n"
                  "\n"
                  "AWS Batch on your engines: jobs wait in queues and run as containers where a\n"
                  "compute environment has room. The window or \"sloop serve\" runs them.\n"
                  "\n"
                  "  environments create NAME --engine E [--engine E2...] --max-vcpus N\n"
                  "                [--max-memory MB] [--disabled]\n"
                  "                              where jobs may run, and how much of it at once\n"
                  "  environments create NAME --swarm E --max-vcpus N\n"
                  "                              jobs run as Swarm services on the swarm that\n"
                  "                              engine E manages, placed by Swarm\n"
                  "  environments ls|enable|disable|rm NAME...\n"
                  "  queues create NAME --environments E1[,E2] [--priority N] [--disabled]\n"
                  "                [--policy P]  FIFO within a queue, or fair share by the\n"
                  "                              scheduling policy P; higher priority first\n"
                  "  queues ls|enable|disable|rm NAME...\n"
                  "  policies create|update NAME [--share ID=WEIGHT...] [--decay S]\n"
                  "                [--reservation PERCENT]\n"
                  "                              fair share: the share that used least for its\n"
                  "                              weight goes next (a lower weight gets more;\n"
                  "                              ID may end with *); --decay counts finished\n"
                  "                              jobs of the last S seconds; --reservation keeps\n"
                  "                              vCPUs free for shares that run nothing yet\n"
                  "  policies ls|rm NAME...\n"
                  "  definitions register NAME --image IMG [OPTIONS] [-- COMMAND...]\n"
                  "      --vcpus N               0.25 to 256 (default 1)\n"
                  "      --memory MB             the hard limit (default 2048)\n"
                  "      --attempts N            1 to 10 (default 1)\n"
                  "      --retry-on RULE         evaluateOnExit: 137:RETRY, 1:EXIT,\n"
                  "                              \"status=Host EC2*:RETRY\", \"reason=Out*:EXIT\"\n"
                  "      --timeout S             each attempt at most S seconds (at least 60)\n"
                  "      --scheduling-priority N within a share of a fair-share queue\n"
                  "      -e, --env KEY=VALUE     --param KEY=VALUE (Ref::KEY in the command)\n"
                  "      --user U  --workdir DIR  -v, --volume SOURCE:TARGET[:ro]  --tag K=V\n"
                  "  definitions ls [--all]      deregister NAME:REVISION\n"
                  "  submit --queue Q --definition D[:REV] [OPTIONS] [-- COMMAND...]\n"
                  "      --name N                --array-size N (2 to 10000 children)\n"
                  "      --depends-on ID         also ID:N_TO_N, or SEQUENTIAL; repeatable, 20 at\n"
                  "                              most\n"
                  "      --share-identifier S    the job's share, in a fair-share queue\n"
                  "      --scheduling-priority N 0 to 9999: higher first within its share\n"
                  "      --param, --env, --vcpus, --memory, --attempts, --retry-on, --timeout\n"
                  "                              override the definition's\n"
                  "  describe ID                 status, reason, attempts; an array's children by\n"
                  "                              status\n"
                  "  ls [--queue Q] [--status S] [--array ID] [--search TEXT] [--limit N]\n"
                  "  cancel ID... [--reason R]   jobs not yet STARTING fail with the reason (a\n"
                  "                              PENDING one once what it waits for ends)\n"
                  "  terminate ID... [--reason R]\n"
                  "                              also stops STARTING and RUNNING jobs\n"
                  "  logs ID[:INDEX] [--attempt N] [-f]\n"
                  "                              what an attempt wrote (the last 1 MiB is kept)\n"
                  "  cost [--queue Q] [--job ID] [--since SPAN]\n"
                  "                              what the attempts' vCPU-hours and GB-hours would\n"
                  "                              cost on AWS Batch with Fargate or EC2 (this\n"
                  "                              month)\n"
                  "\n"
                  "Every command takes --json (AWS Batch's shapes: jobId, status, statusReason,\n"
                  "attempts, arrayProperties.statusSummary).\n");
}

QString functionsUsage()
{
    return Tr::tr(
        "Usage: sloop functions COMMAND [OPTIONS]\n"
        "\n"
        "  create NAME --code DIR|ZIP|--template ID|--runtime image --image REF [OPTIONS]\n"
        "                              build the function's image on its engine and keep it;\n"
        "                              templates: hello-python, hello-nodejs, webhook-python,\n"
        "                              scheduled-python, thumbnail-python,\n"
        "                              nightly-backup-python, shell-runtime\n"
        "      --runtime R             python3 (default: handler(event, context)), nodejs\n"
        "                              (exports.handler = async (event, context) => ...),\n"
        "                              provided (the code's own executable \"bootstrap\"\n"
        "                              speaks the Lambda Runtime API) or image (--image\n"
        "                              REF on the engine, whose entry point does)\n"
        "      --handler H             FILE.FUNCTION (default app.handler); for an image,\n"
        "                              what replaces its CMD\n"
        "      --memory MB             128 to 10240 (default 128)\n"
        "      --timeout S             1 to 900 seconds (default 3)\n"
        "      --tmp MB                the size of /tmp, 512 to 10240 (default 512)\n"
        "      --concurrency N         at most N at once (0: every invocation is throttled)\n"
        "      -e, --env KEY=VALUE     an environment variable (repeatable)\n"
        "      --no-network            no network at all inside\n"
        "      --network NET           join the engine's Docker network NET: reach its\n"
        "                              containers by name\n"
        "      --engine E[,E2...]      the engine it runs on (default: the first); with\n"
        "                              more, its environments spread over them\n"
        "      --description TEXT\n"
        "  deploy NAME --code DIR|ZIP  new code; warm environments of the old code retire\n"
        "  deploy NAME --image REF     an image function's new image (or the same, rebuilt)\n"
        "  configure NAME [OPTIONS]    change --handler, --memory, --timeout, --tmp,\n"
        "                              --concurrency N (or --unreserve), -e KEY=VALUE\n"
        "                              (or --unset-env KEY), --description, --no-network\n"
        "                              or --network NET|default; warm environments retire\n"
        "  ls [--json]                 the functions\n"
        "  show NAME [--json]          one function's configuration\n"
        "  publish NAME [--description TEXT]\n"
        "                              $LATEST as the next numbered version (immutable)\n"
        "  versions NAME [--json]      the versions and the aliases pointing at them\n"
        "  alias NAME ALIAS --version N [--extra-version M --extra-weight W]\n"
        "                              point an alias at a version; with a second version\n"
        "                              getting W (0 to 1) of the invocations: a canary\n"
        "  invoke NAME [--payload JSON | --payload-file FILE|-] [-q VERSION|ALIAS]\n"
        "         [--log] [--async] [--json]\n"
        "                              run it once and print what it returned; exit 1\n"
        "                              with its error object when it failed; --log prints\n"
        "                              Lambda's log (START, END, REPORT) on stderr;\n"
        "                              --async queues it as an Event and prints its id\n"
        "  async-config NAME [--retries 0-2] [--max-age S] [--on-failure DIR|function:F|none]\n"
        "                              how Event invocations are retried (default 2, after\n"
        "                              1 and 2 minutes), how old one may get (default 6 h),\n"
        "                              and where one that never succeeded goes\n"
        "  queue [NAME] [--json]       the Event invocations waiting\n"
        "  cost [NAME...] [--json]     this month's requests and GB-seconds, what they\n"
        "                              cost on Lambda (x86, Arm, after the free tier) and\n"
        "                              here (a share of the machine's stated cost)\n"
        "  logs NAME [--limit N] [--filter PATTERN] [--errors] [--since 1h] [-f] [--json]\n"
        "                              the latest invocations' logs, oldest first; --filter\n"
        "                              as CloudWatch Logs: ERROR \"a phrase\" -exclude ?any\n"
        "                              (some line has them); -f, --follow: then each new\n"
        "                              one as it comes, until Ctrl+C\n"
        "  rm NAME...                  the function, its image, its code, its schedules\n"
        "                              and its logs\n"
        "\n"
        "Functions run on the image sloop/runtime:bookworm; build it with\n"
        "scripts/build-runtime-images.sh. While a window or \"sloop serve\" runs,\n"
        "invocations go to its warm environments; else each one starts cold. Event\n"
        "invocations are kept in the store until they are done with and run at least\n"
        "once: by the window or \"sloop serve\", whichever owns the data folder.\n");
}

QString schedulesUsage()
{
    return Tr::tr(
        "Usage: sloop schedules COMMAND [OPTIONS]\n"
        "\n"
        "  add NAME --expression EXPR --function NAME [--timezone ZONE] [-q VERSION|ALIAS]\n"
        "      [--input JSON] [--catch-up] [--disabled] [--description TEXT] [--json]\n"
        "                              invoke the function on a schedule: rate(5 minutes),\n"
        "                              cron(0 12 * * ? *) or at(2026-12-24T18:00:00), read\n"
        "                              in ZONE (an IANA name; default UTC); the function\n"
        "                              gets EventBridge's Scheduled Event, or --input\n"
        "  add NAME --expression EXPR --batch-queue Q --batch-definition D[:REV] [...]\n"
        "                              submit a Batch job on a schedule instead (named\n"
        "                              after the schedule; its run settles when it ends)\n"
        "  ls [--json]                 the schedules, their next fire and last outcome\n"
        "  next EXPR|NAME [--timezone ZONE] [-n COUNT] [--json]\n"
        "                              the next fires (10), in the zone and in UTC\n"
        "  runs NAME [--limit N] [--json]\n"
        "                              what became of its fires, missed ones included\n"
        "  enable|disable NAME...      turn it on (from now) or off\n"
        "  rm NAME...                  remove it\n"
        "\n"
        "A window or \"sloop serve\" fires the schedules. A fire whose time passed while\n"
        "none ran is reported as missed; with --catch-up the function is invoked once\n"
        "for the latest missed fire. Cron has six fields (minutes hours day-of-month\n"
        "month day-of-week year) as in EventBridge, with ? in one of the day fields.\n");
}

QString bucketsUsage()
{
    return Tr::tr("Usage: sloop buckets COMMAND [OPTIONS]\n"
                  "\n"
                  "  add NAME --folder DIR [--json]\n"
                  "                              serve a folder as the S3 bucket NAME (made when\n"
                  "                              missing); its files are the objects\n"
                  "  ls [--json]                 the buckets, their objects and triggers\n"
                  "  rm NAME...                  stop serving it (the folder and files stay)\n"
                  "  trigger NAME --function F [--prefix P] [--suffix S]\n"
                  "          [--events created|removed|all]\n"
                  "                              send S3's event records (ObjectCreated:Put,\n"
                  "                              ObjectRemoved:Delete) to F as Event invocations\n"
                  "  triggers [NAME] [--json]    the triggers, with their IDs\n"
                  "  untrigger ID...             remove triggers\n"
                  "\n"
                  "A window or \"sloop serve\" serves the buckets at the endpoint (path style:\n"
                  "aws --endpoint-url $(sloop endpoint) s3 cp photo.jpg s3://NAME/uploads/) and\n"
                  "sends the events: for objects put or deleted through it at once, for files\n"
                  "copied into the folder once they stop changing (checked every second).\n");
}

QString credentialsUsage()
{
    return Tr::tr("Usage: sloop credentials COMMAND [OPTIONS]\n"
                  "\n"
                  "  create [--description TEXT] [--json]\n"
                  "                    a new access key for the AWS-compatible endpoint; the\n"
                  "                    secret is printed once and kept in the keychain\n"
                  "  ls [--json]       the access keys (never their secrets)\n"
                  "  rm ID...          refuse a key from now on\n"
                  "\n"
                  "Requests to the endpoint must be signed (AWS Signature Version 4) with one of\n"
                  "these keys, as AWS's CLI and SDKs sign them.\n");
}

QString endpointUsage()
{
    return Tr::tr(
        "Usage: sloop endpoint [--json]\n"
        "\n"
        "Prints the URL of Sloop's AWS-compatible endpoint (Lambda's API) on this\n"
        "machine, served by the window or \"sloop serve\". For AWS's CLI:\n"
        "  aws --endpoint-url $(sloop endpoint) lambda invoke --function-name NAME out.json\n");
}

QString metricsUsage()
{
    return Tr::tr("Usage: sloop metrics TARGET [--metric NAME] [--since DURATION] [--json]\n"
                  "\n"
                  "Prints a series from the metric store (the window or \"sloop serve\" collects\n"
                  "them): time, average, minimum and maximum. The last hour comes as the raw\n"
                  "samples, up to 14 days as minutes, longer as hours.\n"
                  "\n"
                  "  TARGET                      host/NAME, container/ENGINE/NAME, engine/NAME,\n"
                  "                              function/NAME, or a host's name\n"
                  "  -m, --metric NAME           cpu (default), memory, net_in, net_out, disk, or\n"
                  "                              any other metric the target has; a function's:\n"
                  "                              invocations, errors, throttles, duration,\n"
                  "                              duration_p50/_p95/_p99, concurrent_executions,\n"
                  "                              cold_starts, async_event_age, dead_letter_errors\n"
                  "  --since DURATION            30m, 1h (default), 6h, 1d, 1w, 2w... up to 365d\n"
                  "  --json                      JSON on stdout instead of a table\n");
}

int usageError(const QString &message, const QString &helpTopic)
{
    fail(message, kExitUsage);
    const QString help = helpTopic.isEmpty() ? QStringLiteral("sloop --help")
                                             : QStringLiteral("sloop help ") + helpTopic;
    writeBytes(stderr, Tr::tr("Run \"%1\" for usage.").arg(help).toUtf8() + '\n');
    return kExitUsage;
}

int checkParsed(const ParsedArgs &parsed, const QString &helpTopic)
{
    if (!parsed.error.isEmpty())
        return usageError(parsed.error, helpTopic);
    if (parsed.has(QStringLiteral("help"))) {
        const CommandGroup *group = findCommand(helpTopic);
        const QString text = group ? group->usage() : containersUsage();
        writeBytes(stdout, text.toUtf8());
        return kExitOk;
    }
    return kContinue;
}

} // namespace sloop::cli
