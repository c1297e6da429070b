#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Importer plugins link the plugin API (chiptrace_pluginapi), not the engine: fail when a
# plugin is linked against libgit2, Vectorscan (libhs) or SQLite.
#   tools/check-plugin-links.sh [-C BUILD_DIR] PLUGIN.so...
# Two views: what the built file needs at run time (ldd, through any library), and, with a
# Ninja BUILD_DIR, what its link command was given. The second matters because the toolchain
# links --as-needed: a plugin that links the whole engine can still show none of it in ldd.
# ctest runs it as plugins_link_no_engine.
set -eu
build_dir=
if [ "${1:-}" = -C ]; then
    build_dir=$2
    shift 2
fi
[ $# -gt 0 ] || { echo "usage: $0 [-C BUILD_DIR] PLUGIN.so..." >&2; exit 2; }
engine='lib(git2|hs|hs_runtime|sqlite3)\.(so|a)'
status=0
for so in "$@"; do
    if ! deps=$(ldd "$so"); then
        echo "FAIL: ldd cannot read $so" >&2
        status=1
        continue
    fi
    found=$(printf '%s\n' "$deps" | grep -E "$engine" || true)
    if [ -n "$found" ]; then
        echo "FAIL: $so needs the engine's libraries at run time:" >&2
        printf '%s\n' "$found" >&2
        status=1
        continue
    fi
    if [ -n "$build_dir" ] && [ -f "$build_dir/build.ninja" ]; then
        rel=$(realpath --relative-to="$build_dir" "$so")
        link=$(ninja -C "$build_dir" -t commands "$rel" | tail -n 1)
        found=$(printf '%s\n' "$link" | tr ' ' '\n' | grep -E "$engine|libchiptrace_core\.a" || true)
        if [ -n "$found" ]; then
            echo "FAIL: $so is linked against the engine:" >&2
            printf '%s\n' "$found" >&2
            status=1
            continue
        fi
    fi
    echo "ok: $so (needs $(printf '%s\n' "$deps" | wc -l) libraries; none of libgit2, libhs, libsqlite3${build_dir:+ in its link command either})"
done
exit $status
