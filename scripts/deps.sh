#!/usr/bin/env bash
# Installs the Debian 12 packages Sloop needs. Usage: scripts/deps.sh [app|test|bench]
# "app" is enough to build and run; "test" adds the servers the tests use;
# "bench" adds what the benchmarks compare with (netdata: sloop-bench-hostcost;
# not in "test", since its package may start a collector of its own).
set -euo pipefail
want=${1:-app}

app_packages=(
    build-essential cmake ninja-build pkg-config file
    qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-charts-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins qt6-wayland
    libgl-dev libvulkan-dev libxkbcommon-dev
    nlohmann-json3-dev libssh-dev libvterm-dev qtkeychain-qt6-dev
    libyaml-cpp-dev zlib1g-dev libcurl4-openssl-dev libssl-dev libboost1.74-dev libzip-dev
    libqscintilla2-qt6-dev
    fonts-dejavu-core
)
test_packages=(
    docker.io busybox-static docker-registry curl podman
    xvfb xauth imagemagick
    desktop-file-utils appstream dpkg-dev xdotool
    openssh-server openssh-client
    gnome-keyring libsecret-tools dbus iproute2 ccache debootstrap
    # the server firewall suite loads nftables rules in a network namespace
    nftables
    # the libFuzzer targets (fuzz/): clang and its runtime libraries
    clang libclang-rt-14-dev
    openssl python3
    # AWS's own CLI against the AWS-compatible endpoint (signed requests)
    awscli
)
bench_packages=(
    netdata
    # bench/httpserving: the HTTP serving libraries measured against nginx
    qt6-httpserver-dev qt6-websockets-dev libboost1.74-dev libcpp-httplib-dev
    libmicrohttpd-dev libcurl4-openssl-dev libwebsocketpp-dev nginx wrk
)

packages=("${app_packages[@]}")
[ "$want" = test ] || [ "$want" = bench ] && packages+=("${test_packages[@]}")
[ "$want" = bench ] && packages+=("${bench_packages[@]}")

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "deps: all ${#packages[@]} packages present"
    exit 0
fi

sudo_cmd=()
[ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
echo "deps: installing ${missing[*]}"
"${sudo_cmd[@]}" apt-get update -q
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
# The registry package starts its own service on :5000; the tests start theirs.
if { [ "$want" = test ] || [ "$want" = bench ]; } && command -v systemctl >/dev/null && systemctl is-active -q docker-registry 2>/dev/null; then
    "${sudo_cmd[@]}" systemctl stop docker-registry || true
fi
# nginx's and netdata's packages may start their services; the benchmarks
# start their own.
if [ "$want" = bench ] && command -v systemctl >/dev/null && systemctl is-active -q nginx 2>/dev/null; then
    "${sudo_cmd[@]}" systemctl stop nginx || true
fi
if [ "$want" = bench ] && command -v systemctl >/dev/null && systemctl is-active -q netdata 2>/dev/null; then
    "${sudo_cmd[@]}" systemctl stop netdata || true
fi
