#!/usr/bin/env bash
# Runs before `npm test`: the browser tests drive Debian's Chromium. Install it when missing and apt is at hand
# (as root, or with sudo); otherwise say how, and let the browser tests fail with the same advice.
set -u
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$chromium" ] && exit 0
if command -v apt-get >/dev/null 2>&1; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && sudo="sudo"
  echo "Chromium not found at $chromium: installing Debian's chromium with apt-get…"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null && exit 0
fi
echo "Chromium not found at $chromium. Install it (Debian/Ubuntu: apt-get install chromium) or set CHROMIUM_PATH." >&2
exit 0
