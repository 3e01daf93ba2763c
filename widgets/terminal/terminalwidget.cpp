#include "terminalwidget.h"

#include "terminal/terminalbackend.h"
#include "terminal/terminallogging.h"
#include "terminalscreen.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>

namespace sloop::widgets {

namespace {

bool isCopyShortcut(const QKeyEvent *e)
{
    return e->modifiers() == (Qt::ControlModifier | Qt::ShiftModifier) && e->key() == Qt::Key_C;
}

bool isPasteShortcut(const QKeyEvent *e)
{
    return (e->modifiers() == (Qt::ControlModifier | Qt::ShiftModifier) && e->key() == Qt::Key_V) ||
           (e->modifiers() == Qt::ShiftModifier && e->key() == Qt::Key_Insert);
}

} // namespace

TerminalWidget::TerminalWidget(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_screen(new TerminalScreen(24, 80, this))
{
    setAccessibleName(tr("Terminal"));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_InputMethodEnabled);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    viewport()->setCursor(Qt::IBeamCursor);
    viewport()->setAutoFillBackground(false);
    verticalScrollBar()->setAccessibleName(tr("Terminal scrollback"));
    verticalScrollBar()->setRange(0, 0);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, viewport(),
            qOverload<>(&QWidget::update));

    m_resizeBackend.setSingleShot(true);
    m_resizeBackend.setInterval(60);
    connect(&m_resizeBackend, &QTimer::timeout, this, [this] {
        if (isSessionOpen())
            m_backend->resize(m_screen->columns(), m_screen->rows());
    });

    connect(m_screen, &TerminalScreen::output, this, &TerminalWidget::send);
    connect(m_screen, &TerminalScreen::damaged, this, &TerminalWidget::onDamaged);
    connect(m_screen, &TerminalScreen::scrollbackChanged, this,
            &TerminalWidget::onScrollbackChanged);
    connect(m_screen, &TerminalScreen::titleChanged, this,
            [this] { Q_EMIT titleChanged(title()); });
    connect(m_screen, &TerminalScreen::bell, this, [] { QApplication::beep(); });

    m_font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_font.setStyleHint(QFont::TypeWriter);
    // Kerning would pull glyphs off the cell grid.
    m_font.setKerning(false);
    updateMetrics();
    applyPalette();
}

TerminalWidget::~TerminalWidget()
{
    // The backend goes with the widget: closing a tab ends its session.
    delete m_backend;
}

void TerminalWidget::setBackend(terminal::TerminalBackend *backend)
{
    if (m_backend) {
        m_backend->disconnect(this);
        delete m_backend;
    }
    m_backend = backend;
    m_ended = false;
    if (!backend)
        return;
    backend->setParent(this);
    connect(backend, &terminal::TerminalBackend::received, m_screen, &TerminalScreen::feed);
    connect(backend, &terminal::TerminalBackend::closed, this, &TerminalWidget::onBackendClosed);
    connect(backend, &terminal::TerminalBackend::titleChanged, this,
            [this] { Q_EMIT titleChanged(title()); });
    backend->resize(m_screen->columns(), m_screen->rows());
    Q_EMIT titleChanged(title());
}

QString TerminalWidget::title() const
{
    if (!m_screen->title().isEmpty())
        return m_screen->title();
    return m_backend ? m_backend->title() : tr("Terminal");
}

void TerminalWidget::send(const QByteArray &bytes)
{
    if (isSessionOpen())
        m_backend->send(bytes);
}

void TerminalWidget::onBackendClosed(const QString &reason)
{
    if (m_ended)
        return;
    m_ended = true;
    const QString line =
        reason.isEmpty() ? tr("Session ended.") : tr("Session ended: %1").arg(reason);
    qCDebug(lcTerminal).noquote() << line;
    // Written into the screen itself so it stays in the scrollback with the
    // output that led to it; reverse video sets it apart from that output.
    m_screen->feed("\x1b[0m\r\n\x1b[7m " + line.toUtf8() + " \x1b[0m\r\n\x1b[?25l");
    Q_EMIT sessionClosed(reason);
}

