#include "secretprompt.h"

#include "secrets/secretstore.h"

#include <QApplication>
#include <QCheckBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMutex>
#include <QPointer>
#include <QSet>
#include <QThread>
#include <QVBoxLayout>
#include <QWaitCondition>

#include <memory>

namespace sloop::widgets {

namespace {

// Texts are looked up, and filed by lupdate, under "SecretPrompt".
struct SecretPromptText
{
    Q_DECLARE_TR_FUNCTIONS(SecretPrompt)
};

// Keys whose stored secret was handed out once already in this process: a
// second request means it was refused.
QMutex g_usedMutex;
QSet<QString> g_used;

struct Answer
{
    std::optional<QString> secret;
    bool remember = false;
};

struct Asked
{
    QDialog *dialog = nullptr;
    QLineEdit *edit = nullptr;
    QCheckBox *remember = nullptr;
};

Asked makeDialog(const QString &host, const QString &keyFile, bool keychain, bool storedRefused)
{
    auto *dialog = new QDialog(QApplication::activeWindow());
    dialog->setObjectName(QStringLiteral("secretDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(SecretPromptText::tr("Sign in to %1").arg(host));
    auto *label = new QLabel(
        keyFile.isEmpty() ? SecretPromptText::tr("Password for %1:").arg(host.toHtmlEscaped())
                          : SecretPromptText::tr("Passphrase of the key <code>%1</code> (for %2):")
                                .arg(keyFile.toHtmlEscaped(), host.toHtmlEscaped()));
    label->setWordWrap(true);
    auto *edit = new QLineEdit;
    edit->setEchoMode(QLineEdit::Password);
    edit->setAccessibleName(keyFile.isEmpty() ? SecretPromptText::tr("Password")
                                              : SecretPromptText::tr("Passphrase"));
    auto *remember = new QCheckBox(SecretPromptText::tr("Remember in the keychain"));
    remember->setEnabled(keychain);
    auto *note = new QLabel;
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    if (!keychain)
        note->setText(
            SecretPromptText::tr("No keychain is available: Sloop will ask each time and keeps the "
                                 "answer only in memory."));
    else if (storedRefused)
        note->setText(SecretPromptText::tr("The saved secret was not accepted."));
    note->setVisible(!note->text().isEmpty());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(label);
    layout->addWidget(edit);
    layout->addWidget(remember);
    layout->addWidget(note);
    layout->addWidget(buttons);
    dialog->setMinimumWidth(420);
    return {dialog, edit, remember};
}

// The answer a worker waits for while the dialog is open on the GUI
// thread, which never waits for the worker: the session may be closed
// meanwhile (its destructor interrupts the thread), and then the worker
// gives up and the dialog goes.
struct Pending
{
    QMutex mutex;
    QWaitCondition ready;
    bool done = false;
    Answer answer;
    QPointer<QDialog> dialog; // GUI thread only
};

Answer askOnGuiThread(const QString &host, const QString &keyFile, bool keychain,
                      bool storedRefused)
{
    auto pending = std::make_shared<Pending>();
    QMetaObject::invokeMethod(
        qApp,
        [pending, host, keyFile, keychain, storedRefused] {
            {
                QMutexLocker lock(&pending->mutex);
                if (pending->done)
                    return; // the worker gave up before the dialog could show
            }
            const Asked asked = makeDialog(host, keyFile, keychain, storedRefused);
            pending->dialog = asked.dialog;
            QObject::connect(asked.dialog, &QDialog::finished, asked.dialog,
                             [pending, asked](int result) {
                                 QMutexLocker lock(&pending->mutex);
                                 if (pending->done)
                                     return;
                                 if (result == QDialog::Accepted) {
                                     pending->answer.secret = asked.edit->text();
                                     pending->answer.remember = asked.remember->isChecked();
                                 }
                                 pending->done = true;
                                 pending->ready.wakeAll();
                             });
            asked.dialog->open();
        },
        Qt::QueuedConnection);
    QMutexLocker lock(&pending->mutex);
    while (!pending->done) {
        if (QThread::currentThread()->isInterruptionRequested()) {
            pending->done = true;
            QMetaObject::invokeMethod(
                qApp,
                [pending] {
                    if (pending->dialog)
                        pending->dialog->reject();
                },
                Qt::QueuedConnection);
            return {};
        }
        pending->ready.wait(&pending->mutex, 100);
    }
    return pending->answer;
}

} // namespace

std::optional<QString> askHostSecret(const QString &host, const QString &keyFile)
{
    secrets::SecretStore &store = secrets::SecretStore::instance();
    const QString key = keyFile.isEmpty() ? secrets::SecretStore::passwordKey(host)
                                          : secrets::SecretStore::passphraseKey(keyFile);
    const bool keychain = store.available();
    bool storedRefused = false;
    if (keychain) {
        bool firstTime = false;
        {
            QMutexLocker lock(&g_usedMutex);
            firstTime = !g_used.contains(key);
            g_used.insert(key);
        }
        const Result<std::optional<QString>> stored = store.readNow(key);
        if (stored && stored->has_value()) {
            if (firstTime)
                return **stored;
            storedRefused = true;
        }
    }
    Answer answer;
    if (QThread::currentThread() == qApp->thread()) {
        // Asked on the GUI thread itself (nothing waits on it there).
        const Asked asked = makeDialog(host, keyFile, keychain, storedRefused);
        asked.dialog->setAttribute(Qt::WA_DeleteOnClose, false);
        if (asked.dialog->exec() == QDialog::Accepted)
            answer = {asked.edit->text(), asked.remember->isChecked()};
        delete asked.dialog;
    } else {
        answer = askOnGuiThread(host, keyFile, keychain, storedRefused);
    }
    if (answer.secret && answer.remember) {
        store.writeNow(key, *answer.secret);
        QMutexLocker lock(&g_usedMutex);
        g_used.remove(key); // the new one may be used from the keychain next time
    }
    return answer.secret;
}

} // namespace sloop::widgets
