#pragma once

#include "gateway/apimodel.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace sloop::widgets {

// An API's CORS: which origins browsers may call it from, with which
// methods and headers, checked as it is typed. No origins: CORS off.
class CorsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CorsDialog(const gateway::Cors &cors, QWidget *parent = nullptr);
    gateway::Cors cors() const;

    QLineEdit *originsEdit() const { return m_origins; }
    QLineEdit *methodsEdit() const { return m_methods; }
    QLineEdit *headersEdit() const { return m_headers; }
    QCheckBox *credentialsBox() const { return m_credentials; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    QLabel *problemLabel() const { return m_problem; }

private:
    void check();

    QLineEdit *m_origins;
    QLineEdit *m_methods;
    QLineEdit *m_headers;
    QLineEdit *m_expose;
    QCheckBox *m_credentials;
    QSpinBox *m_maxAge;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace sloop::widgets
