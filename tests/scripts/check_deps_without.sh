#!/usr/bin/env bash
# check_deps_without.sh SOURCE_DIR BUILD_DIR PACKAGE
# Runs scripts/check-deps with the install list less PACKAGE and passes only when the check
# fails (exit 1) and tells to add PACKAGE.
set -euo pipefail
source_dir=$1 build_dir=$2 package=$3
source "$source_dir/scripts/lib.sh"

incomplete=()
for listed in "${CALLPAD_PACKAGES[@]}"; do
    if [ "$listed" != "$package" ]; then
        incomplete+=("$listed")
    fi
done
if [ ${#incomplete[@]} -eq ${#CALLPAD_PACKAGES[@]} ]; then
    echo "FAIL: $package is not in CALLPAD_PACKAGES, so this test proves nothing" >&2
    exit 1
fi

status=0
output=$("$source_dir/scripts/check-deps" "$build_dir" "${incomplete[@]}" 2>&1) || status=$?
printf '%s\n' "$output"
if [ "$status" -ne 1 ]; then
    echo "FAIL: check-deps without $package exited $status, expected 1" >&2
    exit 1
fi
if ! grep -q "add $package to CALLPAD_PACKAGES" <<<"$output"; then
    echo "FAIL: check-deps without $package did not name it" >&2
    exit 1
fi
echo "PASS: check-deps without $package fails and names it"
