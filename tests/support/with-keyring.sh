#!/bin/sh
# Runs a command inside a private D-Bus session with a fresh
# gnome-keyring-daemon (Secret Service only), its login keyring created and
# unlocked with a known password, and HOME/XDG folders of its own, so a
# test never sees or touches the keychain of the person running it.
#   tests/support/with-keyring.sh COMMAND [ARGS...]
# SLOOP_TEST_KEYRING=1 tells the command it runs under this wrapper.
set -eu
dir=$(mktemp -d "${TMPDIR:-/tmp}/sloop-keyring.XXXXXX")
trap 'rm -rf "$dir"' EXIT
trap 'exit 130' INT TERM
export HOME="$dir/home" XDG_DATA_HOME="$dir/data" XDG_CONFIG_HOME="$dir/config" \
    XDG_CACHE_HOME="$dir/cache" XDG_RUNTIME_DIR="$dir/run" SLOOP_TEST_KEYRING=1
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# No X11 or Wayland: nothing may autolaunch another bus or show a prompt.
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL
for tool in dbus-run-session gnome-keyring-daemon; do
    command -v "$tool" >/dev/null || { echo "with-keyring.sh: $tool is missing (scripts/deps.sh installs it)" >&2; exit 1; }
done
status=0
dbus-run-session -- sh -c '
    printf %s sloop-test-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    gnome-keyring-daemon --start --components=secrets >/dev/null
    exec "$@"' sh "$@" || status=$?
exit "$status"
