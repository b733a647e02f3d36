#!/usr/bin/env python3
"""Time `emkit bench` and scikit-learn's GaussianMixture on the same data, and print the ratio.

For each size (N points, d dimensions, K components) the script
  1. draws a mixture data set with numpy (seeded) and writes it as CSV (kept in --data-dir,
     reused on the next run),
  2. runs the release `emkit bench --data FILE --components K --iterations N --json`
     --repeat times (default 5) and keeps the fastest run (seconds per EM iteration, parsing and the
     start excluded; also its CPU time and peak memory),
  3. loads the same CSV with numpy and fits sklearn.mixture.GaussianMixture with the same K,
     covariance_type='full', init_params='random', reg_covar=1e-6 and tol=0 (so it never
     stops early), once with max_iter=1 and once with max_iter=N+1, --sklearn-repeat times
     each (default 2), fastest kept; the
     per-iteration time is (t[N+1] - t[1]) / N, which leaves out sklearn's start and its
     final E-step just as emkit bench leaves out its own start,
  4. prints both per-iteration times and sklearn / emkit.

Usage (from the repository root, after `swift build -c release --product emkit`):
    python3 Scripts/bench_vs_sklearn.py                       # the two goal sizes
    python3 Scripts/bench_vs_sklearn.py --size 200000x3x4     # N x d x K
    python3 Scripts/bench_vs_sklearn.py --emkit PATH --iterations 20 --repeat 3

Python, numpy and scikit-learn are needed here only; the kit itself does not use them.
"""

import argparse
import json
import os
import subprocess
import time
import warnings

import numpy as np
import sklearn
from sklearn.exceptions import ConvergenceWarning
from sklearn.mixture import GaussianMixture

GOALS = {(1_000_000, 3, 4): 17.0, (100_000, 16, 8): 20.0}


def make_data(n, d, k, seed, directory):
    path = os.path.join(directory, f"bench_n{n}_d{d}_k{k}_s{seed}.csv")
    if not os.path.exists(path):
        rng = np.random.RandomState(seed)
        centers = rng.normal(scale=5, size=(k, d))
        labels = rng.randint(k, size=n)
        mixing = np.eye(d) + 0.3 * rng.normal(size=(d, d))
        data = centers[labels] + rng.normal(size=(n, d)) @ mixing
        np.savetxt(path, data, delimiter=",", fmt="%.17g")
    return path


def emkit_bench(emkit, path, k, iterations, repeat):
    best = None
    for _ in range(repeat):
        out = subprocess.run([emkit, "bench", "--data", path, "--components", str(k), "--iterations", str(iterations), "--json"],
                             check=True, capture_output=True, text=True).stdout
        report = json.loads(out)
        if best is None or report["seconds_per_iteration"] < best["seconds_per_iteration"]:
            best = report
    return best


def sklearn_per_iteration(data, k, iterations, repeat, seed):
    def fit_seconds(max_iter):
        gm = GaussianMixture(n_components=k, covariance_type="full", init_params="random", random_state=seed,
                             reg_covar=1e-6, tol=0.0, max_iter=max_iter)
        start = time.perf_counter()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ConvergenceWarning)
            gm.fit(data)
        return time.perf_counter() - start, gm.n_iter_

    one = min(fit_seconds(1)[0] for _ in range(repeat))
    runs = [fit_seconds(iterations + 1) for _ in range(repeat)]
    assert all(n == iterations + 1 for _, n in runs), "sklearn stopped early"
    return (min(t for t, _ in runs) - one) / iterations


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", action="append", help="NxDxK, e.g. 1000000x3x4 (default: the two goal sizes)")
    parser.add_argument("--iterations", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=5, help="emkit runs per size; the fastest counts")
    parser.add_argument("--sklearn-repeat", type=int, default=2, help="sklearn fits per size and max_iter")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--emkit", default=os.path.join(".build", "release", "emkit"))
    parser.add_argument("--data-dir", default="/tmp")
    parser.add_argument("--skip-sklearn", action="store_true")
    args = parser.parse_args()
    sizes = [tuple(int(x) for x in s.split("x")) for s in args.size] if args.size else list(GOALS)

    print(f"scikit-learn {sklearn.__version__}, numpy {np.__version__}, {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f}")
    print(f"{'N':>9} {'d':>3} {'K':>3} | {'emkit ms/it':>11} {'(CPU)':>7} {'parse s':>7} {'peak MiB':>8} | {'sklearn ms/it':>13} | {'ratio':>6} | goal")
    for n, d, k in sizes:
        path = make_data(n, d, k, 1, args.data_dir)
        report = emkit_bench(args.emkit, path, k, args.iterations, args.repeat)
        ours = report["seconds_per_iteration"] * 1000
        cpu = report["cpu_seconds_per_iteration"] * 1000
        theirs = float("nan")
        if not args.skip_sklearn:
            data = np.loadtxt(path, delimiter=",")
            theirs = sklearn_per_iteration(data, k, args.iterations, args.sklearn_repeat, args.seed) * 1000
        goal = GOALS.get((n, d, k))
        verdict = "" if goal is None else (f"<= {goal:g} ms: met" if ours <= goal else f"<= {goal:g} ms: missed by {ours - goal:.1f} ms")
        print(f"{n:>9} {d:>3} {k:>3} | {ours:>11.2f} {cpu:>7.2f} {report['parse_seconds']:>7.2f} {report['peak_memory_bytes'] / 2**20:>8.1f} | "
              f"{theirs:>13.1f} | {theirs / ours:>5.1f}x | {verdict}")


if __name__ == "__main__":
    main()
