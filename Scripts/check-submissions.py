#!/usr/bin/env python3
"""Maintainer check: `emkit grade-all` gives every submission in Tests/Submissions/ exactly what
its expected.txt says, honest students full marks whoever sits between them, and no attack
reaches past its own calls.

Run from the kit after `swift build --product emkit`. The submissions are copied to a scratch
class folder together with three honest students (copies of Solutions/: `a-honest`, `m-honest`,
`z-honest`, sorted between the attackers) and the untouched skeleton, and graded as one class.
Then, after grade-all has exited and a few more seconds have passed (for any daemon an attack
may have left):
  * every expectation holds, in results.json and in the CSV alike;
  * the honest students have full marks in both, and their files were not touched;
  * no process of a sandboxed call is still alive;
  * no file was planted in the kit, the class folder or the grading copy, and the grading copy
    holds only the files the grader put there (regular files, the expected folders);
  * each student took a bounded time.
A second, smaller class is graded with the text scan turned off (EMKIT_GRADE_WITHOUT_SCAN=1):
submissions that reach for the reference still earn nothing for that chapter, because the
grading copy has no reference to compile or link against. A third is graded without namespaces
(EMKIT_SANDBOX_NAMESPACES=off), as in a container without CAP_SYS_ADMIN: the attacks on the class
and on the grader fail there too. (Reading other users' readable files is not prevented there;
INSTRUCTORS.md says so.) That class of 8 is graded with --jobs 1 and compared with the big class (--jobs 2): the CSVs
must be the same but for the seconds column.

A submission folder holds its chapter files, or `solution.patch`: a unified diff applied to a
copy of Solutions/ (so a deliberate mistake stays in step with the reference it breaks).
`honest-chapters.txt` lists chapters copied from Solutions/ beside the attack, so the honest part
of an attacker's work shows in its score.

expected.txt lines:
  score: 0 | score: all         the total
  chapter N: X of Y             one chapter's points
  passes: ID ...  /  fails: ID ...
  message ID: TEXT              TEXT appears in that item's output
  output: TEXT                  TEXT appears in the top-level output (notes, compiler errors)
  absent: TEXT                  TEXT appears nowhere in the results
  seconds at most: N            the student was graded within N seconds
"""
import csv
import json
import os
import pathlib
import random
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
EMKIT = ROOT / ".build" / "debug" / "emkit"
GRADING = ROOT / ".build" / "emkit-grade"
HONEST = ["a-honest", "m-honest", "z-honest"]
WITHOUT_SCAN = ["scan-bypass-interpolation", "scan-bypass-raw-string", "reference-by-symbol", "calls-reference"]
WITHOUT_NAMESPACES = ["grader-killer", "csv-daemon", "fork-bomb", "results-tamperer", "symlink-planter", "redteam-world-writable-planter"]


def make_class(class_dir, only=None, honest=HONEST):
    expectations = {name: ["score: all"] for name in honest}
    for name in honest:
        shutil.copytree(ROOT / "Solutions", class_dir / name)
    if only is None:
        expectations["skeleton"] = ["score: 0"]
        shutil.copytree(ROOT / "Exercises", class_dir / "skeleton")
    for folder in sorted((ROOT / "Tests" / "Submissions").iterdir()):
        if not folder.is_dir() or (only and folder.name not in only):
            continue
        target = class_dir / folder.name
        if (folder / "solution.patch").exists():
            shutil.copytree(ROOT / "Solutions", target)
            subprocess.run(["patch", "-s", "-p1", "-d", str(target), "-i", str(folder / "solution.patch")], check=True)
        else:
            shutil.copytree(folder, target, symlinks=True, ignore=shutil.ignore_patterns("expected.txt", "honest-chapters.txt"))
        honest = folder / "honest-chapters.txt"
        if honest.exists():
            for chapter in honest.read_text().split():
                shutil.copytree(ROOT / "Solutions" / chapter, target / chapter)
        expectations[folder.name] = (folder / "expected.txt").read_text().splitlines()
    return expectations


def snapshot(folder):
    return {p: p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file() and not p.is_symlink()}


