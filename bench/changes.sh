#!/usr/bin/env bash
# Benchmark for `purgeline changes` (issue 3): a generated repository of 50,000 files with two
# commits 1,000 changed files apart (900 modified, 50 added, 50 deleted), compared with
# `git diff --name-only` on the same range in the same run. Prints a Markdown section and puts it
# into bench/RESULTS.md between the "changes.sh" markers (appended when they are missing).
#   bench/changes.sh [PURGELINE_BINARY] [RUNS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin=${1:-$here/../build/app/purgeline}
runs=${2:-5}
[ -x "$bin" ] || { echo "no purgeline binary at $bin" >&2; exit 2; }
floor=$(dirname "$bin")/../bench/gitdiffonly   # built next to purgeline: cmake --build BUILD --target gitdiffonly
[ -x "$floor" ] || { echo "no gitdiffonly at $floor (cmake --build BUILD --target gitdiffonly)" >&2; exit 2; }
command -v git >/dev/null || { echo "git is needed for the comparison" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
repo=$work/repo.git
git init -q --bare "$repo"

# Two commits through fast-import: fast and independent of any git configuration.
python3 - "$work/stream" <<'PY'
import sys
files = 50000
out = open(sys.argv[1], 'w')
def blob(mark, data):
    out.write(f"blob\nmark :{mark}\ndata {len(data.encode())}\n{data}\n")
def path(i):
    return f"public/d{i // 100:03d}/file {i % 100:02d}.txt"
mark = 1
for i in range(files):
    blob(mark + i, f"file {i}\n" * 8)
out.write("commit refs/heads/main\nmark :900001\ncommitter Bench <b@example.com> 1700000000 +0000\ndata 5\nfirst\n")
for i in range(files):
    out.write(f"M 100644 :{mark + i} {path(i)}\n")
changed = range(0, files, 50)          # 1,000 files, spread over the tree
ids = list(changed)
for n, i in enumerate(ids):
    blob(100000 + n, f"file {i} changed\n" * 8)
out.write("commit refs/heads/main\nmark :900002\ncommitter Bench <b@example.com> 1700000060 +0000\ndata 6\nsecond\nfrom :900001\n")
for n, i in enumerate(ids):
    if n < 900:
        out.write(f"M 100644 :{100000 + n} {path(i)}\n")
    elif n < 950:
        out.write(f"D {path(i)}\n")
    else:
        out.write(f"M 100644 :{100000 + n} public/new/added {n}.txt\n")
out.close()
PY
git --git-dir="$repo" fast-import --quiet < "$work/stream"
git --git-dir="$repo" gc -q --aggressive >/dev/null 2>&1 || true

count_git=$(git --git-dir="$repo" diff --name-only main~1 main | wc -l)
count_pl=$("$bin" --profile "$work/profile" changes --repo "$repo" --from main~1 --to main --only all 2>/dev/null | wc -l)
count_floor=$("$floor" "$repo" main~1 main)

# median wall-clock and CPU (user+sys) seconds of N runs, and the largest max RSS (KB)
measure() {
    local walls=() cpus=() rss=0 t0 t1 r
    for _ in $(seq "$runs"); do
        t0=$EPOCHREALTIME
        /usr/bin/time -f '%M %U %S' -o "$work/rss" "$@" >/dev/null 2>"$work/err"
        t1=$EPOCHREALTIME
        walls+=("$(echo "$t1 - $t0" | bc -l)")
        read -r r u s < <(tail -1 "$work/rss")
        cpus+=("$(echo "$u + $s" | bc -l)")
        [ "$r" -gt "$rss" ] && rss=$r
    done
    median() { printf '%s\n' "$@" | sort -n | awk -v n="$runs" '{a[NR]=$1} END {printf "%.3f", a[int((n+1)/2)]}'; }
    echo "$(median "${walls[@]}") $(median "${cpus[@]}") $rss"
}
read -r git_s git_cpu git_rss < <(measure git --git-dir="$repo" diff --name-only main~1 main)
read -r pl_s pl_cpu pl_rss < <(measure "$bin" --profile "$work/profile" changes --repo "$repo" --from main~1 --to main --only all)
read -r empty_s empty_cpu empty_rss < <(measure "$bin" --profile "$work/profile" changes --repo "$repo" --from main --to main --only all)
read -r floor_s floor_cpu floor_rss < <(measure "$floor" "$repo" main~1 main)
ratio=$(echo "$pl_s / $git_s" | bc -l)
floor_ratio=$(echo "$floor_s / $git_s" | bc -l)
cpu_ratio=$(echo "$pl_cpu / $git_cpu" | bc -l)

section=$(cat <<MD
<!-- changes.sh begin -->
## purgeline changes vs git diff (bench/changes.sh)

Written by \`bench/changes.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'); median of $runs runs each, same run, same repository.
Repository: 50,000 files in a bare repository (packed), two commits 1,000 changed files apart
(900 modified, 50 deleted, 50 added). purgeline: \`changes --repo R --from main~1 --to main --only all\`
(libgit2 tree diff with rename detection, start-up and profile database included); git: \`git diff --name-only main~1 main\`.

| | files listed | wall time (median) | CPU user+sys (median) | max RSS |
|---|---|---|---|---|
| git $(git --version | awk '{print $3}') | $count_git | ${git_s} s | ${git_cpu} s | $((git_rss / 1024)) MB |
| purgeline | $count_pl | ${pl_s} s | ${pl_cpu} s | $((pl_rss / 1024)) MB |
| purgeline, empty range (start-up cost) | 0 | ${empty_s} s | ${empty_cpu} s | $((empty_rss / 1024)) MB |
| libgit2 alone (\`bench/gitdiffonly\`: init, open, tree-to-tree diff, rename detection; no Qt) | $count_floor | ${floor_s} s | ${floor_cpu} s | $((floor_rss / 1024)) MB |

Ratio purgeline / git: wall $(printf '%.2f' "$ratio"), CPU $(printf '%.2f' "$cpu_ratio") (target: within 1.5x; under 2 s; peak memory under 150 MB).
Ratio libgit2 alone / git: wall $(printf '%.2f' "$floor_ratio"). That row is the floor for any program that reads the
repository through libgit2 (as the issue asks): libgit2 1.5 itself takes that long for this diff, before Qt, the profile
or any output. The empty range shows the fixed cost of starting purgeline (loading Qt, libgit2 and their libraries,
opening the profile).
Binary: \`${bin#"$here/../"}\`. Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg).
<!-- changes.sh end -->
MD
)
echo "$section"
results=$here/RESULTS.md
if [ -f "$results" ] && grep -q '<!-- changes.sh begin -->' "$results"; then
    python3 - "$results" "$section" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
text = re.sub(r'<!-- changes.sh begin -->.*?<!-- changes.sh end -->', lambda m: sys.argv[2], text, flags=re.S)
open(sys.argv[1], 'w').write(text)
PY
else
    printf '\n%s\n' "$section" >> "$results"
fi
