#pragma once

#include "common/prompter.h"
#include "registry/lifecyclepolicy.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace sloop::registry {
class RegistryClient;
}

namespace sloop::widgets {

// ECR's lifecycle rules for one repository: keep the newest N images, or
// expire those made more than N days ago, of the tags starting with a
// prefix (or all). Preview lists what would go (a dry run); Expire deletes
// those images after a question.
class LifecycleDialog : public QDialog
{
    Q_OBJECT
public:
    LifecycleDialog(registry::RegistryClient *client, QString repository, Prompter *prompter,
                    QWidget *parent = nullptr);

    registry::LifecyclePolicy policy() const;
    // What Preview and Expire run (and tests call).
    void preview();
    void expireNow();

Q_SIGNALS:
    void previewed(int expiring);
    void expired(int deleted);

private:
    void run(bool dryRun);

    QPointer<registry::RegistryClient> m_client; // the page may close it
    QList<registry::LifecycleDecision> m_previewed;
    QString m_repository;
    Prompter *m_prompter;
    QComboBox *m_kind;
    QSpinBox *m_count;
    QLineEdit *m_prefix;
    QTableWidget *m_list;
    QLabel *m_summary;
    QPushButton *m_preview;
    QPushButton *m_expire;
    int m_expiring = 0;
};

} // namespace sloop::widgets
