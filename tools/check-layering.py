#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks core/'s layering: modules (the folders of core/) may include only modules below them.

The order below is the architecture: each module may use the modules listed before it, never
one after it, so the include graph between modules has no cycle. A new folder must be placed in
the order before it can be used. Run from the repository root; exits 1 and names each offending
include otherwise. (ARCHITECTURE.md: "the build graph is the architecture".)
"""
import os
import re
import sys

ORDER = [
    "util",        # Result<T>, paths, build info
    "domain",      # the shared vocabulary: strength, hit context (a leaf)
    "catalog",     # accelerators and their figures
    "rules",       # export-control rules over the catalog
    "funnel",      # the constraint language and the elimination funnel
    "plausibility",  # compute plausibility: training claims against chip peaks (issue 15)
    "signatures",  # signature packs (their implies: are funnel constraints)
    "git",         # libgit2 access, the repository store
    "scan",        # the scanner: matcher, claims, sites, history
    "casefile",    # the case store
    "assess",      # combining findings and case evidence into a conclusion
    "evidence",    # document importers; scan and document imports into a case
    "report",      # the scan report and the briefing
    "demo",        # the built-in demo case
]

INCLUDE = re.compile(r'^\s*#\s*include\s+"([a-z0-9_]+)/')


def main() -> int:
    root = os.path.join(os.getcwd(), "core")
    rank = {m: i for i, m in enumerate(ORDER)}
    problems = []
    for folder in sorted(os.listdir(root)):
        path = os.path.join(root, folder)
        if not os.path.isdir(path):
            continue
        if folder not in rank:
            problems.append(f"core/{folder}/: not placed in tools/check-layering.py ORDER")
            continue
        for dirpath, _, files in os.walk(path):
            for name in sorted(files):
                if not name.endswith((".h", ".cpp")):
                    continue
                file = os.path.join(dirpath, name)
                with open(file, encoding="utf-8") as f:
                    for number, line in enumerate(f, 1):
                        m = INCLUDE.match(line)
                        if not m or m.group(1) == folder or m.group(1) not in rank:
                            continue
                        if rank[m.group(1)] > rank[folder]:
                            rel = os.path.relpath(file)
                            problems.append(f"{rel}:{number}: {folder} includes {m.group(1)}, which sits above it")
    for p in problems:
        print(p, file=sys.stderr)
    if problems:
        print(f"check-layering: {len(problems)} problem(s)", file=sys.stderr)
        return 1
    print("check-layering: core/ modules include only modules below them")
    return 0


if __name__ == "__main__":
    sys.exit(main())
