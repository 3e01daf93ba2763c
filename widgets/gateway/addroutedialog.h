#pragma once

#include "gateway/apimodel.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QStackedWidget;

namespace sloop::widgets {

// A route: its method and path, and what it sends requests to (a function,
// a URL, or a fixed reply), checked as it is typed.
class AddRouteDialog : public QDialog
{
    Q_OBJECT
public:
    AddRouteDialog(const QStringList &functions, gateway::ApiType type, QWidget *parent = nullptr);

    gateway::Route route() const;
    // The API's authorizers, to guard the route with one (call before setRoute).
    void setAuthorizers(const QList<gateway::Authorizer> &authorizers);
    // Fills the dialog from an existing route (to change it).
    void setRoute(const gateway::Route &route);

    QComboBox *methodBox() const { return m_method; }
    QComboBox *webSocketKeyBox() const { return m_wsKey; }
    QCheckBox *twoWayBox() const { return m_twoWay; }
    QLineEdit *pathEdit() const { return m_path; }
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *functionBox() const { return m_function; }
    QLineEdit *urlEdit() const { return m_url; }
    QSpinBox *mockStatusBox() const { return m_mockStatus; }
    QPlainTextEdit *mockBodyEdit() const { return m_mockBody; }
    QCheckBox *keyRequiredBox() const { return m_keyRequired; }
    QComboBox *authorizerBox() const { return m_authorizer; }
    QLineEdit *scopesEdit() const { return m_scopes; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    QLabel *problemLabel() const { return m_problem; }

private:
    void check();

    QComboBox *m_method;
    QLineEdit *m_path;
    QComboBox *m_kind;
    QStackedWidget *m_targets;
    QComboBox *m_function;
    QComboBox *m_payload;
    QLineEdit *m_url;
    QSpinBox *m_mockStatus;
    QPlainTextEdit *m_mockBody;
    QSpinBox *m_timeout;
    QCheckBox *m_keyRequired;
    QComboBox *m_wsKey;  // a WebSocket API's route key
    QCheckBox *m_twoWay; // and whether the answer goes back
    bool m_webSocket = false;
    QComboBox *m_authorizer;
    QLineEdit *m_scopes;
    QList<gateway::Authorizer> m_authorizers;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace sloop::widgets
