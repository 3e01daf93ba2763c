#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QMetaObject>
#include <QObject>
#include <QPromise>
#include <QThread>

#include <memory>
#include <optional>
#include <utility>

// Two rules for futures that cross threads, both forced by Qt 6.4.
//
// Qt 6.4's QFutureInterfaceBase::setContinuation runs a continuation at
// once when the future has finished, then keeps it; the thread that
// finished the future calls runContinuation a moment after marking it
// finished and runs the kept continuation a second time. A then() attached
// in that gap crashes (the continuation's promise was moved out by the
// first run; tst_systemcontainer met it in CI). So:
//  - producers that work on a thread of their own settle their promises on
//    their callers' thread (settleOn), where callers attach continuations;
//  - whenFinished waits with a QFutureWatcher, which takes the future's own
//    lock, instead of then().

namespace sloop {

// Runs fn(result) on `context`'s thread, from its event loop, once `future`
// has finished; never inside this call, and not at all when `context` is
// destroyed first. Call it on `context`'s thread.
//
// Why not future.then(context, fn): besides the race above, when the future
// has already finished as the continuation is attached, Qt 6.4 calls fn
// right away, inside then(). A method that starts a request and then emits
// a signal from fn would emit it before its caller could connect or wait:
// the answer is lost (tst_filebrowser waited 45 s for a listing that had
// come and gone under load).
template <typename T, typename Fn>
void whenFinished(const QFuture<T> &future, QObject *context, Fn fn)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, fn = std::move(fn)]() mutable {
                         watcher->deleteLater();
                         // A promise dropped unfinished cancels its future
                         // with no result: then(context, fn) skipped those.
                         if (watcher->future().resultCount() > 0)
                             fn(watcher->future().result());
                     });
    watcher->setFuture(future);
}

// As whenFinished, but fn(std::optional<T>) runs for a future cancelled
// without a result too (nullopt): for callers that owe an answer either way.
template <typename T, typename Fn> void whenEnded(const QFuture<T> &future, QObject *context, Fn fn)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(
        watcher, &QFutureWatcherBase::finished, context, [watcher, fn = std::move(fn)]() mutable {
            watcher->deleteLater();
            fn(watcher->future().resultCount() > 0 ? std::optional<T>(watcher->future().result())
                                                   : std::nullopt);
        });
    watcher->setFuture(future);
}

namespace detail {

// Settles its promise when run, or, if the event that carries it is dropped
// because its receiver went away, when it is destroyed: a waiting caller
// always gets an answer.
template <typename T> class Settlement
{
public:
    Settlement(std::shared_ptr<QPromise<T>> promise, T value)
        : m_promise(std::move(promise))
        , m_value(std::move(value))
    {
    }
    Settlement(Settlement &&other) noexcept
        : m_promise(std::exchange(other.m_promise, nullptr))
        , m_value(std::move(other.m_value))
    {
    }
    Settlement(const Settlement &) = delete;
    Settlement &operator=(const Settlement &) = delete;
    Settlement &operator=(Settlement &&) = delete;
    ~Settlement() { (*this)(); }

    void operator()()
    {
        if (!m_promise)
            return;
        const auto promise = std::exchange(m_promise, nullptr);
        promise->addResult(std::move(m_value));
        promise->finish();
    }

private:
    std::shared_ptr<QPromise<T>> m_promise;
    T m_value;
};

} // namespace detail

// Adds `value` to `promise` and finishes it on `home`'s thread: in place
// when called there, otherwise from home's event loop. See the top of this
// file for why a worker thread must not finish a promise its callers attach
// continuations to.
template <typename T> void settleOn(QObject *home, std::shared_ptr<QPromise<T>> promise, T value)
{
    detail::Settlement<T> settlement(std::move(promise), std::move(value));
    if (QThread::currentThread() == home->thread()) {
        settlement();
        return;
    }
    QMetaObject::invokeMethod(home, std::move(settlement), Qt::QueuedConnection);
}

// A future for work made of several calls on one thread: each step's
// continuation ends it with settle() (once). Copies share the promise, so
// continuations capture it by value.
template <typename T> class PendingResult
{
public:
    PendingResult()
        : m_promise(std::make_shared<QPromise<T>>())
    {
        m_promise->start();
    }
    QFuture<T> future() const { return m_promise->future(); }
    void settle(T value) const
    {
        m_promise->addResult(std::move(value));
        m_promise->finish();
    }

private:
    std::shared_ptr<QPromise<T>> m_promise;
};

} // namespace sloop
