#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The C++ sources follow .clang-format: exit 1 (listing what differs) when one does not.
#   tools/check-format.sh              check every tracked C++ file
#   tools/check-format.sh FILE...      check these files only
# Fix with: clang-format -i FILE... (inside the build environment: packaging/dev.sh shell ...).
set -euo pipefail
cd "$(dirname "$0")/.."
CLANG_FORMAT=${CLANG_FORMAT:-clang-format}
command -v "$CLANG_FORMAT" >/dev/null || {
    echo "$CLANG_FORMAT not found: run this inside packaging/dev.sh shell (it installs clang-format)" >&2
    exit 2
}
if [ $# -gt 0 ]; then
    files=("$@")
else
    # Tracked files; where git cannot read the repository (a worktree seen from inside the
    # build root), the C++ folders.
    mapfile -t files < <(git ls-files -- '*.cpp' '*.h' 2>/dev/null | grep -v '^resources/data/' \
        || find app bench core plugins tests ui -name '*.cpp' -o -name '*.h' | sort)
fi
"$CLANG_FORMAT" --version
"$CLANG_FORMAT" --dry-run --Werror "${files[@]}"
echo "${#files[@]} files follow .clang-format"
