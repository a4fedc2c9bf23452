#!/usr/bin/env bash
# Installs the Debian 12 packages Purgeline needs, only those missing, and configures the build.
#   scripts/setup.sh run    packages to build and run the app
#   scripts/setup.sh package those plus what CPack needs to make the Debian package (dpkg-dev, file)
#   scripts/setup.sh test   those plus what the tests start (Varnish, nginx, tinyproxy, gnome-keyring, Xvfb),
#                           clang with its sanitizer and libFuzzer runtimes and symbolizer (the sanitizer build),
#                           and what the package test checks with (dpkg-dev and file for CPack's shlibdeps,
#                           desktop-file-utils, appstream, lintian, man-db, and zsh and fish for the completions)
# Runs apt-get as root, or through sudo when not root.
set -euo pipefail

BUILD_PACKAGES=(
    build-essential cmake ninja-build pkg-config ca-certificates
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-httpserver-dev qt6-websockets-dev libqt6sql6-sqlite libqt6sql6-psql qt6-svg-dev qt6-qpa-plugins
    libgit2-dev libcurl4-openssl-dev qtkeychain-qt6-dev libsecret-1-0 fonts-dejavu-core
    qt6-translations-l10n
)
PACKAGE_PACKAGES=(dpkg-dev file)
TEST_PACKAGES=(
    curl time procps xvfb xauth dbus-x11 gnome-keyring libsecret-tools imagemagick
    varnish nginx libnginx-mod-http-cache-purge tinyproxy openssl python3 postgresql
    clang-14 libclang-rt-14-dev llvm-14
    "${PACKAGE_PACKAGES[@]}" desktop-file-utils appstream lintian man-db zsh fish
)

mode=${1:-run}
case "$mode" in
    run) wanted=("${BUILD_PACKAGES[@]}") ;;
    package) wanted=("${BUILD_PACKAGES[@]}" "${PACKAGE_PACKAGES[@]}") ;;
    test) wanted=("${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}") ;;
    *) echo "usage: $0 run|package|test" >&2; exit 2 ;;
esac

# The OpenAPI test runs Prism, installed with npm. Debian's nodejs comes without npm (package
# npm); other nodejs builds bring their own npm and conflict with Debian's, so npm is only asked
# for when there is none.
if [ "$mode" = test ] && ! command -v npm >/dev/null; then
    wanted+=(nodejs npm)
fi

missing=()
for package in "${wanted[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    [ "$status" = "install ok installed" ] || missing+=("$package")
done

if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing ${missing[*]}" >&2
    as_root=()
    [ "$(id -u)" -eq 0 ] || as_root=(sudo)
    # Installing nginx or varnish must not start system services on the build machine.
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive RUNLEVEL=1 \
        apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
