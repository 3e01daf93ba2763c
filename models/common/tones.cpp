#include "tones.h"
#include "common/tones.h"

#include <array>

namespace sloop::models {

namespace {

struct Pair
{
    QRgb light;
    QRgb dark; // brighter: it sits on a dark background
};

// One table for the whole window.
constexpr std::array<Pair, 5> kTones = {{
    {0x2da44e, 0x3fb950}, // Ok
    {0xbf8700, 0xd29922}, // Warning
    {0xcf222e, 0xf85149}, // Error
    {0x0969da, 0x58a6ff}, // Info
    {0x8a8f98, 0x8b949e}, // Muted
}};

constexpr std::array<Pair, 4> kSeries = {{
    {0x1565c0, 0x64b5f6},
    {0xd35400, 0xffa726},
    {0x2e7d32, 0x81c784},
    {0x7b1fa2, 0xce93d8},
}};

QColor pick(const Pair &pair, const QPalette &palette)
{
    return QColor(isDark(palette) ? pair.dark : pair.light);
}

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() <
           palette.color(QPalette::WindowText).lightness();
}

QColor toneColor(Tone tone, const QPalette &palette)
{
    return pick(kTones[size_t(tone)], palette);
}

QColor toneColor(Tone tone)
{
    // A model may live in a program without a GUI (a GUI-less test): the
    // light theme's colour then.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return QColor(kTones[size_t(tone)].light);
    return toneColor(tone, QGuiApplication::palette());
}

QColor toneWash(Tone tone, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Window);
    const QColor tint = toneColor(tone, palette);
    const double share = isDark(palette) ? 0.22 : 0.15;
    return QColor::fromRgbF(float(base.redF() * (1 - share) + tint.redF() * share),
                            float(base.greenF() * (1 - share) + tint.greenF() * share),
                            float(base.blueF() * (1 - share) + tint.blueF() * share));
}

QString toneStyleSheet(Tone tone, const QPalette &palette)
{
    return QStringLiteral("color: %1;").arg(toneColor(tone, palette).name());
}

QString toneStripStyleSheet(const QString &objectName, Tone tone, const QPalette &palette)
{
    return QStringLiteral("QFrame#%1 { background: %2; border-left: 4px solid %3; "
                          "border-radius: 3px; }")
        .arg(objectName, toneWash(tone, palette).name(), toneColor(tone, palette).name());
}

QColor seriesColor(int index, const QPalette &palette)
{
    return pick(kSeries[size_t(index) % kSeries.size()], palette);
}

} // namespace sloop::models
