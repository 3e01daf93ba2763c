#pragma once

#include "containers/runspecparser.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace sloop::widgets {

// "Run container": every field is checked as it is typed, with the message
// beside the field, and OK stays off until the whole form is valid, so
// nothing half-right reaches the engine.
class RunContainerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RunContainerDialog(QWidget *parent = nullptr);

    void setImages(const QStringList &images); // suggestions for the image field
    containers::RunForm form() const;
    engine::ContainerSpec spec() const { return m_result.spec; }
    bool startAfterCreate() const;

    // For tests and for "run again": fill the form.
    void setForm(const containers::RunForm &form);
    QString errorText(const QString &field) const;

private:
    void validate();
    QLabel *errorLabel(const QString &field);

    QComboBox *m_image;
    QLineEdit *m_name;
    QLineEdit *m_command;
    QLineEdit *m_ports;
    QPlainTextEdit *m_env;
    QPlainTextEdit *m_volumes;
    QComboBox *m_restart;
    QLineEdit *m_cpus;
    QLineEdit *m_memory;
    QCheckBox *m_start;
    QHash<QString, QLabel *> m_errors;
    containers::RunFormResult m_result;
    QPushButton *m_ok = nullptr;
};

} // namespace sloop::widgets
