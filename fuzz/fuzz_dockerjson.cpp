// Every answer of the engine Sloop reads as JSON; the first byte picks the
// reader, so one corpus covers them all.
#include "engine/dockerjson.h"
#include "fuzzinput.h"

using namespace sloop::engine;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray input = sloop::fuzz::bytes(data + 1, size - 1);
    switch (data[0] % 13) {
    case 0:
        json::parseContainerList(input);
        break;
    case 1:
        json::parseContainerInspect(input);
        break;
    case 2:
        json::parseImageList(input);
        break;
    case 3:
        json::parseVolumeList(input);
        break;
    case 4:
        json::parseNetworkList(input);
        break;
    case 5:
        json::parseVersion(input);
        break;
    case 6:
        json::parseSystemInfo(input);
        break;
    case 7:
        json::parseEvent(input);
        break;
    case 8:
        json::parseStats(input);
        break;
    case 9:
        json::parsePullProgress(input);
        break;
    case 10:
        json::parseCreatedId(input);
        break;
    case 11:
        json::parseExecId(input);
        break;
    default:
        json::parseExecInspect(input);
        break;
    }
    return 0;
}
