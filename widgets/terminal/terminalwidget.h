#pragma once

#include "terminal/terminalbackend.h"

#include <QAbstractScrollArea>
#include <QPointer>
#include <QTimer>

namespace sloop::widgets {

class TerminalScreen;

// A terminal on screen: paints a TerminalScreen in a monospace font, turns
// keys, pastes and resizes into bytes and sizes for its backend, and scrolls
// back through the screen's history. The same widget serves a `docker exec`
// TTY and an SSH PTY; it only knows the TerminalBackend interface.
class TerminalWidget : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit TerminalWidget(QWidget *parent = nullptr);
    ~TerminalWidget() override;

    // Takes ownership; the session ends when the widget goes away.
    void setBackend(terminal::TerminalBackend *backend);
    terminal::TerminalBackend *backend() const { return m_backend; }
    TerminalScreen *screen() const { return m_screen; }

    // The remote program's title (OSC 0/2), else the backend's.
    QString title() const;
    bool isSessionOpen() const { return m_backend && !m_ended; }
    QSize cellSize() const { return m_cell; }

    // Selection in screen cells (x = column, y = row; negative rows are
    // scrollback), inclusive.
    void setSelection(QPoint from, QPoint to);
    void clearSelection();
    bool hasSelection() const { return m_hasSelection; }
    QString selectedText() const;
    void copy();
    void paste();

    QSize sizeHint() const override;

Q_SIGNALS:
    void titleChanged(const QString &title);
    void sessionClosed(const QString &reason);

protected:
    bool event(QEvent *e) override;
    bool focusNextPrevChild(bool next) override;
    void paintEvent(QPaintEvent *e) override;
    void resizeEvent(QResizeEvent *e) override;
    void keyPressEvent(QKeyEvent *e) override;
    void inputMethodEvent(QInputMethodEvent *e) override;
    void mousePressEvent(QMouseEvent *e) override;
    void mouseMoveEvent(QMouseEvent *e) override;
    void mouseReleaseEvent(QMouseEvent *e) override;
    void mouseDoubleClickEvent(QMouseEvent *e) override;
    void contextMenuEvent(QContextMenuEvent *e) override;
    void changeEvent(QEvent *e) override;
    void focusInEvent(QFocusEvent *e) override;
    void focusOutEvent(QFocusEvent *e) override;

private:
    void send(const QByteArray &bytes);
    void onBackendClosed(const QString &reason);
    void updateMetrics();
    void updateGrid();
    void applyPalette();
    void onDamaged(const QRect &cells);
    void onScrollbackChanged(int lines);
    int scrollOffset() const; // lines scrolled back from the live screen
    QPoint cellAt(const QPoint &pos) const;
    bool isSelected(int row, int column) const;
    void scrollToBottom();

    TerminalScreen *m_screen;
    QPointer<terminal::TerminalBackend> m_backend;
    QFont m_font;
    QFont m_boldFont;
    QSize m_cell;
    int m_ascent = 0;
    int m_knownScrollback = 0;
    bool m_ended = false;
    bool m_selecting = false;
    bool m_hasSelection = false;
    QPoint m_selAnchor;
    QPoint m_selEnd;
    QTimer m_resizeBackend; // a window drag sends one size, not fifty
};

} // namespace sloop::widgets
