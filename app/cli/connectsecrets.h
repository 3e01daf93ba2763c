#pragma once

#include "hosts/hostrecord.h"
#include "ssh/ssherror.h"
#include "ssh/sshtypes.h"
#include "util/result.h"

#include <memory>
#include <optional>

namespace sloop::cli {

// Reads one line from /dev/tty with echo off. Only when stdin is a
// terminal: a script gets no prompt (nullopt).
std::optional<QString> askOnTerminal(const QString &prompt);

// The environment variable when set, else the terminal prompt.
std::optional<QString> askSecret(const char *variable, const QString &prompt);

// Says once per process, on stderr, that no keychain answers; returns
// whether one does.
bool keychainAvailable();

// The secrets of one connection to one host. The callbacks try the
// keychain first, then SLOOP_SSH_PASSWORD / SLOOP_SSH_PASSPHRASE, then the
// terminal. They run on the SSH worker thread and block it; the keychain
// answers on its own thread (SecretStore), so nothing waits for this one.
// Values asked for are kept in memory only, until saveUsed() stores the one
// that logged in, when the person asked for that.
class ConnectSecrets
{
public:
    explicit ConnectSecrets(const hosts::HostRecord &host);

    ssh::Credentials credentials() const;

    // After a connect that authenticated with `authMethod` ("password",
    // "key /path"...): stores the secret that was asked for and used. The
    // value says what was saved, empty when nothing had been asked for.
    Result<QString> saveUsed(const QString &authMethod) const;

    // After a failed login: the error, with a word on the stored secret that
    // was refused, so a wrong keychain entry is named as the cause.
    ssh::SshError explain(ssh::SshError error) const;

private:
    struct State;
    std::shared_ptr<State> m_state;
};

} // namespace sloop::cli
