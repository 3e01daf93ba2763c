#include "terminalkeys.h"

#include <vterm.h>

#include <QHash>

namespace sloop::widgets {

namespace {

int vtermModifiers(Qt::KeyboardModifiers m)
{
    int out = VTERM_MOD_NONE;
    if (m & Qt::ShiftModifier)
        out |= VTERM_MOD_SHIFT;
    if (m & Qt::AltModifier)
        out |= VTERM_MOD_ALT;
    if (m & Qt::ControlModifier)
        out |= VTERM_MOD_CTRL;
    return out;
}

VTermKey specialKey(int qtKey)
{
    static const QHash<int, VTermKey> keys = {
        {Qt::Key_Return, VTERM_KEY_ENTER},
        {Qt::Key_Enter, VTERM_KEY_ENTER},
        {Qt::Key_Tab, VTERM_KEY_TAB},
        {Qt::Key_Backtab, VTERM_KEY_TAB},
        {Qt::Key_Backspace, VTERM_KEY_BACKSPACE},
        {Qt::Key_Escape, VTERM_KEY_ESCAPE},
        {Qt::Key_Up, VTERM_KEY_UP},
        {Qt::Key_Down, VTERM_KEY_DOWN},
        {Qt::Key_Left, VTERM_KEY_LEFT},
        {Qt::Key_Right, VTERM_KEY_RIGHT},
        {Qt::Key_Insert, VTERM_KEY_INS},
        {Qt::Key_Delete, VTERM_KEY_DEL},
        {Qt::Key_Home, VTERM_KEY_HOME},
        {Qt::Key_End, VTERM_KEY_END},
        {Qt::Key_PageUp, VTERM_KEY_PAGEUP},
        {Qt::Key_PageDown, VTERM_KEY_PAGEDOWN},
    };
    if (qtKey >= Qt::Key_F1 && qtKey <= Qt::Key_F35)
        return VTermKey(VTERM_KEY_FUNCTION(qtKey - Qt::Key_F1 + 1));
    return keys.value(qtKey, VTERM_KEY_NONE);
}

} // namespace

QList<TerminalKeyStroke> translateKey(int qtKey, Qt::KeyboardModifiers modifiers,
                                      const QString &text)
{
    int mods = vtermModifiers(modifiers);
    if (qtKey == Qt::Key_Backtab) // Qt reports Shift+Tab as its own key
        mods |= VTERM_MOD_SHIFT;
    if (const VTermKey key = specialKey(qtKey); key != VTERM_KEY_NONE)
        return {TerminalKeyStroke{key, 0, mods}};

    // Ctrl+letter and friends: Qt's text is already a control character
    // (or empty), so take the key itself and let libvterm encode it.
    if (mods & VTERM_MOD_CTRL) {
        uint32_t c = 0;
        if (qtKey >= Qt::Key_A && qtKey <= Qt::Key_Z)
            c = uint32_t('a' + (qtKey - Qt::Key_A));
        else if (qtKey == Qt::Key_Space || qtKey == Qt::Key_At)
            c = ' '; // Ctrl+Space and Ctrl+@ both mean NUL
        else if (qtKey >= Qt::Key_BracketLeft && qtKey <= Qt::Key_Underscore)
            c = uint32_t(qtKey); // [ \ ] ^ _ are ASCII in Qt's key codes
        if (c == ' ')
            return {TerminalKeyStroke{VTERM_KEY_NONE, 0, VTERM_MOD_NONE}}; // NUL
        if (c)
            return {TerminalKeyStroke{VTERM_KEY_NONE, c, mods & ~VTERM_MOD_SHIFT}};
    }

    QList<TerminalKeyStroke> strokes;
    for (const char32_t ch : text.toUcs4()) {
        if (ch < 0x20 && !(mods & VTERM_MOD_ALT)) {
            strokes.append({VTERM_KEY_NONE, uint32_t(ch), VTERM_MOD_NONE});
            continue;
        }
        // Shift is already in the character; Alt is sent as an ESC prefix.
        strokes.append({VTERM_KEY_NONE, uint32_t(ch), mods & VTERM_MOD_ALT});
    }
    if (strokes.isEmpty() && (mods & VTERM_MOD_ALT) && qtKey >= Qt::Key_Space &&
        qtKey <= Qt::Key_AsciiTilde) {
        // Alt+key where the platform gave no text.
        strokes.append({VTERM_KEY_NONE, uint32_t(QChar(qtKey).toLower().unicode()), mods});
    }
    return strokes;
}

} // namespace sloop::widgets
