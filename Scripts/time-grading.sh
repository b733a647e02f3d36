#!/usr/bin/env bash
# Times what people wait for, in a kit checkout (default: this one):
#   * grade-all: seconds per student for a class of four (reference, skeleton, reference,
#     reference), from a cold grading folder, so the first student pays for the first build;
#   * edit → check: a student saves Exercises/01-EMLoop/EM.swift (a comment appended) and runs
#     `swift run emkit check --chapter 1`; three times, on a warm build.
# Run it on an idle machine; BENCHMARKS.md records its output and how it was taken.
# Usage: Scripts/time-grading.sh [KIT]
set -euo pipefail
kit=$(cd "${1:-$(dirname "$0")/..}" && pwd)
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$kit"
swift build --product emkit >/dev/null 2>&1
class=$(mktemp -d)
mkdir -p "$class/class"
cp -R "$here/Solutions" "$class/class/a-reference"
cp -R "$here/Exercises" "$class/class/b-skeleton"
cp -R "$here/Solutions" "$class/class/c-reference"
cp -R "$here/Solutions" "$class/class/d-reference"
rm -rf .build/emkit-grade
jobs=()
.build/debug/emkit grade-all --help 2>/dev/null | grep -q -- "--jobs" && jobs=(--jobs 1)
start=$(date +%s.%N)
.build/debug/emkit grade-all "$class/class" --csv "$class/grades.csv" "${jobs[@]}" >/dev/null 2>&1 || true
end=$(date +%s.%N)
echo "grade-all, 4 students, one job: $(python3 -c "print(round($end - $start))") s in all"
python3 - "$class/grades.csv" <<'PY'
import csv, sys
for row in csv.DictReader(open(sys.argv[1])):
    print(f"  {row['student']:<12} {row['score']:>3} of {row['max_score']:<3} {row['seconds']:>4} s")
PY
rm -rf "$class"

file=Exercises/01-EMLoop/EM.swift
cp "$file" "$file.orig"
trap 'mv "$kit/$file.orig" "$kit/$file"' EXIT
swift run emkit check --chapter 1 >/dev/null 2>&1 || true
for i in 1 2 3; do
  echo "// edit $i" >>"$file"
  start=$(date +%s.%N)
  swift run emkit check --chapter 1 >/dev/null 2>&1 || true
  end=$(date +%s.%N)
  echo "edit → swift run emkit check --chapter 1 (try $i): $(python3 -c "print(round($end - $start, 1))") s"
done
