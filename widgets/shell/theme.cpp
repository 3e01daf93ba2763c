#include "theme.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QPalette>
#include <QProcess>
#include <QSettings>
#include <QStyle>
#include <QStandardPaths>
#include <QStyleFactory>

namespace sloop::widgets {

bool systemPrefersDark()
{
    if (qEnvironmentVariable("GTK_THEME").contains(QLatin1String(":dark"), Qt::CaseInsensitive))
        return true;
    const QString kdeGlobals = QDir::homePath() + QStringLiteral("/.config/kdeglobals");
    if (QFile::exists(kdeGlobals)) {
        const QSettings kde(kdeGlobals, QSettings::IniFormat);
        const QString scheme = kde.value(QStringLiteral("General/ColorScheme")).toString();
        if (!scheme.isEmpty())
            return scheme.contains(QLatin1String("dark"), Qt::CaseInsensitive);
    }
    if (!QStandardPaths::findExecutable(QStringLiteral("gsettings")).isEmpty()) {
        QProcess gsettings;
        gsettings.start(QStringLiteral("gsettings"),
                        {QStringLiteral("get"), QStringLiteral("org.gnome.desktop.interface"),
                         QStringLiteral("color-scheme")});
        if (gsettings.waitForFinished(500))
            return gsettings.readAllStandardOutput().contains("dark");
    }
    return false;
}

Theme themeFromString(const QString &name)
{
    if (name.compare(QLatin1String("dark"), Qt::CaseInsensitive) == 0)
        return Theme::Dark;
    if (name.compare(QLatin1String("light"), Qt::CaseInsensitive) == 0)
        return Theme::Light;
    return Theme::System;
}

void applyTheme(QApplication &app, Theme theme)
{
    // Fusion is usually the default already; going through the style
    // factory again scans the style plugins, which shows at start-up.
    if (app.style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
        app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const bool dark = theme == Theme::Dark || (theme == Theme::System && systemPrefersDark());
    if (!dark) {
        app.setPalette(app.style()->standardPalette());
        return;
    }
    QPalette p;
    const QColor window(0x26, 0x29, 0x2e), base(0x1d, 0x1f, 0x23), text(0xe6, 0xe8, 0xeb);
    const QColor accent(0x3d, 0x8b, 0xfd);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x24, 0x27, 0x2b));
    p.setColor(QPalette::ToolTipBase, QColor(0x33, 0x36, 0x3b));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8b, 0x93, 0x9c));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x30, 0x33, 0x38));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xff));
    p.setColor(QPalette::Mid, QColor(0x44, 0x48, 0x4f));
    p.setColor(QPalette::Dark, QColor(0x18, 0x1a, 0x1d));
    p.setColor(QPalette::Light, QColor(0x3a, 0x3e, 0x44));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x70, 0x76, 0x7e));
    app.setPalette(p);
}

} // namespace sloop::widgets
