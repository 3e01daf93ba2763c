#pragma once

// PLACEHOLDER on branch `alarms` until helper "store" lands core/metrics/metricstore.h
// (section B of the spec). Only what alarms need to compile before then; on merge
// the store's header replaces this file whole.

namespace sloop::metrics {

enum class Statistic
{
    Average,
    Minimum,
    Maximum
};

class MetricStore;

} // namespace sloop::metrics
