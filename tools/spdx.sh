#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Every source file of ChipTrace names its licence in its first lines (an SPDX header):
#   tools/spdx.sh          check: list the tracked source files without the header, exit 1 if any
#   tools/spdx.sh --add    add the header where it is missing (after a #! line), then check
# Source files: C++ (// comment), CMake, shell, Python and Perl (# comment). Data (resources/data,
# including the demo repository's files, which the scanner reads) and test fixtures are left alone.
set -euo pipefail
cd "$(dirname "$0")/.."

LICENSE_ID=GPL-3.0-or-later
TAG="SPDX-License-Identifier: $LICENSE_ID"

sources() {
    git ls-files -- '*.cpp' '*.h' '*.cmake' '*CMakeLists.txt' '*.sh' '*.py' '*.pl' .ci/run \
        | grep -v '^resources/data/'
}
git ls-files --error-unmatch CMakeLists.txt >/dev/null 2>&1 \
    || { echo "tools/spdx.sh needs git to list the tracked files: run it on the host" >&2; exit 2; }

comment_for() {
    case "$1" in
        *.cpp | *.h) echo "// $TAG" ;;
        *) echo "# $TAG" ;;
    esac
}

has_header() { head -n 3 "$1" | grep -q 'SPDX-License-Identifier:'; }

add_header() {
    local file=$1 line tmp
    line=$(comment_for "$file")
    tmp=$(mktemp)
    if head -n 1 "$file" | grep -q '^#!'; then
        { head -n 1 "$file"; echo "$line"; tail -n +2 "$file"; } >"$tmp"
    else
        { echo "$line"; cat "$file"; } >"$tmp"
    fi
    cat "$tmp" >"$file" # keeps the file's mode (scripts stay executable)
    rm -f "$tmp"
}

case "${1:-}" in
    --add)
        while IFS= read -r f; do has_header "$f" || add_header "$f"; done < <(sources) ;;
    "" | --check) ;;
    *) echo "usage: $0 [--check|--add]" >&2; exit 2 ;;
esac

missing=0
while IFS= read -r f; do
    if ! has_header "$f"; then
        echo "no SPDX header: $f"
        missing=$((missing + 1))
    elif ! head -n 3 "$f" | grep -q "SPDX-License-Identifier: $LICENSE_ID\$"; then
        echo "another licence than $LICENSE_ID: $f"
        missing=$((missing + 1))
    fi
done < <(sources)
if ((missing)); then
    echo "$missing file(s) without '$TAG' (tools/spdx.sh --add fixes it)" >&2
    exit 1
fi
echo "every source file says $TAG"
