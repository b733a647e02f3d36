#!/usr/bin/env python3
"""Maintainer check: Exercises/ and Solutions/ hold the same files with the same public API.

For every Swift file, the public declarations (from `public` up to the opening brace,
whitespace collapsed) must be identical in both trees, and both trees must hold the same
set of Swift files. Exits 1 and names the difference otherwise.
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent


def declarations(path):
    text = path.read_text()
    found = []
    for match in re.finditer(r"^\s*public\s[^{]*", text, flags=re.M):
        found.append(" ".join(match.group(0).split()))
    return found


def swift_files(tree):
    return {p.relative_to(tree) for p in tree.rglob("*.swift")}


def main():
    exercises, solutions = ROOT / "Exercises", ROOT / "Solutions"
    status = 0
    a, b = swift_files(exercises), swift_files(solutions)
    for missing in sorted(a ^ b):
        print(f"only in {'Exercises' if missing in a else 'Solutions'}: {missing}")
        status = 1
    for name in sorted(a & b):
        left, right = declarations(exercises / name), declarations(solutions / name)
        if left != right:
            print(f"{name}: public API differs\n  Exercises: {left}\n  Solutions: {right}")
            status = 1
    print("Exercises/ and Solutions/ declare the same public API" if status == 0 else "API parity: FAILED")
    return status


if __name__ == "__main__":
    sys.exit(main())
