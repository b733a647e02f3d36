#!/usr/bin/env python3
"""Cross-check `emkit fit` against the notebook's EM run by numpy, on data the tests never saw.

Usage:
    python3 Scripts/crosscheck_fit.py PATH_TO_EMKIT_BINARY [--trials N] [--meta-seed S]
                                      [--trial T] [--keep DIR]

Each trial draws, from the meta seed:
  * a mixture: 2-D (70%) or 3-D, 1-4 components with means at least 2-4 apart
    and full / diagonal / isotropic covariances, random positive weights;
  * 30-300 points from it with the notebook's generate_MoG_data loop;
  * a number of components K in 1-4 (K <= N; often not the true number);
  * a seed below 2^32.
The points go to a temporary CSV file (one point a line, repr floats) and the tool runs as
    EMKIT fit FILE --components K --init notebook --seed SEED --json
Its stdout must be a JSON object with at least "weights", "means", "covariances",
"loglikelihoods", "iterations" and "converged". It is compared with the notebook's
EM (imported from Scripts/make_em_fixtures.py) started the notebook's way:
    np.random.seed(SEED); chosen = np.random.choice(N, K, replace=False)
    means = the chosen rows; every covariance = np.cov(data, rowvar=0); weights 1/K
    EM(..., maxiter=1000, thresh=1e-4)

Verdicts, one line a trial:
  ok              same iteration count and converged flag; every weight, mean,
                  covariance entry and log-likelihood within 1e-7 · max(1, |numpy|)
                  ("bit-exact" when every double is identical)
  degenerate      numpy's EM itself breaks down (scipy rejects a singular covariance,
                  or a NaN / infinity appears) and the tool exits non-zero with a
                  one-line message on stderr
  near-threshold  the iteration counts differ, but numpy's log-likelihood gain at the
                  deciding iteration is within 1e-9 · |ll| of the threshold (a
                  rounding-level difference in the log-likelihood could flip it), and
                  the tool's parameters match numpy's EM forced to run the tool's
                  number of iterations
  FAILED          anything else (different counts, values off, tool crashes, the
                  tool fits what numpy cannot, a multi-line error ...)

The meta seed is printed first with a replay command; --trial T replays one trial.
--keep DIR keeps every trial's CSV file in DIR. Exit status 1 on any FAILED trial.

numpy and scipy are check-time dependencies of this maintainer script, never of the kit.
"""

import argparse
import json
import math
import os
import secrets
import shlex
import subprocess
import sys
import tempfile
import time

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_em_fixtures import Degenerate, floats, generate_MoG_data, run_em  # noqa: E402

TOLERANCE = 1e-7
# An iteration-count difference is excused only when numpy's log-likelihood gain at the
# deciding iteration is within NEAR_BAND · max(1, |ll|) of the threshold: far beyond
# rounding-level differences (~1e-13 · |ll|), far tighter than TOLERANCE (which would
# excuse almost any slowly converging run).
NEAR_BAND = 1e-9
THRESH = 1e-4
MAXITER = 1000
TIMEOUT_SECONDS = 300
REQUIRED_KEYS = ("weights", "means", "covariances", "loglikelihoods", "iterations", "converged")


# ---------------------------------------------------------------------------
# random data


def random_covariance(rng, dimension):
    roll = rng.random()
    if roll < 0.5:  # full SPD
        while True:
            factor = rng.normal(0.0, 1.0, size=(dimension, dimension))
            cov = factor @ factor.T / dimension + np.diag(rng.uniform(0.05, 0.3, size=dimension))
            cov = cov / max(1.0, float(np.max(np.diag(cov))) / 1.5)
            if rng.random() < 0.4:  # notebook-style short decimals
                cov = np.round(cov, 2)
            cov = (cov + cov.T) / 2
            if np.all(np.linalg.eigvalsh(cov) > 0.02):
                return floats(cov)
    if roll < 0.8:
        return floats(np.diag(rng.uniform(0.1, 1.2, size=dimension)))
    return floats(np.eye(dimension) * float(rng.choice([0.25, 0.5, 1.0])))


