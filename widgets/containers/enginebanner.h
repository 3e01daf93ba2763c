#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace sloop::widgets {

// Says why the engine cannot be reached and what to do about it, with a
// "Try again" button; the page behind it keeps working.
class EngineBanner : public QFrame
{
    Q_OBJECT
public:
    explicit EngineBanner(QWidget *parent = nullptr);
    void showProblem(const QString &engineName, const QString &problem);
    void showConnecting(const QString &engineName);
    QString text() const;

Q_SIGNALS:
    void retryRequested();

private:
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_retry;
};

} // namespace sloop::widgets
