#pragma once

#include <QPlainTextEdit>

namespace sloop::widgets {

// A plain-text editor with line numbers in a gutter on the left, so
// "Line 4, column 3" in a problem list is easy to find.
class NumberedEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit NumberedEditor(QWidget *parent = nullptr);

    int gutterWidth() const;
    void paintGutter(QPaintEvent *event);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *m_gutter;
};

} // namespace sloop::widgets