def random_trial(rng):
    dimension = 2 if rng.random() < 0.7 else 3
    components = int(rng.integers(1, 5))
    separation = float(rng.uniform(2.0, 4.0))
    box = 2.5 * separation * components ** (1.0 / dimension)
    means = []
    while len(means) < components:
        candidate = rng.uniform(-box / 2, box / 2, size=dimension)
        if all(np.linalg.norm(candidate - np.asarray(m)) >= separation for m in means):
            means.append(floats(candidate))
    covariances = [random_covariance(rng, dimension) for _ in range(components)]
    raw = rng.uniform(0.1, 1.0, size=components)
    weights = floats(raw / raw.sum())
    count = int(rng.integers(30, 301))
    fitted = min(int(rng.integers(1, 5)), count)
    data_seed = int(rng.integers(0, 2**32))
    seed = int(rng.integers(0, 2**32))
    np.random.seed(data_seed)
    data = floats(generate_MoG_data(count, means, covariances, weights))
    model = {"weights": weights, "means": means, "covariances": covariances,
             "data_seed": data_seed}
    return {"dimension": dimension, "components": components, "count": count, "K": fitted,
            "seed": seed, "model": model, "data": data}


def write_csv(path, data):
    with open(path, "w") as handle:
        for point in data:
            handle.write(",".join(repr(float(v)) for v in point) + "\n")
    with open(path) as handle:  # what the tool reads is what numpy fits
        return [[float(cell) for cell in line.split(",")] for line in handle if line.strip()]


# ---------------------------------------------------------------------------
# the tool


def run_tool(binary, csv_path, components, seed):
    """(code, stdout, stderr) or raises OSError / TimeoutExpired."""
    command = [binary, "fit", csv_path, "--components", str(components), "--init", "notebook",
               "--seed", str(seed), "--json"]
    run = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT_SECONDS)
    return command, run.returncode, run.stdout, run.stderr


def parse_fit(stdout):
    """The tool's JSON as a dict, or raises ValueError naming what is wrong."""
    try:
        fit = json.loads(stdout)
    except json.JSONDecodeError as error:
        raise ValueError(f"stdout is not JSON ({error}): {stdout[:200]!r}") from None
    if not isinstance(fit, dict):
        raise ValueError("stdout JSON is not an object")
    missing = [key for key in REQUIRED_KEYS if key not in fit]
    if missing:
        raise ValueError(f"stdout JSON lacks {', '.join(missing)}")
    if not isinstance(fit["iterations"], int) or isinstance(fit["iterations"], bool):
        raise ValueError(f"\"iterations\" is not a whole number: {fit['iterations']!r}")
    if not isinstance(fit["converged"], bool):
        raise ValueError(f"\"converged\" is not true/false: {fit['converged']!r}")
    return fit


# ---------------------------------------------------------------------------
# comparison


class Comparison:
    def __init__(self):
        self.worst = 0.0        # max |a − b| / max(1, |b|)
        self.where = ""
        self.bit_exact = True
        self.error = None       # shape / type problem

    def values(self, name, actual, expected):
        if self.error:
            return
        if isinstance(expected, list):
            if not isinstance(actual, list) or len(actual) != len(expected):
                length = len(actual) if isinstance(actual, list) else type(actual).__name__
                self.error = f"{name} has length {length}, expected {len(expected)}"
                return
            for index, (a, e) in enumerate(zip(actual, expected)):
                self.values(f"{name}[{index}]", a, e)
            return
        if isinstance(actual, bool) or not isinstance(actual, (int, float)):
            self.error = f"{name} is {actual!r}, not a number"
            return
        actual = float(actual)
        if not math.isfinite(actual):
            self.error = f"{name} is not finite"
            return
        if actual.hex() != float(expected).hex():
            self.bit_exact = False
        difference = abs(actual - expected) / max(1.0, abs(expected))
        if difference > self.worst:
            self.worst, self.where = difference, name

    @property
    def ok(self):
        return self.error is None and self.worst <= TOLERANCE

    def describe(self):
        if self.error:
            return self.error
        return f"max rel diff {self.worst:.3g}" + (f" at {self.where}" if self.worst else "")


