#!/usr/bin/env bash
# Sets up, builds and packages Purgeline in build/ (or $PURGELINE_BUILD_DIR):
#   purgeline_VERSION_ARCH.deb   the Debian package (cpack -G DEB; dependencies from dpkg-shlibdeps)
#   purgeline-VERSION.tar.gz     the source tarball
# Install the package with: sudo apt-get install ./build/purgeline_*.deb
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${PURGELINE_BUILD_DIR:-$root/build}
"$root/scripts/setup.sh" package
"$root/scripts/build.sh"
cd "$build"
cpack -G DEB
cpack --config CPackSourceConfig.cmake
ls -1 "$build"/purgeline_*.deb "$build"/purgeline-*.tar.gz
