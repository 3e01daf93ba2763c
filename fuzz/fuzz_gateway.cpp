// The gateway's mapping of a request to a route (literal, {param},
// {proxy+}, ANY, $default; percent-encoding), and registry manifests.
#include "fuzzinput.h"
#include "gateway/routematcher.h"
#include "registry/registryclient.h"

using namespace sloop;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QList<gateway::Route> routes = [] {
        QList<gateway::Route> list;
        for (const char *key : {"GET /pets", "GET /pets/{id}", "POST /pets/{id}/toys/{toy}",
                                "ANY /files/{proxy+}", "GET /", "$default"}) {
            gateway::Route route;
            route.key = QString::fromLatin1(key);
            list.append(route);
        }
        return list;
    }();
    const QByteArray input = fuzz::bytes(data, size);
    const qsizetype space = input.indexOf(' ');
    const QString method = QString::fromUtf8(input.left(qMax<qsizetype>(0, space)));
    const QString path = QString::fromUtf8(input.mid(space + 1));
    gateway::matchRoute(routes, method, path);
    registry::parseManifest(input, "application/vnd.oci.image.manifest.v1+json");
    registry::parseManifest(input, "application/vnd.docker.distribution.manifest.list.v2+json");
    return 0;
}
