#!/usr/bin/env bash
# Builds the Debian image system-container instances are tested on:
# debootstrap (minbase + openssh-server, python3, ca-certificates) imported
# with `docker import`, since no registry is reachable from the tests.
# Idempotent: does nothing when the image exists (--force rebuilds it).
#   SLOOP_TEST_DEBIAN_IMAGE  image to make (default sloop-test/debian:bookworm)
#   SLOOP_DEBIAN_MIRROR      where debootstrap fetches from (default deb.debian.org)
# About a minute with a warm network; needs root (debootstrap does).
set -euo pipefail
image=${SLOOP_TEST_DEBIAN_IMAGE:-sloop-test/debian:bookworm}
mirror=${SLOOP_DEBIAN_MIRROR:-http://deb.debian.org/debian}
suite=bookworm

log() { echo "test-image: $*"; }

if [ "${1:-}" != --force ] && docker image inspect "$image" >/dev/null 2>&1; then
    log "$image exists"
    exit 0
fi
command -v debootstrap >/dev/null || { log "debootstrap is missing: run scripts/deps.sh test"; exit 1; }
[ "$(id -u)" -eq 0 ] || { log "debootstrap needs root"; exit 1; }

root=$(mktemp -d /tmp/sloop-debian-rootfs.XXXXXX)
trap 'rm -rf "$root"' EXIT
log "debootstrap $suite into $root"
debootstrap --variant=minbase --include=openssh-server,python3,ca-certificates \
    "$suite" "$root" "$mirror" >"$root.log" 2>&1 || {
    log "debootstrap failed:"; tail -20 "$root.log"; rm -f "$root.log"; exit 1; }
rm -f "$root.log"

# The same sources as Debian's official image (deb822, with updates and
# security), so blueprints' package installs get current packages.
rm -f "$root/etc/apt/sources.list"
cat >"$root/etc/apt/sources.list.d/debian.sources" <<EOF
Types: deb
URIs: $mirror
Suites: $suite $suite-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: http://deb.debian.org/debian-security
Suites: $suite-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
# Keep later installs small, as the official image does.
cat >"$root/etc/apt/apt.conf.d/docker-clean" <<'EOF'
DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
APT::Update::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
Dir::Cache::pkgcache "";
Dir::Cache::srcpkgcache "";
EOF
echo 'Acquire::Languages "none";' >"$root/etc/apt/apt.conf.d/docker-no-languages"
printf 'Acquire::GzipIndexes "true";\nAcquire::CompressionTypes::Order:: "gz";\n' \
    >"$root/etc/apt/apt.conf.d/docker-gzip-indexes"
echo 'APT::Install-Recommends "false";' >"$root/etc/apt/apt.conf.d/sloop-no-recommends"

# A policy-rc.d that denies (101) would keep packages from starting their
# services; the instance's init decides what runs.
rm -f "$root/usr/sbin/policy-rc.d"
# Each instance makes its own host keys on first boot (sloop-init.sh); keys
# baked into the image would be shared by every instance made from it.
rm -f "$root"/etc/ssh/ssh_host_*
# A container's hostname and resolver come from the engine.
rm -f "$root/etc/hostname"
: >"$root/etc/resolv.conf"

# Small: no package lists or caches (run apt-get update before installing).
rm -rf "$root"/var/lib/apt/lists/* "$root"/var/cache/apt/*.bin "$root"/var/cache/apt/archives/*.deb
mkdir -p "$root/var/lib/apt/lists/partial"
rm -rf "$root"/var/log/*.log "$root"/var/log/apt/* "$root"/tmp/* "$root"/var/tmp/*

log "importing as $image"
tar -C "$root" --numeric-owner -c . |
    docker import -c 'CMD ["/bin/bash"]' \
        -c 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' - "$image" >/dev/null
log "$image: $(docker image inspect -f '{{.Size}}' "$image" | awk '{printf "%.0f MB", $1/1e6}')"
