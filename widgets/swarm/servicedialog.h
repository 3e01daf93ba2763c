#pragma once

#include "swarm/serviceform.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace sloop::widgets {

// Create service: docker service create's common options as a form, checked
// by the same parser as the CLI's; OK stays open until the form is right.
class ServiceDialog : public QDialog
{
    Q_OBJECT
public:
    // `images`: the engine's local images, offered in the image box.
    explicit ServiceDialog(const QStringList &images, QWidget *parent = nullptr);
    swarm::ServiceForm form() const;
    void setForm(const swarm::ServiceForm &form); // tests and "Try it"

    void accept() override;

private:
    QLineEdit *m_name;
    QComboBox *m_image;
    QLineEdit *m_command;
    QSpinBox *m_replicas;
    QCheckBox *m_global;
    QLineEdit *m_publish;
    QPlainTextEdit *m_env;
    QLineEdit *m_constraints;
    QLineEdit *m_cpus;
    QLineEdit *m_memory;
    QLineEdit *m_health;
    QComboBox *m_failureAction;
    QSpinBox *m_parallelism;
    QLabel *m_error;
};

} // namespace sloop::widgets
