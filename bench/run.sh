#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs every benchmark executable (bench_*) of a build tree: bench/run.sh BUILD_DIR [ARGS...]
set -euo pipefail
build=${1:?usage: bench/run.sh BUILD_DIR [ARGS...]}
shift
export QT_QPA_PLATFORM=offscreen
status=0
for exe in "$build"/bench/bench_*; do
    [ -x "$exe" ] || continue
    echo "== $(basename "$exe")"
    "$exe" "$@" || status=$?
done
exit $status
