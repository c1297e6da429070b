#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Importer plugins link the plugin API (chiptrace_pluginapi), not the engine: fail when a
# plugin needs libgit2, Vectorscan (libhs) or SQLite, directly or through another library.
# Usage: tools/check-plugin-links.sh PLUGIN.so...   (ctest runs it as plugins_link_no_engine)
set -eu
[ $# -gt 0 ] || { echo "usage: $0 PLUGIN.so..." >&2; exit 2; }
status=0
for so in "$@"; do
    if ! deps=$(ldd "$so"); then
        echo "FAIL: ldd cannot read $so" >&2
        status=1
        continue
    fi
    engine=$(printf '%s\n' "$deps" | grep -E 'lib(git2|hs|hs_runtime|sqlite3)\.so' || true)
    if [ -n "$engine" ]; then
        echo "FAIL: $so links the engine's libraries:" >&2
        printf '%s\n' "$engine" >&2
        status=1
    else
        echo "ok: $so ($(printf '%s\n' "$deps" | wc -l) libraries, none of libgit2, libhs, libsqlite3)"
    fi
done
exit $status
