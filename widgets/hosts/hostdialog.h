#pragma once

#include "hosts/hostrecord.h"
#include "util/result.h"

#include <QDialog>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace sloop::widgets {

// Add or edit one SSH host: name, address, port, user, key files (in the
// order they are tried, and whether only they are), the jump host, tags.
// Checks the record as it is typed (the same rules the store applies) and,
// on OK, hands it to the save function; a store error (a name already
// taken) shows in the dialog, which stays open with everything typed.
class HostDialog : public QDialog
{
    Q_OBJECT
public:
    using SaveFunction = std::function<Result<hosts::HostRecord>(const hosts::HostRecord &)>;

    HostDialog(std::optional<hosts::HostRecord> existing, SaveFunction save,
               QWidget *parent = nullptr);

    hosts::HostRecord record() const;
    // The record as the store returned it, after a successful save.
    const hosts::HostRecord &saved() const { return m_saved; }

    // For tests and for "Add" pre-filled from elsewhere.
    void setFields(const hosts::HostRecord &host);
    // The other hosts, offered as jump hosts.
    void setJumpCandidates(const QStringList &names);
    QString errorText() const;

    void accept() override;

private:
    void revalidate();

    std::optional<hosts::HostRecord> m_existing;
    SaveFunction m_save;
    hosts::HostRecord m_saved;
    QLineEdit *m_name;
    QLineEdit *m_address;
    QSpinBox *m_port;
    QLineEdit *m_user;
    QPlainTextEdit *m_identities;
    QCheckBox *m_identitiesOnly;
    QComboBox *m_jump;
    QLineEdit *m_tags;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace sloop::widgets
