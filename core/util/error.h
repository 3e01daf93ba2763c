#pragma once

#include <QString>

#include <utility>

namespace sloop {

// What went wrong, in words a program can branch on. Every failure in core
// carries one: the CLI turns it into an exit status, the window into the
// right dialog, a retry loop into "again" or "give up". Nothing classifies an
// error by searching its message.
enum class ErrorKind
{
    Internal,     // a bug, or a failure with no better kind (the default)
    NotFound,     // the thing named does not exist (HTTP 404, no such file)
    Conflict,     // it exists already, or is in a state that forbids this (HTTP 409)
    Refused,      // the other side understood and said no (HTTP 403, permission denied)
    Unauthorized, // who you are was not accepted (HTTP 401, SSH sign-in, host key)
    Unreachable,  // could not talk to it at all (DNS, connection refused, link lost)
    TimedOut,     // it did not answer in time
    InvalidInput, // what was asked for is malformed (HTTP 400, a bad name)
    Unsupported,  // this engine, host or version cannot do it
    Cancelled,    // the person or the caller stopped it
    Throttled,    // too many at once; the same request may work later (HTTP 429)
};

// The kind, the sentence a person reads, and where it came from (an HTTP
// status, a libssh error kind), for logs and for callers that need more.
struct Error
{
    ErrorKind kind = ErrorKind::Internal;
    QString message;
    int httpStatus = 0; // the remote's HTTP status, 0 when none
    int sshKind = -1;   // ssh::SshError::Kind, -1 when not an SSH failure

    static Error make(ErrorKind kind, QString message, int httpStatus = 0)
    {
        Error e;
        e.kind = kind;
        e.message = std::move(message);
        e.httpStatus = httpStatus;
        return e;
    }
    // The same kind and cause with another message ("creating web: " + ...).
    Error withMessage(QString newMessage) const
    {
        Error e = *this;
        e.message = std::move(newMessage);
        return e;
    }
};

// Stable lower-case names ("not_found") for JSON output and logs.
QString errorKindName(ErrorKind kind);
// The kind errorKindName gave that name (an API's "kind"); Internal when none.
ErrorKind errorKindFromName(const QString &name);

// The kind an HTTP status means, for any HTTP API Sloop calls (the engine,
// registries, the admin API): 404 → NotFound, 409 → Conflict, and so on.
ErrorKind errorKindForHttpStatus(int status);

} // namespace sloop
