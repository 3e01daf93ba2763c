#include "hostkeyprompts.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace sloop::widgets {

namespace {

// Texts are looked up, and filed by lupdate, under "HostKeyPrompts".
struct HostKeyPromptsText
{
    Q_DECLARE_TR_FUNCTIONS(HostKeyPrompts)
};

QString keyTypeName(const QString &type)
{
    // "ssh-ed25519" → "ED25519", "ecdsa-sha2-nistp256" → "ECDSA".
    QString t = type;
    if (t.startsWith(QLatin1String("ssh-")))
        t = t.mid(4);
    if (t.startsWith(QLatin1String("ecdsa")))
        t = QStringLiteral("ecdsa");
    return t.toUpper();
}

QString code(const QString &text)
{
    return QStringLiteral("<code>") + text.toHtmlEscaped() + QStringLiteral("</code>");
}

} // namespace

bool askToTrustHostKey(QWidget *parent, const QString &host, const ssh::SshError &error)
{
    QMessageBox box(parent);
    box.setObjectName(QStringLiteral("trustHostKeyDialog"));
    box.setIcon(QMessageBox::Question);
    box.setTextFormat(Qt::RichText);
    if (error.hop.isEmpty()) {
        box.setWindowTitle(HostKeyPromptsText::tr("Trust this host?"));
        box.setText(HostKeyPromptsText::tr("Sloop has not connected to <b>%1</b> before.")
                        .arg(host.toHtmlEscaped()));
    } else {
        // Hop by hop: each key is shown and trusted on its own.
        box.setWindowTitle(HostKeyPromptsText::tr("Trust the jump host?"));
        box.setText(HostKeyPromptsText::tr("Sloop reaches <b>%1</b> through the jump host "
                                           "<b>%2</b>, which it has not connected to before.")
                        .arg(host.toHtmlEscaped(), error.hop.toHtmlEscaped()));
    }
    box.setInformativeText(
        HostKeyPromptsText::tr(
            "<p>The server identifies itself with this %1 key:</p><p>%2</p>"
            "<p>Compare it with the fingerprint the server's administrator gives you (on the "
            "server: %3). Trust it only if they match; Sloop then remembers it in "
            "<code>~/.ssh/known_hosts</code> and warns if it ever changes.</p>")
            .arg(keyTypeName(error.keyType).toHtmlEscaped(), code(error.fingerprint),
                 code(QStringLiteral("ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub"))));
    QPushButton *trust =
        box.addButton(HostKeyPromptsText::tr("Trust and connect"), QMessageBox::AcceptRole);
    trust->setObjectName(QStringLiteral("trustButton"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.exec();
    return box.clickedButton() == trust;
}

bool askToForgetChangedHostKey(QWidget *parent, const QString &host, const ssh::SshError &error)
{
    QMessageBox box(parent);
    box.setObjectName(QStringLiteral("changedHostKeyDialog"));
    box.setIcon(QMessageBox::Warning);
    box.setWindowTitle(HostKeyPromptsText::tr("Host key changed"));
    box.setTextFormat(Qt::RichText);
    box.setText(
        error.hop.isEmpty()
            ? HostKeyPromptsText::tr(
                  "<b>The host key of %1 has changed. Sloop did not connect.</b>")
                  .arg(host.toHtmlEscaped())
            : HostKeyPromptsText::tr("<b>The host key of the jump host %1, on the way to %2, has "
                                     "changed. Sloop did not connect.</b>")
                  .arg(error.hop.toHtmlEscaped(), host.toHtmlEscaped()));
    const QString expected = error.expectedFingerprint.isEmpty()
                                 ? HostKeyPromptsText::tr("(a key of another type)")
                                 : code(error.expectedFingerprint);
    box.setInformativeText(
        HostKeyPromptsText::tr(
            "<p>Someone could be intercepting the connection (a man-in-the-middle attack), or "
            "the server was reinstalled and made new keys.</p>"
            "<p>Key on record: %1<br>Key offered now (%2): %3</p>"
            "<p>Forget the old key only if you know why it changed. The next connection will "
            "then ask you to trust the new key.</p>")
            .arg(expected, keyTypeName(error.keyType).toHtmlEscaped(), code(error.fingerprint)));
    QPushButton *forget =
        box.addButton(HostKeyPromptsText::tr("Forget the old key…"), QMessageBox::DestructiveRole);
    forget->setObjectName(QStringLiteral("forgetButton"));
    QPushButton *close = box.addButton(QMessageBox::Close);
    box.setDefaultButton(close);
    box.exec();
    if (box.clickedButton() != forget)
        return false;
    return QMessageBox::question(
               parent, HostKeyPromptsText::tr("Forget the old key?"),
               HostKeyPromptsText::tr(
                   "Remove the recorded key of %1 from known_hosts? Sloop records "
                   "this in the command log.")
                   .arg(error.hop.isEmpty() ? host : error.hop),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
}

} // namespace sloop::widgets
