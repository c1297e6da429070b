#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# bench/scanbench.sh BUILD_DIR: ChipTrace against ripgrep on the same synthetic repository, in one run.
#   working tree: rg -f PATTERNS over the checkout  vs  chiptrace scan DIR
#   history:      git cat-file --batch-all-objects --batch | rg -f PATTERNS  vs  chiptrace scan --history
# PATTERNS are ChipTrace's own (chiptrace scan --list-patterns). ripgrep attributes nothing (no
# rules, contexts, commits); ChipTrace does all of that. Size with COMMITS, FILES, CHANGES
# (files rewritten per commit) and LINES (per file); blob data is about COMMITS*CHANGES*LINES*60
# bytes. CHIPTRACE_BENCH_WORK keeps the repository between runs.
set -euo pipefail
BUILD=$(cd "${1:?usage: bench/scanbench.sh BUILD_DIR}" && pwd)
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
COMMITS=${COMMITS:-20000} FILES=${FILES:-2000} CHANGES=${CHANGES:-8} LINES=${LINES:-100}
WORK=${CHIPTRACE_BENCH_WORK:-$(mktemp -d)}
CT=$BUILD/bin/chiptrace
export QT_QPA_PLATFORM=offscreen
repo=$WORK/repo

if [ ! -d "$repo/.git" ]; then
    echo "generating $COMMITS commits ($FILES files, $CHANGES changed per commit, $LINES lines each) in $repo" >&2
    git init -q -b main "$repo"
    perl "$HERE/genrepo.pl" "$COMMITS" "$FILES" "$CHANGES" "$LINES" | git -C "$repo" fast-import --quiet
    git -C "$repo" reset -q --hard main
fi
"$CT" scan --list-patterns > "$WORK/patterns.txt"
blobs=$(git -C "$repo" cat-file --batch-all-objects --batch-check='%(objecttype) %(objectsize)' | awk '$1=="blob"{n++; s+=$2} END {printf "%d blobs, %.1f MiB", n, s/1048576}')
commits=$(git -C "$repo" rev-list --all --count)

# measure LABEL CMD...: wall seconds and peak RSS (MiB) of the slowest process tree member.
measure() {
    local label=$1; shift
    /usr/bin/time -v -o "$WORK/time.txt" "$@" > /dev/null 2>&1 || true
    local wall rss
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$WORK/time.txt")
    rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$WORK/time.txt")
    printf '%s\t%s\t%s\n' "$label" "$wall" "$rss"
}

{
    measure "tree: rg -f" rg --no-ignore --hidden -g '!.git' -c -f "$WORK/patterns.txt" "$repo"
    measure "tree: chiptrace scan" "$CT" scan "$repo" --format json
    measure "history: git cat-file | rg --no-unicode -f" bash -c "git -C '$repo' cat-file --batch-all-objects --batch | rg --no-unicode -c -f '$WORK/patterns.txt'"
    measure "history: git cat-file | rg -f" bash -c "git -C '$repo' cat-file --batch-all-objects --batch | rg -c -f '$WORK/patterns.txt'"
    measure "history: chiptrace scan --history" "$CT" scan "$repo" --history --format json
} > "$WORK/results.tsv"

echo "repository: $commits commits, $blobs; $(nproc) CPUs"
echo
echo "| run | wall (s) | peak RSS (MiB) |"
echo "|---|---|---|"
awk -F'\t' '{printf "| %s | %s | %s |\n", $1, $2, $3}' "$WORK/results.tsv"
echo
awk -F'\t' 'NR==1{a=$2} NR==2{b=$2} NR==3{u=$2} NR==4{c=$2} NR==5{d=$2}
    END {printf "ratio chiptrace/rg: working tree %.2f, history %.2f (%.2f against rg --no-unicode); below 1 = ChipTrace faster\n", b/a, d/c, d/u}' "$WORK/results.tsv"