def check_student(name, lines, results, row):
    tests = {t["number"]: t for t in results["tests"]}
    total, maximum = results["score"], sum(t["max_score"] for t in tests.values())
    everything = results["output"] + "\n" + "\n".join(t["output"] for t in tests.values())
    problems = []
    if abs(float(row["score"]) - total) > 1e-9:
        problems.append(f"CSV score {row['score']} differs from results.json {total}")
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
        elif kind == "absent":
            if text in everything:
                problems.append(f"{text!r} appears in the results: {everything[everything.index(text):][:300]!r}")
        elif kind == "seconds at most":
            if float(row["seconds"]) > float(text):
                problems.append(f"took {row['seconds']} s, more than {text} s")
        elif line.strip():
            problems.append(f"unknown expectation {line!r}")
    print(f"== {name}: {total:g} of {maximum:g} in {row['seconds']} s" + ("" if not problems else "  <-- WRONG"))
    for p in problems:
        print("   " + p)
    return not problems


# This check's calls get user ids of their own (EMKIT_SANDBOX_FIRST_UID + the launcher's pid), so
# that the calls of another grading run on the machine are not mistaken for survivors.
FIRST_UID = 500_000_000 + random.randrange(1_000) * 1_000_000
os.environ["EMKIT_SANDBOX_FIRST_UID"] = str(FIRST_UID)


def sandboxed_processes():
    """Processes still running as one of this check's sandboxed calls."""
    out = subprocess.run(["ps", "-eo", "uid=,pid=,stat=,comm="], capture_output=True, text=True).stdout
    rows = [line.split(None, 3) for line in out.splitlines() if line.strip()]
    return [r for r in rows if FIRST_UID <= int(r[0]) < FIRST_UID + (1 << 22) and not r[2].startswith("Z")]


SHARED_SCRATCH = [pathlib.Path(p) for p in ("/tmp", "/var/tmp", "/dev/shm", "/run/lock")]


def planted(folders):
    """Files an attack planted: in the kit, the class, the grading copy, or the machine's shared
    scratch folders (only their first two levels: the attacks write at the top)."""
    found = [p for folder in folders if folder.exists() for p in folder.rglob("PLANTED*")]
    for folder in SHARED_SCRATCH:
        if folder.exists():
            found += [p for p in folder.glob("PLANTED*")] + [p for p in folder.glob("*/PLANTED*")]
    return found


def copy_is_clean():
    problems = []
    for path in GRADING.rglob("*"):
        parts = path.relative_to(GRADING).parts
        if "copy" not in parts:
            continue
        rel = pathlib.Path(*parts[parts.index("copy") + 1:])
        if not rel.parts:
            continue
        if path.is_symlink():
            problems.append(f"a symbolic link in the grading copy: {rel}")
        elif path.is_file() and not (str(rel) == "Package.swift" or (rel.parts[0] in ("Sources", "Exercises") and rel.suffix == ".swift")):
            problems.append(f"an unexpected file in the grading copy: {rel}")
    return problems


def grade(class_dir, scratch, env=None, jobs=1):
    started = time.time()
    run = subprocess.run([str(EMKIT), "grade-all", str(class_dir), "--csv", str(scratch / "grades.csv"), "--jobs", str(jobs)],
                         cwd=ROOT, capture_output=True, text=True, env=env)
    print(run.stdout, end="")
    print(f"(grade-all --jobs {jobs} took {time.time() - started:.0f} s)")
    return run


def grade_small_class(folder, attackers, env, override=None, honest=("a-honest", "z-honest"), skeleton=False, jobs=1):
    """Grades `attackers` between honest students; True when something is wrong."""
    class_dir = folder / "class"
    if not class_dir.exists():
        make_class(class_dir, only=attackers, honest=list(honest))
        if skeleton:
            shutil.copytree(ROOT / "Exercises", class_dir / "skeleton")
    expectations = {name: ["score: all"] for name in honest}
    expectations.update({name: (ROOT / "Tests" / "Submissions" / name / "expected.txt").read_text().splitlines() for name in attackers})
    if skeleton:
        expectations["skeleton"] = ["score: 0"]
    run = grade(class_dir, folder, env=env, jobs=jobs)
    if run.returncode != 0:
        print(run.stderr, end="")
        print("grade-all failed")
        return True
    time.sleep(6)
    wrong = False
    rows = {row["student"]: row for row in csv.DictReader(open(folder / "grades.csv"))}
    for name, lines in expectations.items():
        results = json.loads((folder / "results" / f"{name}.json").read_text())
        lines = override if override and name in attackers else lines
        wrong |= not check_student(name, [l for l in lines if not l.startswith("absent")], results, rows[name])
    alive = sandboxed_processes()
    if alive:
        print(f"processes of sandboxed calls are still alive: {alive[:5]}")
        wrong = True
    leftovers = planted([ROOT / "Sources", ROOT / "Exercises", ROOT / "Solutions", ROOT / ".build" / "emkit-grade", folder])
    if leftovers:
        print(f"files planted by a submission: {leftovers[:5]}")
        wrong = True
    return wrong


