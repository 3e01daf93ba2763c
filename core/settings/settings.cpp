#include "settings.h"

#include "util/paths.h"

namespace sloop {

Settings::Settings()
{
    paths::ensureDir(paths::configDir());
    // QSettings writes through a temporary file and renames it: a crash
    // leaves the old settings, never half of the new ones.
    m_settings = std::make_unique<QSettings>(paths::settingsFile(), QSettings::IniFormat);
}

} // namespace sloop
