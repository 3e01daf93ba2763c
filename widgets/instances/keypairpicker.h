#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace sloop::widgets {

// How Sloop will log in to the instance: a new ed25519 key pair made for it
// (Lightsail's default key), or an existing private key whose fingerprint
// is shown once it is read (off the GUI thread). A whole server keeps the
// login its host record has, and the page says so.
class KeyPairPicker : public QWidget
{
    Q_OBJECT
public:
    explicit KeyPairPicker(QWidget *parent = nullptr);

    // `login`: "admin@203.0.113.10 with ~/.ssh/id_ed25519", for servers.
    void setServer(bool server, const QString &login = {});
    // Where a container instance's SSH will be reachable from (shown under
    // the choices).
    void setReachNote(const QString &text);
    // Empty: generate a new pair.
    QString keyFile() const;
    void setKeyFile(const QString &file);
    bool isComplete() const;
    QString describe() const;

Q_SIGNALS:
    void changed();

private:
    void update();
    void readKey();

    QRadioButton *m_generate;
    QRadioButton *m_existing;
    QLineEdit *m_file;
    QPushButton *m_browse;
    QLabel *m_fingerprint;
    QLabel *m_serverNote;
    QLabel *m_reachNote;
    QWidget *m_choices;
    QString m_readFile;  // the file m_fingerprint speaks of
    QString m_readPrint; // its fingerprint; empty when it could not be read
    quint64 m_generation = 0;
    bool m_server = false;
};

} // namespace sloop::widgets
