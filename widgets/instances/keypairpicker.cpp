#include "keypairpicker.h"
#include "common/tones.h"

#include "instances/instanceservice.h"
#include "ssh/sshkeygen.h"
#include "util/futures.h"

#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPromise>
#include <QPushButton>
#include <QRadioButton>
#include <QThreadPool>
#include <QVBoxLayout>

#include <memory>

namespace sloop::widgets {

KeyPairPicker::KeyPairPicker(QWidget *parent)
    : QWidget(parent)
    , m_generate(new QRadioButton(tr("&Generate a new ed25519 key pair for this instance")))
    , m_existing(new QRadioButton(tr("&Use an existing private key")))
    , m_file(new QLineEdit)
    , m_browse(new QPushButton(tr("&Browse…")))
    , m_fingerprint(new QLabel)
    , m_serverNote(new QLabel(this))
    , m_reachNote(new QLabel(this))
    , m_choices(new QWidget(this))
{
    m_generate->setObjectName(QStringLiteral("keyGenerate"));
    m_generate->setAccessibleName(tr("Generate a new key pair"));
    m_existing->setObjectName(QStringLiteral("keyExisting"));
    m_existing->setAccessibleName(tr("Use an existing private key"));
    m_file->setObjectName(QStringLiteral("keyFile"));
    m_file->setAccessibleName(tr("Private key file"));
    m_file->setPlaceholderText(QDir::homePath() + QStringLiteral("/.ssh/id_ed25519"));
    m_browse->setAccessibleName(tr("Choose a private key file"));
    m_fingerprint->setObjectName(QStringLiteral("keyFingerprint"));
    m_fingerprint->setAccessibleName(tr("Key fingerprint"));
    m_fingerprint->setWordWrap(true);
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_serverNote->setObjectName(QStringLiteral("keyServerNote"));
    m_serverNote->setWordWrap(true);
    m_reachNote->setObjectName(QStringLiteral("keyReachNote"));
    m_reachNote->setWordWrap(true);
    m_reachNote->setVisible(false);

    auto *generateNote =
        new QLabel(tr("The private key stays on this machine, in %1 (readable by you only); the "
                      "instance gets the public half. Sloop logs in with it and so can you: ssh -i "
                      "%1/NAME.")
                       .arg(QDir::toNativeSeparators(instances::InstanceService::keysDir())));
    generateNote->setWordWrap(true);
    generateNote->setForegroundRole(QPalette::PlaceholderText);

    auto *grid = new QGridLayout(m_choices);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnMinimumWidth(0, 24);
    grid->addWidget(m_generate, 0, 0, 1, 3);
    grid->addWidget(generateNote, 1, 1, 1, 2);
    grid->setRowMinimumHeight(2, 12);
    grid->addWidget(m_existing, 3, 0, 1, 3);
    grid->addWidget(m_file, 4, 1);
    grid->addWidget(m_browse, 4, 2);
    grid->addWidget(m_fingerprint, 5, 1, 1, 2);
    grid->setColumnStretch(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_serverNote);
    layout->addWidget(m_choices);
    layout->addSpacing(12);
    layout->addWidget(m_reachNote);
    layout->addStretch();

    m_generate->setChecked(true);
    connect(m_generate, &QRadioButton::toggled, this, &KeyPairPicker::update);
    connect(m_file, &QLineEdit::textChanged, this, &KeyPairPicker::readKey);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Choose a private key"), QDir::homePath() + QStringLiteral("/.ssh"));
        if (!file.isEmpty())
            setKeyFile(file);
    });
    setServer(false);
}

void KeyPairPicker::setServer(bool server, const QString &login)
{
    m_server = server;
    m_choices->setVisible(!server);
    m_serverNote->setVisible(server);
    m_reachNote->setVisible(!server && !m_reachNote->text().isEmpty());
    m_serverNote->setText(
        tr("A whole server keeps its own login: Sloop signs in as %1, as the Hosts page "
           "does. No key is made or added.")
            .arg(login));
    update();
}

void KeyPairPicker::setReachNote(const QString &text)
{
    m_reachNote->setText(text);
    m_reachNote->setVisible(!text.isEmpty() && !m_server);
}

void KeyPairPicker::setKeyFile(const QString &file)
{
    if (file.isEmpty()) {
        m_generate->setChecked(true);
        return;
    }
    m_existing->setChecked(true);
    m_file->setText(file);
}

QString KeyPairPicker::keyFile() const
{
    if (m_server || m_generate->isChecked())
        return {};
    QString file = m_file->text().trimmed();
    if (file.startsWith(QStringLiteral("~/")))
        file = QDir::homePath() + file.mid(1);
    return file;
}

bool KeyPairPicker::isComplete() const
{
    if (m_server || m_generate->isChecked())
        return true;
    return !keyFile().isEmpty() && m_readFile == keyFile() && !m_readPrint.isEmpty();
}

QString KeyPairPicker::describe() const
{
    if (m_server)
        return tr("The server's own login");
    if (m_generate->isChecked())
        return tr("A new ed25519 key pair");
    return tr("%1 (%2)").arg(QDir::toNativeSeparators(keyFile()), m_readPrint);
}

void KeyPairPicker::update()
{
    const bool existing = m_existing->isChecked();
    m_file->setEnabled(existing);
    m_browse->setEnabled(existing);
    m_fingerprint->setVisible(existing);
    if (existing && m_readFile != keyFile())
        readKey();
    Q_EMIT changed();
}

void KeyPairPicker::readKey()
{
    const QString file = keyFile();
    const quint64 generation = ++m_generation;
    m_readFile.clear();
    m_readPrint.clear();
    if (file.isEmpty()) {
        m_fingerprint->setText(tr("Choose the private key the instance will accept."));
        Q_EMIT changed();
        return;
    }
    m_fingerprint->setText(tr("Reading the key…"));
    Q_EMIT changed();
    // Reading may derive the public half from the private key: off the GUI
    // thread, and only the latest answer counts.
    auto promise = std::make_shared<QPromise<Result<ssh::KeyPairFiles>>>();
    QFuture<Result<ssh::KeyPairFiles>> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, file] {
        promise->addResult(ssh::readKeyPair(file));
        promise->finish();
    });
    whenFinished(future, this, [this, file, generation](const Result<ssh::KeyPairFiles> &pair) {
        if (generation != m_generation)
            return;
        m_readFile = file;
        QPalette p = m_fingerprint->palette();
        if (pair) {
            m_readPrint = pair->fingerprint;
            m_fingerprint->setText(tr("Fingerprint %1").arg(pair->fingerprint));
            p.setColor(QPalette::WindowText, palette().color(QPalette::WindowText));
        } else {
            m_fingerprint->setText(pair.error());
            p.setColor(QPalette::WindowText, models::toneColor(models::Tone::Error));
        }
        m_fingerprint->setPalette(p);
        Q_EMIT changed();
    });
}

} // namespace sloop::widgets
