#include "sloopresources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE declares a function in the current namespace, so it must
// be expanded at global scope.
static void initSloopQrc()
{
    Q_INIT_RESOURCE(sloop);
}

namespace sloop::widgets {

void initSloopResources()
{
    static const bool done = [] {
        initSloopQrc();
        return true;
    }();
    Q_UNUSED(done)
}

} // namespace sloop::widgets
