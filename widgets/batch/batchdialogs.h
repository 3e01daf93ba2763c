#pragma once

#include "batch/batchrepository.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace sloop::widgets {

// The Batch page's forms. Each returns what the person filled in, checked
// as the store checks it, or nothing when cancelled.
std::optional<batch::ComputeEnvironment> askEnvironment(QWidget *parent, const QStringList &engines,
                                                        double suggestedVcpus);
// `policies`: the scheduling policies a queue may share its capacity by.
std::optional<batch::JobQueue> askQueue(QWidget *parent, const QStringList &environments,
                                        const QStringList &policies = {});
// A fair-share scheduling policy: new, or `existing` changed (its name kept).
std::optional<batch::SchedulingPolicy>
askPolicy(QWidget *parent, const std::optional<batch::SchedulingPolicy> &existing = {});
std::optional<batch::JobDefinition> askDefinition(QWidget *parent, const QStringList &images);

// Submit job: the queue, the definition (its defaults shown) and what to
// override, an array size and what it waits for.
class SubmitJobDialog : public QDialog
{
    Q_OBJECT
public:
    SubmitJobDialog(QList<batch::JobQueue> queues, QList<batch::JobDefinition> definitions,
                    QWidget *parent = nullptr);
    // What to submit; a usage problem (a command that does not parse) in error.
    std::optional<batch::SubmitRequest> request(QString *error) const;

private:
    void showDefaults();
    void showQueueKind(); // the share fields, for a fair-share queue

    QList<batch::JobQueue> m_queues;
    QList<batch::JobDefinition> m_definitions;
    QComboBox *m_queue;
    QComboBox *m_definition;
    QLineEdit *m_name;
    QCheckBox *m_array;
    QSpinBox *m_size;
    QLineEdit *m_command;
    QDoubleSpinBox *m_vcpus;
    QSpinBox *m_memory;
    QSpinBox *m_attempts;
    QSpinBox *m_timeout;
    QLineEdit *m_dependsOn;
    QCheckBox *m_sequential;
    QLineEdit *m_share;
    QSpinBox *m_schedulingPriority;
    QLabel *m_shareHint;
};

} // namespace sloop::widgets
