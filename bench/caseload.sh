#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The shared-case load test: PROCESSES analysts (default 10) review and comment random items of
# a case of ITEMS evidence items (default 10,000) for SECONDS (default 60), first on a case on a
# real PostgreSQL server (the distribution's, started here on a Unix socket, durable settings),
# then on a case file. Afterwards it checks that nothing was lost and nothing doubled (the rows
# the processes say they added are exactly the rows the case holds), that the audit trail grew
# by exactly one entry per row, and that `chiptrace case verify` is clean; and prints ops/s and
# latency percentiles over every operation. Exit 0 when every check holds.
#   bench/caseload.sh BUILD_DIR [SECONDS] [ITEMS] [PROCESSES]
# In the build root: packaging/dev.sh shell bench/caseload.sh build/dev
set -euo pipefail
BUILD=$(cd "${1:?usage: bench/caseload.sh BUILD_DIR [SECONDS] [ITEMS] [PROCESSES]}" && pwd)
SECONDS_=${2:-60}
ITEMS=${3:-10000}
N=${4:-10}
LOAD=$BUILD/bench/caseload_worker
CLI=$BUILD/bin/chiptrace
[ -x "$LOAD" ] && [ -x "$CLI" ] || { echo "build caseload_worker and chiptrace in $BUILD first" >&2; exit 2; }

PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)
[ -n "$PGBIN" ] || PGBIN=$(dirname "$(command -v initdb)")
WORK=$(mktemp -d /tmp/ct-load.XXXXXX)
export HOME=$WORK/home XDG_DATA_HOME=$WORK/home/data XDG_CACHE_HOME=$WORK/home/cache \
    XDG_CONFIG_HOME=$WORK/home/config QT_QPA_PLATFORM=offscreen PGPASSFILE=$WORK/pgpass
mkdir -p "$HOME"
# PostgreSQL refuses to run as root: then it runs as the postgres system user.
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$WORK"
stop() {
    as_pg "$PGBIN/pg_ctl" -D "$WORK/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$WORK"
}
trap stop EXIT

echo "admin-secret" >"$WORK/initpw"
[ "$(id -u)" = 0 ] && chown postgres "$WORK/initpw"
as_pg "$PGBIN/initdb" -D "$WORK/data" -U ctadmin --pwfile="$WORK/initpw" --auth=scram-sha-256 \
    -E UTF8 --no-locale >/dev/null
as_pg "$PGBIN/pg_ctl" -D "$WORK/data" -l "$WORK/log" -w \
    -o "-k $WORK -c listen_addresses= -c max_connections=50" start >/dev/null
{
    echo "*:*:*:ctadmin:admin-secret"
    for i in $(seq 1 "$N"); do echo "*:*:*:analyst$i:analyst$i-secret"; done
} >"$PGPASSFILE"
chmod 600 "$PGPASSFILE"
psql() { "$PGBIN/psql" -X -q -At -v ON_ERROR_STOP=1 -h "$WORK" -U ctadmin "$@"; }
psql -d postgres -c "CREATE DATABASE chiptrace" >/dev/null
uri() { echo "postgresql://$1@/chiptrace?host=$WORK${2:+&case=$2}"; }

"$CLI" server init "$(uri ctadmin)" >/dev/null
for i in $(seq 1 "$N"); do
    "$CLI" server grant "$(uri ctadmin)" "analyst$i" analyst >/dev/null
    psql -d chiptrace -c "ALTER ROLE analyst$i PASSWORD 'analyst$i-secret'" >/dev/null
done
"$LOAD" seed "$WORK/seed.chiptrace" "$ITEMS"
cp "$WORK/seed.chiptrace" "$WORK/file.chiptrace"
t0=$(date +%s%N)
"$CLI" case push "$WORK/seed.chiptrace" "$(uri ctadmin load)" >/dev/null
echo "push of a case of $ITEMS items: $((($(date +%s%N) - t0) / 1000000)) ms"

audit_entries() { "$CLI" case info "$1" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["audit_entries"])'; }

# run LABEL CASE_FOR_PROCESS_I... : N processes at once; then the checks.
run() {
    local label=$1 kind=$2
    local dir=$WORK/$label
    mkdir -p "$dir"
    local check_case
    if [ "$kind" = server ]; then check_case=$(uri ctadmin load); else check_case=$WORK/file.chiptrace; fi
    local before
    before=$(audit_entries "$check_case")
    for i in $(seq 1 "$N"); do
        if [ "$kind" = server ]; then
            "$LOAD" work "$(uri "analyst$i" load)" "$SECONDS_" "$dir/$i" >"$dir/$i.json" &
        else
            CHIPTRACE_IDENTITY="analyst$i" "$LOAD" work "$WORK/file.chiptrace" "$SECONDS_" "$dir/$i" >"$dir/$i.json" &
        fi
    done
    wait
    cat "$dir"/*[0-9] | sort >"$dir/reported"
    if [ "$kind" = server ]; then
        psql -d chiptrace -c "SELECT 'reviews ' || id FROM ct_load.reviews UNION ALL SELECT 'comments ' || id FROM ct_load.comments" | sort >"$dir/stored"
    else
        sqlite3 "$WORK/file.chiptrace" "SELECT 'reviews ' || id FROM reviews UNION ALL SELECT 'comments ' || id FROM comments" | sort >"$dir/stored"
    fi
    local after verify=0
    after=$(audit_entries "$check_case")
    "$CLI" case verify "$check_case" >"$dir/verify" || verify=$?
    python3 - "$label" "$dir" "$N" "$SECONDS_" "$before" "$after" "$verify" <<'PY'
import json, sys, glob
label, d, n, secs, before, after, verify = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6]), int(sys.argv[7])
runs = [json.loads(open(f).read()) for f in sorted(glob.glob(d + "/*.json"))]
ms = sorted(float(x) for f in glob.glob(d + "/*.ms") for x in open(f))
reported = open(d + "/reported").read().split("\n")[:-1]
stored = open(d + "/stored").read().split("\n")[:-1]
ops = sum(r["ops"] for r in runs); failed = sum(r["failed"] for r in runs)
pct = lambda p: ms[int(p * (len(ms) - 1))] if ms else 0
checks = {
    "every process finished": len(runs) == n,
    "nothing lost, nothing extra": reported == stored,
    "no duplicate": len(set(reported)) == len(reported),
    "one audit entry per row": after - before == len(stored),
    "verify clean": verify == 0,
}
print(f"{label}: {n} processes x {secs:.0f} s: {ops} operations, {failed} failed, "
      f"{ops / secs:.0f} ops/s, latency p50 {pct(.5):.1f} ms, p95 {pct(.95):.1f} ms, max {pct(1):.1f} ms")
for name, ok in checks.items():
    print(f"  {'ok  ' if ok else 'FAIL'} {name}")
errors = {r["first_error"] for r in runs if r["first_error"]}
for e in errors:
    print(f"  first error: {e}")
sys.exit(0 if all(checks.values()) else 1)
PY
}

status=0
run server server || status=1
run file file || status=1
exit $status
