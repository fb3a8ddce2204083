#!/usr/bin/env bash
# Installs the browsers the test suite runs in, from the system's packages
# (Debian 12 / Ubuntu): Chromium, Firefox ESR, and WebKitGTK's MiniBrowser with
# its WebDriver under Xvfb. npm cannot install these. Does nothing if present.
set -euo pipefail
need=()
for pkg in chromium firefox-esr webkit2gtk-driver xvfb; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
[ ${#need[@]} -eq 0 ] && { echo "Browsers already installed."; exit 0; }
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
echo "Installing ${need[*]} ..."
$sudo apt-get update -q
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q "${need[@]}"
