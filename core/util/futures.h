#pragma once

#include <QFuture>
#include <QMetaObject>
#include <QObject>

#include <utility>

namespace sloop {

// Runs fn(result) on `context`'s thread, from its event loop, once `future`
// has finished; never inside this call, and not at all when `context` is
// destroyed first.
//
// Why not future.then(context, fn): when the future has already finished
// as the continuation is attached (a fast worker, a busy GUI thread, or a
// ready future), Qt 6.4 calls fn right away, inside then(). A method that
// starts a request and then emits a signal from fn would emit it before
// its caller could connect or wait: the answer is lost (tst_filebrowser
// waited 45 s for a listing that had come and gone under load).
template <typename T, typename Fn>
void whenFinished(const QFuture<T> &future, QObject *context, Fn fn)
{
    // The first hop gets onto the context's thread (or runs in place); the
    // second, always queued, gets out of the caller's stack.
    QFuture<T>(future).then(context, [context, fn = std::move(fn)](const T &result) mutable {
        QMetaObject::invokeMethod(
            context, [fn = std::move(fn), result]() mutable { fn(result); }, Qt::QueuedConnection);
    });
}

} // namespace sloop
