#!/usr/bin/env bash
# Maintainer check: the Gradescope package works as Gradescope runs it.
#   * `emkit gradescope` writes the zip (all chapters, and a one-chapter assignment);
#   * unpacked under a temporary AUTOGRADER_ROOT, setup.sh runs (the toolchain is already
#     present, so it skips the install) and builds the grader;
#   * run_autograder grades: the reference as loose files, the reference as a zip of Exercises/,
#     the skeleton, the reference with one file of an unknown name, and (with the one-chapter
#     package) the reference again; each results.json is checked (score, per-test visibility,
#     output present).
# Run from the kit after `swift build --product emkit`.
set -uo pipefail
cd "$(dirname "$0")/.."
kit=$(pwd)
emkit="$kit/.build/debug/emkit"
tmp=$(mktemp -d)
root="$tmp/autograder"
status=0
fail() { echo "gradescope: $*"; status=1; }

"$emkit" gradescope --out "$tmp/all.zip" || { echo "gradescope: emkit gradescope failed"; exit 1; }
"$emkit" gradescope --chapter 2 --out "$tmp/chapter02.zip" || { echo "gradescope: emkit gradescope --chapter 2 failed"; exit 1; }

unpack() {  # as Gradescope does: the zip's contents in $root/source, run_autograder beside it
  mkdir -p "$root/source"
  python3 - "$1" "$root/source" <<'PY'
import sys, zipfile, os
with zipfile.ZipFile(sys.argv[1]) as z:
    for info in z.infolist():
        # A file already there with the same bytes keeps its time stamp, so unpacking a second
        # package over the first rebuilds only what differs.
        target = os.path.join(sys.argv[2], info.filename)
        if os.path.isfile(target) and open(target, "rb").read() == z.read(info):
            continue
        path = z.extract(info, sys.argv[2])
        mode = info.external_attr >> 16
        if mode: os.chmod(path, mode & 0o777)
PY
  cp "$root/source/run_autograder" "$root/run_autograder"
}

unpack "$tmp/all.zip"
[[ -e "$root/source/kit/Solutions" ]] && fail "the package ships Solutions/"
[[ -x "$root/source/setup.sh" && -x "$root/run_autograder" ]] || fail "the scripts are not executable"
AUTOGRADER_ROOT="$root" bash "$root/source/setup.sh" >"$tmp/setup.log" 2>&1 || { fail "setup.sh failed"; tail -20 "$tmp/setup.log"; exit 1; }
grep -q "already installed" "$tmp/setup.log" || fail "setup.sh did not see the installed toolchain"

# grade NAME CHECKS...: run_autograder on $root/submission, then check results.json.
grade() {
  local name=$1; shift
  rm -rf "$root/results"
  AUTOGRADER_ROOT="$root" bash "$root/run_autograder" >"$tmp/$name.log" 2>&1 || fail "$name: run_autograder exited non-zero"
  python3 - "$root/results/results.json" "$name" "$@" <<'PY' || status=1
import json, sys
path, name, *checks = sys.argv[1:]
try:
    r = json.load(open(path))
except Exception as e:
    print(f"gradescope: {name}: no readable results.json ({e})"); sys.exit(1)
tests = r.get("tests", [])
total = sum(t["max_score"] for t in tests)
problems = []
for check in checks:
    kind, _, value = check.partition("=")
    if kind == "score" and abs(r["score"] - (total if value == "all" else float(value))) > 1e-9:
        problems.append(f"score {r['score']} of {total}, expected {value}")
    if kind == "chapters" and sorted({t["number"].split(".")[0] for t in tests}) != value.split(","):
        problems.append(f"chapters {sorted({t['number'].split('.')[0] for t in tests})}, expected {value}")
    if kind == "output" and value not in r.get("output", ""):
        problems.append(f"the output lacks {value!r}: {r.get('output', '')[:300]!r}")
if not tests: problems.append("no tests")
if any(t.get("visibility") not in ("visible", "after_published") for t in tests): problems.append("a test without a visibility")
if not any(t.get("visibility") == "after_published" for t in tests): problems.append("no hidden test")
if any(not t.get("output") for t in tests): problems.append("a test without output")
if not r.get("output"): problems.append("no top-level output")
print(f"gradescope: {name}: {r['score']:g} of {total:g}" + ("" if not problems else "  <-- WRONG"))
for p in problems: print("   " + p)
sys.exit(1 if problems else 0)
PY
}

submit_reference_loose() { rm -rf "$root/submission"; mkdir -p "$root/submission"; cp "$kit"/Solutions/*/*.swift "$root/submission/"; }

submit_reference_loose
grade reference-loose-files score=all chapters=01,02,03,04,05

rm -rf "$root/submission" "$tmp/zip"; mkdir -p "$root/submission" "$tmp/zip/Exercises"
cp -R "$kit"/Solutions/. "$tmp/zip/Exercises/"
(cd "$tmp/zip" && python3 -m zipfile -c "$root/submission/Exercises.zip" Exercises)
grade reference-zip-of-exercises score=all

rm -rf "$root/submission"; mkdir -p "$root/submission"; cp "$kit"/Exercises/*/*.swift "$root/submission/"
grade skeleton score=0

submit_reference_loose; printf 'let notes = "mine"\n' >"$root/submission/Notes.swift"
grade unknown-file-name score=all "output=ignored Notes.swift"

# An upload built to break out: one archive holds a link into the grader's build, a second one
# (in a folder of the link's name) a fake `emkit` that would write full marks. The grader must be
# untouched afterwards and the upload graded as what it is (the skeleton: zero).
rm -rf "$root/submission"; mkdir -p "$root/submission"
grader_before=$(sha256sum "$root/source/kit/.build/debug/emkit" | cut -d' ' -f1)
python3 - "$root" "$root/submission" <<'PY'
import os, sys, zipfile
root, upload = sys.argv[1], sys.argv[2]
for name in "abcd":
    link = zipfile.ZipInfo("t")
    link.external_attr = (0o120777 << 16)
    with zipfile.ZipFile(os.path.join(upload, f"{name}.zip"), "w") as z:
        z.writestr(link, os.path.join(root, "source/kit/.build/debug"))
    os.makedirs(os.path.join(upload, name), exist_ok=True)
    with zipfile.ZipFile(os.path.join(upload, name, "t.zip"), "w") as z:
        fake = zipfile.ZipInfo("emkit"); fake.external_attr = (0o100755 << 16)
        z.writestr(fake, "#!/bin/sh\necho '{\"score\": 1000, \"tests\": []}' > \"$AUTOGRADER_ROOT/results/results.json\"\n")
PY
cp "$kit"/Exercises/01-EMLoop/EM.swift "$root/submission/"
grade zip-with-links score=0
[[ "$(sha256sum "$root/source/kit/.build/debug/emkit" | cut -d' ' -f1)" == "$grader_before" ]] || fail "an upload changed the grader program"

unpack "$tmp/chapter02.zip"
AUTOGRADER_ROOT="$root" bash "$root/source/setup.sh" >"$tmp/setup2.log" 2>&1 || { fail "setup.sh of the one-chapter package failed"; tail -20 "$tmp/setup2.log"; }
submit_reference_loose
grade one-chapter-package score=all chapters=02

rm -rf "$tmp"
[[ $status -eq 0 ]] && echo "gradescope: the package builds and grades loose files, zips, the skeleton and one-chapter assignments"
exit $status
