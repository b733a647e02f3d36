#!/usr/bin/env python3
"""Peak memory and time of emkit at the input limits (BENCHMARKS.md, "Bad input at any size").

    python3 Scripts/measure_input_limits.py [EMKIT] [--only sample long notebook wide fuzz]

EMKIT defaults to .build/debug/emkit. Measures, each as a child process whose peak resident
set size comes from wait4 (ru_maxrss):

* `emkit sample --count 10000000` (streamed to /dev/null; the notebook's 2-D model);
* `emkit fit` on the largest accepted input: 5,000,000 points × 2 columns (10⁷ numbers, the
  cap), K = 5 (N · K = 2.5 · 10⁷, the cap), `--init random --max-iterations 1`, then the same
  with the notebook's EM (`--init notebook`);
* `emkit fit` at the column cap: 11 points × 1,000 columns, K = 10 (K · d² = 10⁷, the cap),
  `--init random --max-iterations 1`;
* the fuzz harness: its case count and run time (`Scripts/fuzz_cli.py`).

The data are drawn with Python's `random`, seeded, and written once to a temporary folder.
"""
import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MODEL = {"weights": [0.25, 0.5, 0.25], "means": [[5, 0], [1, 1], [0, 5]],
         "covariances": [[[0.5, 0], [0, 0.5]], [[0.92, 0.38], [0.38, 0.91]], [[0.5, 0], [0, 0.5]]]}


def measure(argv, stdout=subprocess.DEVNULL):
    start = time.monotonic()
    process = subprocess.Popen(argv, stdout=stdout, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.monotonic() - start
    error = process.stderr.read().decode("utf-8", "replace").strip()
    code = os.waitstatus_to_exitcode(status)
    return code, seconds, usage.ru_maxrss * 1024, error


def write_csv(path, rows, columns, seed):
    rng = random.Random(seed)
    with open(path, "w") as f:
        block = []
        for i in range(rows):
            shift = 4.0 * (i % 5)
            block.append(",".join("%.6f" % (rng.gauss(shift, 1.0)) for _ in range(columns)))
            if len(block) == 10000:
                f.write("\n".join(block) + "\n")
                block = []
        if block:
            f.write("\n".join(block) + "\n")
    return os.path.getsize(path)


def report(label, result, extra=""):
    code, seconds, peak, error = result
    status = "exit %d" % code + ((": " + error[:200]) if code else "")
    print("%-58s %7.1f s  peak %7.1f MiB  %s%s" % (label, seconds, peak / 1048576, status, extra), flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("emkit", nargs="?", default=os.path.join(ROOT, ".build/debug/emkit"))
    parser.add_argument("--only", nargs="*", choices=PARTS, default=PARTS, help="the parts to measure (default all)")
    args = parser.parse_args()
    emkit = os.path.abspath(args.emkit)
    print("emkit: %s" % emkit)
    with tempfile.TemporaryDirectory(prefix="emkit-limits-") as tmp:
        if "sample" in args.only:
            model = os.path.join(tmp, "model.json")
            with open(model, "w") as f:
                json.dump(MODEL, f)
            report("sample --count 1000", measure([emkit, "sample", "--model", model, "--count", "1000"]))
            report("sample --count 10000000 > /dev/null", measure([emkit, "sample", "--model", model, "--count", "10000000"]))

        if "long" in args.only or "notebook" in args.only:
            big = os.path.join(tmp, "big.csv")
            size = write_csv(big, 5_000_000, 2, seed=1)
            if "long" in args.only:
                report("fit 5,000,000 × 2, K 5, --init random, 1 iteration",
                       measure([emkit, "fit", big, "--components", "5", "--init", "random", "--max-iterations", "1"]),
                       "  (file %.0f MiB)" % (size / 1048576))
                report("fit 5,000,000 × 2, K 6 (N · K over the cap: refused)",
                       measure([emkit, "fit", big, "--components", "6", "--init", "random", "--max-iterations", "1"]))
            if "notebook" in args.only:
                report("fit 5,000,000 × 2, K 5, --init notebook, 1 iteration",
                       measure([emkit, "fit", big, "--components", "5", "--max-iterations", "1"]))
            os.remove(big)

        if "wide" in args.only:
            # 11 points are enough for K = 10 with --init random; the covariances (K · d² = 10⁷
            # numbers, the cap) are what this measures. (1,001 points, the fewest the notebook
            # start takes at d = 1,000, multiply the time by 100: over 30 minutes in debug.)
            wide = os.path.join(tmp, "wide.csv")
            size = write_csv(wide, 11, 1000, seed=2)
            report("fit 11 × 1,000, K 10, --init random, 1 iteration",
                   measure([emkit, "fit", wide, "--components", "10", "--init", "random", "--max-iterations", "1"]),
                   "  (file %.2f MiB)" % (size / 1048576))
            report("fit 11 × 1,000, K 11 (K · d² over the cap: refused)",
                   measure([emkit, "fit", wide, "--components", "11", "--init", "random", "--max-iterations", "1"]))

        if "fuzz" in args.only:
            start = time.monotonic()
            fuzz = subprocess.run([sys.executable, os.path.join(ROOT, "Scripts/fuzz_cli.py"), emkit], capture_output=True, text=True)
            print("fuzz harness: %s (%.1f s wall, exit %d)" % (fuzz.stdout.strip().splitlines()[0], time.monotonic() - start, fuzz.returncode))


PARTS = ["sample", "long", "notebook", "wide", "fuzz"]

if __name__ == "__main__":
    main()
