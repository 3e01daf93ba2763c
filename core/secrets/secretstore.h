#pragma once

#include "util/result.h"

#include <QFuture>
#include <QMutex>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QThread;

namespace sloop::secrets {

// Passwords and key passphrases, kept only in the OS keychain (Secret Service
// or KWallet through QtKeychain), under the service name "Sloop". Never in a
// file, a log line or the command log: this class logs keys and outcomes,
// never values.
//
// QtKeychain jobs need an event loop on the thread that runs them, and its
// job queue is one object per process bound to the first thread that used
// it. So every job runs on one keychain thread the store owns for the whole
// process. Neither the GUI thread nor an SSH worker has to spin an event
// loop: the async calls return futures that finish on the keychain thread,
// and the *Now() calls block the calling thread (an SSH worker in its
// Credentials callbacks, or the CLI) until the answer or a time limit.
//
// Thread-safety: every member may be called from any thread after a
// QCoreApplication exists. The keychain thread stops when it is destroyed.
class SecretStore
{
public:
    static SecretStore &instance();

    // "host:<name>:password"
    static QString passwordKey(const QString &hostName);
    // "key:<absolute key path>:passphrase"
    static QString passphraseKey(const QString &keyFile);

    // A missing entry reads as nullopt; removing a missing entry succeeds.
    // The futures finish on the application's main thread.
    QFuture<Result<std::optional<QString>>> read(const QString &key);
    QFuture<VoidResult> write(const QString &key, const QString &secret);
    QFuture<VoidResult> remove(const QString &key);

    // Blocking versions. A time limit gives a failure, not a hang: a locked
    // keychain may be waiting for a person to unlock it.
    static constexpr int kWaitMs = 120000;
    Result<std::optional<QString>> readNow(const QString &key, int timeoutMs = kWaitMs);
    VoidResult writeNow(const QString &key, const QString &secret, int timeoutMs = kWaitMs);
    VoidResult removeNow(const QString &key, int timeoutMs = kWaitMs);

    // Whether a keychain answers: asked once per process (a read of an entry
    // that does not exist), then remembered. When none does, the first call
    // logs unavailableMessage() once (info: the CLI says it in its own
    // words); callers fall back to asking.
    bool available();
    static QString unavailableMessage();

    ~SecretStore();

private:
    SecretStore();
    enum class Op
    {
        Read,
        Write,
        Remove
    };
    struct Outcome
    {
        bool ok = false;
        std::optional<QString> value;
        QString error;
    };
    using Done = std::function<void(const Outcome &)>;
    void start(Op op, const QString &key, const QString &secret, Done done);
    Outcome wait(Op op, const QString &key, const QString &secret, int timeoutMs);

    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr; // lives on m_thread; jobs are its children
    QMutex m_mutex;
    std::optional<bool> m_available;
};

} // namespace sloop::secrets
