#pragma once

#include <QCoreApplication>

namespace sloop::alarms {

// Texts of core/alarms are looked up, and filed by lupdate, under "Alarms".
struct AlarmsText
{
    Q_DECLARE_TR_FUNCTIONS(Alarms)
};

} // namespace sloop::alarms
