#pragma once

#include "functions/invocationlog.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace sloop::functions {
class FunctionService;
}

namespace sloop::widgets {

// The Functions page's Logs tab: the selected function's latest invocation
// logs (START … END, REPORT), searchable as CloudWatch Logs filters them
// (terms, "phrases", -exclude, ?any), failures only if asked, and a live
// tail that adds each invocation as it is stored, whichever process ran it.
class FunctionLogsPane : public QWidget
{
    Q_OBJECT
public:
    explicit FunctionLogsPane(functions::FunctionService *service, QWidget *parent = nullptr);

    // The same function again: refresh().
    void setFunction(const QString &name);
    // New invocations may be stored: added when tailing, else read again.
    void refresh();

    QLineEdit *filterEdit() const { return m_filter; }
    QCheckBox *errorsBox() const { return m_errors; }
    QCheckBox *liveBox() const { return m_live; }
    QLabel *countLabel() const { return m_count; }
    QPlainTextEdit *view() const { return m_view; }

    static constexpr int kShown = 50;

private:
    void reload();
    void tail();
    functions::InvocationLog::Search search() const;

    functions::FunctionService *m_service;
    QString m_function;
    QLineEdit *m_filter;
    QCheckBox *m_errors;
    QCheckBox *m_live;
    QLabel *m_count;
    QPlainTextEdit *m_view;
    QTimer m_typing;
    QTimer m_tailTimer;
    qint64 m_lastId = 0; // the newest shown (or looked at)
    int m_shown = 0;
};

} // namespace sloop::widgets
