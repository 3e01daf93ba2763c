#pragma once

#include <QHash>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace sloop::functions {
class FunctionService;
struct Invocation;
} // namespace sloop::functions

namespace sloop::widgets {

// The Test tab: an event (JSON) to send, Invoke, and what came back: the
// result or the error object, the log in Lambda's shape and its REPORT
// figures in words. Each function keeps its own event while the page lives.
class FunctionTestPane : public QWidget
{
    Q_OBJECT
public:
    explicit FunctionTestPane(functions::FunctionService *service, QWidget *parent = nullptr);

    void setFunction(const QString &name);
    void setEvent(const QString &name, const QByteArray &event);
    QPlainTextEdit *eventEdit() const { return m_event; }
    QPushButton *invokeButton() const { return m_invoke; }
    QLabel *statusLabel() const { return m_status; }
    QPlainTextEdit *resultView() const { return m_result; }
    QPlainTextEdit *logView() const { return m_log; }

public Q_SLOTS:
    void invoke();

Q_SIGNALS:
    void invoked();

private:
    void show(const functions::Invocation &invocation);

    functions::FunctionService *m_service;
    QString m_function;
    QHash<QString, QString> m_events; // by function name, lower case
    QPlainTextEdit *m_event;
    QPushButton *m_invoke;
    QLabel *m_status;
    QPlainTextEdit *m_result;
    QPlainTextEdit *m_log;
};

} // namespace sloop::widgets
