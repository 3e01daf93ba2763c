#pragma once

#include <QString>

namespace sloop::hosts {

// What libssh 0.10 does with an ssh_config keyword (its own keyword table),
// so an import can list the options that have no effect.
enum class LibsshSupport
{
    Applied, // libssh evaluates it (HostName, Port, Ciphers...)
    Ignored, // libssh recognises it and does nothing (ForwardAgent...)
    Unknown, // not an option libssh knows
};

LibsshSupport libsshSupport(const QString &lowerCaseKeyword);

} // namespace sloop::hosts
