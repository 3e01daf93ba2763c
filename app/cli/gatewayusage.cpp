// Usage texts of the API gateway's commands: `sloop apis`, `routes`,
// `stages`, `authorizers`, `keys` and `usage-plans`.
#include "commands.h"
#include "commandtable.h"
#include "output.h"

namespace sloop::cli {

QString apisUsage()
{
    return Tr::tr("Usage: sloop apis COMMAND [OPTIONS]\n"
                  "\n"
                  "  create NAME [--type http|rest|websocket] [--port P] [--bind ADDRESS]\n"
                  "         [--route-selection EXPR] [--description D] [--json]\n"
                  "                              an API, served on 127.0.0.1:P (the next free\n"
                  "                              port from 4600 when not given); a WebSocket\n"
                  "                              API picks a message's route by EXPR\n"
                  "                              ($request.body.action)\n"
                  "  bind API ADDRESS            serve it on another address: 0.0.0.0 lets other\n"
                  "                              machines call it (127.0.0.1: this one only)\n"
                  "  cost [API] [--json]         this month's traffic as API Gateway would bill\n"
                  "                              it (requests, WebSocket messages and minutes,\n"
                  "                              cache hours), from the dated price file\n"
                  "  ls [--json]                 the APIs, their routes, stages and URLs\n"
                  "  show API [--json]           its routes and stages (JSON: each stage's url)\n"
                  "  rm API...                   remove it (its keys and plans stay)\n"
                  "  try API METHOD PATH [--stage S] [--key K] [-d BODY] [-H 'Name: value']...\n"
                  "                              send one request through the gateway; shows the\n"
                  "                              curl command, the status, headers and body\n"
                  "  cors API --origins LIST [--methods LIST] [--headers LIST] [--expose LIST]\n"
                  "       [--credentials] [--max-age S] | --off\n"
                  "                              answer browsers' preflights and add the\n"
                  "                              Access-Control-* headers for those origins\n"
                  "\n"
                  "An API serves at http://127.0.0.1:PORT/STAGE/PATH (an HTTP API's $default\n"
                  "stage at the root) once a stage is deployed; the window or \"sloop serve\"\n"
                  "serves it. See also: sloop routes, stages, authorizers, keys, usage-plans.\n");
}

QString routesUsage()
{
    return Tr::tr(
        "Usage: sloop routes COMMAND [OPTIONS]\n"
        "\n"
        "  add API 'METHOD /path' (--function F | --url URL | --mock STATUS [--body B])\n"
        "      [--payload 1.0|2.0] [--timeout MS] [--api-key-required]\n"
        "      [--authorizer NAME [--scope LIST]] [--two-way] [--json]\n"
        "                              add or replace a route; METHOD is GET, POST, PUT,\n"
        "                              PATCH, DELETE, HEAD, OPTIONS or ANY; the path may\n"
        "                              hold {param} parts and end in {proxy+}; the route\n"
        "                              $default takes what no other matches\n"
        "  ls API [--json]             the routes (not yet deployed ones too)\n"
        "  rm API 'METHOD /path'       remove a route\n"
        "\n"
        "--function F[:QUALIFIER] invokes F with API Gateway's proxy event (payload 2.0\n"
        "by default; a REST API's is 1.0); --url passes the request on ({proxy} in the\n"
        "URL is the path's {proxy+}); --mock answers STATUS and BODY. The timeout is\n"
        "29000 ms by default. Routes change what a stage serves once deployed.\n"
        "A WebSocket API's routes are $connect, $disconnect, $default and the values of\n"
        "its route selection expression (sloop routes add chat sendmessage --function F);\n"
        "--two-way sends the function's answer back to the client. Functions and callers\n"
        "send to a client with POST /STAGE/@connections/ID on the API's port (signed\n"
        "with a key from sloop credentials, e.g. aws apigatewaymanagementapi).\n");
}

QString stagesUsage()
{
    return Tr::tr("Usage: sloop stages COMMAND [OPTIONS]\n"
                  "\n"
                  "  deploy API STAGE [--description D] [--json]\n"
                  "                              snapshot the routes as a deployment and serve it\n"
                  "                              at STAGE (made when new; $default for the root)\n"
                  "  ls API [--json]             the stages, their deployments and URLs\n"
                  "  rollback API STAGE [--to DEPLOYMENT]\n"
                  "                              serve an earlier deployment (the one before by\n"
                  "                              default)\n"
                  "  set API STAGE [--rate R --burst B] [--variable NAME=VALUE]...\n"
                  "                              throttle the whole stage (R requests a second,\n"
                  "                              bursts of B; 0: none) and set its variables\n"
                  "  cache API STAGE [--ttl S] [--key-query LIST] [--key-header LIST]\n"
                  "        [--capacity MB] [--invalidators KEYS] | --off\n"
                  "                              keep GET answers S seconds (300), by path and\n"
                  "                              the named query strings and headers, in at most\n"
                  "                              MB (512); Cache-Control: max-age=0 fetches\n"
                  "                              afresh only with one of the KEYS (x-api-key)\n"
                  "  flush-cache API STAGE       forget the stage's cached answers\n");
}

QString authorizersUsage()
{
    return Tr::tr(
        "Usage: sloop authorizers COMMAND [OPTIONS]\n"
        "\n"
        "  create API NAME --type jwt --issuer ISS --audience LIST --jwks FILE\n"
        "         [--identity-source SRC] [--json]\n"
        "                              check a bearer token's signature against the\n"
        "                              issuer's key set (RS256, ES256…), its issuer,\n"
        "                              audience and expiry\n"
        "  create API NAME --type request|token --function F [--ttl S]\n"
        "         [--identity-source LIST] [--payload 1.0|2.0] [--simple] [--json]\n"
        "                              invoke F with the caller's identity; it answers\n"
        "                              an IAM policy (or, with --simple, isAuthorized),\n"
        "                              kept S seconds per identity (300; 0: never)\n"
        "  ls API [--json]             the API's authorizers\n"
        "  rm API NAME                 remove one no route uses\n"
        "\n"
        "An identity source is $request.header.NAME or $request.querystring.NAME\n"
        "($request.header.Authorization by default). Routes use one with\n"
        "sloop routes add ... --authorizer NAME [--scope LIST]. Without the identity\n"
        "a caller gets 401 {\"message\":\"Unauthorized\"}; denied, 403. Changes apply at\n"
        "once, without a deployment.\n");
}

QString keysUsage()
{
    return Tr::tr("Usage: sloop keys COMMAND [OPTIONS]\n"
                  "\n"
                  "  create NAME [--json]        an API key; its value is shown once (JSON: id,\n"
                  "                              value) and only its hash is kept\n"
                  "  ls [--json]                 the keys and their requests today\n"
                  "  rm KEY...                   remove a key (and it from its plans)\n"
                  "\n"
                  "Clients send the value as the x-api-key header. A route added with\n"
                  "--api-key-required takes a key in a usage plan for the API's stage.\n");
}

QString usagePlansUsage()
{
    return Tr::tr("Usage: sloop usage-plans COMMAND [OPTIONS]\n"
                  "\n"
                  "  create NAME --rate R --burst B [--quota N --period day|week|month]\n"
                  "         --stage API:STAGE... [--json]\n"
                  "                              R requests a second per key, bursts of B, at\n"
                  "                              most N requests a period per key\n"
                  "  add-key PLAN KEY            let the key use the plan's stages\n"
                  "  ls [--json]                 the plans, their stages and keys\n"
                  "  rm PLAN...                  remove a plan\n"
                  "  usage [KEY] [--from DATE] [--to DATE] [--csv | --json]\n"
                  "                              requests per key per day (this month by\n"
                  "                              default): what to bill from\n"
                  "\n"
                  "Past the rate a key gets 429 {\"message\":\"Too Many Requests\"}; past the\n"
                  "quota 429 {\"message\":\"Limit Exceeded\"}; without a valid key 403\n"
                  "{\"message\":\"Forbidden\"}, as API Gateway answers. Weeks start on Monday,\n"
                  "days at midnight UTC.\n");
}

} // namespace sloop::cli
