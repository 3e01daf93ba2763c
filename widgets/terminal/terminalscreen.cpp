#include "terminalscreen.h"

#include "terminalkeys.h"

#include <vterm.h>

#include <deque>
#include <vector>

namespace sloop::widgets {

namespace {

// libvterm marks the right half of a wide character with this value.
constexpr uint32_t kWideContinuation = 0xffffffff;

} // namespace

struct TerminalScreen::Private
{
    TerminalScreen *q;
    VTerm *vt = nullptr;
    VTermScreen *screen = nullptr;
    VTermState *state = nullptr;
    std::deque<std::vector<VTermScreenCell>> scrollback; // back() is the newest line
    QRect damage;
    bool scrollbackChanged = false;
    bool cursorMoved = false;

    static int onDamage(VTermRect r, void *user)
    {
        auto *d = static_cast<Private *>(user);
        d->damage |=
            QRect(r.start_col, r.start_row, r.end_col - r.start_col, r.end_row - r.start_row);
        return 1;
    }

    static int onMoveCursor(VTermPos pos, VTermPos old, int visible, void *user)
    {
        auto *d = static_cast<Private *>(user);
        d->q->m_cursorVisible = visible;
        // The cursor is painted over its cell: both the old and the new cell change.
        d->damage |= QRect(old.col, old.row, 1, 1);
        d->damage |= QRect(pos.col, pos.row, 1, 1);
        d->cursorMoved = true;
        return 1;
    }

    static int onTermProp(VTermProp prop, VTermValue *val, void *user)
    {
        auto *d = static_cast<Private *>(user);
        TerminalScreen *q = d->q;
        switch (prop) {
        case VTERM_PROP_TITLE: {
            const QString title = QString::fromUtf8(val->string ? val->string : "");
            if (title != q->m_title) {
                q->m_title = title;
                Q_EMIT q->titleChanged(title);
            }
            break;
        }
        case VTERM_PROP_CURSORVISIBLE:
            q->m_cursorVisible = val->boolean;
            d->cursorMoved = true;
            break;
        case VTERM_PROP_ALTSCREEN:
            q->m_altScreen = val->boolean;
            d->damage = QRect(0, 0, q->m_columns, q->m_rows);
            break;
        default:
            break;
        }
        return 1;
    }

    static int onBell(void *user)
    {
        Q_EMIT static_cast<Private *>(user)->q->bell();
        return 1;
    }

    static int onResize(int, int, void *) { return 1; }

    static int onPushLine(int cols, const VTermScreenCell *cells, void *user)
    {
        auto *d = static_cast<Private *>(user);
        if (d->q->m_scrollbackLimit <= 0)
            return 0;
        d->scrollback.emplace_back(cells, cells + cols);
        while (int(d->scrollback.size()) > d->q->m_scrollbackLimit)
            d->scrollback.pop_front();
        d->scrollbackChanged = true;
        return 1;
    }

    // The screen grew taller: give back the newest scrolled-off line.
    static int onPopLine(int cols, VTermScreenCell *cells, void *user)
    {
        auto *d = static_cast<Private *>(user);
        if (d->scrollback.empty())
            return 0;
        const std::vector<VTermScreenCell> &line = d->scrollback.back();
        const int kept = std::min(cols, int(line.size()));
        std::copy(line.begin(), line.begin() + kept, cells);
        for (int c = kept; c < cols; ++c)
            cells[c] = d->blankCell();
        d->scrollback.pop_back();
        d->scrollbackChanged = true;
        return 1;
    }

    static void onOutput(const char *s, size_t len, void *user)
    {
        Q_EMIT static_cast<Private *>(user)->q->output(QByteArray(s, qsizetype(len)));
    }

    VTermScreenCell blankCell() const
    {
        VTermScreenCell c{};
        c.width = 1;
        vterm_state_get_default_colors(state, &c.fg, &c.bg);
        c.fg.type |= VTERM_COLOR_DEFAULT_FG;
        c.bg.type |= VTERM_COLOR_DEFAULT_BG;
        return c;
    }

