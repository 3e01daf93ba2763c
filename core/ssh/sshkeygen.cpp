#include "sshkeygen.h"

#include "knownhosts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <libssh/libssh.h>

#include <memory>

namespace sloop::ssh {

namespace {

struct KeygenText
{
    Q_DECLARE_TR_FUNCTIONS(KeygenText)
};

struct KeyDeleter
{
    void operator()(ssh_key key) const { ssh_key_free(key); }
};
using KeyHandle = std::unique_ptr<std::remove_pointer_t<ssh_key>, KeyDeleter>;

Result<QString> publicLine(ssh_key key, const QString &comment)
{
    char *base64 = nullptr;
    if (ssh_pki_export_pubkey_base64(key, &base64) != SSH_OK || !base64)
        return Result<QString>::failure(KeygenText::tr("Could not export the public key."));
    const QString blob = QString::fromLatin1(base64);
    ssh_string_free_char(base64);
    const QString type = QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(key)));
    QString line = type + QLatin1Char(' ') + blob;
    if (!comment.isEmpty())
        line += QLatin1Char(' ') + comment;
    return line;
}

QString fingerprintOf(const QString &line)
{
    const QStringList parts = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() < 2)
        return {};
    return sha256Fingerprint(QByteArray::fromBase64(parts.at(1).toLatin1()));
}

} // namespace

Result<KeyPairFiles> generateEd25519KeyPair(const QString &privateKeyFile, const QString &comment)
{
    using R = Result<KeyPairFiles>;
    const QString publicFile = privateKeyFile + QStringLiteral(".pub");
    if (QFileInfo::exists(privateKeyFile) || QFileInfo::exists(publicFile))
        return R::failure(ErrorKind::Conflict,
                          KeygenText::tr("A key named %1 exists already; pick another name.")
                              .arg(QFileInfo(privateKeyFile).fileName()));
    const QString folder = QFileInfo(privateKeyFile).absolutePath();
    if (!QDir().mkpath(folder))
        return R::failure(KeygenText::tr("Could not create the folder %1.").arg(folder));
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    ssh_key raw = nullptr;
    if (ssh_pki_generate(SSH_KEYTYPE_ED25519, 0, &raw) != SSH_OK || !raw)
        return R::failure(KeygenText::tr("Could not generate an ed25519 key."));
    KeyHandle key(raw);

    auto line = publicLine(key.get(), comment);
    if (!line)
        return R::failure(line.problem());

    // libssh writes the file with the process umask; make it private first
    // by creating it empty with 0600 so no other user can read it at any time.
    {
        QFile file(privateKeyFile);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return R::failure(
                KeygenText::tr("Could not create %1: %2").arg(privateKeyFile, file.errorString()));
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
    const QByteArray path = QFile::encodeName(privateKeyFile);
    if (ssh_pki_export_privkey_file(key.get(), nullptr, nullptr, nullptr, path.constData()) !=
        SSH_OK) {
        QFile::remove(privateKeyFile);
        return R::failure(
            KeygenText::tr("Could not write the private key to %1.").arg(privateKeyFile));
    }
    QFile::setPermissions(privateKeyFile, QFile::ReadOwner | QFile::WriteOwner);

    QSaveFile pub(publicFile);
    if (!pub.open(QIODevice::WriteOnly) || pub.write(line->toUtf8() + '\n') < 0 || !pub.commit()) {
        QFile::remove(privateKeyFile);
        return R::failure(KeygenText::tr("Could not write the public key to %1: %2")
                              .arg(publicFile, pub.errorString()));
    }
    return KeyPairFiles{privateKeyFile, *line, fingerprintOf(*line)};
}

Result<KeyPairFiles> readKeyPair(const QString &privateKeyFile)
{
    using R = Result<KeyPairFiles>;
    if (!QFileInfo(privateKeyFile).isFile())
        return R::failure(ErrorKind::NotFound,
                          KeygenText::tr("There is no key file %1.").arg(privateKeyFile));
    QFile pub(privateKeyFile + QStringLiteral(".pub"));
    if (pub.open(QIODevice::ReadOnly)) {
        const QString line = QString::fromUtf8(pub.readAll()).trimmed();
        if (line.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() >= 2)
            return KeyPairFiles{privateKeyFile, line, fingerprintOf(line)};
    }
    ssh_key raw = nullptr;
    const QByteArray path = QFile::encodeName(privateKeyFile);
    if (ssh_pki_import_privkey_file(path.constData(), nullptr, nullptr, nullptr, &raw) != SSH_OK ||
        !raw)
        return R::failure(
            KeygenText::tr("Could not read the key %1 (is it protected by a "
                           "passphrase? Then put its public half next to it as %1.pub).")
                .arg(privateKeyFile));
    KeyHandle key(raw);
    auto line = publicLine(key.get(), {});
    if (!line)
        return R::failure(line.problem());
    return KeyPairFiles{privateKeyFile, *line, fingerprintOf(*line)};
}

} // namespace sloop::ssh
