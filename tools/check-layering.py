#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks core/'s layering: modules (the folders of core/) may include only modules below them.

The order below is the architecture: each module may use the modules listed before it, never
one after it, so the include graph between modules has no cycle. A new folder must be placed in
the order before it can be used. The modules in LEAVES include no other module at all. Quoted and
angle-bracket includes count alike. Run from the repository root (or name another tree with
--root, as the test of this check does); exits 1 and names each offending include otherwise.
(ARCHITECTURE.md: "the build graph is the architecture".)
"""
import argparse
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
    "watch",       # watching labs' repositories: fetch, incremental rescan, dated changes
]

# The shared vocabulary is what every module agrees on; were it to include a module, that module
# could never use the vocabulary without a cycle.
LEAVES = {"domain"}

INCLUDE = re.compile(r'^\s*#\s*include\s+["<]([a-z0-9_]+)/')


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", default=os.getcwd(), help="the tree whose core/ is checked")
    root = os.path.join(parser.parse_args().root, "core")
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
                        rel = os.path.relpath(file)
                        if folder in LEAVES:
                            problems.append(f"{rel}:{number}: {folder} is a leaf but includes {m.group(1)}")
                        elif rank[m.group(1)] > rank[folder]:
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
