#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# bench/watchbench.sh BUILD_DIR MIRROR [COMMITS]: what a watch costs after a lab pushes COMMITS
# (default 50) new commits, against a whole-history scan of the same repository (issue 17).
#   MIRROR is a bare clone, e.g. /work/.mirror/qbittorrent+qBittorrent/repo (absent: skipped).
# The lab is a local bare copy of MIRROR; `chiptrace watch --add` takes its baseline (the files
# of every branch tip, scanned once); then COMMITS commits touching existing sources (every
# tenth adds a launcher with an InfiniBand setting) are pushed, and `chiptrace watch --once`
# fetches and rescans. Its cost is compared with `chiptrace scan --history` of the store entry.
# With WATCHBENCH_DAEMON=1 the lab is served by `git daemon` on loopback (git:// URL), so the
# fetch goes through git's pack negotiation instead of libgit2's local-path transport.
# Inside the Debian 13 root: CHIPTRACE_EXTRA_BINDS=/work/.mirror packaging/dev.sh shell \
#     bench/watchbench.sh build/dev /work/.mirror/qbittorrent+qBittorrent/repo
set -euo pipefail
BUILD=$(cd "${1:?usage: bench/watchbench.sh BUILD_DIR MIRROR [COMMITS]}" && pwd)
MIRROR=${2:?usage: bench/watchbench.sh BUILD_DIR MIRROR [COMMITS]}
COMMITS=${3:-50}
if [ ! -d "$MIRROR/objects" ] && [ ! -d "$MIRROR/.git/objects" ]; then
    echo "watchbench: no repository at $MIRROR; skipped (fetch a mirror first)" >&2
    exit 0
fi
CT=$BUILD/bin/chiptrace
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export HOME=$WORK/home XDG_DATA_HOME=$WORK/home/data XDG_CONFIG_HOME=$WORK/home/config
export QT_QPA_PLATFORM=offscreen
CASE=$WORK/bench.chiptrace

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }
field() { python3 -c "import json,sys; r=json.load(open(sys.argv[1]))['repositories'][0]; print(r[sys.argv[2]])" "$1" "$2"; }

git clone -q --bare "$MIRROR" "$WORK/lab.git"
"$CT" case new "$CASE" --title "watch bench" > /dev/null
URL=$WORK/lab.git
if [ "${WATCHBENCH_DAEMON:-0}" = 1 ]; then
    PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    git daemon --export-all --reuseaddr --listen=127.0.0.1 --port="$PORT" --base-path="$WORK" "$WORK" &
    DAEMON=$!
    trap 'kill "$DAEMON" 2>/dev/null; rm -rf "$WORK"' EXIT
    sleep 1
    URL=git://127.0.0.1:$PORT/lab.git
fi

t=$(now)
"$CT" watch "$CASE" --add "$URL" --once --format json > "$WORK/baseline.json" || true
baseline=$(since "$t")

git clone -q "$WORK/lab.git" "$WORK/work"
cd "$WORK/work"
mapfile -t files < <(git ls-files '*.cpp' | head -n "$COMMITS")
for i in $(seq 1 "$COMMITS"); do
    f=${files[$(( (i - 1) % ${#files[@]} ))]}
    printf '// watch bench change %d\n' "$i" >> "$f"
    if [ $(( i % 10 )) -eq 0 ]; then
        printf '#!/bin/sh\nexport NCCL_IB_HCA=mlx5_%d\n' "$i" > "launch-$i.sh"
    fi
    git add -A
    git -c user.name=Bench -c user.email=bench@example.org commit -qm "bench change $i"
done
git push -q origin HEAD
cd - > /dev/null

t=$(now)
"$CT" watch "$CASE" --once --format json > "$WORK/rescan.json" || true
rescan=$(since "$t")
entry=$("$CT" store list | awk -F'\t' -v u="$URL" '$1 == u { print $4 }')

t=$(now)
"$CT" scan "$entry" --history --format json > "$WORK/full.json" || true
full=$(since "$t")

echo "baseline (watch --add: clone, then every branch tip's files): ${baseline} s wall; fetch $(field "$WORK/baseline.json" fetchMs) ms, analysis $(field "$WORK/baseline.json" analyseMs) ms, $(field "$WORK/baseline.json" blobsScanned) blobs"
echo "rescan after $COMMITS commits (watch --once): ${rescan} s wall; fetch $(field "$WORK/rescan.json" fetchMs) ms, analysis $(field "$WORK/rescan.json" analyseMs) ms; $(field "$WORK/rescan.json" commits) commits diffed, $(field "$WORK/rescan.json" blobsScanned) blobs scanned, $(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['changes']))" "$WORK/rescan.json") changes"
echo "full history scan (scan --history): ${full} s"
awk -v r="$rescan" -v f="$full" -v a="$(field "$WORK/rescan.json" analyseMs)" \
    'BEGIN { printf "ratio rescan / full history scan: %.3f (wall, fetch included), %.4f (analysis only)\n", r / f, a / 1000 / f }'