def compare_parameters(fit, expected, trace=True):
    comparison = Comparison()
    for key in ("weights", "means", "covariances"):
        comparison.values(key, fit[key], expected[key])
    if trace:
        comparison.values("loglikelihoods", fit["loglikelihoods"], expected["loglikelihoods"])
    return comparison


def expected_parameters(numpy_run):
    result = numpy_run["result"]
    return {key: result[key] for key in ("weights", "means", "covariances", "loglikelihoods")}


def check_trial(binary, data, trial, csv_path):
    """(verdict, detail, bit_exact, worst); verdict in ok / degenerate / near-threshold / FAILED."""
    K, seed = trial["K"], trial["seed"]
    try:
        numpy_run, numpy_error = run_em(data, K, seed, maxiter=MAXITER, thresh=THRESH), None
    except Degenerate as error:
        numpy_run, numpy_error = None, str(error)

    try:
        command, code, stdout, stderr = run_tool(binary, csv_path, K, seed)
    except (OSError, subprocess.TimeoutExpired) as error:
        return "FAILED", f"could not run the tool: {error}", False, math.inf
    error_lines = [line for line in stderr.splitlines() if line.strip()]
    error_text = " | ".join(error_lines)[:300]

    if numpy_error is not None:
        if code == 0:
            return ("FAILED", f"numpy's EM degenerates ({numpy_error}) but the tool exited 0",
                    False, math.inf)
        if len(error_lines) != 1:
            return ("FAILED", f"numpy's EM degenerates ({numpy_error}); the tool exited {code} "
                    f"with {len(error_lines)} stderr lines, expected one: {error_text!r}",
                    False, math.inf)
        return ("degenerate", f"numpy: {numpy_error}; tool: exit {code}: {error_lines[0]}",
                False, 0.0)

    if code != 0:
        return "FAILED", f"tool exit {code}: {error_text or '(no stderr)'}", False, math.inf
    try:
        fit = parse_fit(stdout)
    except ValueError as error:
        return "FAILED", str(error), False, math.inf
    if error_lines:
        print(f"    (stderr: {error_text})")

    result = numpy_run["result"]
    numpy_iterations = result["iterations"]
    tool_iterations = fit["iterations"]

    if tool_iterations == numpy_iterations:
        comparison = compare_parameters(fit, expected_parameters(numpy_run))
        problems = []
        if fit["converged"] != result["converged"]:
            problems.append(f"converged {fit['converged']}, numpy {result['converged']}")
        if not comparison.ok:
            problems.append(comparison.describe())
        detail = (f"{numpy_iterations} iterations, "
                  f"{'converged' if result['converged'] else 'maxiter reached'}")
        if problems:
            return "FAILED", detail + ": " + "; ".join(problems), False, comparison.worst
        detail += ", " + ("bit-exact" if comparison.bit_exact else comparison.describe())
        return "ok", detail, comparison.bit_exact, comparison.worst

    # Different iteration counts: explainable only when numpy's decision was a near thing.
    deciding = min(tool_iterations, numpy_iterations) - 1
    headline = f"{tool_iterations} iterations, numpy {numpy_iterations}"
    if tool_iterations < 1 or tool_iterations > MAXITER or deciding >= len(numpy_run["deltas"]):
        return "FAILED", headline, False, math.inf
    delta = numpy_run["deltas"][deciding]
    scale = max(1.0, abs(result["loglikelihoods"][deciding + 1]))
    margin = abs(delta - THRESH)
    if margin > NEAR_BAND * scale:
        return ("FAILED", f"{headline} (numpy's gain at iteration {deciding + 1} is {delta!r}, "
                f"{margin:.3g} from the threshold)", False, math.inf)
    try:
        forced = run_em(data, K, seed, maxiter=tool_iterations, thresh=-math.inf)
    except Degenerate as error:
        return "FAILED", f"{headline}; numpy cannot run {tool_iterations}: {error}", False, math.inf
    comparison = compare_parameters(fit, expected_parameters(forced))
    detail = (f"{headline}; numpy's gain at iteration {deciding + 1} is {delta!r}, "
              f"{margin:.3g} from the threshold; vs numpy forced to {tool_iterations}: "
              f"{comparison.describe()}")
    if not comparison.ok:
        return "FAILED", detail, False, comparison.worst
    return "near-threshold", detail, False, comparison.worst


