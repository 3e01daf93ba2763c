#pragma once

#include "error.h"

#include <QString>

#include <optional>
#include <utility>

namespace sloop {

// A value or an Error: a kind a program can branch on and a message a person
// can act on. Every async call in core returns one of these instead of a bare
// bool or an exception. error() is the message (what most callers show);
// problem() is the whole Error, to branch on or to pass along with its kind.
template <typename T> class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    // A failure with no better kind (ErrorKind::Internal).
    static Result failure(QString message)
    {
        return failure(Error{ErrorKind::Internal, std::move(message)});
    }
    static Result failure(ErrorKind kind, QString message)
    {
        return failure(Error{kind, std::move(message)});
    }
    static Result failure(Error error)
    {
        Result r;
        r.m_error = std::move(error);
        return r;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const T &operator*() const { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const QString &error() const { return m_error.message; }
    const Error &problem() const { return m_error; }
    ErrorKind kind() const { return m_error.kind; }

private:
    Result() = default;
    std::optional<T> m_value;
    Error m_error;
};

template <> class Result<void>
{
public:
    Result() = default;
    static Result failure(QString message)
    {
        return failure(Error{ErrorKind::Internal, std::move(message)});
    }
    static Result failure(ErrorKind kind, QString message)
    {
        return failure(Error{kind, std::move(message)});
    }
    static Result failure(Error error)
    {
        Result r;
        r.m_failed = true;
        r.m_error = std::move(error);
        return r;
    }
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error.message; }
    const Error &problem() const { return m_error; }
    ErrorKind kind() const { return m_error.kind; }

private:
    bool m_failed = false;
    Error m_error;
};

using VoidResult = Result<void>;

} // namespace sloop
