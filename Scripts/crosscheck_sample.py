#!/usr/bin/env python3
"""Cross-check `emkit sample` against numpy on seeds and models the tests never saw.

Usage:
    python3 Scripts/crosscheck_sample.py PATH_TO_EMKIT_BINARY [--trials N] [--meta-seed S]

Each trial picks a seed uniformly below 2^32 and a random Gaussian mixture:
  * 2-D with 1-4 components, each covariance a random full SPD matrix,
    a diagonal one or an isotropic one; or
  * 3-D / 4-D with diagonal covariances whose variances often repeat
    (repeats are where LAPACK's ordering of singular values matters).
Weights are random, positive and normalised to sum to 1.

The model is written to a temporary MODEL.json and the tool is run as
    EMKIT sample --model MODEL.json --count 50 --seed SEED
Its output (one point a line, coordinates comma-separated) is compared with
the notebook's generate_MoG_data loop run by numpy's legacy generator:
    np.random.seed(SEED)
    for each point: k = np.random.choice(len(w), 1, p=w)[0]
                    x = np.random.multivariate_normal(means[k], covariances[k])

The trials come from a meta seed: a fresh one unless --meta-seed is given.
It is printed first, so a failing run can be replayed exactly.

Exit status: 0 when every coordinate is within 1e-12 of numpy's (bit-exact is
the goal and is reported); 1 when any difference is larger or the tool fails.

numpy is only a check-time dependency of this maintainer script, never of the kit.
"""

import argparse
import json
import math
import os
import secrets
import subprocess
import sys
import tempfile

import numpy as np

COUNT = 50
TOLERANCE = 1e-12
TIMEOUT_SECONDS = 120


def spd_2x2(rng):
    a = float(10.0 ** rng.uniform(-1.3, 0.7))
    c = float(10.0 ** rng.uniform(-1.3, 0.7))
    rho = float(rng.uniform(-0.98, 0.98))
    b = rho * math.sqrt(a * c)
    if rng.random() < 0.3:  # notebook-style short decimals
        a, b, c = round(a, 2) or 0.05, round(b, 2), round(c, 2) or 0.05
        if a * c - b * b <= 1e-6:
            b = 0.0
    if b == 0.0:
        b = 0.01 if rng.random() < 0.5 else -0.01
    return [[a, b], [b, c]]


def diagonal(rng, dimension, repeat_probability):
    if rng.random() < repeat_probability:
        # fewer distinct values than coordinates, so at least one variance repeats
        distinct = int(rng.integers(1, dimension))
        pool = rng.choice([0.1, 0.2, 0.25, 0.5, 1.0, 2.0], size=distinct, replace=False)
        values = [float(v) for v in rng.choice(pool, size=dimension)]
    else:
        values = [round(float(10.0 ** rng.uniform(-1.3, 0.7)), 3) for _ in range(dimension)]
    return [[values[i] if i == j else 0.0 for j in range(dimension)] for i in range(dimension)]


def random_model(rng):
    """A random mixture model as plain Python floats."""
    if rng.random() < 0.6:
        dimension = 2
        components = int(rng.integers(1, 5))
    else:
        dimension = int(rng.integers(3, 5))
        components = int(rng.integers(1, 4))

    means = [[float(v) for v in rng.uniform(-6.0, 6.0, size=dimension)]
             for _ in range(components)]
    covariances = []
    for _ in range(components):
        if dimension > 2:
            covariances.append(diagonal(rng, dimension, repeat_probability=0.7))
            continue
        roll = rng.random()
        if roll < 0.5:
            covariances.append(spd_2x2(rng))
        elif roll < 0.8:
            covariances.append(diagonal(rng, 2, repeat_probability=0.4))
        else:
            value = float(rng.choice([0.1, 0.25, 0.5, 1.0, 2.0]))
            covariances.append([[value, 0.0], [0.0, value]])

    raw = rng.uniform(0.05, 1.0, size=components)
    total = float(raw.sum())
    weights = [float(w) / total for w in raw]
    if abs(sum(weights) - 1.0) > 1e-12 or abs(math.fsum(weights) - 1.0) > 1e-12:
        raise RuntimeError(f"weights do not sum to 1: {weights!r}")
    return {"weights": weights, "means": means, "covariances": covariances}


def numpy_points(model, seed, count):
    """The notebook's generate_MoG_data, on numpy's global legacy generator."""
    weights = model["weights"]
    np.random.seed(seed)
    points = []
    for _ in range(count):
        k = np.random.choice(len(weights), 1, p=weights)[0]
        x = np.random.multivariate_normal(model["means"][k], model["covariances"][k])
        points.append([float(v) for v in x])
    return points


