#!/usr/bin/env bash
# Maintainer check: the shipped skeleton builds, `swift test` runs to its closing summary
# without a crash, every graded item fails with a message, and `emkit check` scores zero.
set -uo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
swift test >"$log" 2>&1
code=$?
status=0
if ! grep -qE "Test run with [0-9]+ tests? .* failed" "$log"; then
  echo "skeleton: swift test did not reach its closing summary (exit $code)"; tail -30 "$log"; status=1
fi
if grep -E "Fatal error|Program crashed" "$log" | grep -qv "crashed: "; then
  echo "skeleton: the test run itself crashed"; status=1
fi
items=$(swift run emkit check --all 2>&1)
echo "$items" | tail -1
passed=$(grep -c "^  ✓" <<<"$items" || true)
failed=$(grep -c "^  ✗" <<<"$items" || true)
if [[ $passed -ne 0 || $failed -eq 0 ]]; then
  echo "skeleton: expected every graded item to fail, got $passed passing and $failed failing"; status=1
fi
if grep -A1 "^  ✗" <<<"$items" | grep -qE "^      $"; then
  echo "skeleton: a failing item has no message"; status=1
fi
[[ $status -eq 0 ]] && echo "skeleton: builds, runs to the end, all $failed graded items fail with a message"
rm -f "$log"
exit $status
