#!/usr/bin/env bash
# The Debian package, end to end on this machine. Needs root and apt (CI runs as root).
#   - cpack -G DEB from this build tree (it builds nothing that is already built);
#   - desktop-file-validate, appstreamcli validate --no-net and lintian (no errors) on it;
#   - apt-get install ./purgeline_*.deb; the installed binary holds no path of the build tree;
#   - the installed purgeline: --version, a source and a dry-run purge, its manual page, its
#     bash completion, and its window under Xvfb (a screenshot, kept in the build directory);
#   - apt-get remove, after which nothing the package installed is left under /usr.
# The package is removed again even when a step fails; a lock keeps two runs (also from another
# checkout) from overlapping, and a purgeline installed by someone else is never touched.
set -u
STEP=setup
fail() {
    echo "FAIL [$STEP]: $*" >&2
    exit 1
}
step() {
    STEP=$*
    echo "== $STEP" >&2
}
if [ "$(id -u)" -ne 0 ]; then
    echo "SKIP: installing a package needs root" >&2
    exit 77
fi
[ -n "${PURGELINE_BUILD_DIR:-}" ] && [ -f "$PURGELINE_BUILD_DIR/CPackConfig.cmake" ] ||
    fail "PURGELINE_BUILD_DIR must name a configured build tree (CTest sets it)"
for tool in cpack dpkg-deb apt-get desktop-file-validate appstreamcli lintian xvfb-run dbus-run-session import man flock; do
    command -v "$tool" >/dev/null || fail "$tool is not installed (scripts/setup.sh test installs it)"
done

exec 9>/tmp/purgeline-package-test.lock
flock -w 900 9 || fail "another package test held the lock for 15 minutes"
if dpkg-query -W -f='${Status}' purgeline 2>/dev/null | grep -q "install ok installed"; then
    fail "a purgeline package is installed already; this test installs and removes its own, so it stops"
fi