def tool_points(binary, model_path, seed, count):
    """Run the tool; return (points, None) or (None, error text)."""
    command = [binary, "sample", "--model", model_path, "--count", str(count),
               "--seed", str(seed)]
    try:
        run = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT_SECONDS)
    except (OSError, subprocess.TimeoutExpired) as error:
        return None, f"could not run {' '.join(command)}: {error}"
    if run.returncode != 0:
        message = run.stderr.strip() or run.stdout.strip() or "(no output)"
        return None, f"exit status {run.returncode}: {message}"
    points = []
    for number, line in enumerate(run.stdout.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            points.append([float(cell) for cell in line.split(",")])
        except ValueError:
            return None, f"stdout line {number} is not comma-separated numbers: {line!r}"
    if run.stderr.strip():
        print(f"    (stderr: {run.stderr.strip()})")
    return points, None


def compare(expected, actual):
    """(bit_exact, max_abs_diff, shape_error)"""
    if len(actual) != len(expected):
        return False, math.inf, f"{len(actual)} points, expected {len(expected)}"
    bit_exact, worst = True, 0.0
    for index, (want, got) in enumerate(zip(expected, actual)):
        if len(got) != len(want):
            return False, math.inf, f"point {index + 1} has {len(got)} coordinates, expected {len(want)}"
        for w, g in zip(want, got):
            if not math.isfinite(g):
                return False, math.inf, f"point {index + 1} has a non-finite coordinate"
            if w.hex() != g.hex():
                bit_exact = False
            worst = max(worst, abs(w - g))
    return bit_exact, worst, None


def describe(model):
    dimension = len(model["means"][0])
    kinds = []
    for cov in model["covariances"]:
        off = any(cov[i][j] != 0.0 for i in range(dimension) for j in range(dimension) if i != j)
        diag = [cov[i][i] for i in range(dimension)]
        if off:
            kinds.append("full")
        elif len(set(diag)) == 1:
            kinds.append("iso")
        elif len(set(diag)) < dimension:
            kinds.append("diag(rep)")
        else:
            kinds.append("diag")
    return f"{dimension}-D, K={len(kinds)} [{', '.join(kinds)}]"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("binary", help="path to the built emkit executable")
    parser.add_argument("--trials", type=int, default=20)
    parser.add_argument("--meta-seed", type=int, default=None,
                        help="replay a previous run (default: a fresh random meta seed)")
    arguments = parser.parse_args()
    if arguments.trials < 1:
        parser.error("--trials must be at least 1")

    binary = arguments.binary
    if not os.path.isfile(binary) or not os.access(binary, os.X_OK):
        print(f"error: {binary} is not an executable file", file=sys.stderr)
        return 1
    meta_seed = arguments.meta_seed if arguments.meta_seed is not None else secrets.randbits(63)
    print(f"meta seed {meta_seed} (replay: --meta-seed {meta_seed} --trials {arguments.trials}); "
          f"numpy {np.__version__}")
    rng = np.random.default_rng(meta_seed)

    exact_count, worst_overall, failures = 0, 0.0, 0
    with tempfile.TemporaryDirectory(prefix="emkit-crosscheck-") as directory:
        for trial in range(1, arguments.trials + 1):
            seed = int(rng.integers(0, 2**32))
            model = random_model(rng)
            model_path = os.path.join(directory, f"model-{trial}.json")
            with open(model_path, "w") as handle:
                json.dump(model, handle)
            label = f"trial {trial:3d}: seed {seed:10d}, {describe(model)}"

            expected = numpy_points(model, seed, COUNT)
            actual, error = tool_points(binary, model_path, seed, COUNT)
            if error is None:
                bit_exact, worst, error = compare(expected, actual)
            if error is not None:
                failures += 1
                worst_overall = math.inf
                print(f"{label}: FAILED: {error}")
                print(f"    model: {json.dumps(model)}")
                continue

            worst_overall = max(worst_overall, worst)
            if bit_exact:
                exact_count += 1
                print(f"{label}: bit-exact")
            else:
                verdict = "FAILED" if worst > TOLERANCE else "within tolerance"
                if worst > TOLERANCE:
                    failures += 1
                print(f"{label}: max abs diff {worst:.3g} ({verdict})")
                if worst > TOLERANCE:
                    print(f"    model: {json.dumps(model)}")

    summary = f"{exact_count}/{arguments.trials} trials bit-exact, max abs diff {worst_overall:.3g}"
    if failures:
        summary += f" ({failures} trial{'s' if failures > 1 else ''} FAILED)"
    print(summary)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
