#!/usr/bin/env bash
# Builds the base image functions run on: Debian bookworm (debootstrap
# minbase) with python3 (and boto3, as Lambda's Python runtime has it, and
# Pillow for the thumbnail template), nodejs and curl, imported with
# `docker import`.
# Every runtime shares it: Python and Node.js handlers through Sloop's
# bootstraps, custom runtimes (an executable `bootstrap`, often a shell
# script calling the Runtime API with curl) directly. A function's image is
# this plus the agent, the bootstrap and the code, built on the engine that
# runs it.
#
# On a remote engine: build here, then copy it over SSH,
#   docker save sloop/runtime:bookworm | ssh HOST docker load
# or run this script on the host itself.
#
# Idempotent: does nothing when the image exists at this script's version
# (the sloop.runtime.version label; --force rebuilds it anyway).
#   SLOOP_RUNTIME_IMAGE   image to make (default sloop/runtime:bookworm)
#   SLOOP_DEBIAN_MIRROR   where debootstrap fetches from (default deb.debian.org)
# About a minute and a half with a warm network; needs root (debootstrap does).
set -euo pipefail
image=${SLOOP_RUNTIME_IMAGE:-sloop/runtime:bookworm}
mirror=${SLOOP_DEBIAN_MIRROR:-http://deb.debian.org/debian}
suite=bookworm
# Raised whenever what goes into the image changes, so an older one is
# rebuilt: 2 added python3-boto3, 3 python3-pil (the thumbnail template).
version=3

log() { echo "runtime-image: $*"; }

have=$(docker image inspect -f '{{index .Config.Labels "sloop.runtime.version"}}' "$image" 2>/dev/null || true)
if [ "${1:-}" != --force ] && [ "$have" = "$version" ]; then
    log "$image exists (version $version)"
    exit 0
fi
command -v debootstrap >/dev/null || { log "debootstrap is missing: run scripts/deps.sh test"; exit 1; }
[ "$(id -u)" -eq 0 ] || { log "debootstrap needs root"; exit 1; }

root=$(mktemp -d /tmp/sloop-runtime-rootfs.XXXXXX)
trap 'rm -rf "$root" "$root.log"' EXIT
log "debootstrap $suite into $root"
debootstrap --variant=minbase --include=python3,python3-boto3,python3-pil,nodejs,curl,ca-certificates \
    "$suite" "$root" "$mirror" >"$root.log" 2>&1 || {
    log "debootstrap failed:"; tail -20 "$root.log"; exit 1; }

# Functions do not install packages at run time (their root is read-only):
# no package lists, caches, docs or logs.
rm -rf "$root"/var/lib/apt/lists/* "$root"/var/cache/apt/* "$root"/var/cache/debconf/*-old \
    "$root"/usr/share/doc/* "$root"/usr/share/man/* "$root"/usr/share/info/* \
    "$root"/var/log/* "$root"/tmp/* "$root"/var/tmp/*
rm -f "$root/etc/hostname"
: >"$root/etc/resolv.conf"
# Where the agent, the bootstraps and the code go (functionimage.cpp).
mkdir -p "$root/opt/sloop" "$root/var/task" "$root/opt/extensions"

log "importing as $image"
tar -C "$root" --numeric-owner -c . |
    docker import -c 'CMD ["/bin/sh"]' -c 'WORKDIR /var/task' \
        -c "LABEL sloop.runtime.version=$version" \
        -c 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
        -c 'ENV LANG=C.UTF-8' - "$image" >/dev/null
log "$image: $(docker image inspect -f '{{.Size}}' "$image" | awk '{printf "%.0f MB", $1/1e6}')"
