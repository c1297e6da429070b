#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# packaging/dev.sh: set up, build, test and run ChipTrace on any common Linux desktop.
#
#   packaging/dev.sh run [ARGS...]   set up, build, then run chiptrace ARGS (the workbench if none)
#   packaging/dev.sh test [CTEST...] set up, build, then run the whole test suite
#   packaging/dev.sh build           set up and build only
#   packaging/dev.sh setup           install what the host lacks, nothing else
#   packaging/dev.sh shell [CMD...]  a shell (or CMD) in the build environment
#   packaging/dev.sh package         build a release .deb with cpack into build/release
#   packaging/dev.sh bench [ARGS...] build release and run bench/run.sh ARGS
#   packaging/dev.sh screenshots     retake docs/screenshots from the demo case under Xvfb
#
# Where the distribution ships the stack (Qt >= 6.7, KF6 SyntaxHighlighting, libgit2 >= 1.7:
# Debian 13+, Ubuntu 25.04+, Fedora, Arch) the packages are installed natively. Elsewhere
# (Debian 12, Ubuntu 24.04) a Debian 13 root is made once with debootstrap in the XDG cache and
# everything builds and runs inside it with chroot. Host paths keep their meaning inside it:
# $HOME, /tmp, the checkout, the current directory, /mnt, /media, /srv, /run/user/UID and any
# absolute path given to `run` are bind-mounted at the same place, in a private mount namespace
# that vanishes when the command ends. The display sockets (X11 in /tmp/.X11-unix, Wayland in
# $XDG_RUNTIME_DIR) pass through, so the window opens on the host's session.
#
# Environment: CHIPTRACE_ENV=native|root forces the mode; CHIPTRACE_PRESET (default dev) picks
# the CMake preset; CHIPTRACE_ROOT moves the Debian 13 root; CHIPTRACE_MIRROR the Debian mirror.
set -euo pipefail

SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PRESET=${CHIPTRACE_PRESET:-dev}
SUITE=trixie
MIRROR=${CHIPTRACE_MIRROR:-http://deb.debian.org/debian}
# Under sudo, keep the invoking user's cache so the root is shared with their normal runs.
if [ -n "${SUDO_USER:-}" ] && [ -z "${CHIPTRACE_ROOT:-}" ]; then
    _user_home=$(getent passwd "$SUDO_USER" | cut -d: -f6)
    ROOT=${_user_home}/.cache/chiptrace/debian13-root
else
    ROOT=${CHIPTRACE_ROOT:-${XDG_CACHE_HOME:-$HOME/.cache}/chiptrace/debian13-root}
fi
STAMP_DIR=$ROOT/.chiptrace

# One list of what the project needs, in Debian's names; Fedora and Arch have their own below.
DEB_PACKAGES=(
    g++ cmake ninja-build ccache pkg-config git file dpkg-dev ca-certificates
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-svg-dev qt6-qpa-plugins qt6-wayland
    libkf6syntaxhighlighting-dev libgit2-dev libsqlite3-dev sqlite3 libvectorscan-dev
    libyaml-cpp-dev libpoppler-qt6-dev qtkeychain-qt6-dev libarchive-dev zlib1g-dev
    appstream desktop-file-utils xvfb xauth poppler-utils fonts-noto-cjk fonts-dejavu-core
    ripgrep clang-format
    time  # /usr/bin/time -v: peak memory in bench/run.sh
    libpq-dev postgresql  # server cases: the client library, and a real server for the tests
)
RPM_PACKAGES=(
    gcc-c++ cmake ninja-build ccache pkgconf git file rpm-build
    qt6-qtbase-devel qt6-qtbase-private-devel qt6-qtcharts-devel qt6-qttools-devel qt6-linguist
    qt6-qtsvg-devel qt6-qtwayland kf6-syntax-highlighting-devel libgit2-devel sqlite-devel sqlite
    vectorscan-devel yaml-cpp-devel poppler-qt6-devel qtkeychain-qt6-devel libarchive-devel
    zlib-devel appstream desktop-file-utils xorg-x11-server-Xvfb xorg-x11-xauth poppler-utils
    google-noto-sans-cjk-fonts dejavu-sans-fonts ripgrep clang-tools-extra
    libpq-devel postgresql-server
)
ARCH_PACKAGES=(
    base-devel cmake ninja ccache pkgconf git file
    qt6-base qt6-charts qt6-tools qt6-svg qt6-wayland syntax-highlighting libgit2 sqlite
    vectorscan yaml-cpp poppler-qt6 qtkeychain-qt6 libarchive zlib appstream desktop-file-utils
    xorg-server-xvfb xorg-xauth poppler noto-fonts-cjk ttf-dejavu ripgrep clang
    postgresql-libs postgresql
)

say() { printf '\033[1;34m[dev.sh]\033[0m %s\n' "$*" >&2; }
die() {
    printf '\033[1;31m[dev.sh] error:\033[0m %s\n' "$1" >&2
    [ -n "${2:-}" ] && printf '[dev.sh] what to do: %s\n' "$2" >&2
    exit 1
}

# ---------------------------------------------------------------------------------------------
# Which way this host goes.

detect_mode() {
    if [ -n "${CHIPTRACE_ENV:-}" ]; then
        echo "$CHIPTRACE_ENV"
        return
    fi
    local id="" version="" like=""
    if [ -r /etc/os-release ]; then
        # shellcheck disable=SC1091
        id=$(. /etc/os-release && echo "${ID:-}")
        version=$(. /etc/os-release && echo "${VERSION_ID:-}")
        like=$(. /etc/os-release && echo "${ID_LIKE:-}")
    fi
    case "$id" in
        debian)
            # testing and sid have no VERSION_ID; both are newer than 13.
            if [ -z "$version" ] || [ "${version%%.*}" -ge 13 ]; then echo native-apt; else echo root; fi ;;
        ubuntu)
            if [ "$(printf '%s\n25.04\n' "$version" | sort -V | head -n1)" = "25.04" ]; then echo native-apt; else echo root; fi ;;
        fedora) echo native-dnf ;;
        arch | manjaro | endeavouros) echo native-pacman ;;
        *)
            case " $like " in
                *" arch "*) echo native-pacman ;;
                *" fedora "*) echo native-dnf ;;
                *) echo root ;;
            esac ;;
    esac
}

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else
        command -v sudo >/dev/null || die "installing packages needs root and sudo is missing" \
            "run this script as root, or install sudo"
        sudo "$@"
    fi
}

# ---------------------------------------------------------------------------------------------
# Native set-up: install only what is missing.

