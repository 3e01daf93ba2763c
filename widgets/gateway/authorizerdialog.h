#pragma once

#include "gateway/apimodel.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLayout;
class QLineEdit;
class QSpinBox;
class QFormLayout;

namespace sloop::widgets {

// An authorizer: a JWT issuer (its name in tokens, the audiences, the file
// with its keys) or a function that decides (REQUEST or TOKEN, how long its
// answers are kept), checked as it is typed; a key set file that cannot
// check a token is said so here, not at the first request.
class AuthorizerDialog : public QDialog
{
    Q_OBJECT
public:
    AuthorizerDialog(const QStringList &functions, gateway::ApiType type,
                     QWidget *parent = nullptr);

    gateway::Authorizer authorizer() const;
    // Fills the dialog from an existing authorizer (to change it; the name stays).
    void setAuthorizer(const gateway::Authorizer &authorizer);

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *identityEdit() const { return m_identity; }
    QLineEdit *issuerEdit() const { return m_issuer; }
    QLineEdit *audiencesEdit() const { return m_audiences; }
    QLineEdit *jwksEdit() const { return m_jwks; }
    QComboBox *functionBox() const { return m_function; }
    QSpinBox *ttlBox() const { return m_ttl; }
    QCheckBox *simpleBox() const { return m_simple; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    QLabel *problemLabel() const { return m_problem; }

private:
    void check();
    void kindChanged();

    gateway::ApiType m_type;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_identity;
    QFormLayout *m_form;
    QLayout *m_jwksRow;
    QLineEdit *m_issuer;
    QLineEdit *m_audiences;
    QLineEdit *m_jwks;
    QComboBox *m_function;
    QSpinBox *m_ttl;
    QComboBox *m_payload;
    QCheckBox *m_simple;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace sloop::widgets
