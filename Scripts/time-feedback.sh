#!/usr/bin/env bash
# Times a student's edit → feedback loop, chapter by chapter, in a throw-away clone of this kit:
#   * `swift run emkit check --chapter N` after saving a file of chapter N (a comment appended);
#   * `EMKIT_CHAPTER=N swift test --filter GradedItemTests` after the same kind of edit;
# each with the skeleton as shipped ("unsolved") and with the chapter's reference files copied
# into Exercises/ ("solved"), on a warm build (one untimed run first), best of two tries.
# Prints a Markdown table for BENCHMARKS.md. Run it on an idle machine (nothing else building).
# Usage: Scripts/time-feedback.sh [CHAPTERS]    e.g. Scripts/time-feedback.sh "1 2"
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
chapters=${1:-"1 2 3 4 5"}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
git clone -q "$here" "$work/kit"
# Uncommitted work is timed too: copy the working tree's changed and new files over the clone.
(cd "$here" && git ls-files -mo --exclude-standard -z | xargs -0 -r cp -P --parents -t "$work/kit")
cd "$work/kit"

seconds() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" "$1" "$2"; }

# time_best CMD...: best of two runs after an edit each, in seconds.
time_best() {
  local best="" file=$1; shift
  for try in 1 2; do
    echo "// edit $try $(date +%s%N)" >>"$file"
    local start end took
    start=$(date +%s.%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s.%N)
    took=$(seconds "$start" "$end")
    if [[ -z $best ]] || python3 -c "import sys; sys.exit(0 if float(sys.argv[1]) < float(sys.argv[2]) else 1)" "$took" "$best"; then best=$took; fi
  done
  echo "$best"
}

# A student's very first check, in a terminal (SwiftPM draws its progress on one line there):
# how many lines come before the item list, and how long the list is.
if command -v script >/dev/null; then
  start=$(date +%s.%N)
  script -qec "swift run emkit check" "$work/first.txt" >/dev/null 2>&1 || true
  end=$(date +%s.%N)
  python3 - "$work/first.txt" "$(seconds "$start" "$end")" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8", errors="replace", newline="").read()
text = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", text)            # terminal escapes
lines = [l.split("\r")[-1] for l in text.replace("\r\n", "\n").split("\n")]
lines = [l for l in lines if not l.startswith("Script ")]
first = next((i for i, l in enumerate(lines) if l.startswith("Chapter 0")), len(lines))
print(f"First `swift run emkit check` on a fresh clone (skeleton, cold build, {sys.argv[2]} s): "
      f"{first} lines before the item list, {len(lines) - first} from the list to the end.")
PY
fi
swift build --build-tests >/dev/null 2>&1 || true
echo "| chapter | code | edit → \`emkit check --chapter N\` | edit → \`swift test\` (that chapter) |"
echo "|---|---|---|---|"
for n in $chapters; do
  folder=$(cd Exercises && ls -d "$(printf '%02d' "$n")"-* | head -1)
  file=$(ls "Exercises/$folder"/*.swift | head -1)
  for state in unsolved solved; do
    if [[ $state == solved ]]; then cp "$here/Solutions/$folder"/*.swift "Exercises/$folder/"; fi
    # Warm up: one untimed build and run of each.
    swift run emkit check --chapter "$n" >/dev/null 2>&1 || true
    EMKIT_CHAPTER=$n swift test --filter GradedItemTests >/dev/null 2>&1 || true
    check=$(time_best "$file" swift run emkit check --chapter "$n")
    tests=$(time_best "$file" env EMKIT_CHAPTER="$n" swift test --filter GradedItemTests)
    echo "| $(printf '%02d' "$n") | $state | $check s | $tests s |"
  done
  git checkout -q -- "Exercises/$folder"
done
echo
echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores, load average before: $(cut -d' ' -f1-3 /proc/loadavg)."
