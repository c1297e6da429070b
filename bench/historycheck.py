#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""bench/historycheck.py MIRROR SCAN.json: checks a history scan's lifecycle against git itself.

SCAN.json is `chiptrace scan MIRROR --history --format json`. For the findings that were once in
HEAD's history (their first_seen commit is an ancestor of HEAD) and are gone from HEAD, it prints
how many carry a removing commit, and verifies each removal with git: the line is in the file at
the removing commit's first parent and no longer at the removing commit; a merged_in commit must
have the removing commit as an ancestor and be on HEAD's first-parent line. Exit 1 when a
verification fails. When MIRROR is absent it says so and exits 0.
"""
import json
import os
import subprocess
import sys


def git(repo, *args, check=False):
    r = subprocess.run(["git", "-C", repo, *args], capture_output=True)
    if check and r.returncode != 0:
        raise RuntimeError(r.stderr.decode(errors="replace"))
    return r


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    repo, scan = sys.argv[1], sys.argv[2]
    if not os.path.isdir(repo):
        print(f"historycheck: no repository at {repo}; skipped")
        return 0
    doc = json.load(open(scan))
    head = doc["head"]
    first_parent = set(git(repo, "rev-list", "--first-parent", head).stdout.decode().split())
    ancestors = set(git(repo, "rev-list", head).stdout.decode().split())
    blob_cache = {}

    def has_line(commit, path, text):
        key = (commit, path)
        if key not in blob_cache:
            r = git(repo, "show", f"{commit}:{path}")
            blob_cache[key] = r.stdout.decode(errors="replace").splitlines() if r.returncode == 0 else None
        lines = blob_cache[key]
        return lines is not None and any(l.strip() == text.strip() for l in lines)

    gone = [f for f in doc["findings"] if not f["at_head"] and f["first_seen"]["commit"] in ancestors]
    with_removal = [f for f in gone if f["removed_in"]]
    merged = [f for f in with_removal if f.get("merged_in")]
    bad = []
    for f in with_removal:
        c = f["removed_in"]["commit"]
        parent = git(repo, "rev-parse", f"{c}^1").stdout.decode().strip()
        before = bool(parent) and has_line(parent, f["path"], f["text"])
        after = has_line(c, f["path"], f["text"])
        merge_ok = True
        if f.get("merged_in"):
            m = f["merged_in"]["commit"]
            merge_ok = m in first_parent and git(repo, "merge-base", "--is-ancestor", c, m).returncode == 0
        if not before or after or not merge_ok:
            bad.append((f["rule"], f["path"], f["text"].strip()[:60], c[:10], before, after, merge_ok))
    other = [f for f in doc["findings"] if not f["at_head"] and f["first_seen"]["commit"] not in ancestors]
    pct = 100.0 * len(with_removal) / len(gone) if gone else 100.0
    print(f"{repo}: {len(doc['findings'])} findings; {len(gone)} gone from HEAD's history, "
          f"{len(with_removal)} with removed_in ({pct:.1f}%), {len(merged)} of them via merged_in; "
          f"{len(other)} only on other refs ({sum(1 for f in other if f.get('alive_on'))} alive on a branch)")
    print(f"  verified with git: {len(with_removal) - len(bad)} of {len(with_removal)} removals "
          f"(line in the first parent, gone in the commit, merge on HEAD's line)")
    for b in bad[:20]:
        print("  NOT VERIFIED: %s %s %r removed_in %s (in parent %s, still there %s, merge ok %s)" % b)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
