#!/usr/bin/env bash
# Maintainer check: grade each submission in Tests/Submissions/ and compare with its expected.txt.
# Builds in a scratch copy of the kit (never the working tree), reusing one build folder.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
scratch=${EMKIT_SCRATCH:-/tmp/emkit-submissions}
mkdir -p "$scratch"
status=0
for folder in "$root"/Tests/Submissions/*/; do
  name=$(basename "$folder")
  copy="$scratch/kit"
  rm -rf "$copy" && mkdir -p "$copy"
  (cd "$root" && git ls-files -z | xargs -0 -I{} cp --parents {} "$copy/")
  cp "$folder/EM.swift" "$copy/Exercises/01-EMLoop/EM.swift"
  echo "== $name"
  if ! (cd "$copy" && swift build --scratch-path "$scratch/build" --product emkit >"$scratch/$name.build.log" 2>&1); then
    echo "   build failed:"; tail -20 "$scratch/$name.build.log"; status=1; continue
  fi
  start=$(date +%s)
  output=$(cd "$copy" && "$scratch/build/debug/emkit" check 2>&1) || true
  took=$(( $(date +%s) - start ))
  while IFS= read -r expectation; do
    kind=${expectation%%: *}; text=${expectation#*: }
    case "$kind" in
      points) grep -qF "$text points." <<<"$output" || { echo "   expected '$text points', got: $(grep 'points\.' <<<"$output")"; status=1; } ;;
      line) grep -qF -- "$text" <<<"$output" || { echo "   expected a line with: $text"; status=1; } ;;
    esac
  done <"$folder/expected.txt"
  echo "   graded in ${took}s: $(grep 'points\.' <<<"$output")"
done
[[ $status -eq 0 ]] && echo "all submissions earned what they should" || { echo "some submissions were graded wrongly"; }
exit $status
