#include "processhardening.h"

#include "logging.h"

#include <QtGlobal>

#include <cerrno>
#include <cstring>
#include <sys/prctl.h>

namespace sloop {

void keepSecretsOutOfDumps()
{
    if (qEnvironmentVariableIntValue("SLOOP_ALLOW_CORE_DUMPS") == 1)
        return;
    if (::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
        qCWarning(lcApp) << "cannot keep secrets out of core dumps:" << std::strerror(errno);
}

} // namespace sloop
