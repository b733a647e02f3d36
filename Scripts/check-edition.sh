#!/usr/bin/env bash
# Maintainer check: `emkit release` writes a student edition that
#   * holds no Solutions/, no reference EM, and none of the quiz answers in clear;
#   * builds, runs `swift test` to its closing summary on the skeleton, and scores it zero;
#   * with the reference solutions dropped into its Exercises/, scores full marks on its
#     visible checks and marks every quiz answer right: the recorded key (digests) works.
# Run from the kit after `swift build --traits Solutions --product emkit`.
set -uo pipefail
cd "$(dirname "$0")/.."
kit=$(pwd)
out=$(mktemp -d)/edition
status=0
fail() { echo "edition: $*"; status=1; }

.build/debug/emkit release --out "$out" || { echo "edition: emkit release failed"; exit 1; }
answers=$(.build/debug/emkit quiz --json | python3 -c '
import json, sys
a = json.load(sys.stdin)
print(" ".join("%.6f" % a[k] for k in ("first_component_weight", "second_component_mean_x", "third_component_variance_x")))')

[[ -e "$out/Solutions" ]] && fail "Solutions/ was shipped"
grep -rq "func fitNotebookEM" "$out" && fail "the reference EM was shipped"
grep -rlq "edition: omit" "$out" --include=*.swift && fail "a file marked 'edition: omit' was shipped: $(grep -rl 'edition: omit' "$out" --include=*.swift | head -1)"
for answer in $answers; do
  grep -rqF "$answer" "$out" && fail "the quiz answer $answer appears in clear: $(grep -rlF "$answer" "$out" | head -1)"
done

cd "$out"
log=$(mktemp)
swift test >"$log" 2>&1
grep -qE "Test run with [0-9]+ tests? .* failed" "$log" || { fail "swift test did not reach its closing summary"; tail -30 "$log"; }
skeleton=$(swift run emkit check --all 2>&1 | tail -1)
[[ "$skeleton" == 0\ of\ *" points." ]] || fail "the skeleton should score zero, got: $skeleton"

for file in "$kit"/Solutions/*/*.swift; do
  cp "$file" "$out/Exercises/${file#"$kit"/Solutions/}"
done
solved=$(swift run emkit check --all 2>&1 | tail -1)
quiz=$(swift run emkit quiz --json 2>&1)
read -r earned total <<<"$(sed -E 's/^([0-9.]+) of ([0-9.]+) points\./\1 \2/' <<<"$solved")"
[[ -n "$earned" && "$earned" == "$total" && "$earned" != 0 ]] || fail "the reference solutions should score full marks in the edition, got: $solved"
grep -q '"correct": {[^}]*false' <<<"$quiz" && fail "the edition's key rejects a right quiz answer: $quiz"
echo "edition: skeleton $skeleton; reference $solved; quiz answers checked against digests"
rm -rf "$(dirname "$out")" "$log"
[[ $status -eq 0 ]] && echo "edition: ships no answers, builds, and checks work from the recorded key"
exit $status
