// Launch scripts: cloud-config YAML (or a shell script) as a person or a
// blueprint writes it, parsed and checked module by module.
#include "blueprints/cloudconfig.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    sloop::blueprints::parseCloudConfig(sloop::fuzz::bytes(data, size));
    return 0;
}
