#pragma once

#include "pricing/costrepository.h"

#include <QString>

#include <optional>

class QWidget;

namespace sloop::widgets {

// "What does this machine cost?": the monthly amount a person pays for a
// host or engine (a VPS's rent, a home server's power), which the instances
// on it share by memory. What `sloop costs set` sets, from the window.
// Returns the cost to store, or nothing when cancelled.
std::optional<pricing::HostCost> askMachineCost(QWidget *parent, const QString &location,
                                                const std::optional<pricing::HostCost> &current);

} // namespace sloop::widgets
