#pragma once

#include <QString>

class QApplication;

namespace sloop::widgets {

enum class Theme { System, Light, Dark };

// Qt 6.4 cannot ask the platform for its colour scheme, so this reads what
// desktops publish: GNOME's color-scheme, GTK_THEME, KDE's colour file.
bool systemPrefersDark();
Theme themeFromString(const QString &name); // "dark", "light", anything else = system
// Fusion with a light or dark palette; System picks by systemPrefersDark().
void applyTheme(QApplication &app, Theme theme);

} // namespace sloop::widgets
