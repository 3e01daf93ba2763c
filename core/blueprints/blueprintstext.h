#pragma once

#include <QCoreApplication>
#include <QLoggingCategory>

namespace sloop::blueprints {

// Texts of core/blueprints are looked up, and filed by lupdate, under
// "Blueprints".
struct BlueprintsText
{
    Q_DECLARE_TR_FUNCTIONS(Blueprints)
};

} // namespace sloop::blueprints

Q_DECLARE_LOGGING_CATEGORY(lcBlueprints)
