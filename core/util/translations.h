#pragma once

#include <QLocale>

class QCoreApplication;

namespace sloop {

// Installs Qt's own translations (qtbase_<lang>.qm from Qt's translations
// folder) and Sloop's (":/i18n/sloop_<lang>.qm", embedded in the executable)
// for the system locale. Missing files are fine: the text stays English.
void installTranslators(QCoreApplication &app);

// The same for a given locale; returns how many translators were installed.
int installTranslators(QCoreApplication &app, const QLocale &locale);

} // namespace sloop