QSize TerminalWidget::sizeHint() const
{
    return QSize(80 * m_cell.width() + verticalScrollBar()->sizeHint().width(),
                 24 * m_cell.height());
}

void TerminalWidget::updateMetrics()
{
    m_boldFont = m_font;
    m_boldFont.setBold(true);
    const QFontMetrics fm(m_font);
    m_cell = QSize(std::max(1, fm.horizontalAdvance(QLatin1Char('M'))), std::max(1, fm.height()));
    m_ascent = fm.ascent();
    updateGrid();
}

void TerminalWidget::updateGrid()
{
    const int columns = std::max(2, viewport()->width() / m_cell.width());
    const int rows = std::max(1, viewport()->height() / m_cell.height());
    if (columns == m_screen->columns() && rows == m_screen->rows())
        return;
    m_screen->resize(rows, columns);
    m_resizeBackend.start();
    viewport()->update();
}

void TerminalWidget::applyPalette()
{
    // Default colours follow the application's theme, light or dark; the
    // programs' own colours (SGR) are used as they are.
    m_screen->setDefaultColors(palette().color(QPalette::Text), palette().color(QPalette::Base));
    viewport()->update();
}

void TerminalWidget::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::PaletteChange || e->type() == QEvent::ApplicationPaletteChange)
        applyPalette();
    QAbstractScrollArea::changeEvent(e);
}

void TerminalWidget::resizeEvent(QResizeEvent *e)
{
    QAbstractScrollArea::resizeEvent(e);
    updateGrid();
}

int TerminalWidget::scrollOffset() const
{
    return verticalScrollBar()->maximum() - verticalScrollBar()->value();
}

void TerminalWidget::scrollToBottom()
{
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
}

void TerminalWidget::onDamaged(const QRect &cells)
{
    const int offset = scrollOffset();
    viewport()->update(QRect(cells.x() * m_cell.width(), (cells.y() + offset) * m_cell.height(),
                             cells.width() * m_cell.width(), cells.height() * m_cell.height()));
}

void TerminalWidget::onScrollbackChanged(int lines)
{
    QScrollBar *bar = verticalScrollBar();
    const bool atBottom = bar->value() == bar->maximum();
    const int delta = lines - m_knownScrollback;
    m_knownScrollback = lines;
    // The selection sticks to its text as lines move up into the history.
    m_selAnchor.ry() -= delta;
    m_selEnd.ry() -= delta;
    const int keep = bar->value();
    bar->setRange(0, lines);
    bar->setPageStep(m_screen->rows());
    bar->setValue(atBottom ? lines : keep);
    viewport()->update();
}

QPoint TerminalWidget::cellAt(const QPoint &pos) const
{
    const int column = std::clamp(pos.x() / m_cell.width(), 0, m_screen->columns() - 1);
    const int row = std::clamp(pos.y() / m_cell.height(), 0, m_screen->rows() - 1);
    return QPoint(column, row - scrollOffset());
}

void TerminalWidget::setSelection(QPoint from, QPoint to)
{
    m_selAnchor = from;
    m_selEnd = to;
    m_hasSelection = true;
    viewport()->update();
}

void TerminalWidget::clearSelection()
{
    if (!m_hasSelection)
        return;
    m_hasSelection = false;
    viewport()->update();
}

bool TerminalWidget::isSelected(int row, int column) const
{
    if (!m_hasSelection)
        return false;
    QPoint a = m_selAnchor, b = m_selEnd;
    if (b.y() < a.y() || (b.y() == a.y() && b.x() < a.x()))
        std::swap(a, b);
    if (row < a.y() || row > b.y())
        return false;
    if (row == a.y() && column < a.x())
        return false;
    if (row == b.y() && column > b.x())
        return false;
    return true;
}

QString TerminalWidget::selectedText() const
{
    return m_hasSelection ? m_screen->text(m_selAnchor, m_selEnd) : QString();
}

