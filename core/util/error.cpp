#include "error.h"

namespace sloop {

QString errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Internal:
        return QStringLiteral("internal");
    case ErrorKind::NotFound:
        return QStringLiteral("not_found");
    case ErrorKind::Conflict:
        return QStringLiteral("conflict");
    case ErrorKind::Refused:
        return QStringLiteral("refused");
    case ErrorKind::Unauthorized:
        return QStringLiteral("unauthorized");
    case ErrorKind::Unreachable:
        return QStringLiteral("unreachable");
    case ErrorKind::TimedOut:
        return QStringLiteral("timed_out");
    case ErrorKind::InvalidInput:
        return QStringLiteral("invalid_input");
    case ErrorKind::Unsupported:
        return QStringLiteral("unsupported");
    case ErrorKind::Cancelled:
        return QStringLiteral("cancelled");
    case ErrorKind::Throttled:
        return QStringLiteral("throttled");
    }
    return QStringLiteral("internal");
}

ErrorKind errorKindFromName(const QString &name)
{
    for (const ErrorKind kind :
         {ErrorKind::NotFound, ErrorKind::Conflict, ErrorKind::Refused, ErrorKind::Unauthorized,
          ErrorKind::Unreachable, ErrorKind::TimedOut, ErrorKind::InvalidInput,
          ErrorKind::Unsupported, ErrorKind::Cancelled, ErrorKind::Throttled}) {
        if (errorKindName(kind) == name)
            return kind;
    }
    return ErrorKind::Internal;
}

ErrorKind errorKindForHttpStatus(int status)
{
    switch (status) {
    case 400:
    case 411:
    case 413:
    case 414:
    case 422:
        return ErrorKind::InvalidInput;
    case 401:
    case 407:
        return ErrorKind::Unauthorized;
    case 403:
        return ErrorKind::Refused;
    case 404:
    case 410:
        return ErrorKind::NotFound;
    case 409:
    case 412:
        return ErrorKind::Conflict;
    case 408:
    case 504:
        return ErrorKind::TimedOut;
    case 405:
    case 501:
    case 505:
        return ErrorKind::Unsupported;
    case 502:
    case 503:
        return ErrorKind::Unreachable;
    case 429:
        return ErrorKind::Throttled;
    default:
        return ErrorKind::Internal;
    }
}

} // namespace sloop
