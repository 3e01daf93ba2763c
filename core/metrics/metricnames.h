#pragma once

#include <QLatin1StringView>

// The metric names every part agrees on (sampler, engine stats, store,
// alarms, charts, `sloop metrics`). Percentages are 0-100; bytes are bytes;
// rates are per second. A name may carry ":LABEL" for one core, mount,
// device or interface (see MetricPoint).
namespace sloop::metrics::names {

// CPU, percent of all of the target's CPUs (hosts) or, for containers, the
// docker CLI's figure (100 = one core busy).
inline constexpr QLatin1StringView kCpu("cpu");
inline constexpr QLatin1StringView kCpuUser("cpu_user");
inline constexpr QLatin1StringView kCpuSystem("cpu_system");
inline constexpr QLatin1StringView kCpuIowait("cpu_iowait");
inline constexpr QLatin1StringView kCpuSteal("cpu_steal");
inline constexpr QLatin1StringView kCpuCore("cpu_core"); // cpu_core:N, percent of that core
inline constexpr QLatin1StringView kLoad1("load1");
inline constexpr QLatin1StringView kLoad5("load5");
inline constexpr QLatin1StringView kLoad15("load15");

// Memory: `memory` is the percent in use, (total - available) / total for
// hosts, usage / limit for containers; the rest are bytes.
inline constexpr QLatin1StringView kMemory("memory");
inline constexpr QLatin1StringView kMemTotal("mem_total");
inline constexpr QLatin1StringView kMemUsed("mem_used");
inline constexpr QLatin1StringView kMemAvailable("mem_available");
inline constexpr QLatin1StringView kMemCache("mem_cache");
inline constexpr QLatin1StringView kSwapTotal("swap_total");
inline constexpr QLatin1StringView kSwapUsed("swap_used");

// Disk: `disk` is the percent used of the fullest mount; per mount as
// disk_used_pct:/MOUNT. I/O in bytes per second, summed over devices or
// per device as disk_read:sda.
inline constexpr QLatin1StringView kDisk("disk");
inline constexpr QLatin1StringView kDiskUsedPct("disk_used_pct");
inline constexpr QLatin1StringView kDiskRead("disk_read");
inline constexpr QLatin1StringView kDiskWrite("disk_write");

// Network, bytes and packets per second, summed over every interface but
// loopback, or per interface as net_in:eth0.
inline constexpr QLatin1StringView kNetIn("net_in");
inline constexpr QLatin1StringView kNetOut("net_out");
inline constexpr QLatin1StringView kNetPacketsIn("net_packets_in");
inline constexpr QLatin1StringView kNetPacketsOut("net_packets_out");

inline constexpr QLatin1StringView kProcesses("processes");
inline constexpr QLatin1StringView kUptime("uptime"); // seconds

// Engines: containers running, and the sums of their cpu and mem_used.
inline constexpr QLatin1StringView kContainersRunning("containers_running");

// Swarm services (service/ENGINE/NAME): tasks running and wanted, and how
// many are missing (wanted - running, never below 0), what an alarm
// "running < desired for 2 minutes" watches.
inline constexpr QLatin1StringView kTasksRunning("tasks_running");
inline constexpr QLatin1StringView kTasksDesired("tasks_desired");
inline constexpr QLatin1StringView kTasksMissing("tasks_missing");

// Status checks as Lightsail has them: 1 = passed, 0 = failed, and
// status_check_failed = 1 when any of them failed (what alarms watch).
inline constexpr QLatin1StringView kStatusReachable("status_reachable");
inline constexpr QLatin1StringView kStatusSsh("status_ssh");
inline constexpr QLatin1StringView kStatusHealth("status_health");
inline constexpr QLatin1StringView kStatusCheckFailed("status_check_failed");

// Functions (function/NAME), as Lambda's CloudWatch metrics: counts per
// minute, durations in milliseconds, the event age in seconds.
inline constexpr QLatin1StringView kInvocations("invocations");
inline constexpr QLatin1StringView kErrors("errors");
inline constexpr QLatin1StringView kThrottles("throttles");
inline constexpr QLatin1StringView kDuration("duration"); // the minute's average
inline constexpr QLatin1StringView kDurationP50("duration_p50");
inline constexpr QLatin1StringView kDurationP95("duration_p95");
inline constexpr QLatin1StringView kDurationP99("duration_p99");
inline constexpr QLatin1StringView kConcurrentExecutions("concurrent_executions");
inline constexpr QLatin1StringView kColdStarts("cold_starts");
inline constexpr QLatin1StringView kAsyncEventAge("async_event_age");
inline constexpr QLatin1StringView kDeadLetterErrors("dead_letter_errors");

// APIs (api/NAME/STAGE), as API Gateway's CloudWatch metrics: requests,
// 4xx and 5xx answers per minute, latencies in milliseconds.
inline constexpr QLatin1StringView kApiCount("count");
inline constexpr QLatin1StringView kApi4xx("4xx_errors");
inline constexpr QLatin1StringView kApi5xx("5xx_errors");
inline constexpr QLatin1StringView kApiLatencyP50("latency_p50");
inline constexpr QLatin1StringView kApiLatencyP90("latency_p90");
inline constexpr QLatin1StringView kApiLatencyP99("latency_p99");
inline constexpr QLatin1StringView kApiIntegrationLatency("integration_latency"); // average
inline constexpr QLatin1StringView kApiCacheHits("cache_hit_count");
inline constexpr QLatin1StringView kApiCacheMisses("cache_miss_count");

} // namespace sloop::metrics::names
