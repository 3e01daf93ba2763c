#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace sloop::widgets {

// A message strip at the top of a page: errors from the engine shown where
// the action was taken, without a modal dialog in the way. The text can be
// selected and copied (people paste engine errors into searches).
class PageMessage : public QFrame
{
    Q_OBJECT
public:
    enum class Kind
    {
        Info,
        Error
    };

    explicit PageMessage(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text);
    void showError(const QString &text) { showMessage(Kind::Error, text); }
    void showInfo(const QString &text) { showMessage(Kind::Info, text); }
    void clear();

    QString text() const;
    Kind kind() const { return m_kind; }

private:
    QLabel *m_icon = nullptr;
    QLabel *m_label = nullptr;
    QToolButton *m_close = nullptr;
    Kind m_kind = Kind::Info;
};

} // namespace sloop::widgets
