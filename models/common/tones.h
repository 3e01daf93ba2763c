#pragma once

#include "common/tones.h"
#include <QColor>
#include <QGuiApplication>
#include <QPalette>
#include <QString>

namespace sloop::models {

// What a colour says. Every status dot, error text, banner and chart line
// takes its colour from here, so the window speaks one colour language and
// each tone reads on both light and dark themes.
enum class Tone
{
    Ok,      // running, healthy, done
    Warning, // degraded, checking, needs a look
    Error,   // failed, unreachable, refused
    Info,    // in progress, a neutral notice
    Muted,   // stopped, not known, pending
};

// A dark theme: the window colour is darker than its text.
bool isDark(const QPalette &palette);
// The tone's colour for text, dots and marks on `palette`'s background.
QColor toneColor(Tone tone, const QPalette &palette);
// The same on the application's palette (models, which have no widget).
QColor toneColor(Tone tone);
// A wash for a banner's background: the window colour with 15 % of the tone.
QColor toneWash(Tone tone, const QPalette &palette);
// A status strip's style sheet for the QFrame named `objectName`: the
// tone's wash with a bar of the tone on the left (a host's reachability, a
// failed instance).
QString toneStripStyleSheet(const QString &objectName, Tone tone, const QPalette &palette);
// "color: #rrggbb;" for a label's style sheet.
QString toneStyleSheet(Tone tone, const QPalette &palette);
// The n-th colour of a chart's series (cycles after four).
QColor seriesColor(int index, const QPalette &palette);

} // namespace sloop::models
