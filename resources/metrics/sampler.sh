# Sloop's host sampler: POSIX sh (dash, bash, busybox ash). Argument: the
# interval in seconds. Prints one frame of raw counters per interval, forever;
# Sloop computes rates and percentages from the deltas (core/metrics/).
#
#   @sloop 1 SEQ INTERVAL        begin (format version 1)
#   /proc/stat:cpu  ...          lines of the /proc files, prefixed by file
#   @procs N                     processes (entries /proc/[0-9]*)
#   @df ... @df-end              `df -Pk` output: frames 0 and 1, then every ~30 s
#   @missing FILE ...            files this host does not have
#   @end SEQ                     end; a frame without it is dropped
#
# The host pays for this every second, so a frame costs two forks: one grep
# over all /proc files (its -H names each line's file, so no per-file cat;
# the huge intr/softirq lines are left out) and one sleep. The time comes from
# btime + uptime in those files, not `date`. The process count is a glob,
# which the shell expands itself. Disk usage changes slowly and df may be
# slow (network mounts: -l where df has it), so it runs every ~30 s.
sloop_procs() {
    set -- /proc/[0-9]*
    [ -e "$1" ] && echo "@procs $#"
}
interval=${1:-5}
case $interval in '' | *[!0-9]*) interval=5 ;; esac
[ "$interval" -ge 1 ] || interval=1
every=$((30 / interval))
[ "$every" -ge 1 ] || every=1
dfopt=-Pkl
df -Pkl / >/dev/null 2>&1 || dfopt=-Pk
seq=0
while :; do
    files=
    missing=
    for f in /proc/stat /proc/loadavg /proc/meminfo /proc/diskstats /proc/net/dev /proc/uptime; do
        if [ -r "$f" ]; then files="$files $f"; else missing="$missing $f"; fi
    done
    echo "@sloop 1 $seq $interval"
    # shellcheck disable=SC2086 # the list is split on purpose
    [ -n "$files" ] && grep -H -v -e '^intr ' -e '^softirq ' $files 2>/dev/null
    sloop_procs
    # Frames 0 and 1 both have it: the first numbers (frame 1's) show usage.
    if [ "$seq" -le 1 ] || [ $((seq % every)) -eq 0 ]; then
        echo "@df"
        df $dfopt 2>/dev/null
        echo "@df-end"
    fi
    [ -n "$missing" ] && echo "@missing$missing"
    echo "@end $seq" || exit 0
    seq=$((seq + 1))
    sleep "$interval"
done