def without_seconds(path):
    rows = list(csv.reader(open(path)))
    seconds = rows[0].index("seconds")
    return [row[:seconds] + row[seconds + 1:] for row in rows]


def main():
    scratch = pathlib.Path(tempfile.mkdtemp(prefix="emkit-class-"))
    class_dir = scratch / "class"
    expectations = make_class(class_dir)
    honest_before = {name: snapshot(class_dir / name) for name in HONEST}
    run = grade(class_dir, scratch, jobs=2)
    status = 0
    if run.returncode != 0:
        print(run.stderr, end="")
        print("grade-all failed")
        return 1
    time.sleep(6)  # a daemon left behind would have written by now
    listed = [row["student"] for row in csv.DictReader(open(scratch / "grades.csv"))]
    if len(listed) != len(set(listed)):
        print(f"the CSV lists a student twice: {sorted(n for n in set(listed) if listed.count(n) > 1)}")
        status = 1
    rows = {row["student"]: row for row in csv.DictReader(open(scratch / "grades.csv"))}
    for name, lines in expectations.items():
        if name not in rows:
            print(f"== {name}: no CSV row  <-- WRONG")
            status = 1
            continue
        results = json.loads((scratch / "results" / f"{name}.json").read_text())
        status |= not check_student(name, lines, results, rows[name])
    if set(rows) != set(expectations):
        print(f"the CSV rows are {sorted(rows)}, expected {sorted(expectations)}")
        status = 1
    for name in HONEST:
        if snapshot(class_dir / name) != honest_before[name]:
            print(f"{name}'s submission was changed during grading")
            status = 1
    alive = sandboxed_processes()
    if alive:
        print(f"processes of sandboxed calls are still alive: {alive[:5]}")
        status = 1
    leftovers = planted([ROOT / "Sources", ROOT / "Exercises", ROOT / "Solutions", ROOT / ".build" / "emkit-grade", class_dir, scratch])
    if leftovers:
        print(f"files planted by a submission: {leftovers[:5]}")
        status = 1
    for problem in copy_is_clean():
        print(problem)
        status = 1

    print("\n-- with the text scan turned off, the build alone keeps the reference out of reach")
    status |= grade_small_class(scratch / "without-scan", WITHOUT_SCAN, dict(os.environ, EMKIT_GRADE_WITHOUT_SCAN="1"),
                                override=["chapter 1: 0 of 22", "message 01.part1: does not compile"], honest=("m-honest",))
    print("\n-- without namespaces (as in a container without CAP_SYS_ADMIN): user ids, limits and process groups still hold;")
    print("   the class of 8 is graded one student at a time: the same CSV rows (but for the seconds) as the big class's,")
    print("   graded two at a time with namespaces")
    folder = scratch / "without-namespaces"
    no_namespaces = dict(os.environ, EMKIT_SANDBOX_NAMESPACES="off")
    status |= grade_small_class(folder, WITHOUT_NAMESPACES, no_namespaces, honest=("m-honest",), skeleton=True, jobs=1)
    one_job = without_seconds(folder / "grades.csv")
    names = {row[0] for row in one_job[1:]}
    big = [one_job[0]] + [row for row in without_seconds(scratch / "grades.csv")[1:] if row[0] in names]
    if big != one_job:
        for a, b in zip(one_job, big):
            if a != b:
                print(f"one job without namespaces and two jobs with them differ: {a[:6]} / {b[:6]}")
        status = 1
    else:
        print(f"one job without namespaces and two jobs with them wrote the same {len(one_job) - 1} rows")

    print("all submissions earned what they should" if status == 0 else "some submissions were graded wrongly")
    shutil.rmtree(scratch, ignore_errors=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
