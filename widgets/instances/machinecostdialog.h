#pragma once

#include "pricing/costrepository.h"

#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace sloop::widgets {

// "What does this machine cost?": the monthly amount a person pays for a
// host or engine (a VPS's rent, a home server's power), which the instances
// on it share by memory. What `sloop costs set` sets, from the window.
// Returns the cost to store, or nothing when cancelled.
std::optional<pricing::HostCost> askMachineCost(QWidget *parent, const QString &location,
                                                const std::optional<pricing::HostCost> &current);

// What tests answer instead of the dialog.
using MachineCostPrompt = std::function<std::optional<pricing::HostCost>(
    const QString &location, const std::optional<pricing::HostCost> &current)>;

// The whole edit: the cost on record, the question (`prompt`, else the
// dialog), and the answer stored. Nothing when cancelled.
Result<std::optional<pricing::HostCost>> editMachineCost(QWidget *parent,
                                                         pricing::CostRepository &costs,
                                                         const QString &location,
                                                         const MachineCostPrompt &prompt);

} // namespace sloop::widgets
