#pragma once

#include <QList>
#include <QString>

namespace sloop::widgets {

// One keystroke in libvterm's terms: a special key (VTermKey) or a Unicode
// character, with VTermModifier bits. Kept free of vterm.h so the mapping
// can be read and tested on its own.
struct TerminalKeyStroke
{
    int key = 0; // VTERM_KEY_NONE: `character` is meant
    uint32_t character = 0;
    int modifiers = 0;
};

// What a Qt key event means to a terminal (xterm conventions): arrows,
// Home/End, PgUp/PgDn, F-keys, Ctrl+letters, Alt as an ESC prefix. Empty
// when the key sends nothing (a lone modifier, for instance).
QList<TerminalKeyStroke> translateKey(int qtKey, Qt::KeyboardModifiers modifiers,
                                      const QString &text);

} // namespace sloop::widgets
