#!/usr/bin/env python3
"""Maintainer check: `emkit grade-all` gives every submission in Tests/Submissions/ exactly
what its expected.txt says, the reference Solutions/ full marks and the shipped skeleton zero.

Run from the kit after `swift build --product emkit`. The submissions are copied to a scratch
folder (with `reference` = Solutions/ and `skeleton` = Exercises/) and graded as a class, so this
also exercises the instructor's path end to end: the CSV and one results.json per student.

A submission folder holds its chapter files, or `solution.patch`: a unified diff applied to a
copy of Solutions/ (so a deliberate mistake stays in step with the reference it breaks).

expected.txt lines:
  score: 0 | score: all         the total
  chapter N: X of Y             one chapter's points
  passes: ID ...  /  fails: ID ...
  message ID: TEXT              TEXT appears in that item's output
  output: TEXT                  TEXT appears in the top-level output (notes, compiler errors)
"""
import csv
import json
import pathlib
import shutil
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent


def main():
    emkit = ROOT / ".build" / "debug" / "emkit"
    scratch = pathlib.Path(tempfile.mkdtemp(prefix="emkit-class-"))
    class_dir = scratch / "class"
    expectations = {"reference": ["score: all"], "skeleton": ["score: 0"]}
    shutil.copytree(ROOT / "Solutions", class_dir / "reference")
    shutil.copytree(ROOT / "Exercises", class_dir / "skeleton")
    for folder in sorted((ROOT / "Tests" / "Submissions").iterdir()):
        if folder.is_dir():
            target = class_dir / folder.name
            if (folder / "solution.patch").exists():
                shutil.copytree(ROOT / "Solutions", target)
                subprocess.run(["patch", "-s", "-p1", "-d", str(target), "-i", str(folder / "solution.patch")], check=True)
            else:
                shutil.copytree(folder, target, ignore=shutil.ignore_patterns("expected.txt"))
            expectations[folder.name] = (folder / "expected.txt").read_text().splitlines()
    run = subprocess.run([str(emkit), "grade-all", str(class_dir), "--csv", str(scratch / "grades.csv")],
                         cwd=ROOT, capture_output=True, text=True)
    print(run.stdout, end="")
    if run.returncode != 0:
        print(run.stderr, end="")
        print("grade-all failed")
        return 1
    rows = {row["student"]: row for row in csv.DictReader(open(scratch / "grades.csv"))}
    status = 0
    for name, lines in expectations.items():
        results = json.loads((scratch / "results" / f"{name}.json").read_text())
        tests = {t["number"]: t for t in results["tests"]}
        total, maximum = results["score"], sum(t["max_score"] for t in tests.values())
        problems = []
        if abs(float(rows[name]["score"]) - total) > 1e-9:
            problems.append(f"CSV score {rows[name]['score']} differs from results.json {total}")
        for line in lines:
            kind, _, text = line.partition(": ")
            if kind == "score":
                want = maximum if text == "all" else float(text)
                if abs(total - want) > 1e-9:
                    problems.append(f"score {total:g} of {maximum:g}, expected {text}")
            elif kind.startswith("chapter "):
                chapter = int(kind.split()[1])
                mine = [t for t in tests.values() if int(t["number"].split(".")[0]) == chapter]
                got = f"{sum(t['score'] for t in mine):g} of {sum(t['max_score'] for t in mine):g}"
                if got != text:
                    problems.append(f"chapter {chapter}: {got}, expected {text}")
            elif kind in ("passes", "fails"):
                for item in text.split():
                    passed = item in tests and tests[item]["score"] == tests[item]["max_score"]
                    if passed != (kind == "passes"):
                        problems.append(f"{item} should {'pass' if kind == 'passes' else 'fail'}: {tests.get(item, {}).get('output', 'missing')}")
            elif kind.startswith("message "):
                item = kind.split()[1]
                if text not in tests.get(item, {}).get("output", ""):
                    problems.append(f"{item}'s output lacks {text!r}: {tests.get(item, {}).get('output', 'missing')!r}")
            elif kind == "output":
                if text not in results["output"]:
                    problems.append(f"the output lacks {text!r}")
            elif line.strip():
                problems.append(f"unknown expectation {line!r}")
        print(f"== {name}: {total:g} of {maximum:g}" + ("" if not problems else "  <-- WRONG"))
        for p in problems:
            print("   " + p)
        status |= bool(problems)
    print("all submissions earned what they should" if status == 0 else "some submissions were graded wrongly")
    shutil.rmtree(scratch, ignore_errors=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
