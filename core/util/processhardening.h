#pragma once

namespace sloop {

// Sloop holds passwords, key passphrases and API secrets in memory while it
// runs. This marks the process not dumpable (PR_SET_DUMPABLE 0): no core
// file is written when it crashes, and other processes of the same user
// cannot attach a debugger or read its memory and environment through
// /proc (only root can). SLOOP_ALLOW_CORE_DUMPS=1 keeps the default, for
// someone debugging Sloop itself. Call first thing in main(); exec()
// resets it for the programs Sloop starts.
void keepSecretsOutOfDumps();

} // namespace sloop
