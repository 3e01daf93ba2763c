#pragma once

#include "functions/functionrecord.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace sloop::widgets {

// A function's configuration, as Lambda's console edits it: description,
// handler, memory, timeout, /tmp, reserved concurrency, network (off, the
// engine's default, or one of its Docker networks) and environment
// variables. The runtime and the engine stay (changing them means a new
// image). A mistake is said in place; Save stays off until it is right.
class FunctionConfigDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FunctionConfigDialog(const functions::FunctionRecord &record,
                                  QWidget *parent = nullptr);

    // The engine's Docker networks, once listed; the current one stays.
    void setNetworks(const QStringList &names);
    functions::FunctionRecord record() const;

    QLineEdit *handlerEdit() const { return m_handler; }
    QSpinBox *memoryBox() const { return m_memory; }
    QSpinBox *timeoutBox() const { return m_timeout; }
    QCheckBox *reserveBox() const { return m_reserve; }
    QSpinBox *concurrencyBox() const { return m_concurrency; }
    QComboBox *networkBox() const { return m_network; }
    QTableWidget *environmentTable() const { return m_environment; }
    QPushButton *addVariableButton() const { return m_addVariable; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *saveButton() const { return m_save; }

private:
    void update();

    functions::FunctionRecord m_original;
    QLineEdit *m_description;
    QLineEdit *m_handler;
    QSpinBox *m_memory;
    QSpinBox *m_timeout;
    QSpinBox *m_ephemeral;
    QCheckBox *m_reserve;
    QSpinBox *m_concurrency;
    QComboBox *m_network;
    QTableWidget *m_environment;
    QPushButton *m_addVariable;
    QPushButton *m_removeVariable;
    QLabel *m_problem;
    QPushButton *m_save;
};

} // namespace sloop::widgets