WORK=$(mktemp -d)
INSTALLED=0
cleanup() {
    if [ "$INSTALLED" = 1 ]; then
        DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq purgeline >/dev/null 2>&1 ||
            echo "cleanup: apt-get remove purgeline failed" >&2
    fi
    [ -n "${XVFB_PID:-}" ] && kill "$XVFB_PID" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT
export HOME=$WORK/home LANG=C.UTF-8 LC_ALL=C.UTF-8
mkdir -p "$HOME"

step "cpack -G DEB"
cpack -G DEB --config "$PURGELINE_BUILD_DIR/CPackConfig.cmake" -B "$WORK/out" >"$WORK/cpack.log" 2>&1 ||
    fail "cpack failed: $(tail -20 "$WORK/cpack.log")"
debs=("$WORK"/out/purgeline_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "cpack made no purgeline_*.deb: $(ls "$WORK/out")"
deb=${debs[0]}
dpkg-deb -I "$deb" >"$WORK/control.txt" || fail "dpkg-deb cannot read $deb"
grep -qE '^ Depends: .*libqt6widgets6' "$WORK/control.txt" ||
    fail "the dependencies were not computed from the binary: $(grep Depends "$WORK/control.txt")"
dpkg-deb -c "$deb" | awk '{ print $NF }' | sed 's|^\./|/|' >"$WORK/contents.txt"
for path in /usr/bin/purgeline /usr/share/man/man1/purgeline.1.gz \
    /usr/share/applications/io.github.purgeline.Purgeline.desktop \
    /usr/share/metainfo/io.github.purgeline.Purgeline.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/io.github.purgeline.Purgeline.svg \
    /usr/share/icons/hicolor/48x48/apps/io.github.purgeline.Purgeline.png \
    /usr/share/icons/hicolor/256x256/apps/io.github.purgeline.Purgeline.png \
    /usr/share/bash-completion/completions/purgeline /usr/share/zsh/vendor-completions/_purgeline \
    /usr/share/fish/vendor_completions.d/purgeline.fish /usr/share/doc/purgeline/copyright; do
    grep -qx "$path" "$WORK/contents.txt" || fail "the package has no $path"
done
grep -v '^/usr/' "$WORK/contents.txt" | grep -v '^/$' | grep . && fail "the package installs outside /usr"

step "desktop-file-validate, appstreamcli, lintian"
mkdir "$WORK/root"
dpkg-deb -x "$deb" "$WORK/root"
desktop-file-validate "$WORK/root/usr/share/applications/io.github.purgeline.Purgeline.desktop" ||
    fail "desktop-file-validate failed"
appstreamcli validate --no-net "$WORK/root/usr/share/metainfo/io.github.purgeline.Purgeline.metainfo.xml" ||
    fail "appstreamcli validate failed"
lintian --fail-on error --tag-display-limit 0 "$deb" >"$WORK/lintian.txt" 2>&1
lintian_status=$?
cat "$WORK/lintian.txt" >&2
[ $lintian_status -eq 0 ] || fail "lintian found errors"
grep -q '^E:' "$WORK/lintian.txt" && fail "lintian found errors"
if strings "$WORK/root/usr/bin/purgeline" | grep -qF "$PURGELINE_BUILD_DIR"; then
    fail "the installed binary names the build tree $PURGELINE_BUILD_DIR"
fi

step "apt-get install ./$(basename "$deb")"
INSTALLED=1
(cd "$WORK/out" && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "./$(basename "$deb")" >"$WORK/apt.log" 2>&1) || fail "apt-get install failed: $(tail -20 "$WORK/apt.log")"
[ -x /usr/bin/purgeline ] || fail "/usr/bin/purgeline is not there"

step "the installed binary"
cd "$WORK" || fail "cannot enter $WORK"
/usr/bin/purgeline --version | grep -qE '^purgeline [0-9]+\.[0-9]+\.[0-9]+$' || fail "--version"
P=$WORK/profile
/usr/bin/purgeline --profile "$P" source add site --type http-purge --endpoint http://127.0.0.1:9 \
    >/dev/null 2>"$WORK/err" || fail "source add: $(cat "$WORK/err")"
/usr/bin/purgeline --profile "$P" purge --source site --dry-run https://example.com/a.css \
    >"$WORK/dry.txt" 2>"$WORK/err" || fail "dry-run purge: $(cat "$WORK/err")"
grep -qF "http://127.0.0.1:9" "$WORK/dry.txt" || fail "the dry run shows no request: $(cat "$WORK/dry.txt")"
[ "$(/usr/bin/purgeline --profile "$P" history --json | grep -c '"id"')" = 0 ] ||
    fail "a dry run recorded something"
MANWIDTH=100 man -l /usr/share/man/man1/purgeline.1.gz | grep -q "source add" || fail "the man page"
(
    # shellcheck source=/dev/null
    source /usr/share/bash-completion/completions/purgeline
    COMP_WORDS=(/usr/bin/purgeline pu)
    COMP_CWORD=1
    _purgeline
    [ "${COMPREPLY[*]}" = purge ]
) || fail "the installed bash completion does not complete pu to purge"

step "the installed window under Xvfb"
shot=$PURGELINE_BUILD_DIR/test-package-window.png
rm -f "$shot"
# The tests run with QT_QPA_PLATFORM=offscreen; this window is drawn on the X server. It is
# given up to 30 s to appear: on a loaded CI machine its first paint can take
# several seconds, so the root window is taken again each second until it shows more than a
# blank screen.
xvfb-run -a -s "-screen 0 1024x640x24" dbus-run-session -- sh -c '
    QT_QPA_PLATFORM=xcb /usr/bin/purgeline --profile "$1/window-profile" >"$1/window.log" 2>&1 &
    app=$!
    for i in $(seq 30); do
        sleep 1
        import -window root "$2" 2>/dev/null || continue
        [ "$(convert "$2" -format %k info:)" -gt 16 ] && break
    done
    kill "$app"
    wait "$app" 2>/dev/null
    true' sh "$WORK" "$shot" || fail "xvfb-run failed"
[ -s "$shot" ] || fail "no screenshot: $(cat "$WORK/window.log")"
colours=$(convert "$shot" -format %k info:)
[ "$colours" -gt 16 ] || fail "the screenshot is (nearly) blank after 30 s: $colours colours; $(cat "$WORK/window.log")"
echo "screenshot of the installed window: $shot ($colours colours)" >&2

step "apt-get remove leaves nothing in /usr"
DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq purgeline >"$WORK/apt.log" 2>&1 ||
    fail "apt-get remove failed: $(tail -20 "$WORK/apt.log")"
INSTALLED=0
dpkg-query -W -f='${Status}' purgeline 2>/dev/null | grep -q "install ok installed" && fail "still installed"
left=()
while IFS= read -r path; do
    [ "${path%/}" = "$path" ] || continue # directories may be shared with other packages
    [ -e "$path" ] || [ -L "$path" ] && left+=("$path")
done <"$WORK/contents.txt"
[ ${#left[@]} -eq 0 ] || fail "left behind: ${left[*]}"
[ ! -e /usr/share/doc/purgeline ] || fail "left behind: /usr/share/doc/purgeline"
echo "PASS" >&2
