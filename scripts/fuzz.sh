#!/usr/bin/env bash
# Runs every fuzz target of a PURGELINE_FUZZ build for a bounded time on its checked-in corpus
# (fuzz/corpus/<target>/), two at a time. Inputs the fuzzer finds interesting go to a scratch
# directory, never into the checkout; an input that crashes, hangs or trips a sanitizer is saved
# and printed, and makes this script fail.
#   scripts/fuzz.sh [BUILD_DIR [SECONDS_PER_TARGET [TARGET...]]]
# PURGELINE_FUZZ_SEED (default 1) fixes libFuzzer's random seed, so that a run explores the same
# inputs on every machine and a test run passes or fails on the code, not on luck; set it to
# "random" to explore new ground (and keep what that finds in the corpus).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$root/build-asan}
seconds=${2:-30}
shift $(($# < 2 ? $# : 2))
jobs=${PURGELINE_FUZZ_JOBS:-2}
seed=${PURGELINE_FUZZ_SEED:-1}
seed_option=()
[ "$seed" = random ] || seed_option=(-seed="$seed")

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    for corpus in "$root"/fuzz/corpus/fuzz_*/; do
        targets+=("$(basename "$corpus")")
    done
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
findings=${PURGELINE_FUZZ_FINDINGS:-$root/build-asan/fuzz-findings}
mkdir -p "$findings"

run_one() {
    local target=$1 binary="$build/fuzz/$1"
    if [ ! -x "$binary" ]; then
        echo "fuzz: $target is not built in $build (configure with -DPURGELINE_FUZZ=ON)" >&2
        return 1
    fi
    mkdir -p "$scratch/$target"
    # -timeout: one input taking longer is a hang; -rss_limit_mb: a reply of a few KB must not
    # cost gigabytes. The log keeps only libFuzzer's summary unless something is found.
    if "$binary" "${seed_option[@]}" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$findings/$target-" "$scratch/$target" "$root/fuzz/corpus/$target" \
        >"$scratch/$target.log" 2>&1; then
        local runs
        runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$scratch/$target.log" | grep -o '[0-9]*$' || true)
        echo "fuzz: $target: ${runs:-?} inputs in ${seconds} s, nothing found" >&2
    else
        echo "fuzz: $target FAILED; the input is saved as $findings/$target-*:" >&2
        grep -v '^#[0-9]' "$scratch/$target.log" | tail -n 60 >&2
        return 1
    fi
}

failed=0
running=0
for target in "${targets[@]}"; do
    if [ "$running" -ge "$jobs" ]; then
        wait -n || failed=1
        running=$((running - 1))
    fi
    run_one "$target" &
    running=$((running + 1))
done
while [ "$running" -gt 0 ]; do
    wait -n || failed=1
    running=$((running - 1))
done
exit "$failed"
