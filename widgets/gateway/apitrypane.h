#pragma once

#include "apipane.h"
#include "gateway/apitry.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace sloop::http {
class HttpClient;
}

namespace sloop::widgets {

// "Try it": builds a request to the API (method, stage, path, key, body),
// shows the curl command that sends the same, sends it through the gateway
// and shows the status, headers and body that came back.
class ApiTryPane : public ApiPane
{
    Q_OBJECT
public:
    explicit ApiTryPane(ControlPlane *plane, QWidget *parent = nullptr);
    void setApi(const gateway::Api &api) override;

    QComboBox *methodBox() const { return m_method; }
    QComboBox *stageBox() const { return m_stage; }
    QLineEdit *pathEdit() const { return m_path; }
    QLineEdit *keyEdit() const { return m_key; }
    // Sets the request to send (the stage stays the API's default).
    void prefill(const QString &method, const QString &path, const QString &apiKey);
    QLineEdit *authorizationEdit() const { return m_authorization; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    QPushButton *sendButton() const { return m_send; }
    QLineEdit *curlLine() const { return m_curl; }
    QLabel *statusLabel() const { return m_status; }
    QPlainTextEdit *answerView() const { return m_answer; }

public Q_SLOTS:
    void send();

Q_SIGNALS:
    void answered(int status);

private:
    gateway::TryRequest request() const; // as the fields say
    void updateCurl();

    http::HttpClient *m_http;
    QComboBox *m_method;
    QComboBox *m_stage;
    QLineEdit *m_path;
    QLineEdit *m_key;
    QLineEdit *m_authorization;
    QWidget *m_builder = nullptr;
    QPlainTextEdit *m_body;
    QPushButton *m_send;
    QLineEdit *m_curl;
    QLabel *m_status;
    QPlainTextEdit *m_answer;
};

} // namespace sloop::widgets
