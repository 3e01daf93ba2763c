#pragma once

#include <QByteArray>
#include <QColor>
#include <QObject>
#include <QPoint>
#include <QRect>
#include <QString>

#include <memory>

namespace sloop::widgets {

// One character cell as the painter needs it.
struct TerminalCell
{
    QString text;      // the grapheme (base + combining marks); empty when blank
    int width = 1;     // 2 for the first half of a wide character, 0 for its second half
    QColor foreground; // resolved to RGB (palette, 256-colour and truecolour)
    QColor background;
    bool defaultForeground = true; // the program did not choose a colour
    bool defaultBackground = true;
    bool bold = false;
    bool italic = false;
    bool underline = false;
    bool reverse = false; // the painter swaps foreground and background
    bool strike = false;
};

// An xterm-256color screen on libvterm, without any painting: feed it the
// bytes a program writes and read back cells, cursor, title and scrollback.
// Keyboard input is encoded here too (vterm_keyboard_*), so answers to
// queries and keystrokes leave through the same `output` signal.
//
// Rows are numbered from the top of the visible screen; negative rows reach
// into the scrollback (-1 is the newest line that scrolled off).
//
// Thread-safety: GUI thread only (libvterm is not thread-safe).
class TerminalScreen : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultScrollback = 10000;

    explicit TerminalScreen(int rows = 24, int columns = 80, QObject *parent = nullptr);
    ~TerminalScreen() override;

    void feed(const QByteArray &bytes);
    void resize(int rows, int columns);
    int rows() const { return m_rows; }
    int columns() const { return m_columns; }

    TerminalCell cell(int row, int column) const;
    // The text of one line without trailing blanks.
    QString lineText(int row) const;
    // The text between two cells (inclusive, row-major), lines joined by '\n'.
    QString text(QPoint from, QPoint to) const; // x = column, y = row

    QPoint cursor() const; // x = column, y = row
    bool cursorVisible() const { return m_cursorVisible; }
    bool altScreen() const { return m_altScreen; }
    QString title() const { return m_title; }

    int scrollbackCount() const;
    int scrollbackLimit() const { return m_scrollbackLimit; }
    void setScrollbackLimit(int lines);

    // Default colours (what SGR 39/49 mean); the widget follows the palette.
    void setDefaultColors(const QColor &foreground, const QColor &background);
    QColor defaultForeground() const { return m_defaultFg; }
    QColor defaultBackground() const { return m_defaultBg; }
    // Entry 0..255 of the xterm-256 palette, as RGB.
    QColor paletteColor(int index) const;

    // Keyboard: a key the widget received. Returns false when the key means
    // nothing to a terminal (the widget may use it for something else).
    bool sendKey(int qtKey, Qt::KeyboardModifiers modifiers, const QString &text);
    // Text pasted by the user; bracketed when the program asked for it.
    void paste(const QString &text);

Q_SIGNALS:
    // Bytes for the remote side: keystrokes, pastes, answers to queries.
    void output(const QByteArray &bytes);
    // Cells that changed since the last signal (x = column, y = row), one
    // signal per feed() at most. Scrolling the whole screen damages it all.
    void damaged(const QRect &cells);
    void scrollbackChanged(int lines);
    void titleChanged(const QString &title);
    void cursorChanged();
    void bell();

private:
    struct Private;
    friend struct Private;
    std::unique_ptr<Private> d;
    int m_rows;
    int m_columns;
    int m_scrollbackLimit = kDefaultScrollback;
    bool m_cursorVisible = true;
    bool m_altScreen = false;
    QString m_title;
    QColor m_defaultFg{0xd0, 0xd0, 0xd0};
    QColor m_defaultBg{0x1e, 0x1e, 0x1e};
};

} // namespace sloop::widgets
