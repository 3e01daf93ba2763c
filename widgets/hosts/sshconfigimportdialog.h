#pragma once

#include "hosts/sshconfigimport.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QTreeWidget;

namespace sloop::widgets {

// "Import from SSH config": reads ~/.ssh/config (or a chosen file) through
// libssh, lists the hosts it found (checked, ready to add) and what was
// skipped and why. Import adds the checked ones through `add`.
class SshConfigImportDialog : public QDialog
{
    Q_OBJECT
public:
    using AddFunction = std::function<Result<hosts::HostRecord>(const hosts::HostRecord &)>;

    SshConfigImportDialog(QStringList existingNames, AddFunction add, QWidget *parent = nullptr);

    void load(const QString &file);
    QTreeWidget *hostsView() const { return m_hosts; }
    QTreeWidget *skippedView() const { return m_skipped; }
    // Names added by the last accept().
    const QStringList &added() const { return m_added; }

    void accept() override;

private:
    QStringList m_existing;
    AddFunction m_add;
    QLineEdit *m_file;
    QLabel *m_summary;
    QTreeWidget *m_hosts;
    QTreeWidget *m_skipped;
    QList<hosts::ImportedHost> m_found;
    QStringList m_added;
};

} // namespace sloop::widgets
