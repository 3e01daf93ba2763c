#pragma once

#include "util/error.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace sloop::widgets {

// The one notice strip every page shows its messages in: an engine's error
// where the action was taken, an engine that cannot be reached, a store
// that cannot be read. A tinted strip (the tone's wash, so it reads in light
// and dark themes) with an icon, an optional bold title, text that can be
// selected and copied (people paste errors into searches), an optional
// action button ("Try again") and, unless turned off, a dismiss button.
class NoticeBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Kind
    {
        Info,
        Warning,
        Error
    };

    explicit NoticeBanner(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text, const QString &title = {});
    void showError(const QString &text) { showMessage(Kind::Error, text); }
    void showInfo(const QString &text) { showMessage(Kind::Info, text); }
    // A failure as its kind asks: a title that says what kind of problem it
    // is ("Cannot reach", "Already exists"…), a warning for what the person
    // can change (not found, conflict, invalid input, unsupported), an error
    // for the rest, a note for a cancel. `context` leads the text ("Delete
    // web-1").
    void showProblem(const Error &problem, const QString &context = {});
    static QString titleFor(ErrorKind kind);
    void clear();

    // A button beside the text; actionTriggered() when clicked. An empty
    // label hides it.
    void setAction(const QString &label, const QString &accessibleName = {});
    void setDismissible(bool dismissible);

    // The title (when there is one) and the text, a line apart.
    QString text() const;
    Kind kind() const { return m_kind; }

Q_SIGNALS:
    void actionTriggered();

private:
    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_label = nullptr;
    QPushButton *m_action = nullptr;
    QToolButton *m_close = nullptr;
    Kind m_kind = Kind::Info;
};

} // namespace sloop::widgets
