#pragma once

#include <libssh/libssh.h>

#include <QString>

#include <memory>

// libssh handles owned by unique_ptr with the matching free function, so
// every early return releases them (the Multipass habit). Only the SSH
// layer's .cpp files include this: libssh stays a private dependency.
namespace sloop::ssh::detail {

struct SessionDeleter
{
    void operator()(ssh_session s) const
    {
        if (ssh_is_connected(s))
            ssh_disconnect(s);
        ssh_free(s);
    }
};
struct ChannelDeleter
{
    void operator()(ssh_channel c) const
    {
        // close before free so sshd tears the child down now, not at disconnect.
        if (ssh_channel_is_open(c))
            ssh_channel_close(c);
        ssh_channel_free(c);
    }
};
struct KeyDeleter
{
    void operator()(ssh_key k) const { ssh_key_free(k); }
};
struct KnownHostsEntryDeleter
{
    void operator()(ssh_knownhosts_entry *e) const { ssh_knownhosts_entry_free(e); }
};
struct CStringDeleter
{
    void operator()(char *s) const { ssh_string_free_char(s); }
};

using SessionPtr = std::unique_ptr<ssh_session_struct, SessionDeleter>;
using ChannelPtr = std::unique_ptr<ssh_channel_struct, ChannelDeleter>;
using KeyPtr = std::unique_ptr<ssh_key_struct, KeyDeleter>;
using KnownHostsEntryPtr = std::unique_ptr<ssh_knownhosts_entry, KnownHostsEntryDeleter>;
using CStringPtr = std::unique_ptr<char, CStringDeleter>;

// libssh's own words for the last failure on this session.
inline QString lastError(ssh_session session)
{
    const char *text = session ? ssh_get_error(session) : nullptr;
    return text && *text ? QString::fromUtf8(text) : QStringLiteral("no details from libssh");
}

} // namespace sloop::ssh::detail