# ---------------------------------------------------------------------------


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("binary", help="path to the built emkit executable")
    parser.add_argument("--trials", type=int, default=20)
    parser.add_argument("--meta-seed", type=int, default=None,
                        help="replay a previous run (default: a fresh random meta seed)")
    parser.add_argument("--trial", type=int, default=None,
                        help="run only this trial (1-based) of the meta seed's sequence")
    parser.add_argument("--keep", default=None, help="keep the trials' CSV files in this directory")
    arguments = parser.parse_args()
    if arguments.trials < 1:
        parser.error("--trials must be at least 1")
    if arguments.trial is not None and arguments.trial < 1:
        parser.error("--trial must be at least 1")

    binary = arguments.binary
    if not os.path.isfile(binary) or not os.access(binary, os.X_OK):
        print(f"error: {binary} is not an executable file", file=sys.stderr)
        return 1
    meta_seed = arguments.meta_seed if arguments.meta_seed is not None else secrets.randbits(63)
    replay = (f"python3 {shlex.quote(sys.argv[0])} {shlex.quote(binary)} "
              f"--meta-seed {meta_seed} --trials {arguments.trials}")
    import scipy
    print(f"meta seed {meta_seed}; numpy {np.__version__}, scipy {scipy.__version__}")
    print(f"replay: {replay}")

    trials = [arguments.trial] if arguments.trial is not None else range(1, arguments.trials + 1)
    counts = {"ok": 0, "degenerate": 0, "near-threshold": 0, "FAILED": 0}
    bit_exact, worst_overall, failed = 0, 0.0, []
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="emkit-crosscheck-fit-") as scratch:
        directory = arguments.keep or scratch
        os.makedirs(directory, exist_ok=True)
        for number in trials:
            # every trial has its own stream, so --trial T replays exactly trial T
            trial = random_trial(np.random.default_rng([meta_seed, number]))
            csv_path = os.path.join(directory, f"trial-{number}.csv")
            data = write_csv(csv_path, trial["data"])
            label = (f"trial {number:3d}: {trial['dimension']}-D, N={trial['count']:3d}, "
                     f"{trial['components']} true, K={trial['K']}, seed {trial['seed']:10d}")
            verdict, detail, exact, worst = check_trial(binary, data, trial, csv_path)
            counts[verdict] += 1
            if verdict in ("ok", "near-threshold"):
                worst_overall = max(worst_overall, worst)
            bit_exact += exact
            print(f"{label}: {verdict}: {detail}", flush=True)
            if verdict == "FAILED":
                failed.append(number)
                print(f"    model: {json.dumps(trial['model'])}")
                print(f"    replay: {replay} --trial {number} --keep DIR  "
                      f"(then: {shlex.quote(binary)} fit DIR/trial-{number}.csv "
                      f"--components {trial['K']} --init notebook --seed {trial['seed']} --json)")

    total = len(trials)
    summary = (f"{total} trial{'s' if total != 1 else ''}: {counts['ok']} ok ({bit_exact} bit-exact), "
               f"{counts['degenerate']} degenerate, {counts['near-threshold']} near-threshold, "
               f"{counts['FAILED']} FAILED; max rel diff {worst_overall:.3g}; "
               f"{time.monotonic() - started:.0f} s")
    print(summary)
    if failed:
        print(f"failed trials: {', '.join(map(str, failed))}; replay: {replay}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
