#pragma once

#include <QStringList>

namespace sloop::store {

// Numbered schema steps. Never edit a step that has shipped; add the next one.
// Index 0 is version 1.
inline const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps = {
        // 1: the command log
        {
            QStringLiteral("CREATE TABLE command_log ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " time_ms INTEGER NOT NULL,"
                           " target TEXT NOT NULL,"
                           " call TEXT NOT NULL,"
                           " duration_ms INTEGER NOT NULL,"
                           " ok INTEGER NOT NULL,"
                           " result TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX command_log_time ON command_log(time_ms)"),
        },
        // 2: engines the person added besides the local one
        {
            QStringLiteral("CREATE TABLE engines ("
                           " name TEXT PRIMARY KEY,"
                           " endpoint TEXT NOT NULL,"
                           " added_ms INTEGER NOT NULL)"),
        },
        // 3: SSH hosts (core/hosts); tags in their own table so a tag is a
        // group that can be queried. Names are unique whatever their case.
        {
            QStringLiteral("CREATE TABLE hosts ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
                           " address TEXT NOT NULL,"
                           " port INTEGER NOT NULL CHECK (port BETWEEN 1 AND 65535),"
                           " user TEXT NOT NULL,"
                           " identity_file TEXT NOT NULL,"
                           " added_ms INTEGER NOT NULL,"
                           " updated_ms INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE host_tags ("
                           " host_id INTEGER NOT NULL REFERENCES hosts(id) ON DELETE CASCADE,"
                           " tag TEXT NOT NULL,"
                           " PRIMARY KEY (host_id, tag))"),
            QStringLiteral("CREATE INDEX host_tags_tag ON host_tags(tag)"),
        },
        // 4: instances (core/instances) with their tags, history and
        // snapshots, and what the person says each host or engine costs
        // (core/pricing). Firewall rules and port mappings are JSON lists:
        // they are read and written with their instance, never queried
        // alone. Snapshots name their instance instead of pointing at it,
        // since a snapshot outlives the instance it was taken from.
        {
            QStringLiteral("CREATE TABLE instances ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
                           " kind TEXT NOT NULL CHECK (kind IN ('container', 'server')),"
                           " location TEXT NOT NULL,"
                           " blueprint_id TEXT NOT NULL,"
                           " plan_id TEXT NOT NULL,"
                           " container_id TEXT NOT NULL,"
                           " host_name TEXT NOT NULL,"
                           " address TEXT NOT NULL,"
                           " ssh_port INTEGER NOT NULL CHECK (ssh_port BETWEEN 1 AND 65535),"
                           " login_user TEXT NOT NULL,"
                           " key_file TEXT NOT NULL,"
                           " state TEXT NOT NULL,"
                           " state_reason TEXT NOT NULL,"
                           " steps_done INTEGER NOT NULL,"
                           " failed_step TEXT NOT NULL,"
                           " user_data BLOB NOT NULL,"
                           " firewall TEXT NOT NULL,"
                           " ports TEXT NOT NULL,"
                           " auto_snapshot INTEGER NOT NULL,"
                           " created_ms INTEGER NOT NULL,"
                           " updated_ms INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX instances_location ON instances(location COLLATE NOCASE)"),
            QStringLiteral(
                "CREATE TABLE instance_tags ("
                " instance_id INTEGER NOT NULL REFERENCES instances(id) ON DELETE CASCADE,"
                " tag TEXT NOT NULL,"
                " PRIMARY KEY (instance_id, tag))"),
            QStringLiteral("CREATE INDEX instance_tags_tag ON instance_tags(tag)"),
            QStringLiteral(
                "CREATE TABLE instance_events ("
                " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                " instance_id INTEGER NOT NULL REFERENCES instances(id) ON DELETE CASCADE,"
                " time_ms INTEGER NOT NULL,"
                " action TEXT NOT NULL,"
                " ok INTEGER NOT NULL,"
                " log TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE INDEX instance_events_instance ON instance_events(instance_id, id)"),
            QStringLiteral("CREATE TABLE snapshots ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
                           " instance TEXT NOT NULL,"
                           " kind TEXT NOT NULL CHECK (kind IN ('image', 'archive')),"
                           " location TEXT NOT NULL,"
                           " image TEXT NOT NULL,"
                           " archive_path TEXT NOT NULL,"
                           " paths TEXT NOT NULL,"
                           " size_bytes INTEGER NOT NULL,"
                           " plan_id TEXT NOT NULL,"
                           " blueprint_id TEXT NOT NULL,"
                           " automatic INTEGER NOT NULL,"
                           " created_ms INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX snapshots_instance ON snapshots(instance COLLATE NOCASE)"),
            QStringLiteral("CREATE TABLE host_costs ("
                           " location TEXT PRIMARY KEY COLLATE NOCASE,"
                           " monthly_cents INTEGER NOT NULL CHECK (monthly_cents >= 0),"
                           " currency TEXT NOT NULL,"
                           " updated_ms INTEGER NOT NULL)"),
        },
        // 5: metrics (core/metrics/metricstore). Raw samples for the last
        // hour, one row each, keyed for appends and per-series reads. Minute
        // and hour rollups are packed: one row per series and hour (60
        // minutes) or per series and day (24 hours), the key being
        // series id << 24 | hour or day number, so a range of one series is
        // one range of the table's rowid and needs no index. Each blob is
        // written by core/metrics/metricrollup.cpp. rolled_to_ms: minutes
        // before it are rolled up (compaction's watermark). metric_meta
        // keeps the pruning horizons.
        {
            QStringLiteral("CREATE TABLE metric_series ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " target TEXT NOT NULL,"
                           " metric TEXT NOT NULL,"
                           " rolled_to_ms INTEGER NOT NULL DEFAULT 0,"
                           " UNIQUE (target, metric))"),
            QStringLiteral("CREATE TABLE metric_raw ("
                           " series_id INTEGER NOT NULL,"
                           " time_ms INTEGER NOT NULL,"
                           " value REAL NOT NULL,"
                           " PRIMARY KEY (series_id, time_ms)) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE metric_minutes (key INTEGER PRIMARY KEY,"
                           " data BLOB NOT NULL)"),
            QStringLiteral("CREATE TABLE metric_hours (key INTEGER PRIMARY KEY,"
                           " data BLOB NOT NULL)"),
            QStringLiteral("CREATE TABLE metric_meta (name TEXT PRIMARY KEY,"
                           " value INTEGER NOT NULL)"),
        },
        // 6: threshold alarms on metrics (core/alarms) and their state
        // changes. History goes with its alarm: a new alarm of the same name
        // starts with a clean history. `note` is what the alarm's command did,
        // written when it ended.
        {
            QStringLiteral("CREATE TABLE alarms ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
                           " target TEXT NOT NULL,"
                           " metric TEXT NOT NULL,"
                           " statistic TEXT NOT NULL,"
                           " comparison TEXT NOT NULL,"
                           " threshold REAL NOT NULL,"
                           " period_s INTEGER NOT NULL CHECK (period_s > 0),"
                           " evaluation_periods INTEGER NOT NULL CHECK (evaluation_periods >= 1),"
                           " datapoints_to_alarm INTEGER NOT NULL"
                           "  CHECK (datapoints_to_alarm BETWEEN 1 AND evaluation_periods),"
                           " missing_data TEXT NOT NULL,"
                           " command TEXT NOT NULL,"
                           " enabled INTEGER NOT NULL,"
                           " state TEXT NOT NULL,"
                           " state_reason TEXT NOT NULL,"
                           " state_since_ms INTEGER NOT NULL,"
                           " created_ms INTEGER NOT NULL,"
                           " updated_ms INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX alarms_target ON alarms(target)"),
            QStringLiteral("CREATE TABLE alarm_history ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " alarm_id INTEGER NOT NULL REFERENCES alarms(id) ON DELETE CASCADE,"
                           " time_ms INTEGER NOT NULL,"
                           " from_state TEXT NOT NULL,"
                           " to_state TEXT NOT NULL,"
                           " reason TEXT NOT NULL,"
                           " note TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX alarm_history_alarm ON alarm_history(alarm_id, time_ms)"),
            QStringLiteral("CREATE INDEX alarm_history_time ON alarm_history(time_ms)"),
        },
        // 7: metrics, cheap appends (core/metrics/metricstore): raw samples
        // land here, keyed by time, so a batch with a point of every series
        // touches a few pages at the end of the tree instead of one page per
        // series in metric_raw; compaction moves them each minute into
        // metric_raw (keyed by series, for per-series reads).
        {
            QStringLiteral("CREATE TABLE metric_raw_recent ("
                           " time_ms INTEGER NOT NULL,"
                           " series_id INTEGER NOT NULL,"
                           " value REAL NOT NULL,"
                           " PRIMARY KEY (time_ms, series_id)) WITHOUT ROWID"),
        },
        // 8: functions (core/functions/functionrepository): the function's
        // configuration as Lambda has it; versions and invocations come with
        // their own steps.
        {
            QStringLiteral("CREATE TABLE functions ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
                           " runtime TEXT NOT NULL,"
                           " handler TEXT NOT NULL,"
                           " memory_mib INTEGER NOT NULL CHECK (memory_mib BETWEEN 128 AND 10240),"
                           " timeout_s INTEGER NOT NULL CHECK (timeout_s BETWEEN 1 AND 900),"
                           " ephemeral_mib INTEGER NOT NULL"
                           "  CHECK (ephemeral_mib BETWEEN 512 AND 10240),"
                           " environment TEXT NOT NULL,"
                           " engine TEXT NOT NULL,"
                           " network INTEGER NOT NULL,"
                           " reserved_concurrency INTEGER,"
                           " description TEXT NOT NULL,"
                           " created_ms INTEGER NOT NULL,"
                           " updated_ms INTEGER NOT NULL)"),
        },
        // 9: function_invocations (core/functions/invocationlog): one row
        // per invocation with Lambda's REPORT figures and its whole log
        // (START … END … REPORT), kept for the retention setting.
        {
            QStringLiteral("CREATE TABLE function_invocations ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " function TEXT NOT NULL COLLATE NOCASE,"
                           " request_id TEXT NOT NULL,"
                           " version TEXT NOT NULL,"
                           " started_ms INTEGER NOT NULL,"
                           " duration_ms REAL NOT NULL,"
                           " billed_ms INTEGER NOT NULL,"
                           " memory_mib INTEGER NOT NULL,"
                           " max_memory_mib INTEGER NOT NULL,"
                           " init_ms REAL,"
                           " error_type TEXT NOT NULL,"
                           " log TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX function_invocations_by_time"
                           " ON function_invocations(function, started_ms)"),
        },
        // 10: access_keys (core/awsapi/accesskeys): the access keys the
        // AWS-compatible endpoint accepts; their secrets are in the keychain.
        {
            QStringLiteral("CREATE TABLE access_keys ("
                           " access_key_id TEXT PRIMARY KEY,"
                           " description TEXT NOT NULL,"
                           " created_ms INTEGER NOT NULL)"),
        },
        // 11: function_versions and function_aliases (core/functions/
        // functionversions): immutable numbered versions (their configuration
        // as published; the image sloop-fn/NAME:N) and aliases, with an
        // optional second version and its weight (a canary).
        {
            QStringLiteral("CREATE TABLE function_versions ("
                           " function TEXT NOT NULL COLLATE NOCASE,"
                           " version INTEGER NOT NULL,"
                           " description TEXT NOT NULL,"
                           " config TEXT NOT NULL,"
                           " created_ms INTEGER NOT NULL,"
                           " PRIMARY KEY (function, version))"),
            QStringLiteral("CREATE TABLE function_aliases ("
                           " function TEXT NOT NULL COLLATE NOCASE,"
                           " name TEXT NOT NULL COLLATE NOCASE,"
                           " version INTEGER NOT NULL,"
                           " extra_version INTEGER,"
                           " extra_weight REAL NOT NULL,"
                           " description TEXT NOT NULL,"
                           " updated_ms INTEGER NOT NULL,"
                           " PRIMARY KEY (function, name))"),
        },
        // 12: schedules and schedule_runs (core/schedules): EventBridge-style
        // schedules that invoke functions, and what became of each fire (the
        // latest runs of each; missed fires as one row per gap).
        {
            QStringLiteral("CREATE TABLE schedules ("
                           " name TEXT PRIMARY KEY COLLATE NOCASE,"
                           " expression TEXT NOT NULL,"
                           " time_zone TEXT NOT NULL,"
                           " function TEXT NOT NULL COLLATE NOCASE,"
                           " qualifier TEXT NOT NULL,"
                           " input TEXT NOT NULL,"
                           " description TEXT NOT NULL,"
                           " enabled INTEGER NOT NULL,"
                           " catch_up INTEGER NOT NULL,"
                           " created_ms INTEGER NOT NULL,"
                           " last_handled_ms INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE schedule_runs ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " schedule TEXT NOT NULL COLLATE NOCASE,"
                           " scheduled_ms INTEGER NOT NULL,"
                           " handled_ms INTEGER NOT NULL,"
                           " outcome TEXT NOT NULL,"
                           " missed INTEGER NOT NULL,"
                           " last_missed_ms INTEGER NOT NULL,"
                           " caught_up INTEGER NOT NULL,"
                           " request_id TEXT NOT NULL,"
                           " message TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX schedule_runs_by_schedule ON schedule_runs(schedule, id)"),
        },
        // 13: async_events and function_event_configs (core/functions/
        // asyncevents): the durable queue of Event invocations (written
        // before the 202, removed when done with) and each function's retries,
        // maximum event age and on-failure destination.
        {
            QStringLiteral("CREATE TABLE async_events ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " request_id TEXT NOT NULL UNIQUE,"
                           " function TEXT NOT NULL COLLATE NOCASE,"
                           " qualifier TEXT NOT NULL,"
                           " payload BLOB NOT NULL,"
                           " received_ms INTEGER NOT NULL,"
                           " attempts INTEGER NOT NULL,"
                           " next_attempt_ms INTEGER NOT NULL,"
                           " last_error TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX async_events_by_attempt ON async_events(next_attempt_ms)"),
            QStringLiteral("CREATE TABLE function_event_configs ("
                           " function TEXT PRIMARY KEY COLLATE NOCASE,"
                           " max_retries INTEGER NOT NULL,"
                           " max_age_s INTEGER NOT NULL,"
                           " on_failure TEXT NOT NULL,"
                           " updated_ms INTEGER NOT NULL)"),
        },
        // 14: buckets and bucket_triggers (core/buckets): folders served as
        // S3 buckets, and the functions that get their S3 event records.
        {
            QStringLiteral("CREATE TABLE buckets ("
                           " name TEXT PRIMARY KEY,"
                           " folder TEXT NOT NULL,"
                           " created_ms INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE bucket_triggers ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " bucket TEXT NOT NULL,"
                           " function TEXT NOT NULL COLLATE NOCASE,"
                           " prefix TEXT NOT NULL,"
                           " suffix TEXT NOT NULL,"
                           " on_created INTEGER NOT NULL,"
                           " on_removed INTEGER NOT NULL,"
                           " created_ms INTEGER NOT NULL)"),
        },
        // 15: functions.docker_network: the Docker network a function's
        // environments join (empty: the engine's default bridge).
        {
            QStringLiteral(
                "ALTER TABLE functions ADD COLUMN docker_network TEXT NOT NULL DEFAULT ''"),
        },
        // 16: functions.image_uri: a container-image function's image.
        {
            QStringLiteral("ALTER TABLE functions ADD COLUMN image_uri TEXT NOT NULL DEFAULT ''"),
        },
        // 17: functions.extra_engines: more engines (comma-separated) a
        // function's environments are spread over.
        {
            QStringLiteral(
                "ALTER TABLE functions ADD COLUMN extra_engines TEXT NOT NULL DEFAULT ''"),
        },
        // 18: the API gateway (core/gateway): APIs (routes, stages and
        // deployments as one JSON definition), API keys (their values only
        // hashed), usage plans and the keys in them, requests per key and
        // plan per day (what quotas count and a person bills from), and the
        // access log.
        {
            QStringLiteral("CREATE TABLE apis ("
                           " id TEXT PRIMARY KEY,"
                           " name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
                           " type TEXT NOT NULL,"
                           " port INTEGER NOT NULL UNIQUE,"
                           " description TEXT NOT NULL,"
                           " definition BLOB NOT NULL,"
                           " created_ms INTEGER NOT NULL,"
                           " updated_ms INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE api_keys ("
                           " id TEXT PRIMARY KEY,"
                           " name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
                           " value_hash TEXT NOT NULL UNIQUE,"
                           " enabled INTEGER NOT NULL,"
                           " created_ms INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE usage_plans ("
                           " id TEXT PRIMARY KEY,"
                           " name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
                           " rate REAL NOT NULL,"
                           " burst INTEGER NOT NULL,"
                           " quota INTEGER NOT NULL,"
                           " quota_period TEXT NOT NULL,"
                           " stages TEXT NOT NULL,"
                           " created_ms INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE usage_plan_keys ("
                           " plan TEXT NOT NULL,"
                           " key TEXT NOT NULL,"
                           " PRIMARY KEY (plan, key))"),
            QStringLiteral("CREATE TABLE api_usage ("
                           " key TEXT NOT NULL,"
                           " plan TEXT NOT NULL,"
                           " day TEXT NOT NULL,"
                           " requests INTEGER NOT NULL,"
                           " PRIMARY KEY (key, plan, day))"),
            QStringLiteral("CREATE TABLE api_access_log ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " api TEXT NOT NULL,"
                           " stage TEXT NOT NULL,"
                           " request_id TEXT NOT NULL,"
                           " time_ms INTEGER NOT NULL,"
                           " method TEXT NOT NULL,"
                           " path TEXT NOT NULL,"
                           " route_key TEXT NOT NULL,"
                           " status INTEGER NOT NULL,"
                           " latency_ms REAL NOT NULL,"
                           " integration_latency_ms REAL NOT NULL,"
                           " key_id TEXT NOT NULL,"
                           " source_ip TEXT NOT NULL,"
                           " error TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX api_access_log_by_api ON api_access_log(api, time_ms)"),
        },
        // 19: Batch (core/batch): compute environments, job queues, job
        // definitions (revisions; the container properties as JSON), jobs
        // (an array's children share their parent's properties: spec empty),
        // what each job waits for, and each attempt with the end of its log.
        // seq orders a queue's jobs (FIFO); the status index finds a queue's
        // head without reading the rest.
        {
            QStringLiteral("CREATE TABLE batch_environments ("
                           " name TEXT PRIMARY KEY COLLATE NOCASE,"
                           " engines TEXT NOT NULL,"
                           " max_vcpus REAL NOT NULL,"
                           " max_memory_mb INTEGER NOT NULL,"
                           " enabled INTEGER NOT NULL,"
                           " created_ms INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE batch_queues ("
                           " name TEXT PRIMARY KEY COLLATE NOCASE,"
                           " priority INTEGER NOT NULL,"
                           " enabled INTEGER NOT NULL,"
                           " environments TEXT NOT NULL,"
                           " created_ms INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE batch_definitions ("
                           " name TEXT NOT NULL COLLATE NOCASE,"
                           " revision INTEGER NOT NULL,"
                           " active INTEGER NOT NULL,"
                           " spec BLOB NOT NULL,"
                           " created_ms INTEGER NOT NULL,"
                           " PRIMARY KEY (name, revision))"),
            QStringLiteral("CREATE TABLE batch_jobs ("
                           " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " id TEXT NOT NULL UNIQUE,"
                           " name TEXT NOT NULL,"
                           " queue TEXT NOT NULL COLLATE NOCASE,"
                           " definition TEXT NOT NULL,"
                           " status TEXT NOT NULL,"
                           " status_reason TEXT NOT NULL,"
                           " spec BLOB NOT NULL,"
                           " array_size INTEGER NOT NULL,"
                           " array_index INTEGER NOT NULL,"
                           " parent TEXT NOT NULL,"
                           " depends_on TEXT NOT NULL,"
                           " created_ms INTEGER NOT NULL,"
                           " started_ms INTEGER NOT NULL,"
                           " stopped_ms INTEGER NOT NULL,"
                           " attempts INTEGER NOT NULL,"
                           " engine TEXT NOT NULL,"
                           " environment TEXT NOT NULL,"
                           " terminate_reason TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX batch_jobs_by_status ON batch_jobs(status, queue, seq)"),
            QStringLiteral("CREATE INDEX batch_jobs_by_parent ON batch_jobs(parent, array_index)"),
            QStringLiteral("CREATE TABLE batch_dependencies ("
                           " job TEXT NOT NULL,"
                           " depends_on TEXT NOT NULL,"
                           " PRIMARY KEY (job, depends_on))"),
            QStringLiteral("CREATE INDEX batch_dependencies_by_target"
                           " ON batch_dependencies(depends_on)"),
            QStringLiteral("CREATE TABLE batch_attempts ("
                           " job TEXT NOT NULL,"
                           " attempt INTEGER NOT NULL,"
                           " engine TEXT NOT NULL,"
                           " container TEXT NOT NULL,"
                           " started_ms INTEGER NOT NULL,"
                           " stopped_ms INTEGER NOT NULL,"
                           " exit_code INTEGER NOT NULL,"
                           " reason TEXT NOT NULL,"
                           " status_reason TEXT NOT NULL,"
                           " log BLOB NOT NULL,"
                           " log_cut INTEGER NOT NULL,"
                           " PRIMARY KEY (job, attempt))"),
        },
        // 20: schedules.batch_queue and batch_definition: a schedule that
        // submits a Batch job (to that queue, of that definition) instead of
        // invoking a function.
        {
            QStringLiteral("ALTER TABLE schedules ADD COLUMN batch_queue TEXT NOT NULL DEFAULT ''"),
            QStringLiteral(
                "ALTER TABLE schedules ADD COLUMN batch_definition TEXT NOT NULL DEFAULT ''"),
        },
        // 21: Lightsail-style container services (core/containerservices):
        // the engine each runs on, the port its public endpoint is served
        // on, and its power, scale and deployments as one JSON definition.
        {
            QStringLiteral("CREATE TABLE container_services ("
                           " name TEXT PRIMARY KEY COLLATE NOCASE,"
                           " engine TEXT NOT NULL,"
                           " port INTEGER NOT NULL UNIQUE,"
                           " definition BLOB NOT NULL,"
                           " created_ms INTEGER NOT NULL)"),
        },
        // 22: hosts as OpenSSH sees them: identity_file may hold several
        // paths, one per line, tried in order; IdentitiesOnly; ProxyJump.
        {
            QStringLiteral(
                "ALTER TABLE hosts ADD COLUMN identities_only INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE hosts ADD COLUMN proxy_jump TEXT NOT NULL DEFAULT ''"),
        },
        // 23: Batch's fair share: scheduling policies (their share weights
        // as JSON), the queue's policy, and each job's share identifier and
        // scheduling priority; the index finds each share's head by
        // priority, then submission, without reading the rest.
        {
            QStringLiteral("CREATE TABLE batch_scheduling_policies ("
                           " name TEXT PRIMARY KEY COLLATE NOCASE,"
                           " share_decay_seconds INTEGER NOT NULL,"
                           " compute_reservation INTEGER NOT NULL,"
                           " shares BLOB NOT NULL,"
                           " created_ms INTEGER NOT NULL)"),
            QStringLiteral(
                "ALTER TABLE batch_queues ADD COLUMN scheduling_policy TEXT NOT NULL DEFAULT ''"),
            QStringLiteral(
                "ALTER TABLE batch_jobs ADD COLUMN share_identifier TEXT NOT NULL DEFAULT ''"),
            QStringLiteral(
                "ALTER TABLE batch_jobs ADD COLUMN scheduling_priority INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("CREATE INDEX batch_jobs_by_share ON batch_jobs(status, queue,"
                           " share_identifier, scheduling_priority DESC, seq)"),
            // The queued runs the scheduler settles on each poll.
            QStringLiteral("CREATE INDEX schedule_runs_by_outcome ON schedule_runs(outcome, id)"),
        },
    };
    return steps;
}

} // namespace sloop::store
