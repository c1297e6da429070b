#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks every fact of the accuracy corpus against the mirrors with git (no chiptrace involved).

A fact at HEAD must be in HEAD's version of its path; a removed fact must be in the first parent of
its removing commit and gone from that commit and from HEAD; a known false claim's text must exist
in some version of its path. The held-out entries (`held_out`) are checked like the others. Run
it after editing corpus.json:

    python3 bench/accuracy/verify.py --mirrors /work/.mirror
"""

import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# Importing run.py must not leave __pycache__ in the source tree.
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
from run import mirror_path  # noqa: E402  (same mirror layout as the runner)


def show(repo, rev, path):
    """Text of path at rev, or None when the path does not exist there."""
    proc = subprocess.run(["git", "-C", repo, "show", "%s:%s" % (rev, path)],
                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    return proc.stdout.decode("utf-8", "replace") if proc.returncode == 0 else None


def has(text, needle):
    return text is not None and needle in text


def check_fact(repo, fact):
    path, needle = fact["path"], fact["text"]
    if fact.get("at_head", True):
        return None if has(show(repo, "HEAD", path), needle) else "not in HEAD:" + path
    if has(show(repo, "HEAD", path), needle):
        return "still in HEAD:" + path
    rem = fact.get("removed_in")
    if fact.get("unmerged"):
        return check_unmerged(repo, path, needle) or check_unmerged_fate(repo, path, needle, rem)
    if not rem:
        return None
    parents = subprocess.run(["git", "-C", repo, "rev-list", "--parents", "-n", "1", rem],
                             stdout=subprocess.PIPE).stdout.decode().split()
    if len(parents) > 2:
        return "%s is a merge: name the commit that deleted the line on its branch" % rem
    if not has(show(repo, rem + "^", path), needle):
        return "not in %s^:%s" % (rem, path)
    if has(show(repo, rem, path), needle):
        return "still in %s:%s" % (rem, path)
    proc = subprocess.run(["git", "-C", repo, "merge-base", "--is-ancestor", rem, "HEAD"])
    return None if proc.returncode == 0 else rem + " is not in HEAD's history"


def tips(repo):
    """Commits that references point at (GitHub's pull/N/merge test merges left out)."""
    out = subprocess.run(["git", "-C", repo, "for-each-ref", "--format=%(refname) %(objectname)"],
                         stdout=subprocess.PIPE).stdout.decode().split("\n")
    return sorted({line.split()[1] for line in out
                   if line and not (line.startswith("refs/pull/") and line.split()[0].endswith("/merge"))})


def check_unmerged_fate(repo, path, needle, rem):
    """Without removed_in, some ref's tip still has the line; with it, that commit deleted it
    (its parent had it) and no tip has it."""
    alive = [t for t in tips(repo) if has(show(repo, t, path), needle)]
    if not rem:
        return None if alive else "no ref's tip has it: name the commit that deleted it"
    if alive:
        return "still at a ref's tip (%s): no removal" % alive[0][:7]
    if not has(show(repo, rem + "^", path), needle):
        return "not in %s^:%s" % (rem, path)
    return ("still in %s:%s" % (rem, path)) if has(show(repo, rem, path), needle) else None


def check_unmerged(repo, path, needle):
    """The text lives in some commit of some ref, and in none that HEAD contains."""
    revs = subprocess.run(["git", "-C", repo, "rev-list", "--all", "--", path],
                          stdout=subprocess.PIPE).stdout.decode().split()
    holders = [c for c in revs if has(show(repo, c, path), needle)]
    if not holders:
        return "never in " + path
    merged = [c for c in holders if subprocess.run(
        ["git", "-C", repo, "merge-base", "--is-ancestor", c, "HEAD"]).returncode == 0]
    return ("in %s, which HEAD contains" % merged[0][:7]) if merged else None


def check_false(repo, fc):
    proc = subprocess.run(["git", "-C", repo, "log", "--all", "--format=%h", "-1", "-S",
                           fc["text"], "--", fc["path"]], stdout=subprocess.PIPE)
    return None if proc.stdout.strip() else "text never in " + fc["path"]


def check_repo(repo, r):
    """Problems of one corpus entry, as printable lines."""
    out = []
    for fact in r.get("facts", []):
        err = check_fact(repo, fact)
        if err:
            out.append("%s: %s" % (fact["id"], err))
    for fc in r.get("false_claims", []):
        err = check_false(repo, fc)
        if err:
            out.append("false claim %s: %s" % (fc["text"], err))
    return out


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--mirrors", required=True)
    p.add_argument("--corpus", default=os.path.join(HERE, "corpus.json"))
    args = p.parse_args()
    with open(args.corpus, encoding="utf-8") as f:
        corpus = json.load(f)
    bad = 0
    # The held-out set is checked like the dev set: its facts are what its figures rest on.
    for label, entries in (("", corpus["repositories"]), ("held-out ", corpus.get("held_out", []))):
        for r in entries:
            repo = mirror_path(args.mirrors, r["mirror"])
            if not repo:
                print("skip %s%s: mirror absent" % (label, r["name"]))
                continue
            for line in check_repo(repo, r):
                bad += 1
                print("FAIL %s%s %s" % (label, r["name"], line))
    print("%d problem(s)" % bad)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
