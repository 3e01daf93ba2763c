#pragma once

// PLACEHOLDER on branch `alarms` until helper "store" lands core/metrics/metricstore.h
// (section B of the spec). Only what alarms need to compile before then; on merge
// the store's header replaces this file whole.

// core/alarms/alarmperiods.cpp reads the store only when this is not defined.
#define SLOOP_METRICSTORE_PLACEHOLDER 1

namespace sloop::metrics {

enum class Statistic
{
    Average,
    Minimum,
    Maximum
};

class MetricStore;

} // namespace sloop::metrics