setup_native() {
    local mode=$1 missing=()
    case "$mode" in
        native-apt)
            for p in "${DEB_PACKAGES[@]}"; do
                dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
            done
            if ((${#missing[@]})); then
                say "installing ${#missing[@]} packages with apt: ${missing[*]}"
                as_root apt-get update -q || die "apt-get update failed" "check the network and /etc/apt/sources.list"
                as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}" \
                    || die "apt-get install failed" "read apt's message above; on Ubuntu < 25.04 use CHIPTRACE_ENV=root"
            fi ;;
        native-dnf)
            for p in "${RPM_PACKAGES[@]}"; do rpm -q "$p" >/dev/null 2>&1 || missing+=("$p"); done
            if ((${#missing[@]})); then
                say "installing ${#missing[@]} packages with dnf: ${missing[*]}"
                as_root dnf install -y "${missing[@]}" || die "dnf install failed" "read dnf's message above"
            fi ;;
        native-pacman)
            mapfile -t missing < <(pacman -T "${ARCH_PACKAGES[@]}" || true)
            if ((${#missing[@]})); then
                say "installing ${#missing[@]} packages with pacman: ${missing[*]}"
                as_root pacman -S --needed --noconfirm "${missing[@]}" || die "pacman failed" "read pacman's message above"
            fi ;;
    esac
    say "host has the stack: building natively"
}

# ---------------------------------------------------------------------------------------------
# Debian 13 root: made once, checked every time, rebuilt when half-made.

mounts_under() { awk -v r="$1" 'index($2, r) == 1 { print $2 }' /proc/mounts; }

remove_root_dir() {
    local dir=$1
    [ -n "$(mounts_under "$dir")" ] && die "something is still mounted under $dir" \
        "unmount it (see: grep '$dir' /proc/mounts), then re-run"
    rm -rf --one-file-system "$dir"
}

packages_hash() { printf '%s\n' "$SUITE" "${DEB_PACKAGES[@]}" | sha256sum | cut -c1-16; }

ensure_host_tools() {
    local need=()
    command -v debootstrap >/dev/null || [ -x /usr/sbin/debootstrap ] || need+=(debootstrap)
    command -v unshare >/dev/null || need+=(util-linux)
    if ((${#need[@]})); then
        command -v apt-get >/dev/null || die "this host needs ${need[*]} and has no apt-get" \
            "install ${need[*]} with your package manager, then re-run"
        say "installing on the host: ${need[*]}"
        apt-get update -q >/dev/null || true
        DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${need[@]}" \
            || die "could not install ${need[*]}" "install ${need[*]} by hand, then re-run"
    fi
}

bootstrap_root() {
    local partial=$ROOT.partial
    [ -e "$partial" ] && { say "removing a half-made root left by an interrupted run: $partial"; remove_root_dir "$partial"; }
    say "creating a Debian 13 ($SUITE) root in $ROOT with debootstrap (about 20 s, once)"
    mkdir -p "$(dirname "$ROOT")"
    PATH=$PATH:/usr/sbin:/sbin debootstrap --variant=minbase "$SUITE" "$partial" "$MIRROR" >"$ROOT.debootstrap.log" 2>&1 \
        || die "debootstrap failed (log: $ROOT.debootstrap.log)" \
            "check that $MIRROR is reachable, or set CHIPTRACE_MIRROR to a Debian mirror you can reach"
    mkdir -p "$partial/.chiptrace"
    date -u +%FT%TZ >"$partial/.chiptrace/bootstrapped"
    mv "$partial" "$ROOT"
}

root_is_sound() {
    [ -f "$STAMP_DIR/bootstrapped" ] && [ -x "$ROOT/bin/sh" ] && [ -x "$ROOT/usr/bin/apt-get" ] \
        && chroot "$ROOT" /bin/true 2>/dev/null
}

# The root is shared by every checkout (branches may list different packages): it is fine when
# each package of this list is installed, whatever else is; the stamp only saves that query.
root_packages_ok() {
    [ -x "$ROOT/usr/bin/cmake" ] \
        && [ -f "$ROOT/usr/lib/x86_64-linux-gnu/cmake/Qt6/Qt6Config.cmake" -o -n "$(find "$ROOT/usr/lib" -maxdepth 3 -name Qt6Config.cmake -print -quit)" ] \
        || return 1
    [ "$(cat "$STAMP_DIR/packages" 2>/dev/null)" = "$(packages_hash)" ] && return 0
    local installed
    installed=$(chroot "$ROOT" dpkg-query -W -f='${Status}\n' "${DEB_PACKAGES[@]}" 2>/dev/null | grep -c 'install ok installed' || true)
    [ "$installed" -eq "${#DEB_PACKAGES[@]}" ]
}

install_root_packages() {
    say "installing ${#DEB_PACKAGES[@]} build packages into the root (about 30 s the first time)"
    cp -L /etc/resolv.conf "$ROOT/etc/resolv.conf" 2>/dev/null || true
    # A package's service (PostgreSQL) must not start inside the root, and the tests make their
    # own throw-away clusters: no default cluster either.
    [ -e "$ROOT/usr/sbin/policy-rc.d" ] || { printf '#!/bin/sh\nexit 101\n' >"$ROOT/usr/sbin/policy-rc.d"; chmod 755 "$ROOT/usr/sbin/policy-rc.d"; }
    mkdir -p "$ROOT/etc/postgresql-common/createcluster.d"
    echo 'create_main_cluster = false' >"$ROOT/etc/postgresql-common/createcluster.d/chiptrace.conf"
    unshare --mount --propagation private -- bash -c '
        set -e
        mount -t proc proc "$1/proc"; mount --rbind /dev "$1/dev"
        shift
        chroot "$0" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive bash -c "
            dpkg --configure -a && apt-get update -q && apt-get install -y --no-install-recommends \$*" sh "$@"
    ' "$ROOT" "$ROOT" "${DEB_PACKAGES[@]}" >"$ROOT.apt.log" 2>&1 \
        || { tail -n 20 "$ROOT.apt.log" >&2; die "installing packages into the root failed (log: $ROOT.apt.log)" \
            "if the root looks damaged, remove it with: rm -rf '$ROOT' and re-run"; }
    packages_hash >"$STAMP_DIR/packages"
}

setup_root() {
    ensure_host_tools
    mkdir -p "$(dirname "$ROOT")"
    exec 9>"$ROOT.lock"
    flock 9 # concurrent runs wait here instead of racing dpkg
    if [ -e "$ROOT" ] && ! root_is_sound; then
        say "the root at $ROOT is incomplete or broken: rebuilding it"
        remove_root_dir "$ROOT"
    fi
    [ -e "$ROOT" ] || bootstrap_root
    root_packages_ok || install_root_packages
    flock -u 9
    say "using the Debian 13 root at $ROOT"
}

# Runs "$@" inside the root, in a private mount namespace, with host paths at the same place.
in_root() {
    local uid gid
    uid=${SUDO_UID:-$(id -u)}
    gid=${SUDO_GID:-$(id -g)}
    local binds=("$HOME" /tmp /mnt /media /srv "/run/user/$uid" "$SRC" "$PWD")
    local extra
    for extra in "${CHIPTRACE_EXTRA_BINDS[@]:-}"; do [ -n "$extra" ] && binds+=("$extra"); done
    cp -L /etc/resolv.conf "$ROOT/etc/resolv.conf" 2>/dev/null || true
    cp -L /etc/hosts "$ROOT/etc/hosts" 2>/dev/null || true
    local envs=(PATH=/usr/local/bin:/usr/bin:/bin:/usr/local/sbin:/usr/sbin:/sbin "HOME=$HOME"
        "USER=${SUDO_USER:-${USER:-$(id -un)}}" "LC_CTYPE=C.UTF-8")
    local v
    for v in $(compgen -e); do
        case "$v" in
            DISPLAY | WAYLAND_DISPLAY | XAUTHORITY | XDG_* | LANG | LANGUAGE | LC_ALL | LC_MESSAGES | TERM \
                | QT_* | CHIPTRACE_* | CI | CCACHE_* | CTEST_* | SSH_AUTH_SOCK | DBUS_SESSION_BUS_ADDRESS \
                | http_proxy | https_proxy | no_proxy | HTTP_PROXY | HTTPS_PROXY | NO_PROXY | ALL_PROXY | all_proxy)
                envs+=("$v=${!v}") ;;
        esac
    done
    unshare --mount --propagation private -- bash -c '
        set -e
        root=$1 uid=$2 gid=$3 nb=$4; shift 4
        mount -t proc proc "$root/proc"
        mount --rbind /dev "$root/dev"
        mount --rbind /sys "$root/sys" 2>/dev/null || true
        for ((i = 0; i < nb; i++)); do
            d=$1; shift
            [ -e "$d" ] || continue
            case "$d" in /proc* | /dev* | /sys* | /usr* | /etc* | /bin* | /lib* | /sbin* | /var/lib*) continue ;; esac
            if [ -d "$d" ]; then mkdir -p "$root$d"; else mkdir -p "$root$(dirname "$d")"; touch "$root$d"; fi
            mountpoint -q "$root$d" || mount --bind "$d" "$root$d"
        done
        cwd=$1; shift
        if [ "$uid" = 0 ]; then spec=(); else spec=(--userspec="$uid:$gid"); fi
        exec chroot "${spec[@]}" "$root" /usr/bin/env -i "$@"
    ' bash "$ROOT" "$uid" "$gid" "${#binds[@]}" "${binds[@]}" "$PWD" "${envs[@]}" \
        /bin/sh -c 'cd "$0" 2>/dev/null || cd /; exec "$@"' "$PWD" "$@"
}

# ---------------------------------------------------------------------------------------------

MODE=$(detect_mode)

ensure_env() {
    case "$MODE" in
        native-*) setup_native "$MODE" ;;
        root)
            if [ "$(id -u)" -ne 0 ]; then
                say "the Debian 13 root needs root for debootstrap and chroot: re-running with sudo"
                exec sudo --preserve-env "$0" "$ORIGINAL_COMMAND" "${ORIGINAL_ARGS[@]}"
            fi
            setup_root ;;
        *) die "unknown CHIPTRACE_ENV=$MODE" "use CHIPTRACE_ENV=native or CHIPTRACE_ENV=root" ;;
    esac
}

in_env() {
    case "$MODE" in
        root) in_root "$@" ;;
        *) "$@" ;;
    esac
}

# Minutes a cold build of the dev preset takes on 2 cores, measured (README, "Build times");
# more cores divide it, ccache makes every later build quick.
COLD_BUILD_CORE_MINUTES=20

build() {
    local dir=$SRC/build/$PRESET
    if [ ! -f "$dir/build.ninja" ]; then
        local minutes=$(((COLD_BUILD_CORE_MINUTES + $(nproc) - 1) / $(nproc)))
        say "first build of $dir: expect about $minutes minutes on $(nproc) cores (later builds are incremental)"
    fi
    # Configure when new, or when the presets changed since (e.g. dev moved from Debug).
    if [ ! -f "$dir/build.ninja" ] || [ "$SRC/CMakePresets.json" -nt "$dir/CMakeCache.txt" ]; then
        say "configuring (cmake --preset $PRESET)"
        in_env cmake -S "$SRC" --preset "$PRESET" >&2 || die "cmake configure failed" "read the message above; a missing dependency means setup failed"
    fi
    say "building ($dir)"
    in_env cmake --build "$dir" --parallel "$(nproc)" >&2 || die "the build failed" "fix the compiler error above, then re-run"
}

ORIGINAL_COMMAND=${1:-}
shift || true
ORIGINAL_ARGS=("$@")

case "$ORIGINAL_COMMAND" in
    setup) ensure_env ;;
    build) ensure_env; build ;;
    test)
        ensure_env; build
        say "running the test suite (ctest --preset $PRESET)"
        in_env ctest --test-dir "$SRC/build/$PRESET" --output-on-failure -j "$(nproc)" "$@" ;;
    run)
        ensure_env; build
        # Absolute paths given as arguments must mean the same inside the root.
        CHIPTRACE_EXTRA_BINDS=()
        for a in "$@"; do
            case "$a" in /*) [ -e "$a" ] && CHIPTRACE_EXTRA_BINDS+=("$a") ;; esac
        done
        if [ $# -eq 0 ] && [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
            say "no DISPLAY or WAYLAND_DISPLAY: the window cannot open here (try: xvfb-run packaging/dev.sh run)"
        fi
        in_env "$SRC/build/$PRESET/bin/chiptrace" "$@" ;;
    shell)
        ensure_env
        if [ $# -eq 0 ]; then in_env /bin/bash; else in_env "$@"; fi ;;
    package)
        ensure_env
        PRESET=release build
        in_env sh -c "cd '$SRC/build/release' && cpack -G DEB" ;;
    bench)
        ensure_env
        PRESET=release build
        in_env bash "$SRC/bench/run.sh" "$SRC/build/release" "$@" ;;
    screenshots)
        ensure_env; build
        in_env env QT_QPA_PLATFORM=xcb CHIPTRACE_SCREENSHOT_DIR="$SRC/docs/screenshots" \
            xvfb-run -a -s "-screen 0 1600x1000x24" "$SRC/build/$PRESET/tests/tst_screenshots" ;;
    "" | -h | --help | help)
        sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//' ;;
    *) die "unknown command: $ORIGINAL_COMMAND" "use one of: run, test, build, setup, shell, package, bench, screenshots" ;;
esac
