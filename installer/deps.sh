#!/usr/bin/env bash
# Installs the Debian 12 packages the build, the product and the tests need — only those missing.
# Usage: installer/deps.sh [--tests]
set -euo pipefail

packages=(
    # toolchain
    build-essential cmake ninja-build ccache pkg-config curl
    # server
    libpoco-dev libpq-dev postgresql libspdlog-dev libsodium-dev
    # partner reports: laid out by pango, written as PDF by cairo
    libcairo2-dev libpango1.0-dev
    # buyer directory exports as .xlsx
    libxlsxwriter-dev
    # desktop client
    qt6-base-dev qt6-charts-dev qt6-svg-dev libqt6opengl6-dev libxkbcommon-dev qtkeychain-qt6-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite fonts-dejavu-core
    # the buyer directory shows each country's flag (regional-indicator emoji)
    fonts-noto-color-emoji
    # QR codes of the partners' share links
    libqrencode-dev
)
if [ "${1:-}" = "--tests" ]; then
    packages+=(
        # a real display and a real Secret Service for the desktop smoke and keychain tests
        xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools
        # the public checkout pages are driven in a real headless browser
        chromium
        # generated reports and archives are checked with the real tools
        qpdf poppler-utils unzip
    )
fi

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    [ "$status" = "install ok installed" ] || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
    echo "Missing packages: ${missing[*]}" >&2
    echo "Run as root (or: sudo $0 $*) to install them." >&2
    exit 1
fi
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
