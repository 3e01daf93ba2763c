#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>

namespace sloop {

namespace {

Q_LOGGING_CATEGORY(lcI18n, "sloop.i18n", QtInfoMsg)

// QTranslator::load(QLocale, ...) walks the locale's UI languages
// ("de-AT" -> "de_AT", "de"), so an Austrian system still gets German.
bool install(QCoreApplication &app, const QLocale &locale, const QString &name,
             const QString &folder)
{
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, name, QStringLiteral("_"), folder) &&
        QCoreApplication::installTranslator(translator)) {
        qCDebug(lcI18n) << "installed" << translator->filePath();
        return true;
    }
    qCDebug(lcI18n) << "no" << name << "translation for" << locale.name() << "in" << folder;
    delete translator;
    return false;
}

} // namespace

void installTranslators(QCoreApplication &app)
{
    installTranslators(app, QLocale::system());
}

int installTranslators(QCoreApplication &app, const QLocale &locale)
{
    int installed = 0;
    installed += install(app, locale, QStringLiteral("qtbase"),
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath))
                     ? 1
                     : 0;
    installed += install(app, locale, QStringLiteral("sloop"), QStringLiteral(":/i18n")) ? 1 : 0;
    return installed;
}

} // namespace sloop
