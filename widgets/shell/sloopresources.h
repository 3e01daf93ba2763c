#pragma once

namespace sloop::widgets {

// Registers resources/sloop.qrc (icons under ":/sloop"). sloop_widgets is a
// static library, so the linker drops the resource object unless something
// calls into it; call this before loading ":/sloop/..." paths. Safe to call
// more than once.
void initSloopResources();

} // namespace sloop::widgets