void TerminalWidget::copy()
{
    if (m_hasSelection)
        QApplication::clipboard()->setText(selectedText());
}

void TerminalWidget::paste()
{
    const QString text = QApplication::clipboard()->text();
    if (text.isEmpty() || !isSessionOpen())
        return;
    scrollToBottom();
    m_screen->paste(text);
}

bool TerminalWidget::event(QEvent *e)
{
    // Keys a terminal needs (Ctrl+C, Ctrl+W, F-keys...) must reach the
    // program, not the window's shortcuts; Ctrl+Shift combinations stay with
    // the application (tabs, menus), except the terminal's copy and paste.
    if (e->type() == QEvent::ShortcutOverride) {
        auto *k = static_cast<QKeyEvent *>(e);
        const bool ctrlShift =
            (k->modifiers() & Qt::ControlModifier) && (k->modifiers() & Qt::ShiftModifier);
        if (isSessionOpen() && (!ctrlShift || isCopyShortcut(k) || isPasteShortcut(k))) {
            e->accept();
            return true;
        }
    }
    return QAbstractScrollArea::event(e);
}

bool TerminalWidget::focusNextPrevChild(bool)
{
    return false; // Tab belongs to the shell (completion), not to focus changes
}

void TerminalWidget::keyPressEvent(QKeyEvent *e)
{
    if (isCopyShortcut(e)) {
        copy();
        return;
    }
    if (isPasteShortcut(e)) {
        paste();
        return;
    }
    if (e->modifiers() == Qt::ShiftModifier &&
        (e->key() == Qt::Key_PageUp || e->key() == Qt::Key_PageDown)) {
        const int step = verticalScrollBar()->pageStep();
        verticalScrollBar()->setValue(verticalScrollBar()->value() +
                                      (e->key() == Qt::Key_PageUp ? -step : step));
        return;
    }
    if (!isSessionOpen()) {
        QAbstractScrollArea::keyPressEvent(e);
        return;
    }
    const Qt::KeyboardModifiers mods = e->modifiers() & ~Qt::KeypadModifier;
    if (m_screen->sendKey(e->key(), mods, e->text())) {
        clearSelection();
        scrollToBottom();
        e->accept();
        return;
    }
    QAbstractScrollArea::keyPressEvent(e);
}

void TerminalWidget::inputMethodEvent(QInputMethodEvent *e)
{
    if (!e->commitString().isEmpty() && isSessionOpen())
        send(e->commitString().toUtf8());
    e->accept();
}

void TerminalWidget::focusInEvent(QFocusEvent *e)
{
    QAbstractScrollArea::focusInEvent(e);
    viewport()->update(); // the cursor turns solid
}

void TerminalWidget::focusOutEvent(QFocusEvent *e)
{
    QAbstractScrollArea::focusOutEvent(e);
    viewport()->update(); // the cursor turns hollow
}

void TerminalWidget::mousePressEvent(QMouseEvent *e)
{
    setFocus(Qt::MouseFocusReason);
    if (e->button() == Qt::LeftButton) {
        clearSelection();
        m_selecting = true;
        m_selAnchor = m_selEnd = cellAt(e->position().toPoint());
    } else if (e->button() == Qt::MiddleButton && isSessionOpen()) {
        // X11 habit: the middle button pastes the primary selection.
        const QString text = QApplication::clipboard()->text(QClipboard::Selection);
        if (!text.isEmpty())
            m_screen->paste(text);
    }
}

void TerminalWidget::mouseMoveEvent(QMouseEvent *e)
{
    if (!m_selecting)
        return;
    m_selEnd = cellAt(e->position().toPoint());
    m_hasSelection = m_selEnd != m_selAnchor;
    viewport()->update();
}

void TerminalWidget::mouseReleaseEvent(QMouseEvent *e)
{
    if (e->button() != Qt::LeftButton || !m_selecting)
        return;
    m_selecting = false;
    if (m_hasSelection && QApplication::clipboard()->supportsSelection())
        QApplication::clipboard()->setText(selectedText(), QClipboard::Selection);
}

