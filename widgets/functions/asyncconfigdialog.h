#pragma once

#include "functions/asyncevents.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace sloop::widgets {

// A function's asynchronous invocation, as Lambda's console edits it: how
// often an Event invocation that failed is tried again, how old one may get,
// and where one that never succeeded goes (nowhere, a folder on this
// machine, or another function). A mistake is said in place; nothing is
// saved until it is right.
class AsyncConfigDialog : public QDialog
{
    Q_OBJECT
public:
    AsyncConfigDialog(const functions::EventInvokeConfig &config, const QStringList &functions,
                      QWidget *parent = nullptr);

    // What the dialog holds now.
    functions::EventInvokeConfig config() const;

    QSpinBox *retriesBox() const { return m_retries; }
    QTimeEdit *maxAgeEdit() const { return m_maxAge; }
    QComboBox *destinationKind() const { return m_kind; }
    QLineEdit *folderEdit() const { return m_folder; }
    QComboBox *functionBox() const { return m_function; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *saveButton() const { return m_save; }

private:
    void update();

    functions::EventInvokeConfig m_original;
    QSpinBox *m_retries;
    QTimeEdit *m_maxAge;
    QComboBox *m_kind;
    QWidget *m_folderRow;
    QLineEdit *m_folder;
    QComboBox *m_function;
    QLabel *m_problem;
    QPushButton *m_save;
};

} // namespace sloop::widgets
