#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Accuracy of chiptrace on real lab repositories, run inside the project's chroot:
#   bench/accuracy/run.sh [CHIPTRACE [MIRRORS]] [run.py options...]
# CHIPTRACE defaults to build/dev/bin/chiptrace, MIRRORS to /work/.mirror (bare mirrors laid out
# as OWNER+NAME/repo, as the search tool's fetch verb leaves them). Mirrors that are absent are
# skipped, and the table says so.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
chiptrace=${1:-build/dev/bin/chiptrace}
mirrors=${2:-/work/.mirror}
shift $(( $# > 2 ? 2 : $# ))
case "$chiptrace" in /*) ;; *) chiptrace="$src/$chiptrace" ;; esac
# dev.sh binds one extra host path: the common parent of the mirrors and the binary if needed.
bind=$mirrors
case "$chiptrace" in "$src"/* | /tmp/* | "$HOME"/*) ;; *) bind=/work ;; esac
cd "$src"
CHIPTRACE_EXTRA_BINDS=$bind exec ./packaging/dev.sh shell \
    python3 bench/accuracy/run.py --chiptrace "$chiptrace" --mirrors "$mirrors" "$@"