    QColor rgb(VTermColor c) const
    {
        vterm_screen_convert_color_to_rgb(screen, &c);
        return QColor(c.rgb.red, c.rgb.green, c.rgb.blue);
    }

    bool rawCell(int row, int column, VTermScreenCell *out) const
    {
        if (column < 0 || column >= q->m_columns || row >= q->m_rows)
            return false;
        if (row >= 0)
            return vterm_screen_get_cell(screen, VTermPos{row, column}, out);
        const qsizetype index = qsizetype(scrollback.size()) + row;
        if (index < 0)
            return false;
        const std::vector<VTermScreenCell> &line = scrollback[size_t(index)];
        *out = column < int(line.size()) ? line[size_t(column)] : blankCell();
        return true;
    }

    static const VTermScreenCallbacks *callbacks()
    {
        static const VTermScreenCallbacks cb = {
            &onDamage,     nullptr, // moverect: repainted as damage
            &onMoveCursor, &onTermProp, &onBell, &onResize, &onPushLine, &onPopLine,
        };
        return &cb;
    }

    void flush()
    {
        vterm_screen_flush_damage(screen);
        if (!damage.isEmpty())
            Q_EMIT q->damaged(std::exchange(damage, {}));
        if (std::exchange(scrollbackChanged, false))
            Q_EMIT q->scrollbackChanged(int(scrollback.size()));
        if (std::exchange(cursorMoved, false))
            Q_EMIT q->cursorChanged();
    }
};

TerminalScreen::TerminalScreen(int rows, int columns, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
    , m_rows(std::max(1, rows))
    , m_columns(std::max(1, columns))
{
    d->q = this;
    d->vt = vterm_new(m_rows, m_columns);
    vterm_set_utf8(d->vt, 1);
    d->state = vterm_obtain_state(d->vt);
    d->screen = vterm_obtain_screen(d->vt);
    vterm_output_set_callback(d->vt, &Private::onOutput, d.get());
    vterm_screen_set_callbacks(d->screen, Private::callbacks(), d.get());
    // Whole-screen scrolls arrive as one damaged rectangle per flush rather
    // than one per line, so a burst of output costs one repaint.
    vterm_screen_set_damage_merge(d->screen, VTERM_DAMAGE_SCROLL);
    vterm_screen_enable_altscreen(d->screen, 1);
    vterm_screen_reset(d->screen, 1);
    setDefaultColors(m_defaultFg, m_defaultBg);
    d->flush(); // the reset's whole-screen damage is not news to anyone
}

TerminalScreen::~TerminalScreen()
{
    vterm_free(d->vt);
}

void TerminalScreen::feed(const QByteArray &bytes)
{
    vterm_input_write(d->vt, bytes.constData(), size_t(bytes.size()));
    d->flush();
}

void TerminalScreen::resize(int rows, int columns)
{
    rows = std::max(1, rows);
    columns = std::max(1, columns);
    if (rows == m_rows && columns == m_columns)
        return;
    m_rows = rows;
    m_columns = columns;
    vterm_set_size(d->vt, rows, columns);
    d->damage = QRect(0, 0, columns, rows);
    d->cursorMoved = true;
    d->flush();
}

TerminalCell TerminalScreen::cell(int row, int column) const
{
    TerminalCell out;
    out.foreground = m_defaultFg;
    out.background = m_defaultBg;
    VTermScreenCell c;
    if (!d->rawCell(row, column, &c))
        return out;
    if (c.chars[0] == kWideContinuation) {
        out.width = 0;
    } else {
        for (int i = 0; i < VTERM_MAX_CHARS_PER_CELL && c.chars[i]; ++i) {
            const char32_t ch = c.chars[i];
            out.text += QString::fromUcs4(&ch, 1);
        }
        out.width = std::max(1, int(c.width));
    }
    out.defaultForeground = VTERM_COLOR_IS_DEFAULT_FG(&c.fg);
    out.defaultBackground = VTERM_COLOR_IS_DEFAULT_BG(&c.bg);
    if (!out.defaultForeground)
        out.foreground = d->rgb(c.fg);
    if (!out.defaultBackground)
        out.background = d->rgb(c.bg);
    out.bold = c.attrs.bold;
    out.italic = c.attrs.italic;
    out.underline = c.attrs.underline != VTERM_UNDERLINE_OFF;
    out.reverse = c.attrs.reverse;
    out.strike = c.attrs.strike;
    return out;
}

QString TerminalScreen::lineText(int row) const
{
    return text(QPoint(0, row), QPoint(m_columns - 1, row));
}

QString TerminalScreen::text(QPoint from, QPoint to) const
{
    if (to.y() < from.y() || (to.y() == from.y() && to.x() < from.x()))
        std::swap(from, to);
    QStringList lines;
    for (int row = from.y(); row <= to.y(); ++row) {
        const int first = row == from.y() ? from.x() : 0;
        const int last = row == to.y() ? to.x() : m_columns - 1;
        QString line;
        for (int column = first; column <= last; ++column) {
            const TerminalCell c = cell(row, column);
            if (c.width == 0)
                continue;
            line += c.text.isEmpty() ? QStringLiteral(" ") : c.text;
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        lines.append(line);
    }
    return lines.join(QLatin1Char('\n'));
}

QPoint TerminalScreen::cursor() const
{
    VTermPos pos;
    vterm_state_get_cursorpos(d->state, &pos);
    return QPoint(pos.col, pos.row);
}

int TerminalScreen::scrollbackCount() const
{
    return int(d->scrollback.size());
}

void TerminalScreen::setScrollbackLimit(int lines)
{
    m_scrollbackLimit = std::max(0, lines);
    bool trimmed = false;
    while (int(d->scrollback.size()) > m_scrollbackLimit) {
        d->scrollback.pop_front();
        trimmed = true;
    }
    if (trimmed)
        Q_EMIT scrollbackChanged(int(d->scrollback.size()));
}

void TerminalScreen::setDefaultColors(const QColor &foreground, const QColor &background)
{
    m_defaultFg = foreground;
    m_defaultBg = background;
    VTermColor fg, bg;
    vterm_color_rgb(&fg, uint8_t(foreground.red()), uint8_t(foreground.green()),
                    uint8_t(foreground.blue()));
    vterm_color_rgb(&bg, uint8_t(background.red()), uint8_t(background.green()),
                    uint8_t(background.blue()));
    vterm_state_set_default_colors(d->state, &fg, &bg);
    Q_EMIT damaged(QRect(0, 0, m_columns, m_rows));
}

QColor TerminalScreen::paletteColor(int index) const
{
    VTermColor c;
    vterm_color_indexed(&c, uint8_t(std::clamp(index, 0, 255)));
    return d->rgb(c);
}

bool TerminalScreen::sendKey(int qtKey, Qt::KeyboardModifiers modifiers, const QString &text)
{
    const QList<TerminalKeyStroke> strokes = translateKey(qtKey, modifiers, text);
    for (const TerminalKeyStroke &k : strokes) {
        if (k.key != VTERM_KEY_NONE)
            vterm_keyboard_key(d->vt, VTermKey(k.key), VTermModifier(k.modifiers));
        else
            vterm_keyboard_unichar(d->vt, k.character, VTermModifier(k.modifiers));
    }
    return !strokes.isEmpty();
}

void TerminalScreen::paste(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    // A pasted newline is the Enter key (CR) for the program on the other end.
    bytes.replace("\r\n", "\r");
    bytes.replace('\n', '\r');
    vterm_keyboard_start_paste(d->vt);
    Q_EMIT output(bytes);
    vterm_keyboard_end_paste(d->vt);
}

} // namespace sloop::widgets