void TerminalWidget::mouseDoubleClickEvent(QMouseEvent *e)
{
    if (e->button() != Qt::LeftButton)
        return;
    // A word: the run of non-blank cells around the click.
    const QPoint at = cellAt(e->position().toPoint());
    auto blank = [this, &at](int column) {
        return m_screen->cell(at.y(), column).text.trimmed().isEmpty();
    };
    if (blank(at.x()))
        return;
    int first = at.x(), last = at.x();
    while (first > 0 && !blank(first - 1))
        --first;
    while (last < m_screen->columns() - 1 && !blank(last + 1))
        ++last;
    setSelection(QPoint(first, at.y()), QPoint(last, at.y()));
    m_selecting = false;
}

void TerminalWidget::contextMenuEvent(QContextMenuEvent *e)
{
    QMenu menu(this);
    QAction *copyAction = menu.addAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy"),
                                         this, &TerminalWidget::copy);
    copyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copyAction->setEnabled(m_hasSelection);
    QAction *pasteAction = menu.addAction(QIcon::fromTheme(QStringLiteral("edit-paste")),
                                          tr("&Paste"), this, &TerminalWidget::paste);
    pasteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    pasteAction->setEnabled(isSessionOpen() && !QApplication::clipboard()->text().isEmpty());
    menu.addSeparator();
    menu.addAction(tr("Select &all"), this, [this] {
        setSelection(QPoint(0, -m_screen->scrollbackCount()),
                     QPoint(m_screen->columns() - 1, m_screen->rows() - 1));
    });
    menu.exec(e->globalPos());
}

void TerminalWidget::paintEvent(QPaintEvent *e)
{
    QPainter p(viewport());
    const QColor base = m_screen->defaultBackground();
    p.fillRect(e->rect(), base);
    const int offset = scrollOffset();
    const int cw = m_cell.width();
    const int ch = m_cell.height();
    const int firstRow = std::max(0, e->rect().top() / ch);
    const int lastRow = std::min(m_screen->rows() - 1, e->rect().bottom() / ch);
    const int firstCol = std::max(0, e->rect().left() / cw);
    const int lastCol = std::min(m_screen->columns() - 1, e->rect().right() / cw);
    const QPoint cursor = m_screen->cursor();
    const bool showCursor =
        offset + cursor.y() < m_screen->rows() && m_screen->cursorVisible() && isSessionOpen();
    const QColor highlight = palette().color(QPalette::Highlight);
    const QColor highlightText = palette().color(QPalette::HighlightedText);

    for (int vr = firstRow; vr <= lastRow; ++vr) {
        const int row = vr - offset;
        // Start one column early so the left half of a wide glyph is drawn.
        for (int col = std::max(0, firstCol - 1); col <= lastCol; ++col) {
            const TerminalCell c = m_screen->cell(row, col);
            if (c.width == 0)
                continue;
            QColor fg = c.foreground, bg = c.background;
            if (c.reverse)
                std::swap(fg, bg);
            const bool cursorHere = showCursor && row == cursor.y() && col == cursor.x();
            if (isSelected(row, col)) {
                fg = highlightText;
                bg = highlight;
            } else if (cursorHere && hasFocus()) {
                std::swap(fg, bg);
            }
            const QRect r(col * cw, vr * ch, cw * c.width, ch);
            if (bg != base)
                p.fillRect(r, bg);
            if (cursorHere && !hasFocus()) {
                p.setPen(fg);
                p.drawRect(r.adjusted(0, 0, -1, -1));
            }
            if (c.text.isEmpty() || c.text == QLatin1String(" "))
                continue;
            QFont f = c.bold ? m_boldFont : m_font;
            f.setItalic(c.italic);
            f.setUnderline(c.underline);
            f.setStrikeOut(c.strike);
            p.setFont(f);
            p.setPen(fg);
            p.drawText(QPoint(r.x(), r.y() + m_ascent), c.text);
        }
    }
}

} // namespace sloop::widgets
