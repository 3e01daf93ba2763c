#include "secretstore.h"

#include "util/futures.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QPromise>
#include <QThread>

#include <qt6keychain/keychain.h>

#include <chrono>
#include <future>
#include <memory>

Q_LOGGING_CATEGORY(lcSecrets, "sloop.secrets", QtInfoMsg)

namespace sloop::secrets {

namespace {

const QString kService = QStringLiteral("Sloop");
// Read to learn whether a keychain answers; it is never written.
const QString kProbeKey = QStringLiteral("sloop:probe");

// Texts are looked up, and filed by lupdate, under "Secrets".
struct SecretsText
{
    Q_DECLARE_TR_FUNCTIONS(Secrets)
};

SecretStore *g_store = nullptr;

// The keychain thread must stop while Qt is still whole (D-Bus, the event
// dispatcher), not in static destruction after main() returned.
void destroyStore()
{
    delete g_store;
    g_store = nullptr;
}

} // namespace

SecretStore &SecretStore::instance()
{
    static QMutex creating;
    QMutexLocker lock(&creating);
    if (!g_store) {
        g_store = new SecretStore;
        qAddPostRoutine(destroyStore);
    }
    return *g_store;
}

QString SecretStore::passwordKey(const QString &hostName)
{
    return QStringLiteral("host:%1:password").arg(hostName);
}

QString SecretStore::passphraseKey(const QString &keyFile)
{
    return QStringLiteral("key:%1:passphrase")
        .arg(QDir::cleanPath(QFileInfo(keyFile).absoluteFilePath()));
}

QString SecretStore::unavailableMessage()
{
    return SecretsText::tr(
        "No keychain is available: Sloop will ask for passwords each time and keep them "
        "only in memory for this session.");
}

SecretStore::SecretStore()
{
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("keychain"));
    m_worker = new QObject;
    m_worker->moveToThread(m_thread);
    QObject::connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

SecretStore::~SecretStore()
{
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

void SecretStore::start(Op op, const QString &key, const QString &secret, Done done)
{
    QMetaObject::invokeMethod(m_worker, [this, op, key, secret, done] {
        QKeychain::Job *job = nullptr;
        switch (op) {
        case Op::Read:
            job = new QKeychain::ReadPasswordJob(kService, m_worker);
            break;
        case Op::Write: {
            auto *write = new QKeychain::WritePasswordJob(kService, m_worker);
            write->setTextData(secret);
            job = write;
            break;
        }
        case Op::Remove:
            job = new QKeychain::DeletePasswordJob(kService, m_worker);
            break;
        }
        // Never into a plain QSettings file when no keychain answers.
        job->setInsecureFallback(false);
        job->setAutoDelete(true);
        job->setKey(key);
        QObject::connect(
            job, &QKeychain::Job::finished, m_worker, [op, key, done](QKeychain::Job *finished) {
                Outcome o;
                const QKeychain::Error error = finished->error();
                if (error == QKeychain::NoError) {
                    o.ok = true;
                    if (op == Op::Read)
                        o.value = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
                } else if (error == QKeychain::EntryNotFound && op != Op::Write) {
                    o.ok = true;
                } else {
                    o.error = finished->errorString();
                }
                qCDebug(lcSecrets)
                    << "keychain" << int(op) << key << (o.ok ? "ok" : "failed:") << o.error;
                done(o);
            });
        job->start();
    });
}

SecretStore::Outcome SecretStore::wait(Op op, const QString &key, const QString &secret,
                                       int timeoutMs)
{
    if (QThread::currentThread() == m_thread)
        return {false, std::nullopt, SecretsText::tr("The keychain was asked to wait for itself.")};
    auto promise = std::make_shared<std::promise<Outcome>>();
    std::future<Outcome> future = promise->get_future();
    start(op, key, secret, [promise](const Outcome &o) { promise->set_value(o); });
    if (future.wait_for(std::chrono::milliseconds(timeoutMs)) != std::future_status::ready)
        return {false, std::nullopt,
                SecretsText::tr("The keychain did not answer within %1 seconds (is it locked?).")
                    .arg(timeoutMs / 1000)};
    return future.get();
}

namespace {

// On the main thread, where callers attach continuations (util/futures.h
// says why not on the keychain thread).
template <typename T> void settle(const std::shared_ptr<QPromise<T>> &promise, T value)
{
    settleOn(QCoreApplication::instance(), promise, std::move(value));
}

QString failure(const QString &detail)
{
    return QCoreApplication::translate("Secrets", "The keychain refused: %1").arg(detail);
}

} // namespace

QFuture<Result<std::optional<QString>>> SecretStore::read(const QString &key)
{
    using R = Result<std::optional<QString>>;
    auto promise = std::make_shared<QPromise<R>>();
    promise->start();
    start(Op::Read, key, {}, [promise](const Outcome &o) {
        settle(promise, o.ok ? R(o.value) : R::failure(failure(o.error)));
    });
    return promise->future();
}

QFuture<VoidResult> SecretStore::write(const QString &key, const QString &secret)
{
    auto promise = std::make_shared<QPromise<VoidResult>>();
    promise->start();
    start(Op::Write, key, secret, [promise](const Outcome &o) {
        settle(promise, o.ok ? VoidResult() : VoidResult::failure(failure(o.error)));
    });
    return promise->future();
}

QFuture<VoidResult> SecretStore::remove(const QString &key)
{
    auto promise = std::make_shared<QPromise<VoidResult>>();
    promise->start();
    start(Op::Remove, key, {}, [promise](const Outcome &o) {
        settle(promise, o.ok ? VoidResult() : VoidResult::failure(failure(o.error)));
    });
    return promise->future();
}

Result<std::optional<QString>> SecretStore::readNow(const QString &key, int timeoutMs)
{
    const Outcome o = wait(Op::Read, key, {}, timeoutMs);
    if (!o.ok)
        return Result<std::optional<QString>>::failure(failure(o.error));
    return o.value;
}

VoidResult SecretStore::writeNow(const QString &key, const QString &secret, int timeoutMs)
{
    const Outcome o = wait(Op::Write, key, secret, timeoutMs);
    return o.ok ? VoidResult() : VoidResult::failure(failure(o.error));
}

VoidResult SecretStore::removeNow(const QString &key, int timeoutMs)
{
    const Outcome o = wait(Op::Remove, key, {}, timeoutMs);
    return o.ok ? VoidResult() : VoidResult::failure(failure(o.error));
}

bool SecretStore::available()
{
    QMutexLocker lock(&m_mutex);
    if (!m_available) {
        // Short: a keychain that is there answers a lookup at once (a locked
        // one answers "not found" or unlocks when written to).
        const Outcome o = wait(Op::Read, kProbeKey, {}, 15000);
        m_available = o.ok;
        if (!o.ok)
            qCInfo(lcSecrets).noquote() << unavailableMessage() << "(" << o.error << ")";
    }
    return *m_available;
}

} // namespace sloop::secrets
