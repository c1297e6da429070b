#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# bench/historybench.sh BUILD_DIR MIRROR: the whole-history scan of a real repository against
# `git cat-file --batch-all-objects --batch --unordered | rg -f PATTERNS`, one run each.
#   MIRROR is a (bare) clone, e.g. /work/.mirror/qbittorrent+qBittorrent/repo; when it is absent
#   the benchmark says so and exits 0 (nothing to measure).
# PATTERNS are ChipTrace's own (chiptrace scan --list-patterns). The pipeline only greps; ChipTrace
# also walks every commit, diffs trees, attributes findings to commits and classifies contexts.
# The ratio is chiptrace/pipeline wall time (below 1: ChipTrace faster). ChipTrace's own split of
# its time (stats.time_ms of the JSON report: walk, read, scan, attribute; read and scan summed
# over workers) is printed as the attribution. Use a release build
# (CHIPTRACE_PRESET=release packaging/dev.sh build).
set -euo pipefail
BUILD=$(cd "${1:?usage: bench/historybench.sh BUILD_DIR MIRROR}" && pwd)
MIRROR=${2:?usage: bench/historybench.sh BUILD_DIR MIRROR}
if [ ! -d "$MIRROR/objects" ] && [ ! -d "$MIRROR/.git/objects" ]; then
    echo "historybench: no repository at $MIRROR; skipped (fetch a mirror first)" >&2
    exit 0
fi
CT=$BUILD/bin/chiptrace
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export QT_QPA_PLATFORM=offscreen

"$CT" scan --list-patterns > "$WORK/patterns.txt"
commits=$(git -C "$MIRROR" rev-list --all --count)
blobs=$(git -C "$MIRROR" cat-file --batch-all-objects --batch-check='%(objecttype) %(objectsize)' \
        | awk '$1=="blob"{n++; s+=$2} END {printf "%d blobs, %.2f GB", n, s/1e9}')
pack=$(du -sh "$MIRROR" | cut -f1)

# measure LABEL CMD...: wall seconds and peak RSS (MiB).
measure() {
    local label=$1; shift
    /usr/bin/time -v -o "$WORK/time.txt" "$@" > /dev/null 2>&1 || true
    local wall rss
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$WORK/time.txt")
    rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$WORK/time.txt")
    printf '%s\t%s\t%s\n' "$label" "$wall" "$rss"
}

{
    measure "git cat-file --unordered (read only)" bash -c "git -C '$MIRROR' cat-file --batch-all-objects --batch --unordered > /dev/null"
    # --no-unicode: ripgrep 14 in Unicode mode turns this set of 353 patterns (case-insensitive,
    # \b, \s, CJK literals) into a lazy DFA that thrashes, about 19 s per MB of qBittorrent's
    # blobs (measured 2026-12-03); byte mode keeps the CJK literals (UTF-8 bytes) and makes \b,
    # \s, \w ASCII, which is what the patterns mean in source code. The peer gets its fast path.
    measure "git cat-file --unordered | rg -f" bash -c "git -C '$MIRROR' cat-file --batch-all-objects --batch --unordered | rg --no-unicode -c -f '$WORK/patterns.txt'"
    measure "chiptrace scan --history" bash -c "'$CT' scan '$MIRROR' --history --format json > '$WORK/scan.json'"
} > "$WORK/results.tsv"

echo "repository: $MIRROR: $commits commits, $blobs, $pack on disk; $(nproc) CPUs"
echo
echo "| run | wall (s) | peak RSS (MiB) |"
echo "|---|---|---|"
awk -F'\t' '{printf "| %s | %s | %s |\n", $1, $2, $3}' "$WORK/results.tsv"
echo
awk -F'\t' 'NR==2{p=$2} NR==3{c=$2} END {printf "ratio chiptrace/pipeline: %.2f (below 1 = ChipTrace faster)\n", c/p}' "$WORK/results.tsv"
python3 - "$WORK/scan.json" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
s = doc["stats"]; t = s.get("time_ms", {})
print("chiptrace: %d findings, %d blobs scanned (%.2f GB), %d missing objects" % (
    len(doc["findings"]), s["files_scanned"], s["bytes_scanned"] / 1e9, s["missing_objects"]))
print("attribution (ms): walk %d (wall), read %d + scan %d (summed over workers), attribute %d (wall)" % (
    t.get("walk", 0), t.get("read", 0), t.get("scan", 0), t.get("attribute", 0)))
PY
