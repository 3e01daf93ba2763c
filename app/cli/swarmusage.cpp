// Usage texts of `sloop swarm`, `sloop services` and `sloop registries`.
#include "commands.h"
#include "output.h"

namespace sloop::cli {

QString swarmUsage()
{
    return Tr::tr("Usage: sloop swarm COMMAND [OPTIONS]\n"
                  "\n"
                  "Docker Swarm makes several engines work as one: services run on all of\n"
                  "them (sloop services). The engine is --engine's, or the first one.\n"
                  "\n"
                  "  status [--json]            whether the engine is in a swarm, and its role\n"
                  "  init [--advertise-addr A]  make a swarm with the engine as its manager\n"
                  "  join --engine E --manager M [--as-manager] [--advertise-addr A]\n"
                  "                             join engine E to the swarm engine M manages\n"
                  "                             (the join token goes from one to the other,\n"
                  "                             never shown)\n"
                  "  nodes [--json]             the swarm's nodes: role, state, availability\n"
                  "  drain NODE...              move the node's tasks away, start none there\n"
                  "  pause NODE...              start no new tasks there, keep the running ones\n"
                  "  activate NODE...           take tasks again\n"
                  "  rm-node NODE... [--force]  remove nodes that left (or are down)\n"
                  "  leave [--force]            the engine leaves its swarm (--force for the\n"
                  "                             last manager: the swarm ends)\n"
                  "  secrets create NAME (--file F | -) [--label K=V]\n"
                  "                             store a secret in the swarm (up to 500 KB,\n"
                  "                             from a file or standard input, never shown)\n"
                  "  secrets ls | rm NAME...    list them (names only) or remove them\n"
                  "  configs create|ls|rm ...   the same for configs (plain files)\n");
}

QString servicesUsage()
{
    return Tr::tr("Usage: sloop services COMMAND [OPTIONS]\n"
                  "\n"
                  "Swarm services keep N copies (tasks) of a container running across the\n"
                  "swarm's nodes, like ECS services. Run these on a manager (--engine).\n"
                  "\n"
                  "  create NAME --image IMG [OPTIONS] [-- COMMAND...]\n"
                  "      --replicas N            copies to keep running (default 1)\n"
                  "      --global                one copy on every node instead\n"
                  "      -p, --publish P:T       publish port T as P on every node (/udp,\n"
                  "                              ,mode=host to publish on the task's node only)\n"
                  "      -e, --env NAME=VALUE    environment variable (repeatable)\n"
                  "      --constraint EXPR       node.role==worker, node.labels.zone==a\n"
                  "      --mount SPEC            type=volume,src=NAME,dst=/path[,ro]\n"
                  "      --secret NAME[:FILE]    the secret at /run/secrets/NAME (or FILE)\n"
                  "      --config NAME[:PATH]    the config at /NAME (or PATH)\n"
                  "      --limit-cpu N           --limit-memory SIZE\n"
                  "      --reserve-cpu N         --reserve-memory SIZE\n"
                  "      --restart-condition C   none, on-failure or any (default)\n"
                  "      --health-cmd CMD        healthy when CMD exits 0; with\n"
                  "                              --health-interval, --health-timeout,\n"
                  "                              --health-start-period, --health-retries\n"
                  "      --update-parallelism N  tasks replaced at once in an update (1)\n"
                  "      --update-delay D        wait between batches (10s)\n"
                  "      --update-monitor D      watch each new task this long (5s)\n"
                  "      --update-failure-action pause, continue or rollback\n"
                  "      --update-order O        stop-first or start-first\n"
                  "      -d, --detach            do not wait for the tasks to run\n"
                  "      --timeout D             how long to wait (5m)\n"
                  "  ls [--json]                 services with running/desired tasks\n"
                  "  ps NAME [--all] [--json]    its tasks: node, state, error\n"
                  "  scale NAME=N...             keep N copies running\n"
                  "  update NAME [--image IMG] [-e NAME=VALUE] [--env-rm NAME] [--force]\n"
                  "              [--replicas N] [--update-* ...] [--detach]\n"
                  "                              a rolling update; waits for its end\n"
                  "  rollback NAME [--detach]    back to the spec before the last update\n"
                  "  logs NAME [--tail N|all] [--timestamps]\n"
                  "                              every task's log, merged by time\n"
                  "  rm NAME...                  remove services and their tasks\n");
}

QString stacksUsage()
{
    return Tr::tr("Usage: sloop stacks COMMAND [OPTIONS]\n"
                  "\n"
                  "A stack is a Compose file (version 3) deployed as Swarm services, as\n"
                  "docker stack deploy does. Run these on a manager (--engine).\n"
                  "\n"
                  "  deploy NAME --compose FILE  make or update the stack's services and its\n"
                  "                              overlay networks; keys Swarm does not use are\n"
                  "                              listed with their line and left out\n"
                  "  ls [--json]                 stacks with their services and tasks\n"
                  "  rm NAME...                  remove a stack's services and networks\n");
}

QString tasksUsage()
{
    return Tr::tr("Usage: sloop tasks run [OPTIONS] IMAGE [COMMAND...]\n"
                  "\n"
                  "Runs one task to its end somewhere in the swarm, as Fargate runs one: you\n"
                  "give the size, Swarm picks a node with that much room. Prints its log, and\n"
                  "on stderr the node, how long it ran and what Fargate would charge.\n"
                  "\n"
                  "  --cpu N                 vCPUs: 0.25, 0.5, 1, 2, 4, 8 or 16 (0.25)\n"
                  "  -m, --memory SIZE       a size Fargate pairs with those vCPUs (512m)\n"
                  "  -e, --env NAME=VALUE    environment variable (repeatable)\n"
                  "  --timeout D             removed if not done by then (10m)\n"
                  "  --engine E              a manager of the swarm\n");
}

QString registriesUsage()
{
    return Tr::tr("Usage: sloop registries COMMAND [OPTIONS]\n"
                  "\n"
                  "Private image registries (ECR's): anything speaking the Distribution\n"
                  "(OCI) API v2, such as Debian's docker-registry.\n"
                  "\n"
                  "  add NAME URL [--user U --password-stdin] [--ca FILE] [--insecure]\n"
                  "                          remember a registry (https://HOST[:PORT]; http://\n"
                  "                          only on this machine, or with --insecure); the\n"
                  "                          password goes to the keychain\n"
                  "  ls [--json]             the registries Sloop knows\n"
                  "  repos NAME [--json]     its repositories\n"
                  "  tags NAME REPO [--names-only] [--json]\n"
                  "                          tags with digest, size, layers, platforms, created\n"
                  "  delete NAME REPO:TAG... delete the image a tag names (the registry must\n"
                  "                          allow deletes)\n"
                  "  lifecycle NAME REPO (--policy FILE | --keep-last N | --expire-days N)\n"
                  "        [--prefix P]... [--dry-run] [--show-policy]\n"
                  "                          expire images as an ECR lifecycle policy says\n"
                  "                          (ECR's JSON); --dry-run lists what would go\n"
                  "  rm NAME...              forget registries (and their passwords)\n"
                  "\n"
                  "Without --user, sign-in comes from ~/.docker/config.json as docker's own.\n");
}

QString containerServicesUsage()
{
    return Tr::tr("Usage: sloop container-services COMMAND [OPTIONS]\n"
                  "\n"
                  "Lightsail's container services on an engine's swarm: a power (each\n"
                  "node's vCPUs, memory and monthly price) times a scale (1 to 20 copies),\n"
                  "and deployments that go live only when their health check passes.\n"
                  "\n"
                  "  create NAME [--power P] [--scale N] [--engine E]\n"
                  "                          make one (nano and 1 unless told)\n"
                  "  deploy NAME --image IMG [--port P] [--env K=V]... [-- COMMAND...]\n"
                  "                          run IMG as its next deployment; with --port its\n"
                  "                          public endpoint, checked by --health-path (/),\n"
                  "                          --success-codes (200-499), --interval (5),\n"
                  "                          --timeout (2), --healthy-threshold and\n"
                  "                          --unhealthy-threshold (2); --wait S (300)\n"
                  "  deploy NAME --file FILE the containers and public endpoint as JSON, in\n"
                  "                          Lightsail's shape (up to 10 containers)\n"
                  "  ls [--json]             services with state, copies, price and URL\n"
                  "  show NAME [--json]      one service and its deployments\n"
                  "  update NAME [--power P] [--scale N] [--disable | --enable]\n"
                  "  powers [--json]         the powers and their prices\n"
                  "  rm NAME...              remove services with everything they run\n"
                  "\n"
                  "A failed deployment is removed and the one before keeps serving (exit\n"
                  "status 4). The public endpoint, http://127.0.0.1:PORT/, is served by\n"
                  "the Sloop window or \"sloop serve\".\n");
}

QString imagesUsage()
{
    return Tr::tr("Usage: sloop images COMMAND [OPTIONS]\n"
                  "\n"
                  "  build DIR --tag NAME:TAG [--file F] [--build-arg K=V]... [--label K=V]...\n"
                  "        [--target STAGE] [--no-cache] [--pull] [--push REGISTRY] [--engine E]\n"
                  "                          build on the engine from DIR (its .dockerignore\n"
                  "                          honoured) or a Git URL the engine can reach; the\n"
                  "                          log goes to stderr; a failed step is told by its\n"
                  "                          Dockerfile line; --push sends the first tag on\n"
                  "                          to a registry\n"
                  "  push IMAGE --registry NAME [--as REPO:TAG] [--engine E]\n"
                  "                          push an engine's image to a registry (as its own\n"
                  "                          name unless --as); prints REFERENCE@DIGEST\n"
                  "  lifecycle NAME REPO ... the same as \"sloop registries lifecycle\"\n"
                  "  pull REPO[:TAG] --registry NAME [--engine E]\n"
                  "                          pull it from the registry onto the engine\n"
                  "\n"
                  "The engine does the transfer with the registry's credentials from Sloop;\n"
                  "each layer's progress goes to stderr.\n");
}

} // namespace sloop::cli
