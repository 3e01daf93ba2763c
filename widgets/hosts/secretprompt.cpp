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
#include <QSet>
#include <QVBoxLayout>

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

Answer showDialog(const QString &host, const QString &keyFile, bool keychain, bool storedRefused)
{
    QDialog dialog(QApplication::activeWindow());
    dialog.setObjectName(QStringLiteral("secretDialog"));
    dialog.setWindowTitle(SecretPromptText::tr("Sign in to %1").arg(host));
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
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(label);
    layout->addWidget(edit);
    layout->addWidget(remember);
    layout->addWidget(note);
    layout->addWidget(buttons);
    dialog.setMinimumWidth(420);
    Answer answer;
    if (dialog.exec() == QDialog::Accepted) {
        answer.secret = edit->text();
        answer.remember = remember->isChecked();
    }
    return answer;
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
    QMetaObject::invokeMethod(
        qApp, [&] { answer = showDialog(host, keyFile, keychain, storedRefused); },
        Qt::BlockingQueuedConnection);
    if (answer.secret && answer.remember) {
        store.writeNow(key, *answer.secret);
        QMutexLocker lock(&g_usedMutex);
        g_used.remove(key); // the new one may be used from the keychain next time
    }
    return answer.secret;
}

} // namespace sloop::widgets
